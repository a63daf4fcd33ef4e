#pragma once

#include "models/domain/Lot.h"

#include <QAbstractTableModel>
#include <QList>

class Clock;
class LocalStore;

// The lots of the desk's site, earliest expiry first: vaccine, lot number, expiry, received, remaining.
// ExpiryStatusRole says whether a lot has expired or expires within kSoonDays of the clock's today;
// the UI decides how that looks (the model links no QtGui).
// Threading: the thread that opened the store.
class LotTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LotTableModel)

public:
    enum Column {
        VaccineColumn,
        LotNumberColumn,
        ExpiryColumn,
        ReceivedColumn,
        RemainingColumn,
        ColumnCount
    };
    enum Role { ExpiryStatusRole = Qt::UserRole + 1, VaccineIdRole };
    enum class ExpiryStatus { Ok, Soon, Expired };
    Q_ENUM(ExpiryStatus)

    static constexpr int kSoonDays = 30;

    LotTableModel(LocalStore *store, const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ExpiryStatus expiryStatus(int row) const;
    QString errorMessage() const { return m_errorMessage; }

public slots:
    // Reads the lots again and takes "today" from the clock.
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        Lot lot;
        QString vaccineName;
    };

    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    QList<Row> m_rows;
    QDate m_today;
    QString m_errorMessage;
};
