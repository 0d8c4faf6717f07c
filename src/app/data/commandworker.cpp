#include "commandworker.h"

#include "store/database.h"

namespace identsync {

void CommandWorker::post(CommandKind kind, const QJsonObject &args, const QString &actor)
{
    QString error;
    Database *db = database(&error);
    if (!db) {
        Q_EMIT failed(kind, error);
        return;
    }
    const auto id = CommandQueue(*db).post(kind, args, actor);
    if (!id) {
        Q_EMIT failed(kind, id.error());
        return;
    }
    Q_EMIT posted(*id, kind);
}

} // namespace identsync
