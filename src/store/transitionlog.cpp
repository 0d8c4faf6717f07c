#include "transitionlog.h"

#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

namespace identsync {

TransitionLog::TransitionLog(Database &db)
    : m_db(db)
{}

StoreResult<qint64> TransitionLog::append(const StageTransition &t)
{
    if (!t.dealKey.isValid())
        return StoreError{QStringLiteral("stage transition: the reception key is empty or "
                                         "invalid; expected F{branch}_{reception id}")};
    return withTransaction(
        m_db, QStringLiteral("recording a stage transition"), [&]() -> StoreResult<qint64> {
            SqlStatement q(
                m_db, QStringLiteral(
                          "INSERT INTO stage_transitions (at, deal_key, branch_id, deal_id, "
                          "from_stage, to_stage, reason, doctor, patient_name, actor, "
                          "correlation_id) VALUES (:at, :k, :b, :d, :f, :t, :r, :doc, :p, :a, :c) "
                          "RETURNING id"));
            q.bind(QStringLiteral(":at"), Database::toMs(t.at.isValid() ? t.at : m_db.now()))
                .bind(QStringLiteral(":k"), t.dealKey.toString())
                .bind(QStringLiteral(":b"), t.dealKey.branchId())
                .bind(QStringLiteral(":d"), sqlInt(t.dealId))
                .bind(QStringLiteral(":f"), t.fromStage.toString())
                .bind(QStringLiteral(":t"), t.toStage.toString())
                .bind(QStringLiteral(":r"), toKey(t.reason))
                .bind(QStringLiteral(":doc"), t.doctor)
                .bind(QStringLiteral(":p"), t.patientName)
                .bind(QStringLiteral(":a"), t.actor)
                .bind(QStringLiteral(":c"), t.correlationId);
            if (!q.exec() || !q.next())
                return q.error(QStringLiteral("recording the stage transition of %1")
                                   .arg(t.dealKey.toString()));
            return q.int64(0);
        });
}

StoreResult<QList<StageTransition>>
TransitionLog::page(const TransitionFilter &filter, const std::optional<TransitionCursor> &before,
                    int limit)
{
    QString sql = QStringLiteral("SELECT id, at, deal_key, deal_id, from_stage, to_stage, reason, "
                                 "doctor, patient_name, actor, correlation_id "
                                 "FROM stage_transitions WHERE 1 = 1");
    if (filter.reason)
        sql += QStringLiteral(" AND reason = :reason");
    if (filter.branchId)
        sql += QStringLiteral(" AND branch_id = :branch");
    if (!filter.doctor.isEmpty())
        sql += QStringLiteral(" AND doctor = :doctor");
    if (filter.from.isValid())
        sql += QStringLiteral(" AND at >= :from");
    if (filter.until.isValid())
        sql += QStringLiteral(" AND at < :until");
    if (before)
        sql += QStringLiteral(" AND (at, id) < (:cat, :cid)");
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT :limit");

    SqlStatement q(m_db, sql);
    if (filter.reason)
        q.bind(QStringLiteral(":reason"), toKey(*filter.reason));
    if (filter.branchId)
        q.bind(QStringLiteral(":branch"), *filter.branchId);
    if (!filter.doctor.isEmpty())
        q.bind(QStringLiteral(":doctor"), filter.doctor);
    if (filter.from.isValid())
        q.bind(QStringLiteral(":from"), Database::toMs(filter.from));
    if (filter.until.isValid())
        q.bind(QStringLiteral(":until"), Database::toMs(filter.until));
    if (before) {
        q.bind(QStringLiteral(":cat"), Database::toMs(before->at));
        q.bind(QStringLiteral(":cid"), before->id);
    }
    q.bind(QStringLiteral(":limit"), qMax(1, limit));
    if (!q.exec())
        return q.error(QStringLiteral("reading stage transitions"));

    QList<StageTransition> rows;
    while (q.next()) {
        StageTransition t;
        t.id = q.int64(0);
        t.at = Database::fromMs(q.int64(1));
        t.dealKey = DealKey::parse(q.text(2)).value_or(DealKey());
        if (!q.isNull(3))
            t.dealId = q.int64(3);
        t.fromStage = StageId::parse(q.text(4));
        t.toStage = StageId::parse(q.text(5));
        t.reason = enumFromKey<StageReason>(q.text(6)).value_or(StageReason::Mapped);
        t.doctor = q.text(7);
        t.patientName = q.text(8);
        t.actor = q.text(9);
        t.correlationId = q.text(10);
        rows << t;
    }
    return rows;
}

} // namespace identsync
