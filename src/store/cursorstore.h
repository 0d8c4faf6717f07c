#pragma once

#include "store/storeresult.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace identsync {

class Database;

// How far a source (one IDENT database) has been read: the keyset position (change time, last
// id) kept as text exactly as the source's dialect spells it, so every dialect round-trips.
struct SourceCursor
{
    QString sourceId;
    QString changeTime;
    QString lastId;
    QDateTime updatedAt; // set by the store

    bool operator==(const SourceCursor &) const = default;
};

class CursorStore
{
public:
    explicit CursorStore(Database &db);

    StoreResult<std::optional<SourceCursor>> cursor(const QString &sourceId);
    // Joins the caller's transaction if one is open (JobQueue::enqueue advances the watermark in
    // the same transaction as the jobs it read).
    StoreResult<> save(const SourceCursor &cursor);

private:
    Database &m_db;
};

} // namespace identsync
