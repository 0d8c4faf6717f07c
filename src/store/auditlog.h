#pragma once

#include "store/storeresult.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace identsync {

class Database;

// Every manual action (SPEC §5 "Every manual action is recorded"): who, when, what.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;   // the person (OS user) or "engine"
    QString action;  // "retry", "cancel", "bind", "unbind", ...
    QString target;  // what it was applied to: "jobs 4, 7", "class transient", "F1_123"
    QString details; // the outcome: "3 jobs", "deal 55"
};

class AuditLog
{
public:
    explicit AuditLog(Database &db);

    // Joins the caller's transaction if one is open. Returns the new row's id.
    StoreResult<qint64> append(const QString &actor, const QString &action, const QString &target,
                               const QString &details);
    // Newest first; `beforeId` is the id of the last row of the previous page.
    StoreResult<QList<AuditEntry>> page(const std::optional<qint64> &beforeId, int limit);

private:
    Database &m_db;
};

} // namespace identsync
