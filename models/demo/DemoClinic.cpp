#include "models/demo/DemoClinic.h"

#include "models/domain/BookingCode.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/Event.h"
#include "models/domain/IsoText.h"
#include "models/domain/JsonText.h"
#include "models/domain/TimeOrderedUuid.h"
#include "models/sqlite/BulkInsert.h"
#include "models/sqlite/Database.h"
#include "models/store/LocalStore.h"
#include "models/store/NameGrams.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <queue>

#include <algorithm>
#include <array>
#include <vector>

// How the clinic is made. Time runs from 30 days ago to now: the vaccines are
// registered and their lots received first, then customers book at an even pace,
// each for a slot up to 60 days after booking (09:00-17:50, every 10 minutes, no
// Sundays). A past appointment was mostly injected (default lot, rule 3), some were
// cancelled, a few are no-shows still BOOKED; a coming one is mostly BOOKED, some
// cancelled. The expired lot's leftover is written off the morning after it expired.
// Every change goes to the outbox in the order it happened, with the payload
// DeskCommands writes, and the counters, lots and rights are what the commands
// would have left (Verifier finds nothing).
//
// Everything random is a function of the seed and the booking's index: UUIDs,
// codes (a bijection of the index, so unique without a lookup) and phones (also a
// bijection, so phone + birth date never repeats). Name + birth date + vaccine is
// kept unique with a set, so rule 5 holds between any two bookings.
//
// Speed: the statements insert 32 rows at a time with named placeholders, the
// secondary indexes are rebuilt at the end, the UUIDs are time-ordered (version 7)
// so the unique indexes are appended to, and the page cache is large while it runs.

namespace {
constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerHour = 60 * kMsPerMinute;
constexpr qint64 kMsPerDay = 24 * kMsPerHour;
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kProgressEvery = 50000;
constexpr int kHistoryDays = 30;
constexpr int kBookAheadDays = 60;
constexpr int kFirstSlotMinute = 9 * 60;
constexpr int kSlotMinutes = 10;
constexpr int kSlotsPerDay = 54;         // 09:00 .. 17:50
constexpr qint64 kPhoneSpace = 80000000; // 010-2000-0000 .. 010-9999-9999
constexpr qint64 kPhoneStep = 39916801;  // coprime with kPhoneSpace
constexpr quint64 kCodeMask = (quint64(1) << 40) - 1;
constexpr int kFillCacheKib = 256 * 1024;

// SplitMix64: small, fast, and good enough to derive every draw from (seed, index).
quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Independent streams of draws. A booking's events are numbered 2i (Booked) and 2i + 1 (what followed).
enum Stream : quint64 { Draws = 1, BookingIds, BookingEventIds, CatalogueEventIds, Catalogue };

class Random final
{
public:
    Random(quint32 seed, quint64 index, Stream stream)
        : m_state(mix(mix(quint64(seed) + 0x9e3779b97f4a7c15ULL * (stream + 1)) ^ index))
    {}
    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }
    int below(int n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }

private:
    quint64 m_state;
};

struct VaccinePlan
{
    const char *name;
    const char *manufacturer;
    const char *lotPrefix;
    int lotDigits; // at least 4
    int percent;   // share of the bookings
};
constexpr std::array<VaccinePlan, 4> kVaccines{{
    {"화이자 코미나티", "Pfizer-BioNTech", "FK", 4, 45},
    {"모더나 스파이크박스", "Moderna", "30", 5, 30},
    {"노바백스 뉴백소비드", "Novavax", "4302MF", 4, 15},
    {"아스트라제네카 박스제브리아", "AstraZeneca", "ABV", 4, 10},
}};

// Lots of each vaccine: expiry in days from today and share of the doses. The
// expired lot comes on top of the doses the bookings need (a share of the bookings):
// injections drain it until it expires, and its leftover is written off. One lot
// expires within 30 days.
struct LotPlan
{
    int expiryDays;
    int percent;
};
constexpr LotPlan kExpiredLot{-6, 20};
constexpr std::array<LotPlan, 4> kLots{{{18, 20}, {75, 30}, {150, 30}, {240, 20}}};

