#include "ui/widgets/InactiveRowsProxy.h"

#include "models/domain/Booking.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

InactiveRowsProxy::InactiveRowsProxy(int stateRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_stateRole(stateRole)
{}

QVariant InactiveRowsProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole) {
        const auto state = BookingState(QIdentityProxyModel::data(index, m_stateRole).toInt());
        if (state == BookingState::Cancelled || state == BookingState::Rejected)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    }
    return QIdentityProxyModel::data(index, role);
}
