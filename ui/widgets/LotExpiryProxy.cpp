#include "ui/widgets/LotExpiryProxy.h"

#include "models/itemmodels/LotTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

QVariant LotExpiryProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::ForegroundRole && role != Qt::FontRole)
        return QIdentityProxyModel::data(index, role);
    const auto status = index.data(LotTableModel::ExpiryStatusRole).value<LotTableModel::ExpiryStatus>();
    switch (status) {
    case LotTableModel::ExpiryStatus::Expired:
        if (role == Qt::FontRole) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return QBrush(QColor(0xc6, 0x28, 0x28));
    case LotTableModel::ExpiryStatus::Soon:
        return role == Qt::ForegroundRole ? QVariant(QBrush(QColor(0xb2, 0x6a, 0x00))) : QVariant();
    case LotTableModel::ExpiryStatus::Ok:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}
