// A database the CLI cannot use: missing, not a database, truncated, read-only, locked
// or from a newer version. Each exits 3 with a clear message, never crashes, and leaves
// the file's bytes as they were.
#include "CliProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <unistd.h>

namespace {
QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Another program's connection to the database, as the desk window would hold it.
class OtherConnection final
{
public:
    explicit OtherConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~OtherConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool done = m_open && query.exec(sql);
        if (!done)
            qWarning() << sql << query.lastError().text();
        return done;
    }

private:
    QString m_name;
    bool m_open = false;
};

// The commands of both kinds: those that create a missing database and those that need it.
QList<QStringList> everyKindOfCommand()
{
    return {{QStringLiteral("stock")},
            {QStringLiteral("bookings")},
            {QStringLiteral("verify")},
            {QStringLiteral("vaccine"), QStringLiteral("add"), QStringLiteral("X"),
             QStringLiteral("--manufacturer"), QStringLiteral("Y")},
            {QStringLiteral("cancel"), QStringLiteral("ABCDEFGH")},
            {QStringLiteral("demo"), QStringLiteral("--bookings"), QStringLiteral("5")}};
}
} // namespace

class TestCliDatabaseErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void missingDatabaseForReading();
    void missingFolderForWriting();
    void missingDatabaseForCommandsOnExistingRows();
    void missingDatabaseIsCreatedOnlyByCommandsThatCanStartOne();
    void randomBytes();
    void truncatedDatabase();
    void readOnlyDatabase();
    void lockedDatabaseFailsQuickly();
    void lockReleasedWhileWaiting();
    void newerSchemaIsLeftUntouched();

private:
    // Runs every kind of command on the database and expects exit 3 with a message
    // matching `message` and the file unchanged.
    void expectDatabaseError(const QRegularExpression &message);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestCliDatabaseErrors::init()
{
    QVERIFY(m_dir.isValid());
    static int count = 0;
    m_path = m_dir.filePath(QStringLiteral("desk-%1.db").arg(++count));
}

void TestCliDatabaseErrors::expectDatabaseError(const QRegularExpression &message)
{
    const QByteArray before = contents(m_path);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
    const CliProcess cli(m_path);
    for (const QStringList &command : everyKindOfCommand()) {
        const CliRun text = cli.run(command);
        QVERIFY2(!text.crashed, qPrintable(command.join(QLatin1Char(' '))));
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.errText().contains(message), qPrintable(text.errText()));

        const CliRun json = cli.runJson(command);
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(json.json().value(QStringLiteral("error")).toString(), QStringLiteral("database"));
        QVERIFY(json.json().value(QStringLiteral("message")).toString().contains(message));
    }
    QVERIFY(contents(m_path) == before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no -wal or -journal left beside it
}

void TestCliDatabaseErrors::missingDatabaseForReading()
{
    const CliProcess cli(m_path);
    for (const QString &command :
         {QStringLiteral("stock"), QStringLiteral("bookings"), QStringLiteral("verify")}) {
        const CliRun run = cli.run({command});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(QLatin1String("does not exist")), qPrintable(run.errText()));
        QVERIFY(!QFile::exists(m_path));
    }
}

