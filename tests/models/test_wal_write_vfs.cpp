#include "models/sqlite/Database.h"
#include "models/sqlite/WalWriteVfs.h"
#include "models/store/Schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <vector>

// WalWriteVfs gathers a transaction's WAL frames into one write. Below it, this test registers
// a VFS that counts (and on demand fails) the writes reaching the log file, so the batching,
// its limits and its failure path are checked directly, without timing anything.
namespace {

struct WalWrites
{
    std::vector<int> sizes;
    bool fail = false;
};
WalWrites g_walWrites;
sqlite3_vfs g_countingVfs;
sqlite3_io_methods g_countingMethods;
int (*g_realWrite)(sqlite3_file *, const void *, int, sqlite3_int64) = nullptr;

int countingWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    if (g_walWrites.fail)
        return SQLITE_IOERR_WRITE;
    g_walWrites.sizes.push_back(amount);
    return g_realWrite(file, data, amount, offset);
}

int countingOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    sqlite3_vfs *plain = sqlite3_vfs_find("unix");
    const int rc = plain->xOpen(plain, name, file, flags, outFlags);
    if (rc == SQLITE_OK && (flags & SQLITE_OPEN_WAL)) {
        g_countingMethods = *file->pMethods;
        g_realWrite = g_countingMethods.xWrite;
        g_countingMethods.xWrite = countingWrite;
        file->pMethods = &g_countingMethods;
    }
    return rc;
}

// SQLite's "unix" under another name, with an xOpen that counts the log's writes.
void registerCountingVfs()
{
    g_countingVfs = *sqlite3_vfs_find("unix");
    g_countingVfs.zName = "counting";
    g_countingVfs.pNext = nullptr;
    g_countingVfs.xOpen = countingOpen;
    sqlite3_vfs_register(&g_countingVfs, 1);
}

