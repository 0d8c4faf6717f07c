#pragma once

// SPEC §3 "Pacing": a client-side copy of the portal's request counter (bitrix24-rest.md §2.1).
// The portal adds 1 per HTTP request (a batch is one), drains `drainPerSecond` and refuses with
// 503 QUERY_LIMIT_EXCEEDED once the counter would pass `capacity`. Sending only when
// timeUntilFree() is 0 keeps our copy, and therefore the portal's, below that line: we run at the
// limit without being refused.

#include "clock.h"

#include <chrono>
#include <mutex>
#include <optional>

namespace identsync {

struct LeakyBucketLimits
{
    double capacity = 50;
    double drainPerSecond = 2;
    // Tokens kept free below the portal's limit, for what our copy cannot see: a portal that
    // drains once a second instead of continuously, network delays that bunch requests up on
    // arrival. Unset: one second of drain (at least 1 token).
    std::optional<double> safetyMargin;

    static LeakyBucketLimits standard() { return {50, 2, {}}; }
    static LeakyBucketLimits enterprise() { return {250, 5, {}}; }
    // On-premise portals with the limiter off.
    static LeakyBucketLimits unlimited();
};

// Thread-safe: one bucket per portal, shared by every request to it from this process.
class LeakyBucket
{
public:
    explicit LeakyBucket(double capacity = 50, double drainPerSecond = 2,
                         MonotonicClock clock = steadyClock());
    explicit LeakyBucket(const LeakyBucketLimits &limits, MonotonicClock clock = steadyClock());

    // 0 when a request may go now; otherwise how long until it may.
    std::chrono::milliseconds timeUntilFree() const;
    // Takes one token for one HTTP request if it may go now.
    bool tryAcquire();
    // The portal refused a request: its counter is fuller than ours (another program on this
    // machine, a restart that forgot our history). Assume it is full and let it drain.
    void saturate();

    double level() const; // current fill in tokens, for the console
    double capacity() const { return m_capacity; }
    double drainPerSecond() const { return m_drain; }
    double safetyMargin() const { return m_margin; }
    bool isUnlimited() const { return m_unlimited; }

private:
    double levelAt(std::chrono::milliseconds now) const; // requires m_mutex

    bool m_unlimited = false;
    double m_capacity = 50;
    double m_drain = 2;
    double m_margin = 2;
    MonotonicClock m_clock;
    mutable std::mutex m_mutex;
    double m_level = 0;
    std::chrono::milliseconds m_at{0};
};

} // namespace identsync