void TestCliDatabaseErrors::missingFolderForWriting()
{
    const CliProcess cli(m_dir.filePath(QStringLiteral("no-such-folder/desk.db")));
    const CliRun run = cli.run({QStringLiteral("vaccine"), QStringLiteral("add"), QStringLiteral("X"),
                                QStringLiteral("--manufacturer"), QStringLiteral("Y")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.errText().contains(QLatin1String("does not exist")), qPrintable(run.errText()));
}

void TestCliDatabaseErrors::missingDatabaseForCommandsOnExistingRows()
{
    // These commands act on a vaccine or a booking, which a new file cannot hold: a mistyped
    // --database is a missing database (exit 3), not an unknown id in a file made on the way.
    const CliProcess cli(m_path);
    const QList<QStringList> commands{
        {QStringLiteral("lot"), QStringLiteral("receive"), QStringLiteral("--vaccine"), QStringLiteral("V1"),
         QStringLiteral("--lot"), QStringLiteral("L1"), QStringLiteral("--expiry"), CliProcess::date(30),
         QStringLiteral("--quantity"), QStringLiteral("5")},
        {QStringLiteral("writeoff"), QStringLiteral("--vaccine"), QStringLiteral("V1"),
         QStringLiteral("--quantity"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("x")},
        {QStringLiteral("book"), QStringLiteral("--vaccine"), QStringLiteral("V1"), QStringLiteral("--name"),
         QStringLiteral("Kim"), QStringLiteral("--birth-date"), QStringLiteral("1990-01-01"),
         QStringLiteral("--phone"), QStringLiteral("01012345678"), QStringLiteral("--at"),
         CliProcess::futureAppointment(3)},
        {QStringLiteral("cancel"), QStringLiteral("ABCDEFGH")},
        {QStringLiteral("inject"), QStringLiteral("ABCDEFGH")},
        {QStringLiteral("undo-inject"), QStringLiteral("ABCDEFGH")},
        {QStringLiteral("staff"), QStringLiteral("list")},
        {QStringLiteral("audit")}};
    for (const QStringList &command : commands) {
        const CliRun text = cli.run(command);
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.errText().contains(QLatin1String("does not exist")), qPrintable(text.errText()));
        QVERIFY2(!QFile::exists(m_path), qPrintable(command.join(QLatin1Char(' '))));

        const CliRun json = cli.runJson(command);
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(json.json().value(QStringLiteral("error")).toString(), QStringLiteral("database"));
        QVERIFY(!QFile::exists(m_path));
    }
    QVERIFY(QDir(m_dir.path()).entryList({QFileInfo(m_path).fileName() + QLatin1Char('*')}).isEmpty());
}

void TestCliDatabaseErrors::missingDatabaseIsCreatedOnlyByCommandsThatCanStartOne()
{
    const CliRun added =
        CliProcess(m_path).runJson({QStringLiteral("vaccine"), QStringLiteral("add"), QStringLiteral("X"),
                                    QStringLiteral("--manufacturer"), QStringLiteral("Y")});
    QCOMPARE(added.exitCode, 0);
    QVERIFY(QFile::exists(m_path));

    const QString demo = m_dir.filePath(QStringLiteral("demo-new.db"));
    QCOMPARE(CliProcess(demo)
                 .run({QStringLiteral("demo"), QStringLiteral("--bookings"), QStringLiteral("3")})
                 .exitCode,
             0);
    QVERIFY(QFile::exists(demo));
}

void TestCliDatabaseErrors::randomBytes()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(1234);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / int(sizeof(quint32)));
    file.write(noise);
    file.close();
    expectDatabaseError(QRegularExpression(QStringLiteral("not an Anticorona database")));
}

void TestCliDatabaseErrors::truncatedDatabase()
{
    const CliProcess cli(m_path);
    QCOMPARE(cli.run({QStringLiteral("demo"), QStringLiteral("--bookings"), QStringLiteral("2000")}).exitCode,
             0);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal"))); // the CLI checkpointed on exit
    QFile file(m_path);
    QVERIFY(file.size() > 64 * 1024);
    QVERIFY(file.resize(file.size() / 2));
    // Depending on which page is cut, SQLite notices first, or the header check does.
    expectDatabaseError(QRegularExpression(QStringLiteral("truncated|damaged")));
}

