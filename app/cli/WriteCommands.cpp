#include "app/cli/WriteCommands.h"

#include "app/cli/CliOutput.h"
#include "app/cli/Invocation.h"
#include "models/demo/DemoClinic.h"
#include "models/domain/BookingCode.h"
#include "models/domain/Validation.h"
#include "models/store/LocalStore.h"

#include <functional>
#include <unistd.h>

namespace {
// Reports every whole percent on a terminal, every tenth in a log, so a million bookings
// neither flood a file nor look frozen on screen. Passed by reference: the filler may copy
// the callback, and the last step printed must stay shared.
class ProgressPrinter final
{
public:
    void operator()(qint64 done, qint64 total)
    {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        const int step = m_terminal ? percent : percent / 10 * 10;
        if (step == m_lastStep)
            return;
        m_lastStep = step;
        const bool last = done >= total;
        CliOutput::printErr(QStringLiteral("%1%2/%3 (%4%)%5")
                                .arg(m_terminal ? QStringLiteral("\r") : QString())
                                .arg(done)
                                .arg(total)
                                .arg(step)
                                .arg(m_terminal && !last ? QString() : QStringLiteral("\n")));
    }

private:
    const bool m_terminal = isatty(STDERR_FILENO) == 1;
    int m_lastStep = -1;
};
} // namespace

WriteCommands::WriteCommands(LocalStore *store, CliOutput *output)
    : m_store(store)
    , m_output(output)
    , m_commands(store, &m_clock, Actor::system(QStringLiteral("anticorona-cli")))
{}

ExitCode WriteCommands::addVaccine(const Invocation &invocation)
{
    const CommandResult result = m_commands.registerVaccine(
        invocation.arguments.at(0), invocation.value(QStringLiteral("--manufacturer")));
    if (!result.isDone())
        return m_output->notDone(result, m_store->database()->path());
    return m_output->done({{QStringLiteral("vaccineId"), result.value}}, result.value);
}

ExitCode WriteCommands::receiveLot(const Invocation &invocation)
{
    const QString expiryText = invocation.value(QStringLiteral("--expiry"));
    const QDate expiry = Validation::parseDate(expiryText);
    if (!expiry.isValid())
        return m_output->refused(Refusal::make(RefusalCode::InvalidDate, expiryText));
    const QString vaccineId = invocation.value(QStringLiteral("--vaccine"));
    const QString lot = invocation.value(QStringLiteral("--lot"));
    const int quantity = invocation.integer(QStringLiteral("--quantity"));
    const CommandResult result = m_commands.receiveStock(vaccineId, lot, expiry, quantity);
    if (!result.isDone())
        return m_output->notDone(result, m_store->database()->path());
    return m_output->done({{QStringLiteral("vaccineId"), vaccineId},
                           {QStringLiteral("lot"), lot},
                           {QStringLiteral("quantity"), quantity}},
                          tr("Received %n dose(s) in lot %1.", nullptr, quantity).arg(lot));
}

ExitCode WriteCommands::writeOff(const Invocation &invocation)
{
    const QString vaccineId = invocation.value(QStringLiteral("--vaccine"));
    const int quantity = invocation.integer(QStringLiteral("--quantity"));
    const QString lot = invocation.value(QStringLiteral("--lot"));
    const CommandResult result =
        m_commands.writeOff(vaccineId, quantity, invocation.value(QStringLiteral("--reason")), lot);
    if (!result.isDone())
        return m_output->notDone(result, m_store->database()->path());
    if (lot.isEmpty())
        return m_output->done(
            {{QStringLiteral("vaccineId"), vaccineId}, {QStringLiteral("quantity"), quantity}},
            tr("Wrote off %n dose(s).", nullptr, quantity));
    return m_output->done({{QStringLiteral("vaccineId"), vaccineId},
                           {QStringLiteral("quantity"), quantity},
                           {QStringLiteral("lot"), lot}},
                          tr("Wrote off %n dose(s) from lot %1.", nullptr, quantity).arg(lot));
}

ExitCode WriteCommands::book(const Invocation &invocation)
{
    const QString birthText = invocation.value(QStringLiteral("--birth-date"));
    const QDate birthDate = Validation::parseDate(birthText);
    if (!birthDate.isValid())
        return m_output->refused(Refusal::make(RefusalCode::InvalidDate, birthText));
    const QString atText = invocation.value(QStringLiteral("--at"));
    const QDateTime appointment = Validation::parseAppointment(atText);
    if (!appointment.isValid())
        return m_output->refused(Refusal::make(RefusalCode::InvalidDateTime, atText));

    // DeskCommands trims the name and normalises the phone, keeping what was typed for its refusal.
    const Customer customer{invocation.value(QStringLiteral("--name")), birthDate,
                            invocation.value(QStringLiteral("--phone"))};
    const CommandResult result =
        m_commands.book(invocation.value(QStringLiteral("--vaccine")), customer, appointment);
    if (!result.isDone())
        return m_output->notDone(result, m_store->database()->path());
    return m_output->done({{QStringLiteral("code"), result.value}}, result.value);
}

ExitCode WriteCommands::cancel(const Invocation &invocation)
{
    // DeskCommands reads the code as typed ("ab2c-d3ef" is "AB2CD3EF") and answers it cleaned up.
    const CommandResult result = m_commands.cancel(invocation.arguments.at(0));
    if (!result.isDone())
        return m_output->notDone(result, m_store->database()->path());
    return m_output->done({{QStringLiteral("code"), result.value}},
                          tr("Booking %1 is cancelled.").arg(result.value));
}

ExitCode WriteCommands::inject(const Invocation &invocation)
{
    const QString typed = invocation.arguments.at(0);
    const CommandResult result = m_commands.inject(typed, invocation.value(QStringLiteral("--lot")));
    if (!result.isDone())
        return m_output->notDone(result, m_store->database()->path());
    return m_output->done(
        {{QStringLiteral("code"), BookingCode::normalise(typed)}, {QStringLiteral("lot"), result.value}},
        result.value);
}

ExitCode WriteCommands::undoInject(const Invocation &invocation)
{
    const QString typed = invocation.arguments.at(0);
    const CommandResult result = m_commands.undoInjection(typed);
    if (!result.isDone())
        return m_output->notDone(result, m_store->database()->path());
    const QString code = BookingCode::normalise(typed);
    return m_output->done(
        {{QStringLiteral("code"), code}, {QStringLiteral("lot"), result.value}},
        tr("The injection of booking %1 is undone; the dose is back in lot %2.").arg(code, result.value));
}

ExitCode WriteCommands::demo(const Invocation &invocation)
{
    const int bookings = invocation.integer(QStringLiteral("--bookings"));
    if (bookings < 0)
        return m_output->refused(Refusal::make(RefusalCode::InvalidQuantity));
    ProgressPrinter progress;
    DemoClinic(m_store).fill(bookings, std::ref(progress));
    progress(bookings, bookings); // a no-op unless the filler skipped its last report
    return m_output->done({{QStringLiteral("bookings"), bookings}},
                          tr("The demo clinic has %n new booking(s).", nullptr, bookings));
}
