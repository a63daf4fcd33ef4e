#include "models/csv/BookingCsvExport.h"

#include "models/csv/Csv.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/Validation.h"
#include "models/store/LocalStore.h"

#include <QIODevice>
#include <QSaveFile>

#include <limits>

namespace {
// A phone as text that Excel and LibreOffice Calc both keep as it is: "010-1234-5678", grouped as the
// desk shows it. All digits, a spreadsheet reads a number and drops its leading 0 (or writes 8.2E+11
// for a long one); a dash makes it text in both without a formula or an apostrophe either would show,
// and the import reads it back as the same digits (Validation::normalisePhone drops dashes).
QString spreadsheetPhone(const QString &digits)
{
    const QString shown = Validation::displayPhone(digits);
    if (shown != digits || digits.size() < 5)
        return shown;
    return digits.left(digits.size() - 4) + QLatin1Char('-') + digits.right(4);
}
} // namespace

void BookingCsvExport::setFilter(BookingStore::SearchField field, const QString &text)
{
    m_field = field;
    m_text = text;
}

QStringList BookingCsvExport::header()
{
    // Column names are data, not prose: the importer and other programs read them.
    return {QStringLiteral("code"),  QStringLiteral("name"),    QStringLiteral("birth_date"),
            QStringLiteral("phone"), QStringLiteral("vaccine"), QStringLiteral("appointment"),
            QStringLiteral("state")};
}

BookingCsvExport::Result BookingCsvExport::write(QIODevice *device, const Progress &progress) const
{
    Result result;
    const auto fail = [&result](const QString &error) {
        result.status = Result::Status::Failed;
        result.error = error;
        return result;
    };
    const auto put = [device](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        return device->write(bytes) == bytes.size();
    };
    if (!device || !device->isWritable())
        return fail(tr("The file cannot be written."));
    try {
        BookingStore *bookings = m_store->bookings();
        const BookingSearch search = bookings->planSearch(m_field, m_text);
        const qint64 total = progress ? bookings->countMatches(search) : -1;
        if (!put(QString(QChar(0xFEFF)) + Csv::record(header())))
            return fail(tr("The file cannot be written: %1").arg(device->errorString()));
        qint64 before = std::numeric_limits<qint64>::max();
        for (;;) {
            const QList<BookingRow> page = bookings->searchPage(search, before, kPageRows);
            QString text;
            for (const BookingRow &row : page) {
                text += Csv::record({row.code, Csv::guardFormula(row.name), row.birthDate,
                                     spreadsheetPhone(row.phone), Csv::guardFormula(row.vaccineName),
                                     QString(row.appointment).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                     bookingStateName(row.state)});
            }
            if (!put(text))
                return fail(tr("The file cannot be written: %1").arg(device->errorString()));
            result.rows += page.size();
            if (!page.isEmpty())
                before = page.constLast().rowId;
            const bool atEnd = page.size() < kPageRows;
            if (progress && !progress(result.rows, total)) {
                if (!atEnd) {
                    result.status = Result::Status::Cancelled;
                    return result;
                }
            }
            if (atEnd)
                return result;
        }
    } catch (const DatabaseError &error) {
        return fail(error.message());
    }
}

BookingCsvExport::Result BookingCsvExport::writeFile(const QString &path, const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Result result;
        result.status = Result::Status::Failed;
        result.error = tr("The file cannot be written: %1").arg(file.errorString());
        return result;
    }
    Result result = write(&file, progress);
    if (result.status != Result::Status::Done) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.status = Result::Status::Failed;
        result.error = tr("The file cannot be written: %1").arg(file.errorString());
    }
    return result;
}
