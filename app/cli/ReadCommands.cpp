#include "app/cli/ReadCommands.h"

#include "app/cli/CliOutput.h"
#include "app/cli/Invocation.h"
#include "models/store/LocalStore.h"
#include "models/store/Verifier.h"

#include <QHash>
#include <QJsonArray>

#include <utility>

namespace {
const QString kAppointmentFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

// What to search for: phones are stored as digits, codes upper-case without dashes.
// Without a filter, the text is null and the newest bookings are listed.
std::pair<BookingStore::SearchField, QString> searchFor(const Invocation &invocation)
{
    if (invocation.has(QStringLiteral("--phone"))) {
        QString digits = invocation.value(QStringLiteral("--phone"));
        digits.remove(QLatin1Char('-')).remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
        return {BookingStore::SearchField::Phone, digits};
    }
    if (invocation.has(QStringLiteral("--name")))
        return {BookingStore::SearchField::Name, invocation.value(QStringLiteral("--name")).trimmed()};
    if (invocation.has(QStringLiteral("--code"))) {
        QString code = invocation.value(QStringLiteral("--code")).toUpper();
        code.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
        return {BookingStore::SearchField::Code, code};
    }
    return {BookingStore::SearchField::Code, QString()};
}

QString row(const QStringList &cells)
{
    return cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
}
} // namespace

ExitCode ReadCommands::bookings(const Invocation &invocation)
{
    QHash<QString, QString> vaccineNames;
    for (const Vaccine &vaccine : m_store->stock()->vaccines())
        vaccineNames.insert(vaccine.id, vaccine.name);

    const auto [field, text] = searchFor(invocation);
    const QList<Booking> found = text.isNull() ? m_store->bookings()->newest(kListLimit)
                                               : m_store->bookings()->search(field, text, kListLimit);
    QJsonArray list;
    QString table = row({tr("CODE"), tr("STATE"), tr("APPOINTMENT"), tr("VACCINE"), tr("NAME"),
                         tr("BIRTH DATE"), tr("PHONE")});
    for (const Booking &booking : found) {
        const QString appointment = booking.appointment.toString(kAppointmentFormat);
        const QString birthDate = booking.customer.birthDate.toString(Qt::ISODate);
        const QString vaccine = vaccineNames.value(booking.vaccineId);
        list.append(QJsonObject{{QStringLiteral("code"), booking.code},
                                {QStringLiteral("state"), bookingStateName(booking.state)},
                                {QStringLiteral("vaccineId"), booking.vaccineId},
                                {QStringLiteral("vaccine"), vaccine},
                                {QStringLiteral("name"), booking.customer.name},
                                {QStringLiteral("birthDate"), birthDate},
                                {QStringLiteral("phone"), booking.customer.phone},
                                {QStringLiteral("appointment"), appointment}});
        table += row({booking.code, bookingStateText(booking.state), appointment, vaccine,
                      booking.customer.name, birthDate, booking.customer.phone});
    }
    if (found.size() == kListLimit)
        CliOutput::printErr(tr("Only the first %1 bookings are shown; narrow the search to see the others.\n")
                                .arg(kListLimit));
    return m_output->done({{QStringLiteral("bookings"), list}}, table);
}

ExitCode ReadCommands::stock()
{
    QJsonArray list;
    QString table = row({tr("VACCINE"), tr("ON HAND"), tr("BOOKED"), tr("AVAILABLE")});
    for (const StockLevel &level : m_store->stock()->levels()) {
        list.append(QJsonObject{{QStringLiteral("vaccineId"), level.vaccineId},
                                {QStringLiteral("name"), level.vaccineName},
                                {QStringLiteral("onHand"), level.onHand},
                                {QStringLiteral("booked"), level.booked},
                                {QStringLiteral("available"), level.available()}});
        table += row({level.vaccineName, QString::number(level.onHand), QString::number(level.booked),
                      QString::number(level.available())});
    }
    return m_output->done({{QStringLiteral("stock"), list}}, table);
}

ExitCode ReadCommands::verify()
{
    const QStringList problems = Verifier(m_store->database()).run();
    if (problems.isEmpty())
        return m_output->done({{QStringLiteral("problems"), QJsonArray()}},
                              tr("The database is consistent."));
    // The problems are the report asked for: stdout, one per line; the verdict goes to stderr.
    if (!m_output->isJson())
        CliOutput::printOut(problems.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return m_output->refused(QStringLiteral("verify_failed"),
                             tr("The database has %n problem(s).", nullptr, int(problems.size())),
                             {{QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
}
