#include "cursorstore.h"

#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

namespace identsync {

CursorStore::CursorStore(Database &db)
    : m_db(db)
{}

StoreResult<std::optional<SourceCursor>> CursorStore::cursor(const QString &sourceId)
{
    SqlStatement q(m_db, QStringLiteral("SELECT change_time, last_id, updated_at FROM cursors "
                                        "WHERE source_id = :s"));
    q.bind(QStringLiteral(":s"), sourceId);
    if (!q.exec())
        return q.error(QStringLiteral("reading the cursor of source %1").arg(sourceId));
    if (!q.next())
        return std::optional<SourceCursor>();
    SourceCursor c;
    c.sourceId = sourceId;
    c.changeTime = q.text(0);
    c.lastId = q.text(1);
    c.updatedAt = Database::fromMs(q.int64(2));
    return std::optional<SourceCursor>(c);
}

StoreResult<> CursorStore::save(const SourceCursor &cursor)
{
    if (cursor.sourceId.trimmed().isEmpty())
        return StoreError{QStringLiteral("source cursor: the source id is empty; every source in "
                                         "the configuration needs an id")};
    return withTransaction(m_db, QStringLiteral("saving a source cursor"), [&]() -> StoreResult<> {
        SqlStatement q(
            m_db,
            QStringLiteral("INSERT INTO cursors (source_id, change_time, last_id, updated_at) "
                           "VALUES (:s, :c, :l, :t) ON CONFLICT (source_id) DO UPDATE SET "
                           "change_time = excluded.change_time, last_id = excluded.last_id, "
                           "updated_at = excluded.updated_at"));
        q.bind(QStringLiteral(":s"), cursor.sourceId)
            .bind(QStringLiteral(":c"), cursor.changeTime)
            .bind(QStringLiteral(":l"), cursor.lastId)
            .bind(QStringLiteral(":t"), Database::toMs(m_db.now()));
        if (!q.exec())
            return q.error(QStringLiteral("saving the cursor of source %1").arg(cursor.sourceId));
        return {};
    });
}

} // namespace identsync
