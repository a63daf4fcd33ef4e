#pragma once

#include "sync/RightsSettings.h"
#include "sync/SyncRound.h"
#include "sync/SyncTransport.h"
#include "sync/protocol/ProtocolJson.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Clock;
class LocalStore;
struct Event;
struct FeedPage;

// One desk's side of protocol v1 (docs/protocol.md, SPEC 3): a round pushes the outbox from its
// oldest unacknowledged event and then reads the site's feed to its end. Every answer is
// applied in one write transaction with what it acknowledges, so a crash between two requests
// loses nothing and doubles nothing: the next round resends what was not acknowledged (the
// server answers `duplicate`) and asks the feed again from the stored cursor.
// Threading: the thread that opened `store` (the engine's own connection); syncOnce() blocks it.
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    static constexpr int kDefaultBatch = 500;
    static constexpr int kMaxBatch = ProtocolJson::kMaxBatchEvents; // the server refuses more
    static constexpr int kFeedPage = 500;

    // How far a round has got, told after each answered push batch (done of the `total` waiting
    // when the push began) and after each applied feed page (entries read so far; the feed does
    // not say how many are left, so total is 0). Called on the engine's thread, inside syncOnce().
    struct Progress
    {
        enum class Step { Push, Pull };
        Step step = Step::Push;
        int done = 0;
        int total = 0;
    };
    using ProgressCallback = std::function<void(const Progress &)>;

    SyncEngine(LocalStore *store, SyncTransport *transport, const Clock *clock);

    void setToken(const QString &token) { m_token = token; }
    void setBatchSize(int events) { m_batch = qBound(1, events, kMaxBatch); }
    void setFeedPageSize(int entries) { m_feedPage = qBound(1, entries, kFeedPage); }
    // Set before syncOnce(); empty: nobody is told.
    void setProgress(ProgressCallback progress) { m_progress = std::move(progress); }
    // The water marks of the rights step; the defaults keep rights from the day's bookings.
    void setRightsSettings(const RightsSettings &settings) { m_rights = settings; }

    // The desk's own database failed under a round: a plain sentence for staff, SQLite's text to
    // the log only (the next round starts over from what was committed).
    static void storeFailed(SyncRound *round, const QString &sqliteMessage);

    // Push, then the rights (RightsKeeper), then pull; stops at the first failure and says which.
    // A rights request the server refused does not stop the round: it ends Refused after the pull.
    SyncRound syncOnce();
    // Each part alone (the tests drive them one at a time).
    SyncRound push();
    SyncRound keepRights();
    SyncRound pull();

private:
    TransportReply exchange(const QByteArray &method, const QString &path, const QByteArray &body = {});
    // Sets round's outcome and message from a reply that is not a 200; false when it was a 200.
    bool failed(const TransportReply &reply, SyncRound *round) const;
    void applyPage(const FeedPage &page, SyncRound *round);
    // A 413 for a batch of one: with the server's reason the event becomes a conflict and is
    // acknowledged (true: the push goes on); without one the round is refused (false).
    bool tooLargeAlone(const Event &event, const TransportReply &reply, SyncRound *round);
    QString now() const;

    LocalStore *m_store = nullptr;
    SyncTransport *m_transport = nullptr;
    const Clock *m_clock = nullptr;
    QString m_token;
    int m_batch = kDefaultBatch;
    int m_feedPage = kFeedPage;
    ProgressCallback m_progress;
    RightsSettings m_rights;
};
