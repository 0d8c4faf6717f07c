#include "leaseworker.h"

#include "store/database.h"

namespace identsync {

LeaseWorker::LeaseWorker(StoreConfig config, std::chrono::milliseconds staleAfter, WallClock clock)
    : StoreWorker(std::move(config))
    , m_staleAfter(staleAfter)
    , m_clock(std::move(clock))
{}

void LeaseWorker::check()
{
    LeaseSnapshot snapshot;
    Database *db = database(&snapshot.error);
    if (!db) {
        Q_EMIT checked(snapshot);
        return;
    }
    auto holder = EngineLease(*db).currentHolder();
    if (!holder) {
        snapshot.error = holder.error();
        Q_EMIT checked(snapshot);
        return;
    }
    snapshot.holder = *holder;
    snapshot.stale = snapshot.holder && snapshot.holder->isStale(m_clock(), m_staleAfter);
    if (auto counts = JobQueue(*db).countsByState(); counts)
        snapshot.counts = *counts;
    Q_EMIT checked(snapshot);
}

} // namespace identsync
