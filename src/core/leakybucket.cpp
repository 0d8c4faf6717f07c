#include "leakybucket.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace identsync {

using std::chrono::milliseconds;

namespace {

// Floating-point slack when comparing token counts; far below the safety margin.
constexpr double kEpsilon = 1e-6;
// A bucket that never drains would block forever; a bad setting slows us down instead.
constexpr double kMinDrain = 0.1;

} // namespace

LeakyBucketLimits LeakyBucketLimits::unlimited()
{
    return {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(), 0.0};
}

LeakyBucket::LeakyBucket(double capacity, double drainPerSecond, MonotonicClock clock)
    : LeakyBucket(LeakyBucketLimits{capacity, drainPerSecond, {}}, std::move(clock))
{}

LeakyBucket::LeakyBucket(const LeakyBucketLimits &limits, MonotonicClock clock)
    : m_clock(clock ? std::move(clock) : steadyClock())
{
    m_unlimited = std::isinf(limits.capacity) && limits.capacity > 0;
    m_capacity = std::isfinite(limits.capacity) ? std::max(1.0, limits.capacity) : 1.0;
    m_drain = std::isfinite(limits.drainPerSecond) ? std::max(kMinDrain, limits.drainPerSecond)
                                                   : kMinDrain;
    if (m_unlimited) {
        m_capacity = limits.capacity;
        m_margin = 0;
    } else {
        const double wanted = limits.safetyMargin.value_or(std::max(1.0, m_drain));
        m_margin = std::isfinite(wanted) ? std::clamp(wanted, 0.0, m_capacity - 1.0) : 0.0;
    }
    m_at = m_clock();
}

double LeakyBucket::levelAt(milliseconds now) const
{
    const auto elapsed = static_cast<double>(std::max(milliseconds{0}, now - m_at).count());
    return std::max(0.0, m_level - m_drain * elapsed / 1000.0);
}

milliseconds LeakyBucket::timeUntilFree() const
{
    if (m_unlimited)
        return milliseconds{0};
    const std::lock_guard lock(m_mutex);
    const double excess = levelAt(m_clock()) + 1.0 - (m_capacity - m_margin);
    if (excess <= kEpsilon)
        return milliseconds{0};
    // Rounded up so that waiting exactly this long is always enough.
    return milliseconds{static_cast<qint64>(std::ceil(excess * 1000.0 / m_drain - kEpsilon))};
}

bool LeakyBucket::tryAcquire()
{
    if (m_unlimited)
        return true;
    const std::lock_guard lock(m_mutex);
    const milliseconds now = m_clock();
    const double current = levelAt(now);
    m_level = current;
    m_at = now;
    if (current + 1.0 > m_capacity - m_margin + kEpsilon)
        return false;
    m_level = current + 1.0;
    return true;
}

void LeakyBucket::saturate()
{
    if (m_unlimited)
        return;
    const std::lock_guard lock(m_mutex);
    m_level = m_capacity;
    m_at = m_clock();
}

double LeakyBucket::level() const
{
    if (m_unlimited)
        return 0;
    const std::lock_guard lock(m_mutex);
    return levelAt(m_clock());
}

} // namespace identsync
