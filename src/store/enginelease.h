#pragma once

#include "store/storeresult.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace identsync {

class Database;

// The engine that owns a state database (SPEC §4: one engine per database).
struct EngineHolder
{
    QString owner; // unique per engine run
    QString host;
    qint64 pid = 0;
    QDateTime acquiredAt;
    QDateTime heartbeatAt;

    // No heartbeat for `staleAfter`: the engine is presumed dead and its lease may be taken.
    bool isStale(const QDateTime &now, std::chrono::milliseconds staleAfter) const
    {
        return heartbeatAt.msecsTo(now) > staleAfter.count();
    }
};

// Times come from each process's own clock, so hosts sharing a PostgreSQL database need clocks
// that agree to well within `staleAfter` (NTP).
class EngineLease
{
public:
    explicit EngineLease(Database &db);

    // Takes the lease when nobody holds it, when `owner` already does, or when the holder's
    // heartbeat is older than `staleAfter`. False: another live engine holds it.
    StoreResult<bool> acquire(const QString &owner, const QString &host, qint64 pid,
                              std::chrono::milliseconds staleAfter);
    // Takes the lease from `deadOwner`, whose process is known to be gone, without waiting for
    // its heartbeat to go stale. False: the holder is no longer `deadOwner` (someone else won).
    StoreResult<bool> takeOver(const QString &deadOwner, const QString &owner, const QString &host,
                               qint64 pid);
    // False: the lease is no longer ours (taken over after we went stale); stop the engine.
    StoreResult<bool> heartbeat(const QString &owner);
    StoreResult<> release(const QString &owner);
    // "Is an engine running, where, since when": the holder, live or stale, if any.
    StoreResult<std::optional<EngineHolder>> currentHolder();

private:
    Database &m_db;
};

} // namespace identsync
