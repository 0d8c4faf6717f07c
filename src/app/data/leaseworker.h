#pragma once

#include "storeworker.h"

#include "core/clock.h"

#include "store/enginelease.h"
#include "store/jobqueue.h"

#include <optional>

namespace identsync {

// What the console reads about the engine that holds its state database, once a second while it
// watches a service: who holds the lease and the outbox's counts.
struct LeaseSnapshot
{
    QString error; // the database could not be read; the rest is empty
    std::optional<EngineHolder> holder;
    bool stale = false; // no heartbeat for longer than the lease allows: the holder is gone
    StateCounts counts{};
};

// Reads the engine lease and the counts on the reader thread.
class LeaseWorker : public StoreWorker
{
    Q_OBJECT

public:
    LeaseWorker(StoreConfig config, std::chrono::milliseconds staleAfter, WallClock clock);

public Q_SLOTS:
    void check();

Q_SIGNALS:
    void checked(const identsync::LeaseSnapshot &snapshot);

private:
    std::chrono::milliseconds m_staleAfter;
    WallClock m_clock;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::LeaseSnapshot)
