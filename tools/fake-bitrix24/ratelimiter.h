#pragma once

#include "fake-bitrix24/limiterclock.h"

#include <QString>

#include <optional>

namespace identsync::fake {

// Bitrix24 plans as far as limits go (reference §2.1).
enum class Plan
{
    Standard,
    Enterprise,
    Unlimited,
    Count
};

QString planKey(Plan plan);
std::optional<Plan> planFromKey(const QString &key);

// The per-portal leaky bucket: every HTTP request adds 1, the counter drains `drain` per second,
// and a request that would push it past `capacity` is refused (HTTP 503 QUERY_LIMIT_EXCEEDED).
// Refused requests do not fill the bucket, so a client that backs off gets through again.
class RateLimiter
{
public:
    RateLimiter(const LimiterClock *clock, Plan plan);

    void setPlan(Plan plan);
    Plan plan() const { return m_plan; }
    double capacity() const { return m_capacity; }
    double drainPerSecond() const { return m_drain; }

    // True when the request may proceed (and is then counted).
    bool admit();
    double level() const;
    void reset();

private:
    void drain() const;

    const LimiterClock *m_clock;
    Plan m_plan = Plan::Standard;
    double m_capacity = 50;
    double m_drain = 2;
    mutable double m_level = 0;
    mutable double m_lastDrain = 0;
};

} // namespace identsync::fake
