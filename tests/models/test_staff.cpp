#include "common/FixedClock.h"
#include "common/StoreSnapshot.h"
#include "models/commands/Authenticator.h"
#include "models/commands/ClinicSetup.h"
#include "models/commands/DeskCommands.h"
#include "models/commands/PasswordHasher.h"
#include "models/commands/StaffAdmin.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/store/LocalStore.h"
#include "translations/Translations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("correct horse");
} // namespace

class TestStaff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    PasswordHasher m_hasher{PasswordHasher::Strength::Minimal};
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<StaffAdmin> m_admin;
    int m_file = 0;

    Authenticator authenticator() { return Authenticator(m_store.get(), &m_clock, &m_hasher); }
    QString lastAction()
    {
        const QList<AuditEntry> entries = m_store->audit()->page({}, 0, 1);
        return entries.isEmpty() ? QString() : entries.first().action;
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("desk%1.db").arg(++m_file))));
        m_admin = std::make_unique<StaffAdmin>(m_store.get(), &m_clock, &m_hasher,
                                               Actor::system(QStringLiteral("system")));
    }
    void cleanup()
    {
        m_admin.reset();
        m_store.reset();
    }

    void hashIsNotThePasswordAndVerifies()
    {
        const QString hash = m_hasher.hash(kPassword);
        QVERIFY(!hash.isEmpty());
        QVERIFY(!hash.contains(kPassword));
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(m_hasher.verify(hash, kPassword));
        QVERIFY(!m_hasher.verify(hash, QStringLiteral("correct horsE")));
        QVERIFY(!m_hasher.verify(QString(), kPassword));
        QVERIFY(m_hasher.hash(kPassword) != hash); // salted

        QVERIFY(m_admin->addStaff(QStringLiteral("kim"), QStringLiteral("Kim"), kPassword, Role::Reception)
                    .isDone());
        const QString stored = m_store->staff()->passwordHash(m_store->staff()->byUsername("kim")->id);
        QVERIFY(!stored.contains(kPassword));
        QVERIFY(m_hasher.verify(stored, kPassword));
    }

    void clinicSetup()
    {
        ClinicSetup setup(m_store.get(), &m_clock, &m_hasher);
        QVERIFY(setup.needsSetup());
        const QString before = storeSnapshot(*m_store);
        QCOMPARE(setup.createClinic(QStringLiteral(" "), "admin", "Admin", kPassword).refusal.code,
                 RefusalCode::EmptySiteName);
        QCOMPARE(setup.createClinic("Clinic", "ad", "Admin", kPassword).refusal.code,
                 RefusalCode::InvalidUsername);
        QCOMPARE(setup.createClinic("Clinic", "ad min", "Admin", kPassword).refusal.code,
                 RefusalCode::InvalidUsername);
        QCOMPARE(setup.createClinic("Clinic", QString(33, QLatin1Char('a')), "Admin", kPassword).refusal.code,
                 RefusalCode::InvalidUsername);
        QCOMPARE(setup.createClinic("Clinic", "admin", "Admin", "short").refusal.code,
                 RefusalCode::WeakPassword);
        QCOMPARE(setup.createClinic("Clinic", "admin", " ", kPassword).refusal.code, RefusalCode::EmptyName);
        QCOMPARE(storeSnapshot(*m_store), before);

        const CommandResult r = setup.createClinic(QStringLiteral("서울 접종센터"), "admin", "Admin Park",
                                                   kPassword, Role::Reception);
        QVERIFY2(r.isDone(), qPrintable(r.message()));
        QVERIFY(!setup.needsSetup());
        QCOMPARE(m_store->identity().siteName, QStringLiteral("서울 접종센터"));
        const Staff admin = *m_store->staff()->byUsername(QStringLiteral("ADMIN"));
        QCOMPARE(admin.roles, Roles(Role::Administrator | Role::Reception));
        QCOMPARE(lastAction(), QStringLiteral("clinic-created"));
        QCOMPARE(m_store->audit()->page({}).first().staffName, QStringLiteral("Admin Park"));
        QCOMPARE(setup.createClinic("Other", "admin2", "X", kPassword).refusal.code,
                 RefusalCode::AlreadySetUp);
    }

    void signIn()
    {
        QVERIFY(m_admin->addStaff("kim", "Kim", kPassword, Role::Reception).isDone());
        Authenticator auth = authenticator();
        const auto ok = auth.signIn(QStringLiteral("KIM"), kPassword);
        QVERIFY(ok.isSignedIn());
        QCOMPARE(ok.staff->displayName, QStringLiteral("Kim"));
        QCOMPARE(lastAction(), QStringLiteral("sign-in"));

        const auto wrong = auth.signIn("kim", "wrong password");
        const auto unknown = auth.signIn("nobody", kPassword);
        QVERIFY(!wrong.isSignedIn());
        QCOMPARE(wrong.refusal.code, RefusalCode::BadCredentials);
        QCOMPARE(unknown.refusal.code, RefusalCode::BadCredentials);
        QCOMPARE(unknown.refusal.message, wrong.refusal.message);
        QCOMPARE(lastAction(), QStringLiteral("sign-in-failed"));
        QCOMPARE(m_store->staff()->byUsername("kim")->failedAttempts, 1);
        QVERIFY(auth.signIn("kim", kPassword).isSignedIn());
        QCOMPARE(m_store->staff()->byUsername("kim")->failedAttempts, 0);
    }

    void lockoutAndUnlock()
    {
        QVERIFY(m_admin->addStaff("kim", "Kim", kPassword, Role::Reception).isDone());
        Authenticator auth = authenticator();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(auth.signIn("kim", "wrong password").refusal.code, RefusalCode::BadCredentials);
        QCOMPARE(auth.signIn("kim", "wrong password").refusal.code, RefusalCode::AccountLocked);
        QCOMPARE(lastAction(), QStringLiteral("locked"));
        // Locked: even the right password is refused, and the count does not grow.
        const auto locked = auth.signIn("kim", kPassword);
        QCOMPARE(locked.refusal.code, RefusalCode::AccountLocked);
        QVERIFY(locked.refusal.message.contains(QStringLiteral("locked")));
        QCOMPARE(lastAction(), QStringLiteral("sign-in-locked"));
        m_clock.advanceSecs(4 * 60 + 59);
        QCOMPARE(auth.signIn("kim", kPassword).refusal.code, RefusalCode::AccountLocked);
        m_clock.advanceSecs(1);
        QVERIFY(auth.signIn("kim", kPassword).isSignedIn());
    }

    void theEndsOfASessionAreAudited()
    {
        QVERIFY(m_admin->addStaff("kim", "Kim", kPassword, Role::Reception).isDone());
        Authenticator auth = authenticator();
        const auto kim = auth.signIn("kim", kPassword);
        QVERIFY(kim.isSignedIn());
        QVERIFY(auth.deskLocked(Actor::of(*kim.staff), true));
        QCOMPARE(lastAction(), QStringLiteral("desk-locked"));
        QVERIFY(auth.deskLocked(Actor::of(*kim.staff), false));
        QVERIFY(auth.signedOut(Actor::of(*kim.staff)));
        const QList<AuditEntry> trail = m_store->audit()->page({}, 0, 3);
        QCOMPARE(trail.at(0).action, QStringLiteral("sign-out"));
        QCOMPARE(trail.at(0).staffName, QStringLiteral("Kim"));
        QCOMPARE(trail.at(0).description(), QStringLiteral("Signed out"));
        QCOMPARE(trail.at(1).description(), QStringLiteral("Desk locked by hand"));
        QCOMPARE(trail.at(2).description(), QStringLiteral("Desk locked: nobody used it for a while"));
    }

    void lockoutIsConfigurable()
    {
        QVERIFY(m_admin->addStaff("kim", "Kim", kPassword, Role::Reception).isDone());
        Authenticator auth(m_store.get(), &m_clock, &m_hasher, 2, 60);
        QCOMPARE(auth.signIn("kim", "wrong password").refusal.code, RefusalCode::BadCredentials);
        QCOMPARE(auth.signIn("kim", "wrong password").refusal.code, RefusalCode::AccountLocked);
        m_clock.advanceSecs(60);
        QVERIFY(auth.signIn("kim", kPassword).isSignedIn());
    }

    void successResetsTheCount()
    {
        QVERIFY(m_admin->addStaff("kim", "Kim", kPassword, Role::Reception).isDone());
        Authenticator auth = authenticator();
        for (int i = 0; i < 4; ++i)
            auth.signIn("kim", "wrong password");
        QVERIFY(auth.signIn("kim", kPassword).isSignedIn());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(auth.signIn("kim", "wrong password").refusal.code, RefusalCode::BadCredentials);
    }

    void inactiveAccount()
    {
        QVERIFY(m_admin->addStaff("kim", "Kim", kPassword, Role::Reception).isDone());
        QVERIFY(m_admin->deactivate("kim").isDone());
        QCOMPARE(lastAction(), QStringLiteral("staff-deactivated"));
        Authenticator auth = authenticator();
        QCOMPARE(auth.signIn("kim", kPassword).refusal.code, RefusalCode::AccountInactive);
        // A guesser learns nothing more about an inactive account than about a wrong password.
        QCOMPARE(auth.signIn("kim", "wrong password").refusal.code, RefusalCode::BadCredentials);
    }

    void adminChanges()
    {
        QCOMPARE(m_admin->addStaff("kim", "Kim", "short", Role::Reception).refusal.code,
                 RefusalCode::WeakPassword);
        QCOMPARE(m_admin->addStaff("k!m", "Kim", kPassword, Role::Reception).refusal.code,
                 RefusalCode::InvalidUsername);
        QVERIFY(m_admin->addStaff("kim", "Kim", kPassword, Role::Reception).isDone());
        QCOMPARE(m_admin->addStaff("KIM", "Kim", kPassword, Role::Reception).refusal.code,
                 RefusalCode::UsernameTaken);
        QVERIFY(m_admin->changeRoles("kim", Role::Reception | Role::InjectionStaff).isDone());
        QCOMPARE(m_store->staff()->byUsername("kim")->roles, Roles(Role::Reception | Role::InjectionStaff));
        QVERIFY(m_admin->resetPassword("kim", QStringLiteral("another one")).isDone());
        QVERIFY(authenticator().signIn("kim", "another one").isSignedIn());
        QCOMPARE(m_admin->deactivate("nobody").refusal.code, RefusalCode::UnknownStaff);

        QVERIFY(m_admin->addStaff("boss", "Boss", kPassword, Role::Administrator).isDone());
        QCOMPARE(m_admin->deactivate("boss").refusal.code, RefusalCode::LastAdministrator);
        QCOMPARE(m_admin->changeRoles("boss", Role::Reception).refusal.code, RefusalCode::LastAdministrator);

        const QList<AuditEntry> trail = m_store->audit()->page({});
        QCOMPARE(trail.first().staffName, QStringLiteral("system"));
    }

    void onlyAdministratorsChangeStaff()
    {
        QVERIFY(m_admin->addStaff("kim", "Kim", kPassword, Role::Reception).isDone());
        const QString before = storeSnapshot(*m_store);
        for (const Role role : {Role::VaccineManager, Role::Reception, Role::InjectionStaff}) {
            m_admin->setActor(Actor{QStringLiteral("x"), QStringLiteral("Lee"), role});
            QCOMPARE(m_admin->addStaff("lee", "Lee", kPassword, Role::Reception).refusal.code,
                     RefusalCode::NotPermitted);
            QCOMPARE(m_admin->changeRoles("kim", Role::Administrator).refusal.code,
                     RefusalCode::NotPermitted);
            QCOMPARE(m_admin->changeRoles("kim", Roles()).refusal.code, RefusalCode::NotPermitted);
            QCOMPARE(m_admin->resetPassword("kim", "new password").refusal.code, RefusalCode::NotPermitted);
            QCOMPARE(m_admin->deactivate("kim").refusal.code, RefusalCode::NotPermitted);
            QCOMPARE(storeSnapshot(*m_store), before);
        }
    }

    void commandsNeedTheirRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("administrator") << int(Role::Administrator);
        QTest::newRow("vaccine manager") << int(Role::VaccineManager);
        QTest::newRow("reception") << int(Role::Reception);
        QTest::newRow("injection staff") << int(Role::InjectionStaff);
    }
    void commandsNeedTheirRole()
    {
        QFETCH(int, role);
        const Roles roles = Roles::fromInt(role);
        DeskCommands commands(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        const QString vaccine = commands.registerVaccine("Comirnaty", "Pfizer").value;
        QVERIFY(commands.receiveStock(vaccine, "L1", QDate(2026, 12, 31), 10).isDone());
        const Customer kim{QStringLiteral("김민수"), QDate(1980, 5, 17), QStringLiteral("010-1234-5678")};
        const Customer lee{QStringLiteral("이영희"), QDate(1982, 1, 2), QStringLiteral("010-2222-3333")};
        const QString booked = commands.book(vaccine, kim, m_clock.now().addDays(1)).value;
        const QString injected = commands.book(vaccine, lee, m_clock.now().addDays(1)).value;
        QVERIFY(commands.inject(injected).isDone());

        commands.setActor(Actor{QStringLiteral("id"), QStringLiteral("Someone"), roles});
        QCOMPARE(commands.actor().displayName, QStringLiteral("Someone"));
        const Customer park{QStringLiteral("박지성"), QDate(1981, 2, 25), QStringLiteral("010-4444-5555")};
        struct Attempt
        {
            Role needs;
            std::function<CommandResult()> run;
        };
        const QList<Attempt> attempts{
            {Role::VaccineManager, [&] { return commands.registerVaccine("Spikevax", "Moderna"); }},
            {Role::VaccineManager,
             [&] { return commands.receiveStock(vaccine, "L2", QDate(2026, 12, 31), 5); }},
            {Role::VaccineManager, [&] { return commands.writeOff(vaccine, 1, "dropped"); }},
            {Role::Reception, [&] { return commands.book(vaccine, park, m_clock.now().addDays(1)); }},
            {Role::Reception, [&] { return commands.cancel(booked); }},
            {Role::InjectionStaff, [&] { return commands.inject(booked); }},
            {Role::InjectionStaff, [&] { return commands.undoInjection(injected); }},
        };
        for (const Attempt &attempt : attempts) {
            if (roles.testFlag(attempt.needs))
                continue;
            const QString before = storeSnapshot(*m_store);
            const CommandResult r = attempt.run();
            QCOMPARE(r.status, CommandResult::Status::Refused);
            QCOMPARE(r.refusal.code, RefusalCode::NotPermitted);
            QVERIFY(r.refusal.message.contains(roleText(attempt.needs)));
            QCOMPARE(storeSnapshot(*m_store), before);
        }
    }

    void auditRowsSayWhatChangedInWords()
    {
        DeskCommands commands(m_store.get(), &m_clock,
                              Actor{QStringLiteral("staff-1"), QStringLiteral("Kim"), everyRole()});
        const CommandResult vaccine = commands.registerVaccine("Comirnaty", "Pfizer");
        QVERIFY(vaccine.isDone());
        QVERIFY(commands.receiveStock(vaccine.value, "L1", QDate(2026, 12, 31), 10).isDone());
        QVERIFY(commands.receiveStock(vaccine.value, "L2", QDate(2027, 1, 31), 10).isDone());
        const CommandResult booked = commands.book(
            vaccine.value, {QStringLiteral("박서연"), QDate(1990, 1, 2), QStringLiteral("01012345678")},
            QDateTime(m_clock.now().date().addDays(1), QTime(10, 30)));
        QVERIFY(booked.isDone());
        QVERIFY(commands.inject(booked.value).isDone());
        QVERIFY(commands.writeOff(vaccine.value, 6, "Temperature excursion", "L2").isDone());
        const QList<AuditEntry> trail = m_store->audit()->page({});
        const QStringList expected{
            QStringLiteral("6 doses of Comirnaty written off from lot L2: Temperature excursion"),
            QStringLiteral("박서연 injected with Comirnaty from lot L1, booking %1").arg(booked.value),
            QStringLiteral("박서연 booked for Comirnaty on %1 10:30, code %2")
                .arg(m_clock.now().date().addDays(1).toString(Qt::ISODate), booked.value),
            QStringLiteral("10 doses of Comirnaty received in lot L2, expiring 2027-01-31"),
            QStringLiteral("10 doses of Comirnaty received in lot L1, expiring 2026-12-31"),
            QStringLiteral("Vaccine Comirnaty by Pfizer added to the catalogue")};
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)); // "6 doses"
        QStringList described;
        for (const AuditEntry &entry : trail)
            described.append(entry.description());
        QCOMPARE(described, expected);
        // In Korean too, with the same names, lot and count.
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::Korean));
        const QString korean = trail.first().description();
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY2(korean != expected.first() && korean.contains(QLatin1String("L2")) &&
                     korean.contains(QLatin1String("6")) &&
                     korean.contains(QLatin1String("Temperature excursion")),
                 qPrintable(korean));
        AuditTableModel model(m_store.get());
        QCOMPARE(model.index(0, AuditTableModel::DescriptionColumn).data().toString(), expected.first());
    }

    void auditRowsCarryWho()
    {
        DeskCommands commands(m_store.get(), &m_clock,
                              Actor{QStringLiteral("staff-1"), QStringLiteral("Kim"), Role::VaccineManager});
        const CommandResult r = commands.registerVaccine("Comirnaty", "Pfizer");
        QVERIFY(r.isDone());
        QVERIFY(commands.receiveStock(r.value, "L1", QDate(2026, 12, 31), 10).isDone());
        const QList<AuditEntry> trail = m_store->audit()->page({});
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0).action, QStringLiteral("StockReceived"));
        QCOMPARE(trail.at(0).subject, QStringLiteral("L1"));
        QCOMPARE(trail.at(1).action, QStringLiteral("VaccineRegistered"));
        QCOMPARE(trail.at(1).subject, QStringLiteral("Comirnaty"));
        QCOMPARE(trail.at(1).staffId, QStringLiteral("staff-1"));
        QCOMPARE(trail.at(1).staffName, QStringLiteral("Kim"));
        QCOMPARE(trail.at(1).eventSequence, r.eventSequence);
        QCOMPARE(trail.at(1).at, m_clock.now().toUTC());
    }

    // The text filter finds what the Description column says: the customer, the vaccine's maker, the
    // lot an injection or a write-off took from, the reason; not only the stored subject.
    void auditTextFindsWhatTheRowsSay()
    {
        DeskCommands commands(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        const QString vaccine = commands.registerVaccine("Comirnaty", "Pfizer").value;
        QVERIFY(commands.receiveStock(vaccine, "L1", QDate(2026, 12, 31), 10).isDone());
        const Customer park{QStringLiteral("박지성"), QDate(1981, 2, 25), QStringLiteral("010-4444-5555")};
        const Customer choi{QStringLiteral("Choi Minho"), QDate(1990, 7, 1), QStringLiteral("010-6666-7777")};
        const QString cancelled = commands.book(vaccine, park, m_clock.now().addDays(1)).value;
        QVERIFY(commands.cancel(cancelled).isDone());
        const QString injected = commands.book(vaccine, choi, m_clock.now().addDays(1)).value;
        QVERIFY(commands.inject(injected).isDone());
        QVERIFY(commands.writeOff(vaccine, 2, QStringLiteral("Temperature excursion")).isDone());

        AuditStore *audit = m_store->audit();
        const auto actions = [audit](const QString &text) {
            QStringList found;
            for (const AuditEntry &entry : audit->page({.text = text}))
                found.append(entry.action);
            return found;
        };
        QCOMPARE(actions(QStringLiteral("지성")), (QStringList{"BookingCancelled", "Booked"}));
        QCOMPARE(actions(QStringLiteral("choi")), (QStringList{"Injected", "Booked"}));
        QCOMPARE(actions(QStringLiteral("excursion")), QStringList{"StockWrittenOff"});
        QCOMPARE(actions(QStringLiteral("pfizer")), QStringList{"VaccineRegistered"});
        QCOMPARE(actions(QStringLiteral("l1")),
                 (QStringList{"StockWrittenOff", "Injected", "StockReceived"}));
        // A word of the JSON itself is not something the rows say.
        QCOMPARE(actions(QStringLiteral("vaccineId")), QStringList());
        QCOMPARE(actions(QStringLiteral("quantity")), QStringList());
        // What append() kept is what the upgrade to schema 9 makes of the same rows.
        QSqlQuery same(m_store->database()->connection());
        QVERIFY(same.exec(QStringLiteral("SELECT a.action, a.said, coalesce((SELECT %1 FROM outbox o WHERE "
                                         "o.sequence = a.event_sequence), '') FROM audit a "
                                         "WHERE a.event_sequence IS NOT NULL")
                              .arg(AuditStore::saidExpression(QStringLiteral("o")))));
        int compared = 0;
        while (same.next()) {
            QVERIFY2(!same.value(1).toString().isEmpty(), qPrintable(same.value(0).toString()));
            QCOMPARE(same.value(1).toString(), same.value(2).toString());
            ++compared;
        }
        QCOMPARE(compared, 7);
        // What is typed is looked for as typed: no wildcards.
        QCOMPARE(actions(QStringLiteral("%")), QStringList());
        QCOMPARE(actions(QStringLiteral("L_")), QStringList());
    }

    // A desk from before schema 9: its audit rows are filled with what they say on upgrade, and a
    // damaged payload says nothing rather than failing the upgrade.
    void auditRowsFromBeforeSchemaNineAreFound()
    {
        const QString path = m_dir.filePath(QStringLiteral("v8.db"));
        {
            LocalStore old;
            QVERIFY(old.open(path));
            DeskCommands commands(&old, &m_clock, Actor::system(QStringLiteral("test")));
            const QString vaccine = commands.registerVaccine("Comirnaty", "Pfizer").value;
            QVERIFY(commands.receiveStock(vaccine, "L1", QDate(2026, 12, 31), 10).isDone());
            const Customer choi{QStringLiteral("Choi Minho"), QDate(1990, 7, 1),
                                QStringLiteral("010-6666-7777")};
            const QString code = commands.book(vaccine, choi, m_clock.now().addDays(1)).value;
            QVERIFY(commands.cancel(code).isDone());
            QVERIFY(commands.writeOff(vaccine, 2, QStringLiteral("Temperature excursion")).isDone());
            QSqlQuery query(old.database()->connection());
            for (const char *sql :
                 {"ALTER TABLE audit DROP COLUMN said", "PRAGMA user_version=8",
                  "UPDATE outbox SET payload = '{\"reason\": \"excursion' WHERE type = 'StockWrittenOff'"})
                QVERIFY2(query.exec(QString::fromUtf8(sql)), sql);
        }
        LocalStore upgraded;
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.errorMessage()));
        const auto actions = [&upgraded](const QString &text) {
            QStringList found;
            for (const AuditEntry &entry : upgraded.audit()->page({.text = text}))
                found.append(entry.action);
            return found;
        };
        QCOMPARE(actions(QStringLiteral("choi")), (QStringList{"BookingCancelled", "Booked"}));
        QCOMPARE(actions(QStringLiteral("pfizer")), QStringList{"VaccineRegistered"});
        QCOMPARE(actions(QStringLiteral("excursion")), QStringList());
    }

    // A page of the last month is read newest first and stops at its limit: through audit_at, SQLite
    // sorted the whole month before the first row (4 s to open the window on 1.28M rows).
    void anAuditPageIsReadNewestFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("beforeId");
        QTest::newRow("a month") << QString() << qint64(0);
        QTest::newRow("a month, next page") << QString() << qint64(500);
        QTest::newRow("a month, a word") << QStringLiteral("kim") << qint64(0);
    }
    void anAuditPageIsReadNewestFirst()
    {
        QFETCH(QString, text);
        QFETCH(qint64, beforeId);
        const QDate today = m_clock.now().date();
        QVariantList values;
        const QString sql =
            AuditStore::pageQuery({.text = text, .from = today.addDays(-30), .to = today}, beforeId, &values);
        QSqlQuery plan(m_store->database()->connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        for (const QVariant &value : values)
            plan.addBindValue(value);
        plan.addBindValue(100);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        QVERIFY2(!steps.join(QLatin1Char('\n')).contains(QLatin1String("audit_at")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
    }

    void auditFiltersAndPages()
    {
        DeskCommands commands(m_store.get(), &m_clock, Actor{QString(), QStringLiteral("Kim"), everyRole()});
        const QString vaccine = commands.registerVaccine("Comirnaty", "Pfizer").value;
        m_clock.advanceDays(1);
        commands.setActor(Actor{QString(), QStringLiteral("Lee"), everyRole()});
        for (int i = 0; i < 5; ++i)
            QVERIFY(commands.receiveStock(vaccine, QStringLiteral("LOT-%1").arg(i), QDate(2026, 12, 31), 1)
                        .isDone());

        AuditStore *audit = m_store->audit();
        QCOMPARE(audit->page({.staffName = QStringLiteral("kim")}).size(), 1);
        QCOMPARE(audit->page({.action = QStringLiteral("StockReceived")}).size(), 5);
        QCOMPARE(audit->page({.text = QStringLiteral("lot-3")}).size(), 1);
        QCOMPARE(audit->page({.from = QDate(2026, 3, 3)}).size(), 5);
        QCOMPARE(audit->page({.to = QDate(2026, 3, 2)}).size(), 1);

        const QList<AuditEntry> first = audit->page({}, 0, 4);
        QCOMPARE(first.size(), 4);
        QCOMPARE(first.first().subject, QStringLiteral("LOT-4"));
        const QList<AuditEntry> second = audit->page({}, first.last().id, 4);
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.last().subject, QStringLiteral("Comirnaty"));

        AuditTableModel model(m_store.get(), nullptr, 4);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0, AuditTableModel::ActionColumn)).toString(),
                 QStringLiteral("stock received"));
        QCOMPARE(model.data(model.index(0, AuditTableModel::StaffColumn)).toString(), QStringLiteral("Lee"));
        AuditStore::Filter filter;
        filter.staffName = QStringLiteral("Kim");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, AuditTableModel::SubjectColumn)).toString(),
                 QStringLiteral("Comirnaty"));
    }

    void roleNames()
    {
        QCOMPARE(::roleNames(Role::Administrator | Role::InjectionStaff), QStringLiteral("admin,injection"));
        QCOMPARE(rolesFromNames(QStringLiteral("reception, vaccines")),
                 Roles(Role::Reception | Role::VaccineManager));
        QVERIFY(!rolesFromNames(QStringLiteral("reception,cook")));
        QVERIFY(!rolesFromNames(QString()));
        QVERIFY(Actor::system(QStringLiteral("x")).can(Role::Administrator));
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "test_staff.moc"
