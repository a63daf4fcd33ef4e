#pragma once

#include "models/store/RightsRequestStore.h"
#include "sync/RightsSettings.h"
#include "sync/SyncRound.h"
#include "sync/SyncTransport.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <functional>

class Clock;
class LocalStore;
struct FeedPage;
struct RightsAnswer;

// The rights step of a sync round (SPEC 3.1, docs/protocol.md "POST /v1/rights"), between the
// push and the pull. First every stored request nobody answered yet goes again, unchanged; then,
// per vaccine without an open request, the water marks (RightsSettings) decide a refill or a
// return, which is recorded (RightsRequestStore) before it is sent. A refill's grant, the feed it
// carries (paged on to its grantSequence when the answer says there is more) and the cursor commit
// in one transaction with the request marked answered. A return's rights left the desk when it
// was recorded: its 200 only marks it answered; `409 not_yet` (its events are not all applied on
// the server) leaves it stored for the next round, after that round's push.
// Threading: the engine's, for one round; the engine hands in how to ask and how to read failures.
class RightsKeeper final
{
    Q_DECLARE_TR_FUNCTIONS(RightsKeeper)

public:
    using Exchange =
        std::function<TransportReply(const QByteArray &method, const QString &path, const QByteArray &body)>;
    // Sets the round's outcome from a reply that is not a 200 (SyncEngine's reading of failures).
    using Failed = std::function<void(const TransportReply &reply, SyncRound *round)>;

    static constexpr int kFeedPage = 500;

    RightsKeeper(LocalStore *store, const Clock *clock, const RightsSettings &settings, Exchange exchange,
                 Failed failed);

    // Done, or Refused when the server refused a request (it is marked answered, and a return's
    // rights credited back: nothing moved), after which the round may go on; any other outcome
    // stops the round, with every unanswered request still stored.
    SyncRound run();

private:
    enum class Sent { Answered, NotYet, Refused, Stop };

    Sent send(const RightsRequestStore::Row &request, SyncRound *round);
    Sent applyRefill(const RightsRequestStore::Row &request, const RightsAnswer &answer, SyncRound *round);
    void decide(const QSet<QString> &open, QList<RightsRequestStore::Row> *recorded);
    void malformed(SyncRound *round, const QString &why) const;
    QString now() const;

    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    RightsSettings m_settings;
    Exchange m_exchange;
    Failed m_failed;
};
