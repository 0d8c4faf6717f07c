#include "commandqueue.h"

#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

#include <QJsonDocument>

namespace identsync {

QString toKey(CommandKind v)
{
    switch (v) {
    case CommandKind::Retry:
        return QStringLiteral("retry");
    case CommandKind::Cancel:
        return QStringLiteral("cancel");
    case CommandKind::Bind:
        return QStringLiteral("bind");
    case CommandKind::Unbind:
        return QStringLiteral("unbind");
    case CommandKind::Pause:
        return QStringLiteral("pause");
    case CommandKind::Resume:
        return QStringLiteral("resume");
    case CommandKind::SyncNow:
        return QStringLiteral("sync_now");
    case CommandKind::Count:
        break;
    }
    return {};
}

QString toKey(CommandStatus v)
{
    switch (v) {
    case CommandStatus::Pending:
        return QStringLiteral("pending");
    case CommandStatus::Done:
        return QStringLiteral("done");
    case CommandStatus::Failed:
        return QStringLiteral("failed");
    case CommandStatus::Count:
        break;
    }
    return {};
}

template <> std::optional<CommandKind> enumFromKey<CommandKind>(QStringView key)
{
    for (int i = 0; i < enumCount<CommandKind>(); ++i) {
        if (toKey(static_cast<CommandKind>(i)) == key)
            return static_cast<CommandKind>(i);
    }
    return std::nullopt;
}

template <> std::optional<CommandStatus> enumFromKey<CommandStatus>(QStringView key)
{
    for (int i = 0; i < enumCount<CommandStatus>(); ++i) {
        if (toKey(static_cast<CommandStatus>(i)) == key)
            return static_cast<CommandStatus>(i);
    }
    return std::nullopt;
}

namespace {

const QString CommandColumns =
    QStringLiteral("id, kind, args, status, result, requested_by, created_at, finished_at");

std::optional<Command> readCommand(const SqlStatement &q)
{
    const auto kind = enumFromKey<CommandKind>(q.text(1));
    const auto status = enumFromKey<CommandStatus>(q.text(3));
    if (!kind || !status)
        return std::nullopt;
    Command c;
    c.id = q.int64(0);
    c.kind = *kind;
    c.args = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
    c.status = *status;
    c.result = q.text(4);
    c.requestedBy = q.text(5);
    c.createdAt = Database::fromMs(q.int64(6));
    if (!q.isNull(7))
        c.finishedAt = Database::fromMs(q.int64(7));
    return c;
}

} // namespace

CommandQueue::CommandQueue(Database &db)
    : m_db(db)
{}

StoreResult<qint64> CommandQueue::post(CommandKind kind, const QJsonObject &args,
                                       const QString &requestedBy)
{
    if (kind == CommandKind::Count)
        return StoreError{QStringLiteral("command: no command kind given")};
    if (requestedBy.trimmed().isEmpty())
        return StoreError{QStringLiteral("command %1: who asked for it is missing; pass the user "
                                         "name")
                              .arg(toKey(kind))};
    return withTransaction(
        m_db, QStringLiteral("sending a command to the engine"), [&]() -> StoreResult<qint64> {
            SqlStatement q(m_db, QStringLiteral("INSERT INTO commands (kind, args, status, result, "
                                                "requested_by, created_at) VALUES (:k, :a, :s, '', "
                                                ":who, :t) RETURNING id"));
            q.bind(QStringLiteral(":k"), toKey(kind))
                .bind(QStringLiteral(":a"),
                      QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)))
                .bind(QStringLiteral(":s"), toKey(CommandStatus::Pending))
                .bind(QStringLiteral(":who"), requestedBy)
                .bind(QStringLiteral(":t"), Database::toMs(m_db.now()));
            if (!q.exec() || !q.next())
                return q.error(
                    QStringLiteral("sending the command %1 to the engine").arg(toKey(kind)));
            return q.int64(0);
        });
}

StoreResult<QList<Command>> CommandQueue::takePending(int limit)
{
    SqlStatement q(m_db, QStringLiteral("SELECT %1 FROM commands WHERE status = 'pending' "
                                        "ORDER BY id LIMIT :limit")
                             .arg(CommandColumns));
    q.bind(QStringLiteral(":limit"), qMax(1, limit));
    if (!q.exec())
        return q.error(QStringLiteral("reading pending commands"));
    QList<Command> rows;
    while (q.next()) {
        if (auto c = readCommand(q))
            rows << *c;
    }
    return rows;
}

StoreResult<bool> CommandQueue::finish(qint64 id, CommandStatus status, const QString &result)
{
    switch (status) {
    case CommandStatus::Done:
    case CommandStatus::Failed:
        break;
    case CommandStatus::Pending:
    case CommandStatus::Count:
        return StoreError{
            QStringLiteral("command %1: a command can only finish as done or failed").arg(id)};
    }
    return withTransaction(m_db, QStringLiteral("finishing a command"), [&]() -> StoreResult<bool> {
        SqlStatement q(m_db,
                       QStringLiteral("UPDATE commands SET status = :s, result = :r, "
                                      "finished_at = :t WHERE id = :id AND status = 'pending'"));
        q.bind(QStringLiteral(":s"), toKey(status))
            .bind(QStringLiteral(":r"), result)
            .bind(QStringLiteral(":t"), Database::toMs(m_db.now()))
            .bind(QStringLiteral(":id"), id);
        if (!q.exec())
            return q.error(QStringLiteral("finishing command %1").arg(id));
        return q.rowsAffected() == 1;
    });
}

StoreResult<std::optional<Command>> CommandQueue::command(qint64 id)
{
    SqlStatement q(m_db,
                   QStringLiteral("SELECT %1 FROM commands WHERE id = :id").arg(CommandColumns));
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec())
        return q.error(QStringLiteral("reading command %1").arg(id));
    if (!q.next())
        return std::optional<Command>();
    return readCommand(q);
}

} // namespace identsync
