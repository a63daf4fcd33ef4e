#pragma once

#include "FaultyTransport.h"
#include "MeanwhileTransport.h"
#include "PartitionTransport.h"
#include "SyncDesk.h"

#include <memory>

// One desk of the simulated world and the road from it to the server:
// engine -> meanwhile -> partition -> faults -> link (a seam; the server itself by default) -> server.
struct SimDesk
{
    int index = 0;
    QString name;                        // "A", "B", ...
    std::unique_ptr<SyncTransport> link; // null: the faults talk to the server directly
    std::unique_ptr<FaultyTransport> faults;
    std::unique_ptr<PartitionTransport> partition;
    std::unique_ptr<MeanwhileTransport> meanwhile;
    std::unique_ptr<SyncDesk> desk;

    QString deviceId() const { return desk->store->identity().deviceId; }
    Database *database() const { return desk->store->database(); }
};
