#include "auditlog.h"

#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

namespace identsync {

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

StoreResult<qint64> AuditLog::append(const QString &actor, const QString &action,
                                     const QString &target, const QString &details)
{
    if (actor.trimmed().isEmpty())
        return StoreError{QStringLiteral("audit entry \"%1 %2\": who did it is missing; pass the "
                                         "user name")
                              .arg(action, target)};
    return withTransaction(
        m_db, QStringLiteral("recording a manual action"), [&]() -> StoreResult<qint64> {
            SqlStatement q(m_db,
                           QStringLiteral("INSERT INTO audit (at, actor, action, target, details) "
                                          "VALUES (:at, :who, :what, :target, :details) "
                                          "RETURNING id"));
            q.bind(QStringLiteral(":at"), Database::toMs(m_db.now()))
                .bind(QStringLiteral(":who"), actor)
                .bind(QStringLiteral(":what"), action)
                .bind(QStringLiteral(":target"), target)
                .bind(QStringLiteral(":details"), details);
            if (!q.exec() || !q.next())
                return q.error(
                    QStringLiteral("recording the manual action \"%1 %2\"").arg(action, target));
            return q.int64(0);
        });
}

StoreResult<QList<AuditEntry>> AuditLog::page(const std::optional<qint64> &beforeId, int limit)
{
    SqlStatement q(m_db, beforeId ? QStringLiteral("SELECT id, at, actor, action, target, details "
                                                   "FROM audit WHERE id < :before "
                                                   "ORDER BY id DESC LIMIT :limit")
                                  : QStringLiteral("SELECT id, at, actor, action, target, details "
                                                   "FROM audit ORDER BY id DESC LIMIT :limit"));
    if (beforeId)
        q.bind(QStringLiteral(":before"), *beforeId);
    q.bind(QStringLiteral(":limit"), qMax(1, limit));
    if (!q.exec())
        return q.error(QStringLiteral("reading the audit log"));
    QList<AuditEntry> rows;
    while (q.next()) {
        AuditEntry e;
        e.id = q.int64(0);
        e.at = Database::fromMs(q.int64(1));
        e.actor = q.text(2);
        e.action = q.text(3);
        e.target = q.text(4);
        e.details = q.text(5);
        rows << e;
    }
    return rows;
}

} // namespace identsync
