#include "SimMutant.h"

#include "HolderSkipsPaymentStore.h"
#include "RefillWithoutFeedLink.h"
#include "ReplayAppliedTwiceStore.h"
#include "ReturnBeforeEventsStore.h"
#include "SuretyOnSentLink.h"

namespace {
template<typename Store> InProcessServer::StoreFront storeFront()
{
    return [](SqliteServerStore *store) { return std::make_unique<Store>(store); };
}
} // namespace

QList<SimMutant> SimMutant::all()
{
    QList<SimMutant> mutants;
    {
        SimMutant mutant{QStringLiteral("refill-without-feed"),
                         QStringLiteral("a refill's rights applied without the feed up to its grant"),
                         {}};
        mutant.seams.serverLink = [](SyncTransport *server, int) {
            return std::make_unique<RefillWithoutFeedLink>(server);
        };
        mutants << mutant;
    }
    {
        SimMutant mutant{QStringLiteral("return-before-events"),
                         QStringLiteral("a return applied before the events the desk made before it"),
                         {}};
        mutant.seams.serverStore = storeFront<ReturnBeforeEventsStore>();
        mutants << mutant;
    }
    {
        SimMutant mutant{
            QStringLiteral("holder-skips-payment"),
            QStringLiteral("the holder does not pay for injecting a booking another desk cancelled"),
            {}};
        mutant.seams.serverStore = storeFront<HolderSkipsPaymentStore>();
        mutants << mutant;
    }
    {
        SimMutant mutant{QStringLiteral("surety-on-sent"),
                         QStringLiteral("a surety released on what the server sent the holder, not on what "
                                        "the holder reported"),
                         {}};
        mutant.seams.serverLink = [](SyncTransport *server, int) -> std::unique_ptr<SyncTransport> {
            // SimWorld's server is an InProcessServer; this link reaches into its store.
            return std::make_unique<SuretyOnSentLink>(static_cast<InProcessServer *>(server));
        };
        mutants << mutant;
    }
    {
        SimMutant mutant{QStringLiteral("duplicate-applied-twice"),
                         QStringLiteral("a resent event applied again by the server"),
                         {}};
        mutant.seams.serverStore = storeFront<ReplayAppliedTwiceStore>();
        mutants << mutant;
    }
    return mutants;
}

std::optional<SimMutant> SimMutant::byName(const QString &name)
{
    for (const SimMutant &mutant : all()) {
        if (mutant.name == name)
            return mutant;
    }
    return std::nullopt;
}
