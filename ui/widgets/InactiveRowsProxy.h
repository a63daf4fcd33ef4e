#pragma once

#include <QIdentityProxyModel>

// Shows the rows of a booking list that need nothing more (cancelled, rejected) in the palette's
// disabled text colour, so the eye skips them. Rows and columns are the source's, one to one: a page
// may go on using the source model's row numbers.
class InactiveRowsProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactiveRowsProxy)

public:
    // `stateRole` gives a row's BookingState as an int in every column.
    InactiveRowsProxy(int stateRole, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_stateRole = 0;
};