void TestCliDatabaseErrors::readOnlyDatabase()
{
    const CliProcess cli(m_path);
    const QString vaccine = cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(cli.receive(vaccine, QStringLiteral("L1"), 30, 5));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = contents(m_path);

    // Root ignores file permissions: run the CLI as nobody, who may read the folder and the file only.
    QStringList asNobody;
    if (geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: cannot make the file read-only for the CLI");
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                        QFile::ReadGroup | QFile::ExeGroup |
                                                        QFile::ReadOther | QFile::ExeOther));
        asNobody = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups")};
    }
    const QList<QStringList> writes{
        {QStringLiteral("vaccine"), QStringLiteral("add"), QStringLiteral("X"),
         QStringLiteral("--manufacturer"), QStringLiteral("Y")},
        {QStringLiteral("book"), QStringLiteral("--vaccine"), vaccine, QStringLiteral("--name"),
         QStringLiteral("Kim"), QStringLiteral("--birth-date"), QStringLiteral("1990-01-01"),
         QStringLiteral("--phone"), QStringLiteral("01012345678"), QStringLiteral("--at"),
         CliProcess::futureAppointment(3)},
        {QStringLiteral("demo"), QStringLiteral("--bookings"), QStringLiteral("5")}};
    for (const QStringList &command : writes) {
        const CliRun run = CliProcess::runRaw(QStringList{QStringLiteral("--database"), m_path} + command,
                                              CliProcess::englishEnvironment(), asNobody);
        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.errText().contains(m_path) || run.errText().contains(QLatin1String("read")),
                 qPrintable(run.errText()));
    }
    QVERIFY(contents(m_path) == before);
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(cli.run({QStringLiteral("verify")}).exitCode, 0);
}

void TestCliDatabaseErrors::lockedDatabaseFailsQuickly()
{
    const CliProcess cli(m_path);
    QVERIFY(!cli.addVaccine(QStringLiteral("Comirnaty")).isEmpty());
    const QString before = cli.snapshot();

    OtherConnection other(m_path);
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QProcessEnvironment impatient = CliProcess::englishEnvironment();
    impatient.insert(QStringLiteral("ANTICORONA_BUSY_TIMEOUT_MS"), QStringLiteral("200"));
    QElapsedTimer timer;
    timer.start();
    const CliRun run =
        cli.runWith({QStringLiteral("vaccine"), QStringLiteral("add"), QStringLiteral("Spikevax"),
                     QStringLiteral("--manufacturer"), QStringLiteral("Moderna")},
                    impatient);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(run.errText().contains(QLatin1String("locked")), qPrintable(run.errText()));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

    QCOMPARE(cli.snapshot(), before);
    QCOMPARE(cli.run({QStringLiteral("verify")}).exitCode, 0);
}

void TestCliDatabaseErrors::lockReleasedWhileWaiting()
{
    const CliProcess cli(m_path);
    QVERIFY(!cli.addVaccine(QStringLiteral("Comirnaty")).isEmpty());

    OtherConnection other(m_path);
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QProcessEnvironment patient = CliProcess::englishEnvironment();
    patient.remove(QStringLiteral("ANTICORONA_BUSY_TIMEOUT_MS")); // the default: seconds
    QProcess process;
    process.setProcessEnvironment(patient);
    process.start(CliProcess::program(),
                  {QStringLiteral("--database"), m_path, QStringLiteral("--json"), QStringLiteral("vaccine"),
                   QStringLiteral("add"), QStringLiteral("Spikevax"), QStringLiteral("--manufacturer"),
                   QStringLiteral("Moderna")});
    QVERIFY(process.waitForStarted());
    // Long enough for the CLI to start and block on the lock; a free database takes far less.
    QThread::msleep(300);
    QCOMPARE(process.state(), QProcess::Running);
    QVERIFY(other.exec(QStringLiteral("COMMIT")));
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("\"ok\":true"));
    QCOMPARE(cli.runJson({QStringLiteral("stock")}).json().value(QStringLiteral("stock")).toArray().size(),
             2);
}

void TestCliDatabaseErrors::newerSchemaIsLeftUntouched()
{
    const CliProcess cli(m_path);
    QCOMPARE(cli.run({QStringLiteral("demo"), QStringLiteral("--bookings"), QStringLiteral("20")}).exitCode,
             0);
    {
        OtherConnection other(m_path);
        QVERIFY(other.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    expectDatabaseError(QRegularExpression(QStringLiteral("newer version")));
}

QTEST_GUILESS_MAIN(TestCliDatabaseErrors)
#include "test_cli_database_errors.moc"
