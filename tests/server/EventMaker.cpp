#include "EventMaker.h"

#include "models/domain/BookingCode.h"

#include <QUuid>

QString EventMaker::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Event EventMaker::make(EventType type, const QJsonObject &payload)
{
    Event event;
    event.id = newId();
    event.type = type;
    event.deviceId = m_deviceId;
    event.siteId = m_siteId;
    event.sequence = ++m_sequence;
    event.at = QDateTime::currentDateTimeUtc();
    event.payload = payload;
    return event;
}

Event EventMaker::registerVaccine(const QString &vaccineId, const QString &name)
{
    return make(EventType::VaccineRegistered, {{QStringLiteral("vaccineId"), vaccineId},
                                               {QStringLiteral("name"), name},
                                               {QStringLiteral("manufacturer"), QStringLiteral("Maker")}});
}

Event EventMaker::receive(const QString &vaccineId, const QString &lotNumber, int quantity, int daysToExpiry)
{
    const QDate expiry = QDate::currentDate().addDays(daysToExpiry);
    return make(EventType::StockReceived, {{QStringLiteral("vaccineId"), vaccineId},
                                           {QStringLiteral("lotNumber"), lotNumber},
                                           {QStringLiteral("expiry"), expiry.toString(Qt::ISODate)},
                                           {QStringLiteral("quantity"), quantity}});
}

Event EventMaker::writeOff(const QString &vaccineId, int quantity)
{
    return make(EventType::StockWrittenOff, {{QStringLiteral("vaccineId"), vaccineId},
                                             {QStringLiteral("quantity"), quantity},
                                             {QStringLiteral("reason"), QStringLiteral("dropped")}});
}

Event EventMaker::book(const QString &vaccineId, const QString &name, const QString &phone,
                       QString *bookingId, QString *code)
{
    if (bookingId->isEmpty())
        *bookingId = newId();
    if (code->isEmpty())
        *code = BookingCode::generate();
    const QString appointment =
        QDateTime::currentDateTime().addDays(7).toString(QStringLiteral("yyyy-MM-ddT10:00"));
    return make(EventType::Booked, {{QStringLiteral("bookingId"), *bookingId},
                                    {QStringLiteral("code"), *code},
                                    {QStringLiteral("vaccineId"), vaccineId},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("birthDate"), QStringLiteral("1980-05-17")},
                                    {QStringLiteral("phone"), phone},
                                    {QStringLiteral("appointment"), appointment},
                                    {QStringLiteral("holder"), m_deviceId}});
}

Event EventMaker::cancel(const QString &bookingId, const QString &vaccineId)
{
    return make(EventType::BookingCancelled, {{QStringLiteral("bookingId"), bookingId},
                                              {QStringLiteral("vaccineId"), vaccineId},
                                              {QStringLiteral("holder"), m_deviceId}});
}

Event EventMaker::inject(const QString &bookingId, const QString &vaccineId, const QString &lotNumber,
                         bool override)
{
    return make(EventType::Injected, {{QStringLiteral("bookingId"), bookingId},
                                      {QStringLiteral("vaccineId"), vaccineId},
                                      {QStringLiteral("lotNumber"), lotNumber},
                                      {QStringLiteral("holder"), m_deviceId},
                                      {QStringLiteral("surety"), false},
                                      {QStringLiteral("override"), override}});
}

Event EventMaker::undoInjection(const QString &bookingId, const QString &code, const QString &vaccineId,
                                const QString &lotNumber, const QString &holder)
{
    return make(EventType::InjectionUndone,
                {{QStringLiteral("bookingId"), bookingId},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("vaccineId"), vaccineId},
                 {QStringLiteral("lotNumber"), lotNumber},
                 {QStringLiteral("holder"), holder.isEmpty() ? m_deviceId : holder}});
}