// Family names with their share of the population in tenths of a percent.
struct FamilyName
{
    const char *name;
    int weight;
};
constexpr std::array<FamilyName, 30> kFamilyNames{{
    {"김", 215}, {"이", 147}, {"박", 84}, {"최", 47}, {"정", 43}, {"강", 23}, {"조", 21}, {"윤", 20},
    {"장", 20},  {"임", 17},  {"한", 15}, {"오", 15}, {"서", 14}, {"신", 14}, {"권", 14}, {"황", 13},
    {"안", 13},  {"송", 13},  {"전", 11}, {"홍", 11}, {"유", 11}, {"고", 9},  {"문", 9},  {"양", 9},
    {"손", 9},   {"배", 8},   {"백", 7},  {"허", 6},  {"남", 5},  {"노", 5},
}};
// 62 distinct syllables for two-syllable given names.
constexpr const char *kGivenSyllables =
    "민서지현준우영수은하진윤예성재동혜경호연주원혁훈아유가다나태상석정희소"
    "채도시승건빈규미숙자순옥철용기광명인환식범찬율린람온별";
constexpr const char *kWriteOffReason = "유효기간 만료";

// A version 7 UUID of the given time with its random bits drawn from (seed, index), as the
// commands make them in time order, so the inserts append to the unique indexes on
// bookings.uid and outbox.event_id.
QString uuidText(qint64 ms, Random &random)
{
    const quint64 randA = random.next(); // drawn in this order: the seed's ids stay the same
    const quint64 randB = random.next();
    return TimeOrderedUuid::text(TimeOrderedUuid::fromParts(ms, quint16(randA), randB));
}

// A bijection of the 40-bit index space (odd multiplications and xor-shifts), so
// every index has its own code and neighbours look unrelated.
QString codeFor(quint32 seed, quint64 index)
{
    static const QString letters = BookingCode::alphabet();
    quint64 x = (index + mix(seed)) & kCodeMask;
    x = (x * 0x9E3779B97FULL) & kCodeMask;
    x ^= x >> 19;
    x = (x * 0xC2B2AE3D27ULL) & kCodeMask;
    x ^= x >> 21;
    x = (x * 0x165667B19FULL) & kCodeMask;
    x ^= x >> 17;
    QString code(BookingCode::kLength, Qt::Uninitialized);
    for (int i = 0; i < BookingCode::kLength; ++i)
        code[i] = letters.at(int((x >> (35 - 5 * i)) & 31));
    return code;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

bool isSunday(qint64 day)
{
    return (day % 7 + 7 + 3) % 7 == 6; // 1970-01-01 was a Thursday (Monday = 0)
}

void writeDigits(QChar *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = QLatin1Char(char('0' + value % 10));
}

// The store's texts, as the commands write them (IsoText).
QDate dateOf(qint64 day) // day `day` after 1970-01-01
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + day);
}

