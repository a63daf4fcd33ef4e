#pragma once

#include "models/domain/Lot.h"
#include "models/itemmodels/PagedRows.h"

#include <QDate>

class Clock;
class LocalStore;

// A lot as LotTableModel lists it, with its vaccine's name.
struct LotRow
{
    Lot lot;
    QString vaccineName;
};

// The lots of the desk's site, earliest expiry first: vaccine, lot number, expiry, days left until it
// (the word "expired" once past, so the state is read without the colour), received, remaining.
// ExpiryStatusRole says whether a lot has expired or expires within kSoonDays of the clock's today;
// the UI decides how that looks (the model links no QtGui). reload() takes "today" from the clock again;
// a reload that cannot read the store keeps the rows it had (errorOccurred says why).
// Threading: the thread that opened the store.
class LotTableModel final : public PagedRows<LotRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LotTableModel)

public:
    enum Column {
        VaccineColumn,
        LotNumberColumn,
        ExpiryColumn,
        DaysLeftColumn,
        ReceivedColumn,
        RemainingColumn,
        ColumnCount
    };
    enum Role { ExpiryStatusRole = Qt::UserRole + 1, VaccineIdRole };
    enum class ExpiryStatus { Ok, Soon, Expired };
    Q_ENUM(ExpiryStatus)

    static constexpr int kSoonDays = 30;

    LotTableModel(LocalStore *store, const Clock *clock, QObject *parent = nullptr);

    ExpiryStatus expiryStatus(int row) const;

private:
    QList<LotRow> queryPage(const LotRow *last, int limit) override;
    QVariant cell(const LotRow &row, int column, int role) const override;
    QString columnTitle(int column) const override;
    ExpiryStatus statusOf(const Lot &lot) const;

    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    QDate m_today;
};
