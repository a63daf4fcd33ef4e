#include "models/store/StockStore.h"

#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"

#include <algorithm>

namespace {
Lot lotFromQuery(const QSqlQuery &query)
{
    Lot lot;
    lot.id = query.value(0).toLongLong();
    lot.vaccineId = query.value(1).toString();
    lot.lotNumber = query.value(2).toString();
    lot.expiry = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    lot.received = query.value(4).toInt();
    lot.remaining = query.value(5).toInt();
    return lot;
}

StockLevel levelFromQuery(const QSqlQuery &query)
{
    StockLevel level;
    level.vaccineId = query.value(0).toString();
    level.vaccineName = query.value(1).toString();
    level.onHand = query.value(2).toInt();
    level.booked = query.value(3).toInt();
    level.rights = query.value(4).toInt();
    level.overrides = query.value(5).toInt();
    return level;
}

const QString kLevelSelect =
    QStringLiteral("SELECT v.id, v.name, COALESCE(s.on_hand, 0), COALESCE(s.booked, 0), COALESCE(r.held, 0), "
                   "COALESCE(s.overrides, 0) FROM vaccines v "
                   "LEFT JOIN stock_levels s ON s.vaccine_id = v.id AND s.site_id = ? "
                   "LEFT JOIN rights r ON r.vaccine_id = v.id AND r.site_id = ? ");
const QString kLotSelect = QStringLiteral(
    "SELECT id, vaccine_id, lot_number, expiry, received, remaining FROM lots WHERE site_id = ? ");
} // namespace

std::optional<Vaccine> StockStore::vaccine(const QString &id) const
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("SELECT id, name, manufacturer FROM vaccines WHERE id = ?"));
    query.addBindValue(id);
    Database::exec(query);
    std::optional<Vaccine> found;
    if (query.next())
        found = Vaccine{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    query.finish();
    return found;
}

