#include "models/store/LocalStore.h"

#include "models/domain/DatabaseError.h"
#include "models/store/DeskStore.h"
#include "models/store/Schema.h"

#include <QCoreApplication>

LocalStore::LocalStore() = default;

LocalStore::~LocalStore()
{
    // The stores hold prepared statements of the connection: drop them first.
    m_injections.reset();
    m_audit.reset();
    m_staff.reset();
    m_outbox.reset();
    m_bookings.reset();
    m_stock.reset();
    m_db.close();
}

bool LocalStore::open(const QString &path, Database::OpenMode mode)
{
    m_errorMessage.clear();
    if (!m_db.open(path, mode, Schema::desk()))
        return false;
    try {
        m_identity = DeskStore(&m_db).identity();
    } catch (const DatabaseError &error) {
        m_errorMessage = QCoreApplication::translate("LocalStore", "The database %1 is damaged: %2")
                             .arg(path, error.message());
        m_db.close();
        return false;
    }
    m_stock = std::make_unique<StockStore>(&m_db, m_identity.siteId);
    m_bookings = std::make_unique<BookingStore>(&m_db);
    m_outbox = std::make_unique<OutboxStore>(&m_db);
    m_staff = std::make_unique<StaffStore>(&m_db);
    m_audit = std::make_unique<AuditStore>(&m_db);
    m_injections = std::make_unique<InjectionStore>(&m_db);
    return true;
}

void LocalStore::reloadIdentity()
{
    const QString siteBefore = m_identity.siteId;
    m_identity = DeskStore(&m_db).identity();
    if (m_identity.siteId != siteBefore) // enrolled: the stock store counts the server's site
        m_stock = std::make_unique<StockStore>(&m_db, m_identity.siteId);
}