QString utcText(qint64 ms)
{
    return IsoText::utcMillis(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

// The clinic's local time as BookingStore stores it. IsoText::minute writes the fields it is
// given; held as UTC they are not converted, which spares a time zone lookup per booking.
QString appointmentText(qint64 day, int minuteOfDay)
{
    return IsoText::minute(QDateTime(dateOf(day), QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::UTC));
}

// A big page cache while the one large transaction runs: with SQLite's default 2 MB it
// spills dirty pages and reads them back for every insert. Restored however the fill ends.
class PageCache final
{
public:
    PageCache(Database *db, int kib)
        : m_db(db)
    {
        QSqlQuery query(db->connection());
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previous = query.value(0).toInt();
        db->execDirect(QStringLiteral("PRAGMA cache_size=%1").arg(-kib));
    }
    ~PageCache()
    {
        try {
            m_db->execDirect(QStringLiteral("PRAGMA cache_size=%1").arg(m_previous));
        } catch (const DatabaseError &) {
            // The connection keeps the bigger cache until it closes; nothing is lost.
        }
    }

private:
    Database *m_db;
    int m_previous = -2000;
};

// A change after the booking was made, replayed in time order.
struct FollowUp
{
    enum Kind : quint8 { Cancel, Inject, WriteOff };

    qint64 atMs;
    qint64 index; // the booking, or the vaccine for a write-off
    Kind kind;

    bool operator>(const FollowUp &other) const
    {
        return atMs != other.atMs ? atMs > other.atMs : index > other.index;
    }
};

// One name piece of one booking, packed so two million of them sort quickly: two code points of 21
// bits each, which order as SQLite orders the pieces' UTF-8 text.
struct GramRow
{
    quint64 key;
    qint64 rowId;

    bool operator<(const GramRow &other) const
    {
        return key != other.key ? key < other.key : rowId < other.rowId;
    }
};

quint64 gramKey(const QString &gram)
{
    const QList<uint> points = gram.toUcs4();
    return quint64(points.value(0)) << 21 | points.value(1);
}

QString gramText(quint64 key)
{
    const char32_t points[2] = {char32_t(key >> 21), char32_t(key & 0x1FFFFF)};
    return QString::fromUcs4(points, 2);
}

struct DemoLot
{
    qint64 id = 0;
    QString number;
    qint64 expiryDay = 0;
    int received = 0;
    int remaining = 0;
};

struct DemoVaccine
{
    QString id;
    std::vector<DemoLot> lots; // by expiry
    qint64 bookings = 0;
    int received = 0;
    int booked = 0;
    int injected = 0;
    int writtenOff = 0;
    int rights = 0;
};

const QString kDeskSite = QStringLiteral("(SELECT site_id FROM desk WHERE id = 1)");

class Filler final
{
public:
    Filler(LocalStore *store, quint32 seed, qint64 bookings, const DemoClinic::Progress &progress)
        : m_store(store)
        , m_db(store->database())
        , m_seed(seed)
        , m_total(bookings)
        , m_progress(progress)
        , m_bookings(m_db, QStringLiteral("bookings"),
                     {QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("code"),
                      QStringLiteral("vaccine_id"), QStringLiteral("name"), QStringLiteral("birth_date"),
                      QStringLiteral("phone"), QStringLiteral("appointment"), QStringLiteral("state"),
                      QStringLiteral("created_at")},
                     {kDeskSite, QStringLiteral("(SELECT device_id FROM desk WHERE id = 1)")},
                     {QStringLiteral("site_id"), QStringLiteral("holder")})
        , m_events(m_db, QStringLiteral("outbox"),
                   {QStringLiteral("event_id"), QStringLiteral("type"), QStringLiteral("at"),
                    QStringLiteral("payload")},
                   {kDeskSite, QStringLiteral("(SELECT feed_cursor FROM desk WHERE id = 1)")},
                   {QStringLiteral("site_id"), QStringLiteral("feed_cursor")})
        , m_injections(
              m_db, QStringLiteral("injections"),
              {QStringLiteral("booking_id"), QStringLiteral("lot_id"), QStringLiteral("injected_at")},
              {QStringLiteral("0"), QStringLiteral("0")},
              {QStringLiteral("surety"), QStringLiteral("override")})
    {}

    void run();

private:
    void requireEmpty();
    QList<std::pair<QString, QString>> dropIndexes();
    void planCatalogue();
    void appendEvent(EventType type, qint64 atMs, const QJsonObject &payload);
    void addEvent(EventType type, qint64 atMs, const QString &payload, quint64 number);
    void book(qint64 index);
    void apply(const FollowUp &followUp);
    void cancel(qint64 index, qint64 atMs);
    void inject(qint64 index, qint64 atMs);
    void writeOffExpired(int vaccine, qint64 atMs);
    void writeCounters();
    void writeNameGrams();
    int vaccineOf(qint64 index) const;
    qint64 createdMs(qint64 index) const // bookings are made at an even pace over the history
    {
        return m_startMs + (kHistoryDays * kMsPerDay - kMsPerMinute) * index / std::max<qint64>(m_total, 1);
    }
    QString bookingId(qint64 index) const
    {
        Random random(m_seed, quint64(index), BookingIds);
        return uuidText(createdMs(index), random);
    }

    LocalStore *m_store;
    Database *m_db;
    quint32 m_seed;
    qint64 m_total;
    const DemoClinic::Progress &m_progress;
    BulkInsert m_bookings;
    BulkInsert m_events;
    BulkInsert m_injections;

    QString m_deviceId;
    qint64 m_nowMs = 0;
    qint64 m_offsetMs = 0; // clinic local time - UTC
    qint64 m_startMs = 0;
    qint64 m_firstBookingRow = 1;
    std::array<DemoVaccine, kVaccines.size()> m_vaccines;
    std::priority_queue<FollowUp, std::vector<FollowUp>, std::greater<>> m_followUps;
    QSet<quint64> m_customers;    // name + birth date + vaccine
    std::vector<GramRow> m_grams; // written at the end in key order: appends to name_grams' b-tree
    quint64 m_catalogueEvents = 0;
};

int Filler::vaccineOf(qint64 index) const
{
    Random random(m_seed, quint64(index), Draws);
    int pick = random.below(100);
    for (int v = 0; v < int(kVaccines.size()); ++v) {
        if (pick < kVaccines[v].percent)
            return v;
        pick -= kVaccines[v].percent;
    }
    return 0;
}

void Filler::requireEmpty()
{
    if (!m_store->stock()->vaccines().isEmpty() || m_store->bookings()->count() > 0 ||
        m_store->outbox()->count() > 0)
        throw DatabaseError(
            QStringLiteral("the demo clinic needs an empty store: this one already has data"));
    if (m_total < 0 || m_total > kPhoneSpace)
        throw DatabaseError(QStringLiteral("the demo clinic makes 0 to %1 bookings").arg(kPhoneSpace));
}

// The secondary indexes of the tables written in bulk. Dropped for the inserts and
// made again from their own SQL at the end, in the same transaction: building an
// index from the finished table is many times faster than a million random inserts
// into it, and a rollback brings them back untouched.
QList<std::pair<QString, QString>> Filler::dropIndexes()
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN ('bookings', 'outbox', 'injections') ORDER BY name")))
        throw DatabaseError(query.lastError().text());
    QList<std::pair<QString, QString>> indexes;
    while (query.next())
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    query.finish();
    for (const auto &[name, sql] : indexes)
        m_db->execDirect(QStringLiteral("DROP INDEX \"%1\"").arg(name));
    return indexes;
}

// Through OutboxStore, as the commands do: the catalogue and the write-offs, a handful.
void Filler::appendEvent(EventType type, qint64 atMs, const QJsonObject &payload)
{
    m_events.flush(); // the events before it keep their place in the sequence
    Random ids(m_seed, m_catalogueEvents++, CatalogueEventIds);
    Event event;
    event.id = uuidText(atMs, ids);
    event.type = type;
    event.deviceId = m_deviceId;
    event.siteId = m_store->identity().siteId;
    event.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    event.payload = payload;
    m_store->outbox()->append(event);
}

void Filler::addEvent(EventType type, qint64 atMs, const QString &payload, quint64 number)
{
    Random ids(m_seed, number, BookingEventIds);
    m_events.add({uuidText(atMs, ids), eventTypeName(type), utcText(atMs), payload});
}

// Registers the vaccines and receives their lots through the stores the commands use.
void Filler::planCatalogue()
{
    for (qint64 i = 0; i < m_total; ++i)
        ++m_vaccines[vaccineOf(i)].bookings;

    StockStore *stock = m_store->stock();
    Random random(m_seed, 0, Catalogue);
    const qint64 today = floorDiv(m_nowMs + m_offsetMs, kMsPerDay);
    for (int v = 0; v < int(kVaccines.size()); ++v) {
        const VaccinePlan &plan = kVaccines[v];
        DemoVaccine &vaccine = m_vaccines[v];
        const qint64 registeredMs = m_startMs - 2 * kMsPerHour + v * 10 * kMsPerMinute;
        vaccine.id = uuidText(registeredMs, random);
        const Vaccine row{vaccine.id, QString::fromUtf8(plan.name), QString::fromUtf8(plan.manufacturer)};
        stock->insertVaccine(row, utcText(registeredMs));
        appendEvent(EventType::VaccineRegistered, registeredMs,
                    {{QStringLiteral("vaccineId"), row.id},
                     {QStringLiteral("name"), row.name},
                     {QStringLiteral("manufacturer"), row.manufacturer}});

        // Enough for every booking ever made of it without the expired lot, and a margin:
        // booked <= on hand throughout, whatever the write-off takes.
        const int doses = int(vaccine.bookings + vaccine.bookings / 20 + 100);
        int left = doses;
        int serial = 1000 + random.below(8000); // within a window of 10,000: the numbers differ
        for (size_t l = 0; l <= kLots.size(); ++l) {
            DemoLot lot;
            if (l == 0) {
                lot.received = int(std::max<qint64>(1, vaccine.bookings * kExpiredLot.percent / 100));
                lot.expiryDay = today + kExpiredLot.expiryDays;
            } else {
                lot.received = l == kLots.size() ? left : std::max(1, doses * kLots[l - 1].percent / 100);
                left -= lot.received;
                lot.expiryDay = today + kLots[l - 1].expiryDays;
            }
            lot.remaining = lot.received;
            serial += 1 + random.below(400);
            lot.number = QString::fromLatin1(plan.lotPrefix) +
                         QStringLiteral("%1").arg(serial % 10000, plan.lotDigits, 10, QLatin1Char('0'));
            const qint64 receivedMs = registeredMs + qint64(l + 1) * kMsPerMinute;
            // As DeskCommands::receiveStock: the lot, the counter, the rights it credits, the event.
            const QDate expiry = dateOf(lot.expiryDay);
            stock->receive(vaccine.id, lot.number, expiry, lot.received, utcText(receivedMs));
            stock->changeLevel(vaccine.id, lot.received, 0);
            stock->changeRights(vaccine.id, lot.received);
            lot.id = stock->lot(vaccine.id, lot.number)->id;
            appendEvent(EventType::StockReceived, receivedMs,
                        {{QStringLiteral("vaccineId"), vaccine.id},
                         {QStringLiteral("lotNumber"), lot.number},
                         {QStringLiteral("expiry"), IsoText::date(expiry)},
                         {QStringLiteral("quantity"), lot.received}});
            vaccine.received += lot.received;
            vaccine.rights += lot.received;
            if (lot.expiryDay < today) // written off at 08:00 the day after it expired
                m_followUps.push(
                    {(lot.expiryDay + 1) * kMsPerDay - m_offsetMs + 8 * kMsPerHour + v * kMsPerMinute, v,
                     FollowUp::WriteOff});
            vaccine.lots.push_back(lot);
        }
        std::sort(vaccine.lots.begin(), vaccine.lots.end(),
                  [](const DemoLot &a, const DemoLot &b) { return a.expiryDay < b.expiryDay; });
    }
}

void Filler::book(qint64 index)
{
    static const QString syllables = QString::fromUtf8(kGivenSyllables);
    static const int familyWeight = [] {
        int sum = 0;
        for (const FamilyName &family : kFamilyNames)
            sum += family.weight;
        return sum;
    }();
    static const qint64 firstBirthDay = QDate(1930, 1, 1).toJulianDay() - kUnixEpochJulianDay;
    static const int birthDays = int(QDate(2010, 12, 31).toJulianDay() - QDate(1930, 1, 1).toJulianDay() + 1);

    Random random(m_seed, quint64(index), Draws);
    const int v = vaccineOf(index);
    random.next(); // the draw vaccineOf() used
    DemoVaccine &vaccine = m_vaccines[v];

    // A slot up to 60 days after the booking is made.
    const qint64 createdMs = this->createdMs(index);
    const qint64 createdLocal = createdMs + m_offsetMs;
    qint64 day = floorDiv(createdLocal, kMsPerDay) + random.below(kBookAheadDays + 1);
    const int minute = kFirstSlotMinute + kSlotMinutes * random.below(kSlotsPerDay);
    while (isSunday(day) || day * kMsPerDay + minute * kMsPerMinute <= createdLocal)
        ++day;
    const qint64 appointmentMs = day * kMsPerDay + minute * kMsPerMinute - m_offsetMs;

    // The customer: name + birth date + vaccine unique (rule 5), phone unique by construction.
    int family = random.below(familyWeight);
    size_t f = 0;
    while (family >= kFamilyNames[f].weight)
        family -= kFamilyNames[f++].weight;
    const int birthOffset = random.below(birthDays);
    quint64 key = 0;
    int first = 0, second = 0;
    do {
        first = random.below(int(syllables.size()));
        second = random.below(int(syllables.size()));
        key = quint64(f) | quint64(first) << 6 | quint64(second) << 13 | quint64(birthOffset) << 20 |
              quint64(v) << 36;
    } while (m_customers.contains(key));
    m_customers.insert(key);
    const QString name = QString::fromUtf8(kFamilyNames[f].name) + syllables.at(first) + syllables.at(second);
    for (const QString &gram : NameGrams::of(name))
        m_grams.push_back({gramKey(gram), m_firstBookingRow + index});
    const QString birthDate = IsoText::date(dateOf(firstBirthDay + birthOffset));
    QString phone(QStringLiteral("01000000000"));
    writeDigits(phone.data() + 3,
                int(20000000 + (index * kPhoneStep + qint64(mix(m_seed) % kPhoneSpace)) % kPhoneSpace), 8);

    // What became of it by now.
    BookingState state = BookingState::Booked;
    const int outcome = random.below(100);
    const auto cancelBefore = [&](qint64 endMs) {
        state = BookingState::Cancelled;
        const qint64 span = std::max<qint64>(endMs - createdMs - kMsPerMinute, 1);
        m_followUps.push(
            {createdMs + kMsPerMinute + qint64(random.unit() * double(span)), index, FollowUp::Cancel});
    };
    if (appointmentMs + 20 * kMsPerMinute < m_nowMs) {
        if (outcome < 88) {
            state = BookingState::Injected;
            m_followUps.push({appointmentMs + random.below(20) * kMsPerMinute + random.below(60000), index,
                              FollowUp::Inject});
        } else if (outcome < 94) {
            cancelBefore(appointmentMs);
        }
    } else if (outcome < 7) {
        cancelBefore(m_nowMs);
    }

    const QString id = bookingId(index);
    const QString code = codeFor(m_seed, quint64(index));
    const QString appointment = appointmentText(day, minute);
    m_bookings.add({m_firstBookingRow + index, id, code, vaccine.id, name, birthDate, phone, appointment,
                    int(state), utcText(createdMs)});

    // As DeskCommands::book: booked + 1, one right paid, the Booked event.
    ++vaccine.booked;
    --vaccine.rights;
    if (vaccine.booked > vaccine.received - vaccine.injected - vaccine.writtenOff || vaccine.rights < 0)
        throw DatabaseError(QStringLiteral("demo clinic: booked more than on hand"));
    const QString payload = JsonText::object({{QLatin1String("bookingId"), id},
                                              {QLatin1String("code"), code},
                                              {QLatin1String("vaccineId"), vaccine.id},
                                              {QLatin1String("name"), name},
                                              {QLatin1String("birthDate"), birthDate},
                                              {QLatin1String("phone"), phone},
                                              {QLatin1String("appointment"), appointment},
                                              {QLatin1String("holder"), m_deviceId}});
    addEvent(EventType::Booked, createdMs, payload, quint64(index) * 2);
}

void Filler::apply(const FollowUp &followUp)
{
    switch (followUp.kind) {
    case FollowUp::Cancel:
        cancel(followUp.index, followUp.atMs);
        break;
    case FollowUp::Inject:
        inject(followUp.index, followUp.atMs);
        break;
    case FollowUp::WriteOff:
        writeOffExpired(int(followUp.index), followUp.atMs);
        break;
    }
}

// As DeskCommands::cancel at the holder: booked - 1, the right credited back.
void Filler::cancel(qint64 index, qint64 atMs)
{
    DemoVaccine &vaccine = m_vaccines[vaccineOf(index)];
    --vaccine.booked;
    ++vaccine.rights;
    const QString payload = JsonText::object({{QLatin1String("bookingId"), bookingId(index)},
                                              {QLatin1String("code"), codeFor(m_seed, quint64(index))},
                                              {QLatin1String("vaccineId"), vaccine.id},
                                              {QLatin1String("holder"), m_deviceId}});
    addEvent(EventType::BookingCancelled, atMs, payload, quint64(index) * 2 + 1);
}

// As DeskCommands::inject at the holder with the default lot: free, booked - 1, on hand - 1.
void Filler::inject(qint64 index, qint64 atMs)
{
    DemoVaccine &vaccine = m_vaccines[vaccineOf(index)];
    const qint64 today = floorDiv(atMs + m_offsetMs, kMsPerDay);
    auto lot = std::find_if(vaccine.lots.begin(), vaccine.lots.end(),
                            [today](const DemoLot &l) { return l.remaining > 0 && l.expiryDay >= today; });
    if (lot == vaccine.lots.end())
        throw DatabaseError(QStringLiteral("demo clinic: no usable lot left"));
    --lot->remaining;
    --vaccine.booked;
    ++vaccine.injected;

    if (m_injections.pendingRows() + 1 == BulkInsert::kBatchRows)
        m_bookings.flush(); // the booking rows must be there first (foreign key)
    m_injections.add({m_firstBookingRow + index, lot->id, utcText(atMs)});
    const QString payload = JsonText::object({{QLatin1String("bookingId"), bookingId(index)},
                                              {QLatin1String("code"), codeFor(m_seed, quint64(index))},
                                              {QLatin1String("vaccineId"), vaccine.id},
                                              {QLatin1String("lotNumber"), lot->number},
                                              {QLatin1String("holder"), m_deviceId},
                                              {QLatin1String("surety"), false},
                                              {QLatin1String("override"), false}});
    addEvent(EventType::Injected, atMs, payload, quint64(index) * 2 + 1);
}

// As DeskCommands::writeOff of the expired lot's leftover: it has the earliest expiry,
// so the write-off takes exactly that lot. Skipped when rule 4 would refuse it.
void Filler::writeOffExpired(int v, qint64 atMs)
{
    DemoVaccine &vaccine = m_vaccines[v];
    DemoLot &lot = vaccine.lots.front();
    const int quantity = lot.remaining;
    const int available = vaccine.received - vaccine.injected - vaccine.writtenOff - vaccine.booked;
    if (quantity < 1 || available < quantity || vaccine.rights < quantity)
        return;
    lot.remaining = 0;
    vaccine.writtenOff += quantity;
    vaccine.rights -= quantity;
    const QString reason = QString::fromUtf8(kWriteOffReason);
    m_store->stock()->insertWriteOff(vaccine.id, quantity, reason, utcText(atMs));
    appendEvent(EventType::StockWrittenOff, atMs,
                {{QStringLiteral("vaccineId"), vaccine.id},
                 {QStringLiteral("quantity"), quantity},
                 {QStringLiteral("reason"), reason},
                 {QStringLiteral("lots"), QJsonArray{QJsonObject{{QStringLiteral("lotNumber"), lot.number},
                                                                 {QStringLiteral("quantity"), quantity}}}}});
}

// The counters and lots as the commands would have left them, written once at the end.
void Filler::writeCounters()
{
    StockStore *stock = m_store->stock();
    for (const DemoVaccine &vaccine : m_vaccines) {
        for (const DemoLot &lot : vaccine.lots) {
            if (lot.received != lot.remaining)
                stock->takeFromLot(lot.id, lot.received - lot.remaining);
        }
        stock->changeLevel(vaccine.id, -vaccine.injected - vaccine.writtenOff, vaccine.booked);
        stock->changeRights(vaccine.id, vaccine.rights - vaccine.received);
    }
}

void Filler::writeNameGrams()
{
    std::sort(m_grams.begin(), m_grams.end());
    BulkInsert insert(m_db, QStringLiteral("name_grams"),
                      {QStringLiteral("gram"), QStringLiteral("booking_id")});
    quint64 lastKey = 0;
    QString text;
    for (const GramRow &gram : m_grams) {
        if (text.isNull() || gram.key != lastKey) {
            text = gramText(gram.key);
            lastKey = gram.key;
        }
        insert.add({text, gram.rowId});
    }
    insert.flush();
    insert.finish();
    m_grams = {};
}

void Filler::run()
{
    m_deviceId = m_store->identity().deviceId;
    const QDateTime now = QDateTime::currentDateTime();
    m_nowMs = now.toMSecsSinceEpoch();
    m_offsetMs = qint64(now.offsetFromUtc()) * 1000;
    m_startMs = m_nowMs - kHistoryDays * kMsPerDay;
    m_customers.reserve(qsizetype(m_total));
    m_grams.reserve(size_t(m_total) * 2);

    const PageCache cache(m_db, kFillCacheKib);
    WriteTransaction transaction(m_db);
    requireEmpty();
    const QList<std::pair<QString, QString>> indexes = dropIndexes();
    planCatalogue();
    for (qint64 i = 0; i < m_total; ++i) {
        while (!m_followUps.empty() && m_followUps.top().atMs <= createdMs(i)) {
            apply(m_followUps.top());
            m_followUps.pop();
        }
        book(i);
        if (m_progress && (i + 1) % kProgressEvery == 0)
            m_progress(i + 1, m_total);
    }
    while (!m_followUps.empty()) {
        apply(m_followUps.top());
        m_followUps.pop();
    }
    m_bookings.flush();
    m_events.flush();
    m_injections.flush();
    for (BulkInsert *insert : {&m_bookings, &m_events, &m_injections})
        insert->finish();
    writeNameGrams();
    for (const auto &[name, sql] : indexes)
        m_db->execDirect(sql);
    writeCounters();
    transaction.commit();
    if (m_progress)
        m_progress(m_total, m_total);
}
} // namespace

void DemoClinic::fill(qint64 bookings, const Progress &progress)
{
    Filler(m_store, m_seed, bookings, progress).run();
}
