#include "fake-bitrix24/ratelimiter.h"

#include <algorithm>

namespace identsync::fake {

QString planKey(Plan plan)
{
    switch (plan) {
    case Plan::Standard:
        return QStringLiteral("standard");
    case Plan::Enterprise:
        return QStringLiteral("enterprise");
    case Plan::Unlimited:
        return QStringLiteral("unlimited");
    case Plan::Count:
        break;
    }
    return {};
}

std::optional<Plan> planFromKey(const QString &key)
{
    for (int i = 0; i < int(Plan::Count); ++i) {
        if (planKey(Plan(i)) == key.trimmed().toLower())
            return Plan(i);
    }
    return std::nullopt;
}

RateLimiter::RateLimiter(const LimiterClock *clock, Plan plan)
    : m_clock(clock)
{
    setPlan(plan);
    m_lastDrain = m_clock->now();
}

void RateLimiter::setPlan(Plan plan)
{
    m_plan = plan;
    switch (plan) {
    case Plan::Standard:
        m_capacity = 50;
        m_drain = 2;
        break;
    case Plan::Enterprise:
        m_capacity = 250;
        m_drain = 5;
        break;
    case Plan::Unlimited:
    case Plan::Count:
        m_capacity = 0;
        m_drain = 0;
        break;
    }
}

void RateLimiter::drain() const
{
    const double now = m_clock->now();
    if (now > m_lastDrain)
        m_level = std::max(0.0, m_level - (now - m_lastDrain) * m_drain);
    m_lastDrain = now;
}

bool RateLimiter::admit()
{
    if (m_plan == Plan::Unlimited)
        return true;
    drain();
    // A small epsilon so a bucket drained by exactly one unit admits exactly one request.
    if (m_level + 1 > m_capacity + 1e-9)
        return false;
    m_level += 1;
    return true;
}

double RateLimiter::level() const
{
    drain();
    return m_level;
}

void RateLimiter::reset()
{
    m_level = 0;
    m_lastDrain = m_clock->now();
}

} // namespace identsync::fake
