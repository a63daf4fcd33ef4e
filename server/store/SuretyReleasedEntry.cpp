#include "server/store/SuretyReleasedEntry.h"

#include "server/store/EscrowLedger.h"

#include <QUuid>

namespace {
// Names the v5 UUIDs of server-made entries; fixed forever, or ids would change meaning.
const QUuid kNamespace(QStringLiteral("{8d0f4e4c-3b8e-4a57-9a1c-5f2f6c1e0b7a}"));
} // namespace

QString SuretyReleasedEntry::typeName()
{
    return QStringLiteral("SuretyReleased");
}

QString SuretyReleasedEntry::makerId()
{
    return QStringLiteral("server");
}

QString SuretyReleasedEntry::eventId(const QString &bookingId, int attempt)
{
    QString name = QStringLiteral("SuretyReleased:") + bookingId;
    if (attempt > 0)
        name += QLatin1Char('#') + QString::number(attempt);
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

bool SuretyReleasedEntry::isReservedId(const QString &eventId)
{
    const QUuid id = QUuid::fromString(eventId);
    return !id.isNull() && id.variant() == QUuid::DCE &&
           (id.version() == QUuid::Sha1 || id.version() == QUuid::Md5);
}

QJsonObject SuretyReleasedEntry::body(const QString &siteId, const SuretyRelease &release,
                                      const QString &eventId)
{
    const Surety &surety = release.surety;
    return {
        {QStringLiteral("id"), eventId},
        {QStringLiteral("type"), typeName()},
        {QStringLiteral("deviceId"), makerId()},
        {QStringLiteral("siteId"), siteId},
        // Server entries have no device order of their own: the feed's sequence orders them.
        {QStringLiteral("sequence"), 1},
        {QStringLiteral("feedCursor"), release.feedCursor},
        {QStringLiteral("at"), release.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("payload"), QJsonObject{{QStringLiteral("bookingId"), surety.bookingId},
                                                {QStringLiteral("vaccineId"), surety.vaccineId},
                                                {QStringLiteral("injector"), surety.injector},
                                                {QStringLiteral("holder"), surety.holder},
                                                {QStringLiteral("injectionEventId"), surety.injectionEventId},
                                                {QStringLiteral("credited"), release.credited}}}};
}
