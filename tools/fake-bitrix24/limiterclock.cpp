#include "fake-bitrix24/limiterclock.h"

#include <QDateTime>

#include <chrono>

namespace identsync::fake {

namespace {

double wallNow()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) /
           1e6;
}

} // namespace

LimiterClock::LimiterClock(double scale)
    : m_scale(scale < 0 ? 0 : scale)
    , m_base(wallNow())
{
    m_elapsed.start();
}

double LimiterClock::now() const
{
    return m_base + m_offset + double(m_elapsed.nsecsElapsed()) / 1e9 * m_scale;
}

void LimiterClock::setScale(double scale)
{
    // Rebase so the clock does not jump when the speed changes.
    const double current = now();
    m_base = current;
    m_offset = 0;
    m_elapsed.restart();
    m_scale = scale < 0 ? 0 : scale;
}

double LimiterClock::toRealSeconds(double clockSeconds) const
{
    if (m_scale <= 0 || clockSeconds <= 0)
        return 0;
    return clockSeconds / m_scale;
}

double LimiterClock::toWallClock(double clockInstant) const
{
    if (m_scale <= 0)
        return clockInstant;
    return wallNow() + (clockInstant - now()) / m_scale;
}

} // namespace identsync::fake
