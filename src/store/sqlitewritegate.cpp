#include "sqlitewritegate.h"

#include <QHash>

namespace identsync {

std::shared_ptr<SqliteWriteGate> SqliteWriteGate::forFile(const QString &canonicalPath)
{
    static std::mutex registryMutex;
    static QHash<QString, std::weak_ptr<SqliteWriteGate>> registry;
    const std::lock_guard guard(registryMutex);
    if (auto existing = registry.value(canonicalPath).lock())
        return existing;
    auto gate = std::make_shared<SqliteWriteGate>();
    registry.insert(canonicalPath, gate);
    return gate;
}

bool SqliteWriteGate::lock(std::chrono::milliseconds timeout)
{
    std::unique_lock l(m_mutex);
    if (!m_held && m_queue.empty()) {
        m_held = true;
        return true;
    }
    const int ticket = m_nextTicket++;
    m_queue.push_back(ticket);
    const bool turn =
        m_turn.wait_for(l, timeout, [&] { return !m_held && m_queue.front() == ticket; });
    if (!turn) {
        m_queue.remove(ticket);
        m_turn.notify_all();
        return false;
    }
    m_queue.pop_front();
    m_held = true;
    return true;
}

void SqliteWriteGate::unlock()
{
    {
        const std::lock_guard l(m_mutex);
        m_held = false;
    }
    m_turn.notify_all();
}

} // namespace identsync
