#pragma once

#include "core/errorinfo.h"

#include <QStringList>

#include <optional>

namespace identsync {

// What dispatching came to, for counters and the log: one group's, or a whole drain's summed.
struct DispatchCounts
{
    int done = 0;
    int retrying = 0;
    int dead = 0;
    int needsAttention = 0;
    int requests = 0; // HTTP requests
    QStringList notes;
    // Set when the portal said something that stops the whole engine (auth, permission,
    // config) or one method: the engine pauses and tells a person.
    std::optional<ErrorInfo> pauseEngine;

    DispatchCounts &operator+=(const DispatchCounts &other)
    {
        done += other.done;
        retrying += other.retrying;
        dead += other.dead;
        needsAttention += other.needsAttention;
        requests += other.requests;
        notes << other.notes;
        if (other.pauseEngine)
            pauseEngine = other.pauseEngine;
        return *this;
    }
};

} // namespace identsync
