#include "enginehealth.h"

#include "engine/engine.h"

namespace identsync {

EngineHealth EngineHealth::of(const EngineStatus &status)
{
    // EngineStatus still carries its phase as text and no pause cause: until it does, every pause
    // reads as a person's and "running" as idle.
    EngineHealth health;
    health.reason = status.reason;
    health.dead = status.counts[size_t(JobState::Dead)];
    if (status.phase == QLatin1String("running"))
        health.state = State::Ok;
    else if (status.phase == QLatin1String("paused"))
        health.state = State::Paused;
    else
        health.state = State::Stopped;
    return health;
}

} // namespace identsync
