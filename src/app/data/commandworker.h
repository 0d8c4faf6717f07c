#pragma once

#include "storeworker.h"

#include "store/commandqueue.h"

#include <QJsonObject>

namespace identsync {

// Writes operator commands (retry, cancel, bind, unbind, pause, resume, sync-now) into the state
// database's commands table, where the engine that holds the database, in this process or a
// service, executes them within a second. Lives on the reader thread.
class CommandWorker : public StoreWorker
{
    Q_OBJECT

public:
    using StoreWorker::StoreWorker;

public Q_SLOTS:
    void post(identsync::CommandKind kind, const QJsonObject &args, const QString &actor);

Q_SIGNALS:
    void posted(qint64 commandId, identsync::CommandKind kind);
    void failed(identsync::CommandKind kind, const QString &error);
};

} // namespace identsync
