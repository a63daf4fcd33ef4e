#pragma once

#include "models/domain/DeskIdentity.h"
#include "models/sqlite/Database.h"
#include "models/store/AuditStore.h"
#include "models/store/BookingStore.h"
#include "models/store/InjectionStore.h"
#include "models/store/OutboxStore.h"
#include "models/store/StaffStore.h"
#include "models/store/StockStore.h"

#include <memory>

// A desk's local database and the stores over its areas. Open it once per thread.
class LocalStore final
{
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    LocalStore();
    ~LocalStore();

    bool open(const QString &path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);
    QString errorMessage() const { return m_errorMessage.isEmpty() ? m_db.errorMessage() : m_errorMessage; }
    Database::OpenError openError() const { return m_db.openError(); }

    Database *database() { return &m_db; }
    const DeskIdentity &identity() const { return m_identity; }
    StockStore *stock() { return m_stock.get(); }
    BookingStore *bookings() { return m_bookings.get(); }
    OutboxStore *outbox() { return m_outbox.get(); }
    StaffStore *staff() { return m_staff.get(); }
    AuditStore *audit() { return m_audit.get(); }
    InjectionStore *injections() { return m_injections.get(); }
    // Reads the desk row again after a command changed it (the clinic's name). Throws DatabaseError.
    void reloadIdentity();

private:
    Database m_db;
    DeskIdentity m_identity;
    QString m_errorMessage;
    std::unique_ptr<StockStore> m_stock;
    std::unique_ptr<BookingStore> m_bookings;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<StaffStore> m_staff;
    std::unique_ptr<AuditStore> m_audit;
    std::unique_ptr<InjectionStore> m_injections;
};
