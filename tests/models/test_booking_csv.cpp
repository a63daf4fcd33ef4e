#include "common/FixedClock.h"
#include "models/commands/DeskCommands.h"
#include "models/csv/BookingCsvExport.h"
#include "models/csv/BookingCsvImport.h"
#include "models/csv/Csv.h"
#include "models/store/LocalStore.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// Bookings to CSV and back: the export's bytes, RFC 4180 quoting, the import's preview of every row
// with its line and reason, and cancelling either half way.
class TestBookingCsv final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DeskCommands> m_commands;
    QString m_vaccine;

    qint64 bookingCount() { return m_store->bookings()->count(); }

    void openStore(const QString &file, int doses)
    {
        m_commands.reset();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(file)));
        m_commands =
            std::make_unique<DeskCommands>(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        const CommandResult vaccine =
            m_commands->registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer"));
        QVERIFY(vaccine.isDone());
        m_vaccine = vaccine.value;
        QVERIFY(
            m_commands->receiveStock(m_vaccine, QStringLiteral("L1"), QDate(2026, 12, 31), doses).isDone());
    }

    QString book(const QString &name, const QString &phone, int birthOffset)
    {
        const Customer customer{name, QDate(1980, 1, 1).addDays(birthOffset), phone};
        return m_commands->book(m_vaccine, customer, QDateTime(QDate(2026, 3, 3), QTime(10, 0))).value;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        openStore(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()), 5);
    }

    void quotingFollowsRfc4180()
    {
        QCOMPARE(Csv::record({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\nlines"), QString()}),
                 QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
        const QList<Csv::Record> records =
            Csv::parse(QStringLiteral("\uFEFFa,\"b,c\"\r\n\r\n\"x\ny\",\"q\"\"\"\nlast,"));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("b,c")}));
        QCOMPARE(records.at(1).line, 3);
        QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("x\ny"), QStringLiteral("q\"")}));
        QCOMPARE(records.at(2).line, 5);
        QCOMPARE(records.at(2).fields, (QStringList{QStringLiteral("last"), QString()}));
        int open = 0;
        QCOMPARE(Csv::parse(QStringLiteral("a\n\"never closed\n,"), &open).size(), 1);
        QCOMPARE(open, 2);
    }

    void formulasAreDefusedOnTheWayOutAndRestoredOnTheWayIn()
    {
        for (const QString &text : {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1"),
                                    QStringLiteral("-2"), QStringLiteral("@SUM(A1)")}) {
            QCOMPARE(Csv::guardFormula(text), QLatin1Char('\'') + text);
            QCOMPARE(Csv::unguardFormula(Csv::guardFormula(text)), text);
        }
        QCOMPARE(Csv::guardFormula(QStringLiteral("김민수")), QStringLiteral("김민수"));
        QCOMPARE(Csv::unguardFormula(QStringLiteral("'quoted")), QStringLiteral("'quoted"));
    }

    void exportHasBomHeaderAndKoreanNames()
    {
        const QString tricky = QStringLiteral("O'Neil, \"Jr\"\nthe 2nd");
        QVERIFY(!book(QStringLiteral("김민수"), QStringLiteral("010-1111-2222"), 0).isEmpty());
        QVERIFY(!book(tricky, QStringLiteral("010-1111-3333"), 1).isEmpty());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const BookingCsvExport::Result result = BookingCsvExport(m_store.get()).write(&buffer);
        QCOMPARE(result.status, BookingCsvExport::Result::Status::Done);
        QCOMPARE(result.rows, 2);
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "code,name,birth_date,phone,vaccine,appointment,state\r\n"));
        const QList<Csv::Record> records = Csv::parse(QString::fromUtf8(bytes));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).fields.at(1), tricky); // newest first
        QCOMPARE(records.at(2).fields.mid(1),
                 (QStringList{QStringLiteral("김민수"), QStringLiteral("1980-01-01"),
                              QStringLiteral("010-1111-2222"), QStringLiteral("Comirnaty"),
                              QStringLiteral("2026-03-03 10:00"), QStringLiteral("BOOKED")}));

        BookingCsvExport filtered(m_store.get());
        filtered.setFilter(BookingStore::SearchField::Name, QStringLiteral("민수"));
        QBuffer only;
        QVERIFY(only.open(QIODevice::WriteOnly));
        QCOMPARE(filtered.write(&only).rows, 1);
    }

    void exportedFileImportsIntoAnotherDesk()
    {
        const QString tricky = QStringLiteral("Kim \"Minji\", MD\r\nline two");
        QVERIFY(!book(QStringLiteral("박수진"), QStringLiteral("010-2222-3333"), 0).isEmpty());
        QVERIFY(!book(tricky, QStringLiteral("010-2222-4444"), 1).isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(BookingCsvExport(m_store.get()).writeFile(path).status,
                 BookingCsvExport::Result::Status::Done);

        openStore(QStringLiteral("other.sqlite"), 5);
        BookingCsvImport importer(m_store.get(), &m_clock);
        const BookingCsvImport::Preview preview = importer.previewFile(path);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.okCount(), 2);
        QCOMPARE(preview.rows.at(0).line, 2);
        QCOMPARE(preview.rows.at(1).line, 4); // the first name spans two lines
        const BookingCsvImport::Report report = importer.import(preview, m_commands.get());
        QCOMPARE(report.imported, 2);
        QVERIFY(report.refused.isEmpty());
        QStringList names;
        for (const Booking &booking : m_store->bookings()->newest())
            names.append(booking.customer.name);
        QCOMPARE(names, (QStringList{QStringLiteral("박수진"), tricky}));
    }

    // Phones go out as text a spreadsheet keeps (the leading 0 of 010, the digits of a long number) and
    // come back in as the same digits.
    void phonesRoundTripAsSpreadsheetText()
    {
        const QStringList phones{QStringLiteral("01022223333"), QStringLiteral("021234567"),
                                 QStringLiteral("0311234567"), QStringLiteral("821012345678"),
                                 QStringLiteral("15881234")};
        for (int i = 0; i < phones.size(); ++i)
            QVERIFY(!book(QStringLiteral("손님%1").arg(i), phones.at(i), i).isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("phones.csv"));
        QCOMPARE(BookingCsvExport(m_store.get()).writeFile(path).status,
                 BookingCsvExport::Result::Status::Done);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList written;
        for (const Csv::Record &record : Csv::parse(QString::fromUtf8(file.readAll())).mid(1))
            written.prepend(record.fields.at(3)); // newest first
        QCOMPARE(written, (QStringList{QStringLiteral("010-2222-3333"), QStringLiteral("02-123-4567"),
                                       QStringLiteral("031-123-4567"), QStringLiteral("82101234-5678"),
                                       QStringLiteral("1588-1234")}));

        openStore(QStringLiteral("phones-other.sqlite"), 5);
        BookingCsvImport importer(m_store.get(), &m_clock);
        const BookingCsvImport::Preview preview = importer.previewFile(path);
        QCOMPARE(preview.okCount(), phones.size());
        QCOMPARE(importer.import(preview, m_commands.get()).imported, phones.size());
        QStringList imported;
        for (const Booking &booking : m_store->bookings()->newest())
            imported.prepend(booking.customer.phone);
        std::sort(imported.begin(), imported.end());
        QStringList expected = phones;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(imported, expected);
    }

    void previewListsEveryBadRowAndWritesNothing()
    {
        QVERIFY(
            !book(QStringLiteral("이미예약"), QStringLiteral("010-9999-0000"), 0).isEmpty()); // 4 doses left
        const QByteArray csv =
            QStringLiteral(
                "name,birth_date,phone,vaccine,appointment\n"
                "좋은행,1990-01-01,010-1000-0001,Comirnaty,2026-03-05T09:00\n"   // 2 ok
                "짧은행,1990-01-02,010-1000-0002,Comirnaty\n"                    // 3 column count
                ",1990-01-03,010-1000-0003,Comirnaty,2026-03-05 09:00\n"         // 4 empty name
                "날짜,1990-13-40,010-1000-0004,Comirnaty,2026-03-05 09:00\n"     // 5 malformed date
                "백신,1990-01-05,010-1000-0005,Unknownvax,2026-03-05 09:00\n"    // 6 unknown vaccine
                "과거,1990-01-06,010-1000-0006,Comirnaty,2026-03-01 09:00\n"     // 7 in the past
                "이미예약,1980-01-01,010-1000-0007,Comirnaty,2026-03-05 09:00\n" // 8 already BOOKED
                "좋은행,1990-01-01,010-1000-0008,comirnaty,2026-03-06 09:00\n"   // 9 twice in the file
                "둘째,1990-01-09,010-1000-0009,Comirnaty,2026-03-05 10:00\n"     // 10 ok
                "셋째,1990-01-10,010-1000-0010,Comirnaty,2026-03-05 10:10\n"     // 11 ok
                "넷째,1990-01-11,010-1000-0011,Comirnaty,2026-03-05 10:20\n"     // 12 ok: the 4th dose
                "다섯째,1990-01-12,010-1000-0012,Comirnaty,2026-03-05 10:30\n")  // 13 no dose left
                .toUtf8();
        const qint64 before = bookingCount();
        BookingCsvImport importer(m_store.get(), &m_clock);
        const BookingCsvImport::Preview preview = importer.preview(csv);
        QVERIFY(preview.error.isEmpty());
        QCOMPARE(bookingCount(), before);
        QCOMPARE(preview.rows.size(), 12);
        QStringList reasons;
        QList<int> bad;
        for (const BookingCsvImport::Row &row : preview.rows) {
            if (!row.isOk()) {
                bad.append(row.line);
                reasons.append(row.reason);
            }
        }
        QCOMPARE(bad, (QList<int>{3, 4, 5, 6, 7, 8, 9, 13}));
        QCOMPARE(reasons.at(0),
                 BookingCsvImport::tr("%n field(s) where %1 are expected.", nullptr, 4).arg(5));
        QCOMPARE(reasons.at(1), Refusal::make(RefusalCode::EmptyName).message);
        QCOMPARE(reasons.at(2), Refusal::make(RefusalCode::InvalidBirthDate).message);
        QCOMPARE(reasons.at(3),
                 Refusal::make(RefusalCode::UnknownVaccine, QStringLiteral("Unknownvax")).message);
        QCOMPARE(reasons.at(4),
                 Refusal::make(RefusalCode::AppointmentInPast, QStringLiteral("2026-03-01 09:00")).message);
        QVERIFY(reasons.at(5).contains(m_store->bookings()->newest(1).at(0).code));
        QVERIFY(reasons.at(6).contains(QLatin1String("2")));
        QCOMPARE(reasons.at(7), Refusal::make(RefusalCode::NotAvailable).message);
        QCOMPARE(preview.okCount(), 4);
        QCOMPARE(bookingCount(), before);

        const BookingCsvImport::Report report = importer.import(preview, m_commands.get());
        QCOMPARE(report.imported, 4);
        QVERIFY(report.refused.isEmpty());
        QCOMPARE(bookingCount(), before + 4);
    }

    void importReportsRowsRefusedSinceThePreview()
    {
        const QByteArray csv = "Lee,1990-01-01,010-1000-0001,Comirnaty,2026-03-05T09:00\n"
                               "Park,1990-01-02,010-1000-0002,Comirnaty,2026-03-05T09:10\n";
        BookingCsvImport importer(m_store.get(), &m_clock);
        const BookingCsvImport::Preview preview = importer.preview(csv);
        QCOMPARE(preview.okCount(), 2);
        QVERIFY(!m_commands
                     ->book(m_vaccine,
                            {QStringLiteral("Park"), QDate(1990, 1, 2), QStringLiteral("01010000002")},
                            QDateTime(QDate(2026, 3, 4), QTime(9, 0)))
                     .value.isEmpty());
        const BookingCsvImport::Report report = importer.import(preview, m_commands.get());
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.refused.size(), 1);
        QCOMPARE(report.refused.at(0).line, 2);
        QVERIFY(!report.refused.at(0).reason.isEmpty());
    }

    void unreadableFilesAreRefusedWhole()
    {
        BookingCsvImport importer(m_store.get(), &m_clock);
        QVERIFY(!importer.preview(QByteArray("\xff\xfe\x00n", 4)).error.isEmpty());
        QVERIFY(!importer.preview("a,\"open\n").error.isEmpty());
        QVERIFY(!importer.previewFile(m_dir.filePath(QStringLiteral("missing.csv"))).error.isEmpty());
        QCOMPARE(importer.preview(QByteArray()).rows.size(), 0);
    }

    void cancelStopsExportAndImport()
    {
        openStore(QStringLiteral("many.sqlite"), 2600);
        QByteArray csv;
        for (int i = 0; i < 2500; ++i)
            csv += QStringLiteral("손님%1,1990-01-01,0102000%2,Comirnaty,2026-03-05 09:00\n")
                       .arg(i)
                       .arg(i, 4, 10, QLatin1Char('0'))
                       .toUtf8();
        BookingCsvImport importer(m_store.get(), &m_clock);
        const BookingCsvImport::Preview preview = importer.preview(csv);
        QCOMPARE(preview.okCount(), 2500);
        qint64 calls = 0;
        const BookingCsvImport::Report partial =
            importer.import(preview, m_commands.get(), [&calls](qint64 done, qint64 total) {
                ++calls;
                return total == 2500 && done < 1200;
            });
        QVERIFY(partial.cancelled);
        QCOMPARE(partial.imported, 1200);
        QCOMPARE(bookingCount(), 1200);

        BookingCsvExport exporter(m_store.get());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const BookingCsvExport::Result stopped =
            exporter.write(&buffer, [](qint64 done, qint64 total) { return total == 1200 && done < 1000; });
        QCOMPARE(stopped.status, BookingCsvExport::Result::Status::Cancelled);
        QCOMPARE(stopped.rows, BookingCsvExport::kPageRows);

        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        QCOMPARE(exporter.writeFile(path, [](qint64, qint64) { return false; }).status,
                 BookingCsvExport::Result::Status::Cancelled);
        QVERIFY(!QFile::exists(path)); // nothing half-written is left behind
    }
};

QTEST_GUILESS_MAIN(TestBookingCsv)
#include "test_booking_csv.moc"
