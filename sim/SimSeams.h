#pragma once

#include "InProcessServer.h"
#include "sync/SyncTransport.h"

#include <functional>
#include <memory>

// Where a test puts a substituted component into the world without a switch in production code
// (the mutants of issue 13 part 4): `serverLink` wraps the server as one desk sees it (a link
// that rewrites requests or answers, replays a push, strips a refill's feed...); `afterStep`
// runs after each step with the world (a mutant that tampers with a desk's file between steps);
// `serverStore` puts a store in front of the server's real one (a server that applies a rule
// wrongly), made again at each server restart.
class SimWorld;

struct SimSeams
{
    InProcessServer::StoreFront serverStore;
    std::function<std::unique_ptr<SyncTransport>(SyncTransport *server, int desk)> serverLink;
    std::function<void(SimWorld *world, int step)> afterStep;
};
