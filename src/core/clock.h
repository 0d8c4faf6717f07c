#pragma once

// Injectable clocks. Everything in core that waits or times out reads time through these, so tests
// drive hours of simulated traffic in microseconds and never assert on real elapsed time.

#include <QDateTime>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace identsync {

// Milliseconds on a clock that never jumps (suspend, NTP and DST do not move it). Only differences
// between two readings mean anything.
using MonotonicClock = std::function<std::chrono::milliseconds()>;

// Calendar time, for what is shown to people or compared with dates from IDENT and the portal.
using WallClock = std::function<QDateTime()>;

inline MonotonicClock steadyClock()
{
    return [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
    };
}

inline WallClock systemWallClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

// A clock for tests that moves only when told. The clocks it hands out share its state, so they
// stay valid and in step even if they outlive this object or are read from another thread.
class ManualClock
{
public:
    explicit ManualClock(std::chrono::milliseconds start = std::chrono::milliseconds{0})
        : m_now(std::make_shared<std::atomic<qint64>>(start.count()))
    {}

    std::chrono::milliseconds now() const { return std::chrono::milliseconds{m_now->load()}; }
    void advance(std::chrono::milliseconds by) { m_now->fetch_add(by.count()); }
    void set(std::chrono::milliseconds to) { m_now->store(to.count()); }

    MonotonicClock monotonic() const
    {
        return [state = m_now] { return std::chrono::milliseconds{state->load()}; };
    }

    // Wall time that starts at `epoch` and advances with this clock.
    WallClock wall(const QDateTime &epoch) const
    {
        return [state = m_now, epoch] { return epoch.addMSecs(state->load()); };
    }

private:
    std::shared_ptr<std::atomic<qint64>> m_now;
};

} // namespace identsync
