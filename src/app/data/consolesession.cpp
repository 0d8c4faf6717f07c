#include "consolesession.h"

#include "commandworker.h"

#include <QHostInfo>

namespace identsync {

ConsoleSession::ConsoleSession(StoreConfig store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_readerThread.setObjectName(QStringLiteral("identsync-console-store"));
    m_commands = createWorker<CommandWorker>();
    connect(m_commands, &CommandWorker::posted, this, &ConsoleSession::commandPosted);
    connect(m_commands, &CommandWorker::failed, this, &ConsoleSession::commandFailed);
    m_readerThread.start();
}

ConsoleSession::~ConsoleSession()
{
    m_readerThread.quit();
    m_readerThread.wait();
}

void ConsoleSession::postCommand(CommandKind kind, const QJsonObject &args)
{
    const QString actor = QStringLiteral("console@") + QHostInfo::localHostName();
    QMetaObject::invokeMethod(
        m_commands, [worker = m_commands, kind, args, actor] { worker->post(kind, args, actor); });
}

void ConsoleSession::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

void ConsoleSession::setStatus(const EngineStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace identsync
