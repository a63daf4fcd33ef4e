#include "sync/FileTokenStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

// The token file: private from its first byte, refused when anyone else could read or change it.
class TestFileTokenStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static mode_t modeOf(const QString &file)
    {
        struct stat info = {};
        if (stat(QFile::encodeName(file).constData(), &info) != 0)
            return 0;
        return info.st_mode & 07777;
    }

    static void put(const QString &file, const QByteArray &bytes, mode_t mode)
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        QCOMPARE(chmod(QFile::encodeName(file).constData(), mode), 0);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesReadsAndRemoves()
    {
        FileTokenStore store(path("token"));
        QCOMPARE(store.read("desk-1").status, TokenResult::Status::NotFound);
        QVERIFY(store.write("desk-1", "secret-token").isOk());
        const TokenResult read = store.read("desk-1");
        QVERIFY2(read.isOk(), qPrintable(read.error));
        QCOMPARE(read.token, QStringLiteral("secret-token"));
        QVERIFY(store.remove("desk-1").isOk());
        QVERIFY(!QFile::exists(path("token")));
        QCOMPARE(store.read("desk-1").status, TokenResult::Status::NotFound);
        QVERIFY(store.remove("desk-1").isOk());
        QVERIFY(store.description().contains(path("token")));
    }

    void theFileIsExactly0600EvenUnderAPermissiveUmask()
    {
        const mode_t old = umask(0);
        FileTokenStore store(path("umask"));
        const TokenResult written = store.write("desk-1", "t");
        umask(old);
        QVERIFY(written.isOk());
        QCOMPARE(modeOf(path("umask")), mode_t(0600));
    }

    void rewritingAWidelyReadableFileMakesItPrivate()
    {
        put(path("wide"), "{}", 0666);
        FileTokenStore store(path("wide"));
        QVERIFY(store.write("desk-1", "t").isOk());
        QCOMPARE(modeOf(path("wide")), mode_t(0600));
        QCOMPARE(store.read("desk-1").token, QStringLiteral("t"));
    }

    void anotherDevicesTokenIsNotThisOnes()
    {
        FileTokenStore store(path("other"));
        QVERIFY(store.write("desk-1", "t").isOk());
        QCOMPARE(store.read("desk-2").status, TokenResult::Status::NotFound);
        QVERIFY(store.remove("desk-2").isOk());
        QVERIFY(QFile::exists(path("other")));
    }

    void refusesAFileOthersCanRead_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0620") << 0620;
        QTest::newRow("0602") << 0602;
    }

    void refusesAFileOthersCanRead()
    {
        QFETCH(int, mode);
        FileTokenStore store(path("open"));
        QVERIFY(store.write("desk-1", "t").isOk());
        QCOMPARE(chmod(QFile::encodeName(path("open")).constData(), mode_t(mode)), 0);
        const TokenResult read = store.read("desk-1");
        QCOMPARE(read.status, TokenResult::Status::Failed);
        QVERIFY(read.token.isEmpty());
        QVERIFY2(read.error.contains(QStringLiteral("chmod 600 ") + path("open")), qPrintable(read.error));
        QVERIFY(read.error.contains(QStringLiteral("other users")));
    }

    void refusesAFileOfAnotherOwner()
    {
        if (geteuid() != 0)
            QSKIP("only root can give a file away");
        const passwd *nobody = getpwnam("nobody");
        QVERIFY(nobody);
        FileTokenStore store(path("foreign"));
        QVERIFY(store.write("desk-1", "t").isOk());
        QCOMPARE(chown(QFile::encodeName(path("foreign")).constData(), nobody->pw_uid, nobody->pw_gid), 0);
        QCOMPARE(modeOf(path("foreign")), mode_t(0600));
        const TokenResult read = store.read("desk-1");
        QCOMPARE(read.status, TokenResult::Status::Failed);
        QVERIFY2(read.error.contains(QStringLiteral("belongs to another user")), qPrintable(read.error));
        QVERIFY(read.error.contains(QStringLiteral("chown")));
    }

    void anEmptyFileHoldsNoTokenYet()
    {
        put(path("empty"), "", 0600);
        FileTokenStore store(path("empty"));
        QCOMPARE(store.read("desk-1").status, TokenResult::Status::NotFound);
        QVERIFY(store.write("desk-1", "t").isOk());
        QCOMPARE(store.read("desk-1").token, QStringLiteral("t"));
    }

    void refusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("not json at all\n");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no token") << QByteArray(R"({"device":"desk-1"})");
        QTest::newRow("empty token") << QByteArray(R"({"device":"desk-1","token":""})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
    }

    void refusesGarbage()
    {
        QFETCH(QByteArray, bytes);
        put(path("garbage"), bytes, 0600);
        FileTokenStore store(path("garbage"));
        const TokenResult read = store.read("desk-1");
        QCOMPARE(read.status, TokenResult::Status::Failed);
        QVERIFY2(read.error.contains(QStringLiteral("not a token file")), qPrintable(read.error));
    }

    void aFileInADirectoryThatDoesNotExistCannotBeWritten()
    {
        FileTokenStore store(path("missing/dir/token"));
        const TokenResult written = store.write("desk-1", "t");
        QCOMPARE(written.status, TokenResult::Status::Failed);
        QVERIFY(written.error.contains(path("missing/dir/token")));
    }
};

QTEST_GUILESS_MAIN(TestFileTokenStore)
#include "test_file_token_store.moc"
