#include "fake-bitrix24/operatinglimiter.h"

#include <cmath>

namespace identsync::fake {

OperatingLimiter::OperatingLimiter(const LimiterClock *clock, double limitSeconds)
    : m_clock(clock)
    , m_limit(limitSeconds)
{}

void OperatingLimiter::expire(const QString &method) const
{
    auto it = m_methods.find(method);
    if (it == m_methods.end())
        return;
    const double now = m_clock->now();
    auto &buckets = it.value();
    for (auto b = buckets.begin(); b != buckets.end();) {
        if (b->firstAt + kBucketSeconds * kBuckets <= now)
            b = buckets.erase(b);
        else
            ++b;
    }
    if (buckets.isEmpty())
        m_methods.erase(it);
}

double OperatingLimiter::operating(const QString &method) const
{
    expire(method);
    double sum = 0;
    const auto it = m_methods.constFind(method);
    if (it == m_methods.cend())
        return 0;
    for (const Bucket &b : it.value())
        sum += b.seconds;
    return sum;
}

bool OperatingLimiter::isBlocked(const QString &method) const
{
    return operating(method) > m_limit;
}

void OperatingLimiter::record(const QString &method, double seconds)
{
    if (seconds < kMinimalFixTime)
        return;
    expire(method);
    const double now = m_clock->now();
    const qint64 index = qint64(std::floor(now / kBucketSeconds));
    Bucket &b = m_methods[method][index];
    if (b.seconds == 0)
        b.firstAt = now;
    b.seconds += seconds;
}

std::optional<double> OperatingLimiter::resetAt(const QString &method) const
{
    expire(method);
    const auto it = m_methods.constFind(method);
    if (it == m_methods.cend() || it.value().isEmpty())
        return std::nullopt;
    double earliest = 0;
    bool first = true;
    for (const Bucket &b : it.value()) {
        if (first || b.firstAt < earliest)
            earliest = b.firstAt;
        first = false;
    }
    return earliest + kBucketSeconds * kBuckets;
}

} // namespace identsync::fake
