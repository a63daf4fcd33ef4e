#pragma once

#include <QIdentityProxyModel>

// Colours the rows of a LotTableModel by its ExpiryStatusRole: expired lots red, lots expiring soon amber.
// The model itself stays free of QtGui.
class LotExpiryProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LotExpiryProxy)

public:
    explicit LotExpiryProxy(QObject *parent = nullptr)
        : QIdentityProxyModel(parent)
    {}

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
