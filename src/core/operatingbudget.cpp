#include "operatingbudget.h"

#include <algorithm>
#include <cmath>

namespace identsync {

using std::chrono::milliseconds;

namespace {

// operating_reset_at lies at most ten minutes ahead; an hour bounds what a wrong answer can do.
constexpr double kMaxResetInSeconds = 3600;
constexpr milliseconds kBlockedFloor{10000};

} // namespace

OperatingBudget::OperatingBudget(OperatingBudgetConfig config, MonotonicClock clock)
    : m_config(config)
    , m_clock(clock ? std::move(clock) : steadyClock())
{
    m_config.limit = std::max(milliseconds{1000}, m_config.limit);
    m_config.safety = std::clamp(m_config.safety, milliseconds{0}, m_config.limit);
    m_config.afterReset = std::max(milliseconds{0}, m_config.afterReset);
    m_config.blockedMinimum = std::max(kBlockedFloor, m_config.blockedMinimum);
}

QString OperatingBudget::keyOf(const QString &method)
{
    return method.trimmed().toLower();
}

void OperatingBudget::record(const QString &method, double operatingSeconds,
                             std::optional<double> resetAtUnix, double portalNowUnix)
{
    const std::lock_guard lock(m_mutex);
    const milliseconds now = m_clock();
    Entry &e = m_entries[keyOf(method)];
    e.operatingSeconds = std::isfinite(operatingSeconds) ? std::max(0.0, operatingSeconds) : 0.0;

    e.resetAt.reset();
    if (resetAtUnix && std::isfinite(*resetAtUnix) && std::isfinite(portalNowUnix)) {
        const double in = std::clamp(*resetAtUnix - portalNowUnix, 0.0, kMaxResetInSeconds);
        e.resetAt = now + milliseconds{static_cast<qint64>(std::ceil(in * 1000.0))};
    }

    const double threshold =
        static_cast<double>((m_config.limit - m_config.safety).count()) / 1000.0;
    if (e.operatingSeconds < threshold)
        return;
    // Without a reset time the portal gave no hint when the sum falls; wait as after a 429.
    const milliseconds until =
        e.resetAt ? *e.resetAt + m_config.afterReset : now + m_config.blockedMinimum;
    e.pausedUntil = std::max(e.pausedUntil, until);
}

void OperatingBudget::blocked(const QString &method)
{
    const std::lock_guard lock(m_mutex);
    const milliseconds now = m_clock();
    Entry &e = m_entries[keyOf(method)];
    milliseconds until = now + m_config.blockedMinimum;
    if (e.resetAt)
        until = std::max(until, *e.resetAt + m_config.afterReset);
    e.pausedUntil = std::max(e.pausedUntil, until);
}

milliseconds OperatingBudget::waitFor(const QString &method) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.constFind(keyOf(method));
    if (it == m_entries.constEnd())
        return milliseconds{0};
    return std::max(milliseconds{0}, it->pausedUntil - m_clock());
}

double OperatingBudget::operatingSeconds(const QString &method) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.constFind(keyOf(method));
    return it == m_entries.constEnd() ? 0.0 : it->operatingSeconds;
}

} // namespace identsync
