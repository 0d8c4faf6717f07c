#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <list>
#include <memory>
#include <mutex>

namespace identsync {

// First come, first served access to one SQLite file's write lock for the connections of this
// process. SQLite's own busy handler polls with sleeps, so a thread that commits and begins again
// at once can keep another waiting past busy_timeout (the concurrency test saw exactly that);
// queueing here first makes every writer wait its turn. Other processes still meet at SQLite's
// lock with busy_timeout.
class SqliteWriteGate
{
public:
    // The gate shared by every connection of this process to `canonicalPath`.
    static std::shared_ptr<SqliteWriteGate> forFile(const QString &canonicalPath);

    // False when the turn did not come within `timeout`.
    bool lock(std::chrono::milliseconds timeout);
    void unlock();

private:
    std::mutex m_mutex;
    std::condition_variable m_turn;
    std::list<int> m_queue; // one entry per waiting writer, in arrival order
    int m_nextTicket = 0;
    bool m_held = false;
};

} // namespace identsync
