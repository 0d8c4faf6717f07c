#pragma once

// SPEC §3 "Circuit breaker": one per portal. When the portal stops answering, the engine stops
// hammering it and sends a single probe after a cool-down instead of every queued job.

#include "clock.h"
#include "enums.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <mutex>

namespace identsync {

struct CircuitBreakerConfig
{
    int failureThreshold = 5; // consecutive transient failures that open the circuit
    std::chrono::milliseconds coolDown{30000};
    // Each failed probe doubles the cool-down up to this; a success resets it.
    std::chrono::milliseconds maxCoolDown{600000};
    // A probe whose outcome is never reported (request dropped, caller gone) stops blocking the
    // circuit after this long, and another probe is admitted.
    std::chrono::milliseconds probeTimeout{120000};
};

// Thread-safe: the portal thread reports outcomes while the console reads the state.
class CircuitBreaker
{
    Q_GADGET

public:
    enum class State
    {
        Closed,   // requests flow
        Open,     // requests are held until the cool-down ends
        HalfOpen, // the cool-down ended: one probe may go
        Count
    };
    Q_ENUM(State)

    explicit CircuitBreaker(CircuitBreakerConfig config = {}, MonotonicClock clock = steadyClock());

    // Whether a request may go now. In half-open it says yes to exactly one caller, the probe,
    // until that probe's outcome is recorded (or it times out).
    bool allowRequest();
    void recordSuccess();
    // Only Transient counts against the portal. Any other class is an answer from a working
    // portal, so for the breaker it is a success.
    void recordFailure(ErrorClass cls);

    State state() const;
    // How long until allowRequest() may say yes; 0 when it would now.
    std::chrono::milliseconds retryIn() const;
    int consecutiveFailures() const;
    std::chrono::milliseconds currentCoolDown() const;

private:
    State effectiveState(std::chrono::milliseconds now) const; // requires m_mutex
    void closeLocked();

    CircuitBreakerConfig m_config;
    MonotonicClock m_clock;
    mutable std::mutex m_mutex;
    State m_state = State::Closed;
    int m_failures = 0;
    std::chrono::milliseconds m_coolDown;
    std::chrono::milliseconds m_openUntil{0};
    bool m_probeInFlight = false;
    std::chrono::milliseconds m_probeDeadline{0};
};

QString toKey(CircuitBreaker::State state);

} // namespace identsync
