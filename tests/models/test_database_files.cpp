#include "common/FixedClock.h"
#include "models/commands/DeskCommands.h"
#include "models/store/LocalStore.h"
#include "models/store/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Files that are not a healthy Anticorona database are refused with a clear
// message and left exactly as they were.
class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray digest(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    QString makeDesk(const QString &name, int bookings)
    {
        const QString path = m_dir.filePath(name);
        LocalStore store;
        if (!store.open(path))
            return {};
        FixedClock clock;
        DeskCommands commands(&store, &clock, Actor::system(QStringLiteral("test")));
        const QString vaccine =
            commands.registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer")).value;
        commands.receiveStock(vaccine, QStringLiteral("L1"), QDate(2027, 1, 1), bookings + 1);
        for (int i = 0; i < bookings; ++i)
            commands.book(vaccine,
                          {QStringLiteral("손님%1").arg(i), QDate(1980, 1, 1),
                           QStringLiteral("0101000%1").arg(i, 4, 10, QLatin1Char('0'))},
                          clock.now().addDays(1));
        return path;
    }
    void expectRefused(const QString &path, Database::OpenError expected, const char *words)
    {
        const QByteArray before = digest(path);
        LocalStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(int(store.openError()), int(expected));
        QVERIFY2(store.errorMessage().contains(QLatin1String(words)), qPrintable(store.errorMessage()));
        QCOMPARE(digest(path), before);
    }

private Q_SLOTS:
    void missingFileIsRefusedWhenItMustExist()
    {
        LocalStore store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("none.sqlite")), Database::OpenMode::MustExist));
        QCOMPARE(store.openError(), Database::OpenError::Missing);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))));
        QCOMPARE(store.openError(), Database::OpenError::Missing);
    }
    void randomBytesAreRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(7);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        file.write(bytes);
        file.close();
        expectRefused(path, Database::OpenError::NotADatabase, "not an Anticorona database");
    }
    void truncatedFileIsRefused()
    {
        const QString path = makeDesk(QStringLiteral("truncated.sqlite"), 300);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
        expectRefused(path, Database::OpenError::Corrupt, "truncated");
    }
    void newerSchemaIsRefusedUntouched()
    {
        const QString path = makeDesk(QStringLiteral("newer.sqlite"), 3);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(Schema::latestVersion() + 1));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        expectRefused(path, Database::OpenError::NewerSchema, "newer version");
    }
    void anotherProgramsDatabaseIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expectRefused(path, Database::OpenError::NotADatabase, "another program");
    }
    void aHealthyDeskReopens()
    {
        const QString path = makeDesk(QStringLiteral("healthy.sqlite"), 5);
        LocalStore store;
        QVERIFY2(store.open(path, Database::OpenMode::MustExist), qPrintable(store.errorMessage()));
        QCOMPARE(store.bookings()->count(), 5);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "test_database_files.moc"