class Connection
{
public:
    Connection(const QString &path, const char *vfs)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs);
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=NORMAL");
    }
    ~Connection() { sqlite3_close(m_db); }
    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    qint64 value(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        qint64 result = -1;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            result = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return result;
    }
    QString text(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        QString result;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return result;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

class TestWalWriteVfs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Through the desk's VFS (the default once installed), with a table whose row touches
    // several pages: the table and three indexes.
    QString freshFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Connection db(path, nullptr);
        db.exec("CREATE TABLE t (a TEXT, b TEXT, c TEXT, d BLOB)");
        db.exec("CREATE INDEX t_a ON t(a)");
        db.exec("CREATE INDEX t_b ON t(b)");
        db.exec("CREATE INDEX t_c ON t(c)");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerCountingVfs();
        QVERIFY(WalWriteVfs::install()); // wraps the counting VFS, the default now
        QVERIFY(WalWriteVfs::install()); // idempotent
        QCOMPARE(sqlite3_vfs_find(nullptr)->zName, WalWriteVfs::kName);
        QCOMPARE(WalWriteVfs::wrappedName(), "counting");
    }

    void init() { g_walWrites = {}; }

    void theDesksConnectionsUseIt()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("desk.sqlite")), Database::OpenMode::CreateIfMissing,
                        Schema::desk()));
        g_walWrites = {};
        db.beginWrite();
        db.execDirect(QStringLiteral("INSERT INTO vaccines (id, name, manufacturer, created_at) "
                                     "VALUES ('v', 'V', 'M', '2026-01-01')"));
        db.commit();
        QCOMPARE(g_walWrites.sizes.size(), size_t(1));
    }

    void aCommitOfManyPagesIsOneWrite()
    {
        Connection db(freshFile(QStringLiteral("one.sqlite")), nullptr);
        // The first commit after the log (re)starts also writes, and syncs, the log's header.
        QCOMPARE(db.exec("INSERT INTO t VALUES ('a', 'b', 'c', NULL)"), SQLITE_OK);
        for (int i = 0; i < 20; ++i) {
            g_walWrites = {};
            const QByteArray sql =
                QStringLiteral("INSERT INTO t VALUES ('a%1', 'b%1', 'c%1', zeroblob(100))").arg(i).toUtf8();
            QCOMPARE(db.exec(sql.constData()), SQLITE_OK);
            QCOMPARE(g_walWrites.sizes.size(), size_t(1));
            // Four pages (the table and three indexes) of 4,096 bytes, each behind its 24-byte header.
            QVERIFY2(g_walWrites.sizes.front() >= 4 * (4096 + 24),
                     qPrintable(QString::number(g_walWrites.sizes.front())));
        }
    }

    void anotherConnectionSeesEveryCommitAtOnce()
    {
        const QString path = freshFile(QStringLiteral("visible.sqlite"));
        Connection writer(path, nullptr);
        Connection reader(path, "unix"); // SQLite's own VFS reads the file as it is
        for (int i = 1; i <= 50; ++i) {
            const QByteArray sql =
                QStringLiteral("INSERT INTO t VALUES ('%1', 'x', 'y', randomblob(300))").arg(i).toUtf8();
            QCOMPARE(writer.exec(sql.constData()), SQLITE_OK);
            QCOMPARE(reader.value("SELECT count(*) FROM t"), qint64(i));
        }
        QCOMPARE(reader.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // Larger than the buffer and than the page cache: written in pieces, spilled mid-transaction
    // and read back before the commit, all consistent.
    void aLargeTransactionIsWrittenInPiecesUnderTheUnixLimit()
    {
        const QString path = freshFile(QStringLiteral("large.sqlite"));
        Connection writer(path, nullptr);
        writer.exec("PRAGMA cache_size=20");
        QCOMPARE(writer.exec("BEGIN IMMEDIATE"), SQLITE_OK);
        QCOMPARE(writer.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                             "INSERT INTO t SELECT 'a' || i, 'b' || i, 'c' || i, randomblob(600) FROM n"),
                 SQLITE_OK);
        QCOMPARE(writer.value("SELECT count(*) FROM t WHERE a >= 'a1'"), qint64(2000));
        QCOMPARE(writer.exec("COMMIT"), SQLITE_OK);
        QVERIFY(g_walWrites.sizes.size() > 1);
        for (int size : g_walWrites.sizes)
            QVERIFY2(size <= 0x1ffff, qPrintable(QString::number(size))); // the unix VFS's most per call

        Connection reader(path, "unix");
        QCOMPARE(reader.value("SELECT count(*) FROM t"), qint64(2000));
        QCOMPARE(reader.value("SELECT sum(length(d)) FROM t"), qint64(2000 * 600));
        QCOMPARE(writer.exec("PRAGMA wal_checkpoint(TRUNCATE)"), SQLITE_OK);
        QCOMPARE(reader.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void aFailedWriteFailsTheCommitAndChangesNothing()
    {
        const QString path = freshFile(QStringLiteral("fail.sqlite"));
        Connection writer(path, nullptr);
        Connection reader(path, "unix");
        QCOMPARE(writer.exec("INSERT INTO t VALUES ('1', 'x', 'y', NULL)"), SQLITE_OK);

        g_walWrites.fail = true;
        QCOMPARE(writer.exec("BEGIN IMMEDIATE"), SQLITE_OK);
        QCOMPARE(writer.exec("INSERT INTO t VALUES ('2', 'x', 'y', NULL)"), SQLITE_OK);
        QCOMPARE(writer.exec("COMMIT") & 0xff, SQLITE_IOERR);
        writer.exec("ROLLBACK");
        g_walWrites.fail = false;

        QCOMPARE(reader.value("SELECT count(*) FROM t"), qint64(1));
        QCOMPARE(writer.value("SELECT count(*) FROM t"), qint64(1));
        QCOMPARE(writer.exec("INSERT INTO t VALUES ('3', 'x', 'y', NULL)"), SQLITE_OK);
        QCOMPARE(reader.text("SELECT group_concat(a, ',') FROM t"), QStringLiteral("1,3"));
        QCOMPARE(reader.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // A transaction larger than the page cache spills frames into the buffer, then rolls back:
    // SQLite makes no call on the log for that. Another connection then commits frames at the
    // same place; the first connection reading or closing must not write its dead frames
    // over them.
    void framesOfARolledBackTransactionAreNeverWritten()
    {
        const QString path = freshFile(QStringLiteral("rollback.sqlite"));
        {
            Connection first(path, nullptr);
            Connection second(path, nullptr);
            first.exec("PRAGMA cache_size=10");
            QCOMPARE(first.exec("INSERT INTO t VALUES ('kept', 'x', 'y', NULL)"), SQLITE_OK);
            QCOMPARE(first.exec("BEGIN IMMEDIATE"), SQLITE_OK);
            QCOMPARE(
                first.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                           "INSERT INTO t SELECT 'gone' || i, 'b', 'c', randomblob(300) FROM n"),
                SQLITE_OK);
            QCOMPARE(first.exec("ROLLBACK"), SQLITE_OK);
            for (int i = 0; i < 5; ++i) {
                const QByteArray sql =
                    QStringLiteral("INSERT INTO t VALUES ('second%1', 'x', 'y', randomblob(200))")
                        .arg(i)
                        .toUtf8();
                QCOMPARE(second.exec(sql.constData()), SQLITE_OK);
            }
            QCOMPARE(first.value("SELECT count(*) FROM t"), qint64(6));
            QCOMPARE(first.text("PRAGMA integrity_check"), QStringLiteral("ok"));
        } // both close; the last one checkpoints the log into the file
        Connection reader(path, "unix");
        QCOMPARE(reader.value("SELECT count(*) FROM t WHERE a LIKE 'second%'"), qint64(5));
        QCOMPARE(reader.value("SELECT count(*) FROM t WHERE a LIKE 'gone%'"), qint64(0));
        QCOMPARE(reader.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestWalWriteVfs)
#include "test_wal_write_vfs.moc"
