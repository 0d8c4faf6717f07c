#pragma once

#include "core/enums.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace identsync {

class Database;

// What a console asks the engine to do through the database (SPEC §4 monitor mode).
// Belongs in core/enums.h with the other domain enums; kept here until core takes it.
enum class CommandKind
{
    Retry,
    Cancel,
    Bind,
    Unbind,
    Pause,
    Resume,
    SyncNow,
    Count
};

enum class CommandStatus
{
    Pending,
    Done,
    Failed,
    Count
};

QString toKey(CommandKind v);
QString toKey(CommandStatus v);
template <> std::optional<CommandKind> enumFromKey<CommandKind>(QStringView key);
template <> std::optional<CommandStatus> enumFromKey<CommandStatus>(QStringView key);

struct Command
{
    qint64 id = 0;
    CommandKind kind = CommandKind::SyncNow;
    QJsonObject args; // e.g. {"jobs": [4, 7]}, {"deal_key": "F1_5", "deal_id": 55}
    CommandStatus status = CommandStatus::Pending;
    QString result; // the engine's answer, shown to the person who asked
    QString requestedBy;
    QDateTime createdAt;
    QDateTime finishedAt;
};

// Delivery is at least once: a command stays pending until finish(), so one that was being
// executed when the engine died runs again after restart. Every command is idempotent.
class CommandQueue
{
public:
    explicit CommandQueue(Database &db);

    StoreResult<qint64> post(CommandKind kind, const QJsonObject &args, const QString &requestedBy);
    // Oldest first.
    StoreResult<QList<Command>> takePending(int limit);
    // False when the command was not pending (already finished).
    StoreResult<bool> finish(qint64 id, CommandStatus status, const QString &result);
    StoreResult<std::optional<Command>> command(qint64 id);

private:
    Database &m_db;
};

} // namespace identsync
