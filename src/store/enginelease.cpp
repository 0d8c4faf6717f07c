#include "enginelease.h"

#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

namespace identsync {

EngineLease::EngineLease(Database &db)
    : m_db(db)
{}

StoreResult<bool> EngineLease::acquire(const QString &owner, const QString &host, qint64 pid,
                                       std::chrono::milliseconds staleAfter)
{
    if (owner.isEmpty())
        return StoreError{QStringLiteral("engine lease: the owner id is empty")};
    return withTransaction(
        m_db, QStringLiteral("taking the engine lease"), [&]() -> StoreResult<bool> {
            // One statement decides atomically on both databases: insert, or take over only when
            // the row is ours or its heartbeat is stale.
            SqlStatement q(
                m_db,
                QStringLiteral(
                    "INSERT INTO engine_lease (id, owner, host, pid, acquired_at, heartbeat_at) "
                    "VALUES (1, :owner, :host, :pid, :now, :beat) "
                    "ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, host = excluded.host, "
                    "pid = excluded.pid, acquired_at = CASE WHEN engine_lease.owner = "
                    "excluded.owner "
                    "THEN engine_lease.acquired_at ELSE excluded.acquired_at END, "
                    "heartbeat_at = excluded.heartbeat_at "
                    "WHERE engine_lease.owner = excluded.owner OR engine_lease.heartbeat_at < "
                    ":stale"));
            const qint64 now = Database::toMs(m_db.now());
            q.bind(QStringLiteral(":owner"), owner)
                .bind(QStringLiteral(":host"), host)
                .bind(QStringLiteral(":pid"), pid)
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":beat"), now)
                .bind(QStringLiteral(":stale"), now - qint64(staleAfter.count()));
            if (!q.exec())
                return q.error(QStringLiteral("taking the engine lease for %1").arg(host));
            return q.rowsAffected() == 1;
        });
}

StoreResult<bool> EngineLease::takeOver(const QString &deadOwner, const QString &owner,
                                        const QString &host, qint64 pid)
{
    if (owner.isEmpty() || deadOwner.isEmpty())
        return StoreError{QStringLiteral("engine lease: the owner id is empty")};
    return withTransaction(
        m_db, QStringLiteral("taking over the engine lease"), [&]() -> StoreResult<bool> {
            SqlStatement q(m_db, QStringLiteral("UPDATE engine_lease SET owner = :owner, host = "
                                                ":host, pid = :pid, acquired_at = :now, "
                                                "heartbeat_at = :beat WHERE id = 1 AND owner = "
                                                ":dead"));
            const qint64 now = Database::toMs(m_db.now());
            q.bind(QStringLiteral(":owner"), owner)
                .bind(QStringLiteral(":host"), host)
                .bind(QStringLiteral(":pid"), pid)
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":beat"), now)
                .bind(QStringLiteral(":dead"), deadOwner);
            if (!q.exec())
                return q.error(QStringLiteral("taking over the engine lease for %1").arg(host));
            return q.rowsAffected() == 1;
        });
}

StoreResult<bool> EngineLease::heartbeat(const QString &owner)
{
    return withTransaction(
        m_db, QStringLiteral("renewing the engine lease"), [&]() -> StoreResult<bool> {
            SqlStatement q(m_db, QStringLiteral("UPDATE engine_lease SET heartbeat_at = :now "
                                                "WHERE id = 1 AND owner = :owner"));
            q.bind(QStringLiteral(":now"), Database::toMs(m_db.now()))
                .bind(QStringLiteral(":owner"), owner);
            if (!q.exec())
                return q.error(QStringLiteral("renewing the engine lease"));
            return q.rowsAffected() == 1;
        });
}

StoreResult<> EngineLease::release(const QString &owner)
{
    return withTransaction(
        m_db, QStringLiteral("releasing the engine lease"), [&]() -> StoreResult<> {
            SqlStatement q(m_db,
                           QStringLiteral("DELETE FROM engine_lease WHERE id = 1 AND owner = :o"));
            q.bind(QStringLiteral(":o"), owner);
            if (!q.exec())
                return q.error(QStringLiteral("releasing the engine lease"));
            return {};
        });
}

StoreResult<std::optional<EngineHolder>> EngineLease::currentHolder()
{
    SqlStatement q(m_db, QStringLiteral("SELECT owner, host, pid, acquired_at, heartbeat_at "
                                        "FROM engine_lease WHERE id = 1"));
    if (!q.exec())
        return q.error(QStringLiteral("reading the engine lease"));
    if (!q.next())
        return std::optional<EngineHolder>();
    EngineHolder h;
    h.owner = q.text(0);
    h.host = q.text(1);
    h.pid = q.int64(2);
    h.acquiredAt = Database::fromMs(q.int64(3));
    h.heartbeatAt = Database::fromMs(q.int64(4));
    return std::optional<EngineHolder>(h);
}

} // namespace identsync
