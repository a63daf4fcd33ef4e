#include "common/FixedClock.h"
#include "models/commands/DeskCommands.h"
#include "models/itemmodels/BookingTableModel.h"
#include "models/store/LocalStore.h"
#include "models/store/NameGrams.h"
#include "models/store/Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Finding a customer by any part of a name (name_grams), by phone and by code, through BookingStore
// and the bookings table's filter; and bookings made before schema 2 found the same way.
class TestSearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DeskCommands> m_commands;
    QString m_vaccine;
    QStringList m_codes; // in booking order

    QString book(const QString &name, const QString &phone, int birthOffset = 0)
    {
        const Customer customer{name, QDate(1980, 1, 1).addDays(birthOffset), phone};
        const CommandResult result = m_commands->book(m_vaccine, customer, m_clock.now().addDays(1));
        return result.isDone() ? result.value : QString();
    }

    QStringList namesFound(BookingStore::SearchField field, const QString &text)
    {
        QStringList names;
        for (const Booking &booking : m_store->bookings()->search(field, text))
            names.append(booking.customer.name);
        return names;
    }

    static QStringList modelNames(BookingTableModel &model)
    {
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, BookingTableModel::NameColumn).data().toString());
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("desk.sqlite"))));
        m_commands =
            std::make_unique<DeskCommands>(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        const CommandResult vaccine =
            m_commands->registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer"));
        QVERIFY(vaccine.isDone());
        m_vaccine = vaccine.value;
        QVERIFY(m_commands->receiveStock(m_vaccine, QStringLiteral("L1"), QDate(2026, 12, 31), 100).isDone());
        const QList<std::pair<QString, QString>> customers{
            {QStringLiteral("김민수"), QStringLiteral("010-1111-2222")},
            {QStringLiteral("이민수"), QStringLiteral("010-1111-3333")},
            {QStringLiteral("박수진"), QStringLiteral("010-2222-4444")},
            {QStringLiteral("Kim Minji"), QStringLiteral("010-3333-5555")},
            {QStringLiteral("PARK MINSU"), QStringLiteral("010-3333-6666")},
            {QStringLiteral("수"), QStringLiteral("010-4444-7777")},
        };
        for (int i = 0; i < customers.size(); ++i) {
            const QString code = book(customers.at(i).first, customers.at(i).second, i);
            QVERIFY2(!code.isEmpty(), qPrintable(customers.at(i).first));
            m_codes.append(code);
        }
    }

    void piecesFollowTheMigrationsRule()
    {
        QCOMPARE(NameGrams::of(QStringLiteral("김민수")),
                 (QStringList{QStringLiteral("김민"), QStringLiteral("민수")}));
        QCOMPARE(NameGrams::of(QStringLiteral("AbAb")),
                 (QStringList{QStringLiteral("ab"), QStringLiteral("ba")}));
        QCOMPARE(NameGrams::of(QStringLiteral("수")), QStringList());
        QCOMPARE(NameGrams::fold(QStringLiteral("ÄZ김")), QStringLiteral("Äz김")); // ASCII only, as lower()
        // A character outside the BMP is one character, as SQLite counts it.
        const QString wide = QStringLiteral("a") + QString::fromUcs4(U"\U00020000") + QStringLiteral("b");
        QCOMPARE(NameGrams::of(wide).size(), 2);
        // Every booking's pieces are stored as the migration would make them.
        QSqlQuery query(m_store->database()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM name_grams")));
        QVERIFY(query.next());
        int expected = 0;
        for (const char *name : {"김민수", "이민수", "박수진", "Kim Minji", "PARK MINSU", "수"})
            expected += int(NameGrams::of(QString::fromUtf8(name)).size());
        QCOMPARE(query.value(0).toInt(), expected);
    }

    void givenNameFindsTheFullName()
    {
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral("민수")),
                 (QStringList{QStringLiteral("이민수"), QStringLiteral("김민수")})); // newest first
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral("김민")),
                 QStringList{QStringLiteral("김민수")});
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral("김민수")),
                 QStringList{QStringLiteral("김민수")});
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral(" 수진 ")),
                 QStringList{QStringLiteral("박수진")});
        QVERIFY(namesFound(BookingStore::SearchField::Name, QStringLiteral("민수진")).isEmpty());
        QVERIFY(namesFound(BookingStore::SearchField::Name, QStringLiteral("최민")).isEmpty());
    }

    void oneCharacterIsANamePrefix()
    {
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral("수")),
                 QStringList{QStringLiteral("수")});
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral("김")),
                 QStringList{QStringLiteral("김민수")});
    }

    void latinNamesIgnoreCase()
    {
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral("minji")),
                 QStringList{QStringLiteral("Kim Minji")});
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral("KIM")),
                 QStringList{QStringLiteral("Kim Minji")});
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral("Min")),
                 (QStringList{QStringLiteral("PARK MINSU"), QStringLiteral("Kim Minji")}));
        QCOMPARE(namesFound(BookingStore::SearchField::Name, QStringLiteral("k min")),
                 QStringList{QStringLiteral("PARK MINSU")});
    }

    void anyTellsPhoneCodeAndNameApart()
    {
        using F = BookingStore::SearchField;
        QCOMPARE(namesFound(F::Any, QStringLiteral("010-1111")),
                 (QStringList{QStringLiteral("이민수"), QStringLiteral("김민수")}));
        QCOMPARE(namesFound(F::Any, QStringLiteral("0103333")),
                 (QStringList{QStringLiteral("PARK MINSU"), QStringLiteral("Kim Minji")}));
        const QString code = m_codes.at(2);
        QCOMPARE(namesFound(F::Any, code.left(4).toLower() + QLatin1Char('-') + code.mid(4)),
                 QStringList{QStringLiteral("박수진")});
        QCOMPARE(namesFound(F::Any, QStringLiteral("민수")).size(), 2);
        QCOMPARE(namesFound(F::Any, QStringLiteral("MINS")), QStringList{QStringLiteral("PARK MINSU")});
        QCOMPARE(namesFound(F::Phone, QStringLiteral("010-2222")), QStringList{QStringLiteral("박수진")});
    }

    // 뒷자리: the last four digits, how Korean desks look people up, through an index of them.
    void aPhonesLastFourDigitsFindIt()
    {
        using F = BookingStore::SearchField;
        QCOMPARE(namesFound(F::Any, QStringLiteral("2222")), QStringList{QStringLiteral("김민수")});
        QCOMPARE(namesFound(F::Phone, QStringLiteral("5555")), QStringList{QStringLiteral("Kim Minji")});
        QCOMPARE(namesFound(F::Any, QStringLiteral("9999")), QStringList());
        // Four digits that start like a mobile number are still its start.
        QCOMPARE(namesFound(F::Any, QStringLiteral("0104")), QStringList{QStringLiteral("수")});
        BookingStore *bookings = m_store->bookings();
        const BookingSearch search = bookings->planSearch(F::Any, QStringLiteral("6666"));
        QCOMPARE(search.plan, BookingSearch::Plan::PhoneSuffix);
        QCOMPARE(bookings->countMatches(search), 1);
        QSqlQuery plan(m_store->database()->connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + BookingStore::pageQuery(search)));
        plan.addBindValue(search.text);
        plan.addBindValue(std::numeric_limits<qint64>::max());
        plan.addBindValue(100);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        QVERIFY2(steps.join(QLatin1Char('\n')).contains(QStringLiteral("USING INDEX bookings_phone_tail")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY2(!steps.join(QLatin1Char('\n')).contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
    }

    void countMatchesAgreesWithThePages()
    {
        BookingStore *bookings = m_store->bookings();
        for (const QString &text : {QStringLiteral("민수"), QStringLiteral("min"), QStringLiteral("010"),
                                    QStringLiteral("없음"), QStringLiteral("3333")}) {
            const BookingSearch search = bookings->planSearch(BookingStore::SearchField::Any, text);
            QCOMPARE(bookings->countMatches(search),
                     qint64(bookings->searchPage(search, std::numeric_limits<qint64>::max(), 100).size()));
        }
    }

    void tableFilterPagesThroughNameMatches()
    {
        BookingTableModel model(m_store.get(), nullptr, 1); // a page of one: every row is its own page
        model.setFilter(BookingTableModel::Field::Name, QStringLiteral("민수"));
        QCOMPARE(modelNames(model), (QStringList{QStringLiteral("이민수"), QStringLiteral("김민수")}));
        model.setFilter(BookingTableModel::Field::Name, QStringLiteral("min"));
        QCOMPARE(modelNames(model), (QStringList{QStringLiteral("PARK MINSU"), QStringLiteral("Kim Minji")}));
        model.setFilter(BookingTableModel::Field::Any, QStringLiteral("010-3333-5"));
        QCOMPARE(modelNames(model), QStringList{QStringLiteral("Kim Minji")});
        model.setFilter(BookingTableModel::Field::Name, QStringLiteral("zz"));
        QCOMPARE(modelNames(model), QStringList());
        model.clearFilter();
        QCOMPARE(modelNames(model).size(), 6);
    }

    // A desk file from schema 1 with bookings: opening it migrates to the latest and fills name_grams.
    void bookingsFromSchemaOneAreFoundByAPiece()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            // Schema::migrate from 0 to 1 only is not exposed, so make a current file and take it back
            // to version 1 by hand: drop what version 2 added, then add v1 bookings with raw SQL.
            LocalStore fresh;
            QVERIFY(fresh.open(path));
            QSqlQuery query(fresh.database()->connection());
            for (const char *sql :
                 {// What versions 5 to 9 added.
                  "ALTER TABLE audit DROP COLUMN said", "DROP INDEX bookings_phone_tail",
                  "DROP INDEX outbox_cancel_server_sequence",
                  "ALTER TABLE outbox DROP COLUMN server_sequence", "DROP TABLE conflicts",
                  "DROP TABLE feed_entries", "DROP TABLE rights_requests",
                  "ALTER TABLE injections DROP COLUMN device_id", "ALTER TABLE desk DROP COLUMN last_sync_at",
                  "ALTER TABLE desk DROP COLUMN token_file", "PRAGMA writable_schema=ON",
                  "UPDATE sqlite_schema SET sql = replace(sql, 'booked <= on_hand + overrides)', "
                  "'booked <= on_hand)') WHERE name = 'stock_levels'",
                  "PRAGMA writable_schema=OFF", "ALTER TABLE stock_levels DROP COLUMN overrides",
                  "DROP TABLE name_grams", "DROP TABLE audit", "DROP TABLE staff",
                  "DROP INDEX bookings_appointment", "ALTER TABLE injections DROP COLUMN undone_at",
                  "DROP INDEX bookings_name", "CREATE INDEX bookings_name ON bookings(name)",
                  "CREATE INDEX bookings_booked_customer ON bookings(birth_date, vaccine_id) WHERE state = 0",
                  "ALTER TABLE desk DROP COLUMN acknowledged_through",
                  "INSERT INTO vaccines (id, name, manufacturer, created_at) VALUES ('v', 'V', 'M', "
                  "'2026-01-01')",
                  "INSERT INTO bookings (uid, code, site_id, vaccine_id, name, birth_date, phone, "
                  "appointment, "
                  "state, holder, created_at) VALUES ('u1', 'AAAAAAAA', 's', 'v', '최민수', '1990-01-01', "
                  "'01012345678', '2026-03-03T09:00', 0, 'd', '2026-03-01T00:00:00.000Z')",
                  "INSERT INTO bookings (uid, code, site_id, vaccine_id, name, birth_date, phone, "
                  "appointment, "
                  "state, holder, created_at) VALUES ('u2', 'BBBBBBBB', 's', 'v', 'Lee Sora', '1990-01-02', "
                  "'01012345679', '2026-03-03T09:10', 0, 'd', '2026-03-01T00:00:00.000Z')",
                  // Version 3 and older checked the state with IN.
                  "PRAGMA writable_schema=ON",
                  "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (state = 0 OR state = 1 OR state = "
                  "2 OR state = 3)', "
                  "'CHECK (state IN (0, 1, 2))') WHERE name = 'bookings'",
                  "PRAGMA writable_schema=OFF", "PRAGMA user_version=1"})
                QVERIFY2(query.exec(QString::fromUtf8(sql)), sql);
        }
        LocalStore migrated;
        QVERIFY2(migrated.open(path), qPrintable(migrated.errorMessage()));
        QSqlQuery version(migrated.database()->connection());
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), Schema::latestVersion());
        const auto found = [&migrated](const QString &text) {
            QStringList names;
            for (const Booking &booking : migrated.bookings()->search(BookingStore::SearchField::Name, text))
                names.append(booking.customer.name);
            return names;
        };
        QCOMPARE(found(QStringLiteral("민수")), QStringList{QStringLiteral("최민수")});
        QCOMPARE(found(QStringLiteral("SOR")), QStringList{QStringLiteral("Lee Sora")});
        // The migration's pieces and NameGrams' agree exactly.
        QSqlQuery grams(migrated.database()->connection());
        QVERIFY(grams.exec(
            QStringLiteral("SELECT gram FROM name_grams WHERE booking_id = (SELECT id FROM bookings "
                           "WHERE uid = 'u2') ORDER BY gram")));
        QStringList stored;
        while (grams.next())
            stored.append(grams.value(0).toString());
        QStringList expected = NameGrams::of(QStringLiteral("Lee Sora"));
        expected.sort();
        QCOMPARE(stored, expected);
        // Version 3: rule 5's partial index is gone, the name index holds the birth date.
        QSqlQuery indexes(migrated.database()->connection());
        QVERIFY(indexes.exec(QStringLiteral(
                    "SELECT group_concat(name, ',') FROM pragma_index_info('bookings_name')")) &&
                indexes.next());
        QCOMPARE(indexes.value(0).toString(), QStringLiteral("name,birth_date"));
        QVERIFY(indexes.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'bookings_booked_customer'")) &&
                indexes.next());
        QCOMPARE(indexes.value(0).toInt(), 0);
        // Version 4: the same states are accepted, checked without IN, and the file is sound;
        // version 5 adds REJECTED (3) the same way.
        QVERIFY(indexes.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'bookings'")) &&
                indexes.next());
        QVERIFY2(indexes.value(0).toString().contains(
                     QLatin1String("CHECK (state = 0 OR state = 1 OR state = 2 OR state = 3)")),
                 qPrintable(indexes.value(0).toString()));
        QVERIFY(!indexes.value(0).toString().contains(QLatin1String("IN (0, 1, 2)")));
        QVERIFY(indexes.exec(QStringLiteral("PRAGMA integrity_check")) && indexes.next());
        QCOMPARE(indexes.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(!indexes.exec(QStringLiteral("UPDATE bookings SET state = 4 WHERE uid = 'u1'")));
        QVERIFY(!indexes.exec(QStringLiteral("UPDATE bookings SET state = 1.5 WHERE uid = 'u1'")));
        QVERIFY(indexes.exec(QStringLiteral("UPDATE bookings SET state = 2 WHERE uid = 'u1'")));
        QVERIFY(indexes.exec(QStringLiteral("UPDATE bookings SET state = 0 WHERE uid = 'u1'")));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