QList<Vaccine> StockStore::vaccines() const
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("SELECT id, name, manufacturer FROM vaccines ORDER BY name"));
    Database::exec(query);
    QList<Vaccine> all;
    while (query.next())
        all.append(Vaccine{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    query.finish();
    return all;
}

std::optional<StockLevel> StockStore::level(const QString &vaccineId) const
{
    // Per booking: the C API (see BookingStore::insert).
    NativeStatement &query = m_db->native(
        "SELECT v.id, v.name, COALESCE(s.on_hand, 0), COALESCE(s.booked, 0), COALESCE(r.held, 0), "
        "COALESCE(s.overrides, 0) FROM vaccines v LEFT JOIN stock_levels s ON s.vaccine_id = v.id AND "
        "s.site_id = :site1 "
        "LEFT JOIN rights r ON r.vaccine_id = v.id AND r.site_id = :site2 WHERE v.id = :vaccine");
    query.bind(":site1", m_siteId);
    query.bind(":site2", m_siteId);
    query.bind(":vaccine", vaccineId);
    std::optional<StockLevel> found;
    if (query.next())
        found = StockLevel{query.text(0),    query.text(1),    query.integer(2),
                           query.integer(3), query.integer(4), query.integer(5)};
    query.reset();
    return found;
}

QList<StockLevel> StockStore::levels() const
{
    QSqlQuery &query = m_db->prepared(kLevelSelect + QStringLiteral("ORDER BY v.name"));
    query.addBindValue(m_siteId);
    query.addBindValue(m_siteId);
    Database::exec(query);
    QList<StockLevel> all;
    while (query.next())
        all.append(levelFromQuery(query));
    query.finish();
    return all;
}

QList<Lot> StockStore::lots(const QString &vaccineId) const
{
    QSqlQuery &query = m_db->prepared(
        kLotSelect + QStringLiteral("AND (? = '' OR vaccine_id = ?) ORDER BY expiry, lot_number"));
    query.addBindValue(m_siteId);
    query.addBindValue(vaccineId.isNull() ? QStringLiteral("") : vaccineId);
    query.addBindValue(vaccineId);
    Database::exec(query);
    QList<Lot> all;
    while (query.next())
        all.append(lotFromQuery(query));
    query.finish();
    return all;
}

std::optional<Lot> StockStore::lot(const QString &vaccineId, const QString &lotNumber) const
{
    QSqlQuery &query = m_db->prepared(kLotSelect + QStringLiteral("AND vaccine_id = ? AND lot_number = ?"));
    query.addBindValue(m_siteId);
    query.addBindValue(vaccineId);
    query.addBindValue(lotNumber);
    Database::exec(query);
    std::optional<Lot> found;
    if (query.next())
        found = lotFromQuery(query);
    query.finish();
    return found;
}

void StockStore::insertVaccine(const Vaccine &vaccine, const QString &createdAt)
{
    QSqlQuery &insert = m_db->prepared(
        QStringLiteral("INSERT INTO vaccines (id, name, manufacturer, created_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(vaccine.id);
    insert.addBindValue(vaccine.name);
    insert.addBindValue(vaccine.manufacturer);
    insert.addBindValue(createdAt);
    Database::exec(insert);
    for (const QString &sql : {QStringLiteral("INSERT INTO stock_levels (site_id, vaccine_id) VALUES (?, ?)"),
                               QStringLiteral("INSERT INTO rights (site_id, vaccine_id) VALUES (?, ?)")}) {
        QSqlQuery &row = m_db->prepared(sql);
        row.addBindValue(m_siteId);
        row.addBindValue(vaccine.id);
        Database::exec(row);
    }
}

void StockStore::receive(const QString &vaccineId, const QString &lotNumber, const QDate &expiry,
                         int quantity, const QString &at)
{
    QSqlQuery &upsert = m_db->prepared(QStringLiteral(
        "INSERT INTO lots (site_id, vaccine_id, lot_number, expiry, received, remaining, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site_id, vaccine_id, lot_number) DO UPDATE SET "
        "received = received + excluded.received, remaining = remaining + excluded.remaining "
        "WHERE expiry = excluded.expiry"));
    upsert.addBindValue(m_siteId);
    upsert.addBindValue(vaccineId);
    upsert.addBindValue(lotNumber);
    upsert.addBindValue(IsoText::date(expiry));
    upsert.addBindValue(quantity);
    upsert.addBindValue(quantity);
    upsert.addBindValue(at);
    Database::exec(upsert);
    if (upsert.numRowsAffected() != 1)
        throw DatabaseError(QStringLiteral("lot %1 exists with another expiry").arg(lotNumber));
}

void StockStore::takeFromLot(qint64 lotId, int quantity)
{
    QSqlQuery &update =
        m_db->prepared(QStringLiteral("UPDATE lots SET remaining = remaining - ? WHERE id = ?"));
    update.addBindValue(quantity);
    update.addBindValue(lotId);
    Database::exec(update);
}

qint64 StockStore::putDoseBack(const QString &vaccineId, qint64 lotId)
{
    const QList<Lot> all = lots(vaccineId);
    auto found = std::find_if(all.begin(), all.end(), [lotId](const Lot &lot) {
        return lot.id == lotId && lot.remaining < lot.received;
    });
    if (found == all.end())
        found =
            std::find_if(all.begin(), all.end(), [](const Lot &lot) { return lot.remaining < lot.received; });
    if (found == all.end())
        return 0;
    takeFromLot(found->id, -1);
    return found->id;
}

void StockStore::insertWriteOff(const QString &vaccineId, int quantity, const QString &reason,
                                const QString &at)
{
    QSqlQuery &insert = m_db->prepared(QStringLiteral(
        "INSERT INTO write_offs (site_id, vaccine_id, quantity, reason, at) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(m_siteId);
    insert.addBindValue(vaccineId);
    insert.addBindValue(quantity);
    insert.addBindValue(reason);
    insert.addBindValue(at);
    Database::exec(insert);
}

void StockStore::changeLevel(const QString &vaccineId, int onHandDelta, int bookedDelta, int overridesDelta)
{
    NativeStatement &update = m_db->native("UPDATE stock_levels SET on_hand = on_hand + :onHand, "
                                           "booked = booked + :booked, overrides = overrides + :overrides "
                                           "WHERE site_id = :site AND vaccine_id = :vaccine");
    update.bind(":onHand", onHandDelta);
    update.bind(":booked", bookedDelta);
    update.bind(":overrides", overridesDelta);
    update.bind(":site", m_siteId);
    update.bind(":vaccine", vaccineId);
    update.exec();
}

void StockStore::changeRights(const QString &vaccineId, int delta)
{
    NativeStatement &update = m_db->native(
        "UPDATE rights SET held = held + :delta WHERE site_id = :site AND vaccine_id = :vaccine");
    update.bind(":delta", delta);
    update.bind(":site", m_siteId);
    update.bind(":vaccine", vaccineId);
    update.exec();
}

bool StockStore::insertVaccineIfNew(const Vaccine &vaccine, const QString &createdAt)
{
    if (this->vaccine(vaccine.id))
        return false;
    insertVaccine(vaccine, createdAt);
    return true;
}

void StockStore::addToLot(qint64 lotId, int quantity)
{
    QSqlQuery &update = m_db->prepared(
        QStringLiteral("UPDATE lots SET received = received + ?, remaining = remaining + ? WHERE id = ?"));
    update.addBindValue(quantity);
    update.addBindValue(quantity);
    update.addBindValue(lotId);
    Database::exec(update);
}

void StockStore::setLotExpiry(qint64 lotId, const QDate &expiry)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE lots SET expiry = ? WHERE id = ?"));
    update.addBindValue(IsoText::date(expiry));
    update.addBindValue(lotId);
    Database::exec(update);
}

int StockStore::takeRights(const QString &vaccineId, int wanted)
{
    const auto current = level(vaccineId);
    const int taken = current ? std::clamp(current->rights, 0, wanted) : 0;
    if (taken > 0)
        changeRights(vaccineId, -taken);
    return taken;
}

void StockStore::moveToSite(const QString &newSiteId)
{
    for (const QString &table : {QStringLiteral("lots"), QStringLiteral("stock_levels"),
                                 QStringLiteral("rights"), QStringLiteral("write_offs")}) {
        QSqlQuery &update =
            m_db->prepared(QStringLiteral("UPDATE %1 SET site_id = ? WHERE site_id = ?").arg(table));
        update.addBindValue(newSiteId);
        update.addBindValue(m_siteId);
        Database::exec(update);
    }
}
