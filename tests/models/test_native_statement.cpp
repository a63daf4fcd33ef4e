#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"
#include "models/sqlite/QtStatement.h"
#include "models/store/Schema.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

// NativeStatement runs the booking path's statements through SQLite's C API on the connection
// Database (Qt's QSQLITE driver) opened: same values, same errors, nothing left open at close.
// CTest runs it twice: as it comes, and with ANTICORONA_SQLITE_PATH=qt, where the same statements
// go through QSqlQuery (QtStatement), as with a Qt that brings its own SQLite.
class TestNativeStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString openWithTable(Database &db, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!db.open(path, Database::OpenMode::CreateIfMissing, Schema::desk()))
            return {};
        db.execDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS t (a TEXT UNIQUE, b INTEGER)"));
        return path;
    }

private Q_SLOTS:
    // The driver's sqlite3* is used with our C API only when it is one and both are one SQLite.
    void theNativePathNeedsTheSameSqlite()
    {
        const QByteArray ours(sqlite3_sourceid());
        const QString same = QString::fromUtf8(ours);
        QVERIFY(Database::whyNotNative(same, ours, "sqlite3*").isEmpty());
        // A Qt with its bundled SQLite: another build, maybe even the same version.
        QVERIFY(!Database::whyNotNative(same, "2022-12-28 14:03:47 other", "sqlite3*").isEmpty());
        QVERIFY(!Database::whyNotNative(same + QLatin1Char('x'), ours, "sqlite3*").isEmpty());
        // The driver could not say, or is not QSQLITE's.
        QVERIFY(!Database::whyNotNative(QString(), ours, "sqlite3*").isEmpty());
        QVERIFY(!Database::whyNotNative(same, QByteArray(), "sqlite3*").isEmpty());
        QVERIFY(!Database::whyNotNative(same, ours, "void*").isEmpty());
        QVERIFY(!Database::whyNotNative(same, ours, nullptr).isEmpty());
    }
    // Debian's QSQLITE links the system SQLite, ours: the fast path is the one taken.
    void theNativePathIsTakenUnlessForced()
    {
        Database db;
        QVERIFY(!openWithTable(db, QStringLiteral("path.sqlite")).isEmpty());
        const bool forced = qgetenv("ANTICORONA_SQLITE_PATH") == "qt";
        QCOMPARE(db.statementPath(), forced ? Database::StatementPath::Qt : Database::StatementPath::Native);
    }
    // The Qt path numbers parameters as SQLite does: a repeated name keeps its number, and
    // quotes and comments hold no parameter.
    void theQtPathNumbersParametersAsSqlite()
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        for (const char *sql : {"SELECT :a, :b, :a, ':c', \"x:d\", :e_1 -- :f\n + /* :g */ :h", "SELECT 1",
                                "SELECT :b||:a AS [y:z], :c AS `w:v`, 'it''s :no', :a", "SELECT ?, ?, 'a?'",
                                "SELECT :한글, :x$y"}) {
            sqlite3_stmt *statement = nullptr;
            QVERIFY2(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK, sqlite3_errmsg(db));
            std::vector<QByteArray> expected;
            for (int i = 1; i <= sqlite3_bind_parameter_count(statement); ++i)
                expected.emplace_back(sqlite3_bind_parameter_name(statement, i));
            sqlite3_finalize(statement);
            QCOMPARE(QtStatement::parameterNames(sql), expected);
        }
        sqlite3_close(db);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, QtStatement::parameterNames("SELECT ?1"));
    }
    void valuesRoundTripAsQtWritesThem()
    {
        Database db;
        QVERIFY(!openWithTable(db, QStringLiteral("values.sqlite")).isEmpty());
        NativeStatement &insert = db.native("INSERT INTO t (a, b) VALUES (:a, :b)");
        insert.bind(":a", QStringLiteral("김민준 \U0001F600"));
        insert.bind(":b", qint64(1) << 40);
        insert.exec();
        QCOMPARE(insert.lastInsertRowId(), qint64(1));
        insert.bind(":a", QString()); // null: NULL, as the QSQLITE driver binds it
        insert.bind(":b", 7);
        insert.exec();
        insert.bind(":a", QStringLiteral(""));
        insert.exec();
        QCOMPARE(&db.native("INSERT INTO t (a, b) VALUES (:a, :b)"), &insert); // prepared once

        NativeStatement &select = db.native("SELECT a, b, typeof(a) FROM t ORDER BY rowid");
        QVERIFY(select.next());
        QCOMPARE(select.text(0), QStringLiteral("김민준 \U0001F600"));
        QCOMPARE(select.int64(1), qint64(1) << 40);
        QVERIFY(select.next());
        QVERIFY(select.text(0).isNull());
        QCOMPARE(select.text(2), QStringLiteral("null"));
        QVERIFY(select.next());
        QCOMPARE(select.text(2), QStringLiteral("text"));
        QVERIFY(!select.next());
        select.reset();

        // Qt reads what the C API wrote on the same connection.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT a FROM t WHERE rowid = 1")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("김민준 \U0001F600"));
    }

    // What an update changed and a column's bytes, the same on both paths.
    void changesAndBytesAreTheConnections()
    {
        Database db;
        QVERIFY(!openWithTable(db, QStringLiteral("changes.sqlite")).isEmpty());
        NativeStatement &insert = db.native("INSERT INTO t (a, b) VALUES (:a, :b)");
        for (int i = 0; i < 3; ++i) {
            insert.bind(":a", QStringLiteral("가%1").arg(i));
            insert.bind(":b", i % 2);
            insert.exec();
        }
        NativeStatement &update = db.native("UPDATE t SET b = b + 1 WHERE b = :b");
        update.bind(":b", 0);
        update.exec();
        QCOMPARE(update.changes(), qint64(2));
        update.bind(":b", 9);
        update.exec();
        QCOMPARE(update.changes(), qint64(0));

        NativeStatement &select = db.native("SELECT a, NULL FROM t ORDER BY rowid LIMIT 1");
        QVERIFY(select.next());
        QCOMPARE(select.bytes(0), QStringLiteral("가0").toUtf8());
        QVERIFY(select.bytes(1).isNull());
        select.reset();
    }

    // Statements and parameter names are found again by their text: a buffer reused for other
    // text at the same address gets its own.
    void aReusedBufferGetsItsOwnStatementAndParameter()
    {
        Database db;
        QVERIFY(!openWithTable(db, QStringLiteral("addresses.sqlite")).isEmpty());
        char sql[64] = "INSERT INTO t (a, b) VALUES (:a, :b)";
        NativeStatement &insert = db.native(sql);
        QCOMPARE(&db.native(sql), &insert);
        char name[8] = ":a";
        insert.bind(name, QStringLiteral("first"));
        qstrcpy(name, ":b");
        insert.bind(name, 1); // same address, other name: binds :b, not :a again
        insert.bind(":a", QStringLiteral("first"));
        insert.exec();
        qstrcpy(sql, "SELECT b FROM t WHERE a = :a");
        NativeStatement &select = db.native(sql);
        QVERIFY(&select != &insert);
        select.bind(":a", QStringLiteral("first"));
        QVERIFY(select.next());
        QCOMPARE(select.int64(0), qint64(1));
        select.reset();
    }
    void failuresThrowSqliteMessageAndLeaveTheStatementUsable()
    {
        Database db;
        QVERIFY(!openWithTable(db, QStringLiteral("errors.sqlite")).isEmpty());
        QVERIFY_THROWS_EXCEPTION(DatabaseError, db.native("SELEC 1"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, db.native("SELECT :x").bind(":y", 1));

        db.beginWrite();
        NativeStatement &insert = db.native("INSERT INTO t (a, b) VALUES (:a, 1)");
        insert.bind(":a", QStringLiteral("same"));
        insert.exec();
        try {
            insert.exec();
            QFAIL("a duplicate was inserted");
        } catch (const DatabaseError &error) {
            // BookingStore::insert retries on exactly this text.
            QVERIFY2(error.message().contains(QLatin1String("UNIQUE constraint failed: t.a")),
                     qPrintable(error.message()));
        }
        insert.bind(":a", QStringLiteral("other"));
        insert.exec();
        db.commit();
        NativeStatement &count = db.native("SELECT count(*) FROM t WHERE a IN ('same', 'other')");
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), qint64(2));
        count.reset();
    }

    void busyConnectionFailsWithAClearError()
    {
        qputenv("ANTICORONA_BUSY_TIMEOUT_MS", "0"); // no waiting: the test stays fast and deterministic
        Database holder;
        Database waiter;
        const QString path = openWithTable(holder, QStringLiteral("busy.sqlite"));
        QVERIFY(!path.isEmpty());
        QVERIFY(waiter.open(path, Database::OpenMode::CreateIfMissing, Schema::desk()));
        qunsetenv("ANTICORONA_BUSY_TIMEOUT_MS");
        holder.beginWrite();
        try {
            waiter.beginWrite();
            QFAIL("two writers at once");
        } catch (const DatabaseError &error) {
            QVERIFY2(error.message().contains(QLatin1String("locked")), qPrintable(error.message()));
        }
        holder.rollback();
        waiter.beginWrite(); // the failed BEGIN left nothing behind
        waiter.commit();
    }

    void closeFinalisesSoTheConnectionReallyCloses()
    {
        const QString path = m_dir.filePath(QStringLiteral("close.sqlite"));
        {
            Database db;
            QVERIFY(!openWithTable(db, QStringLiteral("close.sqlite")).isEmpty());
            db.native("INSERT INTO t (a, b) VALUES ('x', 1)").exec();
            NativeStatement &select = db.native("SELECT a FROM t");
            QVERIFY(select.next()); // left mid-read on purpose
            QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
            db.close();
        }
        // The last connection to a WAL database checkpoints and removes the log only when
        // sqlite3_close succeeds, which it does not while a statement is still prepared.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        Database reopened;
        QVERIFY(reopened.open(path, Database::OpenMode::MustExist, Schema::desk()));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Database().native("SELECT 1"));
    }
};

QTEST_GUILESS_MAIN(TestNativeStatement)
#include "test_native_statement.moc"
