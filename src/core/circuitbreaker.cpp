#include "circuitbreaker.h"

#include <algorithm>

namespace identsync {

using std::chrono::milliseconds;

CircuitBreaker::CircuitBreaker(CircuitBreakerConfig config, MonotonicClock clock)
    : m_config(config)
    , m_clock(clock ? std::move(clock) : steadyClock())
{
    m_config.failureThreshold = std::max(1, m_config.failureThreshold);
    m_config.coolDown = std::max(milliseconds{0}, m_config.coolDown);
    m_config.maxCoolDown = std::max(m_config.coolDown, m_config.maxCoolDown);
    m_config.probeTimeout = std::max(milliseconds{1000}, m_config.probeTimeout);
    m_coolDown = m_config.coolDown;
}

CircuitBreaker::State CircuitBreaker::effectiveState(milliseconds now) const
{
    if (m_state == State::Open && now >= m_openUntil)
        return State::HalfOpen;
    return m_state;
}

void CircuitBreaker::closeLocked()
{
    m_state = State::Closed;
    m_failures = 0;
    m_coolDown = m_config.coolDown;
    m_probeInFlight = false;
}

bool CircuitBreaker::allowRequest()
{
    const std::lock_guard lock(m_mutex);
    const milliseconds now = m_clock();
    switch (effectiveState(now)) {
    case State::Closed:
        return true;
    case State::HalfOpen:
        m_state = State::HalfOpen;
        if (m_probeInFlight && now < m_probeDeadline)
            return false;
        m_probeInFlight = true;
        m_probeDeadline = now + m_config.probeTimeout;
        return true;
    case State::Open:
    case State::Count:
        break;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    const std::lock_guard lock(m_mutex);
    closeLocked();
}

void CircuitBreaker::recordFailure(ErrorClass cls)
{
    const std::lock_guard lock(m_mutex);
    const milliseconds now = m_clock();
    if (cls != ErrorClass::Transient) {
        closeLocked();
        return;
    }
    ++m_failures;
    switch (effectiveState(now)) {
    case State::Closed:
        if (m_failures < m_config.failureThreshold)
            return;
        break;
    case State::HalfOpen:
        // Only a failed probe lengthens the wait; a straggler sent before the circuit opened
        // says nothing new about the portal.
        if (m_probeInFlight)
            m_coolDown =
                m_coolDown > m_config.maxCoolDown / 2 ? m_config.maxCoolDown : m_coolDown * 2;
        break;
    case State::Open:
    case State::Count:
        return;
    }
    m_state = State::Open;
    m_probeInFlight = false;
    m_openUntil = now + m_coolDown;
}

CircuitBreaker::State CircuitBreaker::state() const
{
    const std::lock_guard lock(m_mutex);
    return effectiveState(m_clock());
}

milliseconds CircuitBreaker::retryIn() const
{
    const std::lock_guard lock(m_mutex);
    const milliseconds now = m_clock();
    switch (effectiveState(now)) {
    case State::Open:
        return m_openUntil - now;
    case State::HalfOpen:
        if (m_probeInFlight && now < m_probeDeadline)
            return m_probeDeadline - now;
        return milliseconds{0};
    case State::Closed:
    case State::Count:
        break;
    }
    return milliseconds{0};
}

int CircuitBreaker::consecutiveFailures() const
{
    const std::lock_guard lock(m_mutex);
    return m_failures;
}

milliseconds CircuitBreaker::currentCoolDown() const
{
    const std::lock_guard lock(m_mutex);
    return m_coolDown;
}

QString toKey(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return QStringLiteral("closed");
    case CircuitBreaker::State::Open:
        return QStringLiteral("open");
    case CircuitBreaker::State::HalfOpen:
        return QStringLiteral("half_open");
    case CircuitBreaker::State::Count:
        break;
    }
    return {};
}

} // namespace identsync
