#include "models/csv/BookingCsvImport.h"

#include "models/commands/DeskCommands.h"
#include "models/csv/Csv.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/domain/Rules.h"
#include "models/domain/Validation.h"
#include "models/store/LocalStore.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <array>

namespace {
enum Column { NameColumn, BirthDateColumn, PhoneColumn, VaccineColumn, AppointmentColumn, ColumnCount };

// The header's names for each column, folded to lower case; the first is what the export writes.
const std::array<QStringList, ColumnCount> &columnNames()
{
    static const std::array<QStringList, ColumnCount> names{{
        {QStringLiteral("name")},
        {QStringLiteral("birth_date"), QStringLiteral("birth date"), QStringLiteral("birthdate")},
        {QStringLiteral("phone")},
        {QStringLiteral("vaccine"), QStringLiteral("vaccine_id")},
        {QStringLiteral("appointment")},
    }};
    return names;
}

// Where each column is, if `fields` is a header naming them all.
std::optional<std::array<int, ColumnCount>> headerColumns(const QStringList &fields)
{
    std::array<int, ColumnCount> at;
    at.fill(-1);
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        for (int column = 0; column < ColumnCount; ++column) {
            if (at[column] < 0 && columnNames()[column].contains(name))
                at[column] = i;
        }
    }
    for (const int i : at) {
        if (i < 0)
            return std::nullopt;
    }
    return at;
}

// Rule 5's two ways of being the same customer, per vaccine.
QStringList customerKeys(const QString &vaccineId, const Customer &customer)
{
    const QString birth = IsoText::date(customer.birthDate);
    return {vaccineId + QLatin1String("\x1fn\x1f") + customer.name + QLatin1Char('\x1f') + birth,
            vaccineId + QLatin1String("\x1fp\x1f") + customer.phone + QLatin1Char('\x1f') + birth};
}
} // namespace

int BookingCsvImport::Preview::okCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.isOk(); }));
}

BookingCsvImport::Preview BookingCsvImport::previewFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Preview preview;
        preview.error = tr("The file cannot be read: %1").arg(file.errorString());
        return preview;
    }
    if (file.size() > kMaxFileBytes) {
        Preview preview;
        preview.error = tr("The file is larger than %1 MB.").arg(kMaxFileBytes / (1024 * 1024));
        return preview;
    }
    return preview(file.readAll());
}

BookingCsvImport::Preview BookingCsvImport::preview(const QByteArray &csv) const
{
    Preview preview;
    if (csv.size() > kMaxFileBytes) {
        preview.error = tr("The file is larger than %1 MB.").arg(kMaxFileBytes / (1024 * 1024));
        return preview;
    }
    QStringDecoder decode(QStringConverter::Utf8);
    const QString text = decode(csv);
    if (decode.hasError()) {
        preview.error = tr("The file is not UTF-8 text.");
        return preview;
    }
    int openQuoteLine = 0;
    QList<Csv::Record> records = Csv::parse(text, &openQuoteLine);
    if (openQuoteLine > 0) {
        preview.error = tr("Line %1: a quoted field is never closed.").arg(openQuoteLine);
        return preview;
    }

    std::array<int, ColumnCount> at{NameColumn, BirthDateColumn, PhoneColumn, VaccineColumn,
                                    AppointmentColumn};
    qsizetype expectedFields = ColumnCount;
    if (!records.isEmpty()) {
        if (const auto header = headerColumns(records.constFirst().fields)) {
            at = *header;
            expectedFields = records.constFirst().fields.size();
            records.removeFirst();
        }
    }

    try {
        StockStore *stock = m_store->stock();
        QHash<QString, StockLevel> levels; // by vaccine id, with the rows above taken off
        QHash<QString, QString> idByName;  // folded name -> id; empty id when two vaccines share it
        for (const StockLevel &level : stock->levels())
            levels.insert(level.vaccineId, level);
        for (const Vaccine &vaccine : stock->vaccines()) {
            const QString name = vaccine.name.trimmed().toCaseFolded();
            idByName.insert(name, idByName.contains(name) ? QString() : vaccine.id);
        }
        QHash<QString, int> lineOfCustomer;
        const QDateTime now = m_clock->now();

        for (const Csv::Record &record : std::as_const(records)) {
            Row row;
            row.line = record.line;
            if (record.fields.size() != expectedFields) {
                row.reason = tr("%n field(s) where %1 are expected.", nullptr, int(record.fields.size()))
                                 .arg(expectedFields);
                preview.rows.append(row);
                continue;
            }
            const auto field = [&](Column column) { return record.fields.at(at[column]).trimmed(); };
            const QString vaccine = Csv::unguardFormula(field(VaccineColumn));
            row.vaccineId = levels.contains(vaccine) ? vaccine : idByName.value(vaccine.toCaseFolded());
            row.customer.name = Csv::unguardFormula(field(NameColumn));
            row.customer.birthDate = Validation::parseDate(field(BirthDateColumn));
            row.customer.phone = Validation::normalisePhone(field(PhoneColumn));
            if (row.customer.phone.isEmpty())
                row.customer.phone = field(PhoneColumn); // keeps what was typed for the refusal's message
            row.appointment = Validation::parseAppointment(field(AppointmentColumn));
            if (row.vaccineId.isEmpty() || !levels.contains(row.vaccineId)) {
                row.vaccineId.clear();
                row.reason = Refusal::make(RefusalCode::UnknownVaccine, vaccine).message;
                preview.rows.append(row);
                continue;
            }
            // The same checks, in the same order, as DeskCommands::book, against the stock the rows
            // above would leave.
            const QString existing = row.customer.birthDate.isValid() && !row.customer.name.isEmpty()
                                         ? m_store->bookings()->bookedCodeFor(row.vaccineId, row.customer)
                                         : QString();
            StockLevel &level = levels[row.vaccineId];
            const Refusal refusal = Rules::checkBooking(level, row.customer, row.appointment, now, existing);
            if (refusal.isRefused()) {
                row.reason = refusal.message;
            } else {
                const QStringList keys = customerKeys(row.vaccineId, row.customer);
                for (const QString &key : keys) {
                    if (const int line = lineOfCustomer.value(key); line > 0 && row.reason.isEmpty())
                        row.reason =
                            tr("The same customer is already booked for this vaccine on line %1.").arg(line);
                }
                if (row.isOk()) {
                    for (const QString &key : keys)
                        lineOfCustomer.insert(key, row.line);
                    ++level.booked;
                    --level.rights;
                }
            }
            preview.rows.append(row);
        }
    } catch (const DatabaseError &error) {
        preview.rows.clear();
        preview.error = error.message();
    }
    return preview;
}

BookingCsvImport::Report BookingCsvImport::import(const Preview &preview, DeskCommands *commands,
                                                  const Progress &progress) const
{
    Report report;
    const qint64 total = preview.okCount();
    qint64 done = 0;
    for (const Row &row : preview.rows) {
        if (!row.isOk())
            continue;
        if (progress && !progress(done, total)) {
            report.cancelled = true;
            return report;
        }
        const CommandResult result = commands->book(row.vaccineId, row.customer, row.appointment);
        ++done;
        if (result.isDone()) {
            ++report.imported;
        } else {
            Row refused = row;
            refused.reason = result.message();
            report.refused.append(refused);
        }
    }
    if (progress)
        progress(done, total);
    return report;
}
