#include "server/store/SqliteServerStore.h"

#include <QUuid>
#include <QVariant>

namespace {
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kDeviceSelect =
    QStringLiteral("SELECT id, site_id, name, enrolled_at, revoked_at FROM devices ");

DeviceRecord deviceFromQuery(const QSqlQuery &query)
{
    return DeviceRecord{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        timeFrom(query.value(3)), timeFrom(query.value(4))};
}
} // namespace

QString SqliteServerStore::addSite(const QString &name, const QDateTime &now)
{
    const QString id = newId();
    WriteTransaction transaction(&m_db);
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO sites (id, name, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(name);
    insert.addBindValue(timeText(now));
    Database::exec(insert);
    transaction.commit();
    return id;
}

bool SqliteServerStore::siteExists(const QString &siteId)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"));
    query.addBindValue(siteId);
    Database::exec(query);
    const bool found = query.next();
    query.finish();
    return found;
}

void SqliteServerStore::addEnrollmentCode(const QByteArray &codeHash, const QString &siteId,
                                          const QDateTime &now, const QDateTime &expiresAt)
{
    WriteTransaction transaction(&m_db);
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO enrollment_codes (code_hash, site_id, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(QString::fromLatin1(codeHash));
    insert.addBindValue(siteId);
    insert.addBindValue(timeText(now));
    insert.addBindValue(timeText(expiresAt));
    Database::exec(insert);
    transaction.commit();
}

EnrollOutcome SqliteServerStore::enroll(const QByteArray &codeHash, const QString &deviceName,
                                        const QByteArray &tokenHash, const QDateTime &now)
{
    // The check and the use of the code are one transaction: two desks racing with one code
    // cannot both win, because the second waits for the first's lock and then sees it used.
    WriteTransaction transaction(&m_db);
    QSqlQuery &code = m_db.prepared(
        QStringLiteral("SELECT site_id, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?"));
    code.addBindValue(QString::fromLatin1(codeHash));
    Database::exec(code);
    EnrollOutcome outcome;
    if (!code.next()) {
        code.finish();
        return outcome;
    }
    const QString siteId = code.value(0).toString();
    const QDateTime expiresAt = timeFrom(code.value(1));
    const bool used = !code.value(2).isNull();
    code.finish();
    if (used) {
        outcome.status = EnrollStatus::UsedCode;
        return outcome;
    }
    if (expiresAt <= now) {
        outcome.status = EnrollStatus::ExpiredCode;
        return outcome;
    }
    const DeviceRecord device{newId(), siteId, deviceName, now, QDateTime()};
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO devices (id, site_id, name, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(device.id);
    insert.addBindValue(device.siteId);
    insert.addBindValue(device.name);
    insert.addBindValue(QString::fromLatin1(tokenHash));
    insert.addBindValue(timeText(now));
    Database::exec(insert);
    QSqlQuery &use = m_db.prepared(
        QStringLiteral("UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?"));
    use.addBindValue(timeText(now));
    use.addBindValue(device.id);
    use.addBindValue(QString::fromLatin1(codeHash));
    Database::exec(use);
    transaction.commit();
    outcome.status = EnrollStatus::Enrolled;
    outcome.device = device;
    return outcome;
}

std::optional<DeviceRecord> SqliteServerStore::deviceByToken(const QByteArray &tokenHash)
{
    QSqlQuery &query = m_db.prepared(kDeviceSelect + QStringLiteral("WHERE token_hash = ?"));
    query.addBindValue(QString::fromLatin1(tokenHash));
    Database::exec(query);
    std::optional<DeviceRecord> found;
    if (query.next())
        found = deviceFromQuery(query);
    query.finish();
    return found;
}

QList<DeviceRecord> SqliteServerStore::devices()
{
    QSqlQuery &query = m_db.prepared(kDeviceSelect + QStringLiteral("ORDER BY enrolled_at, id"));
    Database::exec(query);
    QList<DeviceRecord> found;
    while (query.next())
        found.append(deviceFromQuery(query));
    query.finish();
    return found;
}

bool SqliteServerStore::revokeDevice(const QString &deviceId, const QDateTime &now)
{
    WriteTransaction transaction(&m_db);
    QSqlQuery &update =
        m_db.prepared(QStringLiteral("UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"));
    update.addBindValue(timeText(now));
    update.addBindValue(deviceId);
    Database::exec(update);
    const bool found = update.numRowsAffected() > 0;
    if (found)
        m_rights.returnAllRights(deviceId, now); // its token can never spend them again (SPEC 3.1)
    transaction.commit();
    return found;
}

QList<EventResult> SqliteServerStore::pushEvents(const DeviceRecord &device, const QList<Event> &events,
                                                 const QDateTime &receivedAt)
{
    return m_events.push(device, events, receivedAt);
}

FeedPage SqliteServerStore::feed(const QString &siteId, qint64 after, int limit)
{
    return m_events.feed(siteId, after, limit);
}

QJsonObject SqliteServerStore::feedJson(const QString &siteId, qint64 after, int limit)
{
    return m_events.feedJson(siteId, after, limit);
}

QByteArray SqliteServerStore::feedBody(const QString &siteId, qint64 after, int limit)
{
    return m_events.feedBody(siteId, after, limit);
}

RightsOutcome SqliteServerStore::requestRights(const DeviceRecord &device, const RightsRequest &request,
                                               const QDateTime &now)
{
    return m_rights.request(device, request, now);
}

QMap<QString, qint64> SqliteServerStore::deviceRights(const QString &deviceId)
{
    return m_rights.deviceRights(deviceId);
}

std::optional<MyPageView> SqliteServerStore::lookupBooking(const QString &code)
{
    return lookup(code, nullptr);
}

std::optional<MyPageView> SqliteServerStore::lookupBooking(const QString &code, const QDate &birthDate)
{
    return lookup(code, &birthDate);
}

bool SqliteServerStore::bookingCodeExists(const QString &code)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT 1 FROM bookings WHERE code = ?"));
    query.addBindValue(code);
    Database::exec(query);
    const bool found = query.next();
    query.finish();
    return found;
}

std::optional<MyPageView> SqliteServerStore::lookup(const QString &code, const QDate *birthDate)
{
    // bookings.code is UNIQUE and injections(booking_id) is indexed (schema 3): two probes. With
    // a birth date, a wrong one stops at the first probe, as an unknown code does.
    static const QString kSelect = QStringLiteral(
        "SELECT b.code, b.birth_date, b.state, b.appointment, v.name, s.name, "
        "(SELECT MAX(i.injected_at) FROM injections i WHERE i.booking_id = b.id AND i.undone_at IS NULL) "
        "FROM bookings b LEFT JOIN vaccines v ON v.id = b.vaccine_id LEFT JOIN sites s ON s.id = b.site_id "
        "WHERE b.code = ?");
    QSqlQuery &query = m_db.prepared(birthDate ? kSelect + QStringLiteral(" AND b.birth_date = ?") : kSelect);
    query.addBindValue(code);
    if (birthDate)
        query.addBindValue(birthDate->isValid() ? birthDate->toString(Qt::ISODate) : QString());
    Database::exec(query);
    std::optional<MyPageView> found;
    if (query.next()) {
        MyPageView view;
        view.code = query.value(0).toString();
        view.birthDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        view.state = BookingState(query.value(2).toInt());
        view.appointment =
            QDateTime::fromString(query.value(3).toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
        view.vaccineName = query.value(4).toString();
        view.siteName = query.value(5).toString();
        view.injectedAt = timeFrom(query.value(6));
        found = view;
    }
    query.finish();
    return found;
}
