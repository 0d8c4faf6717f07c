#pragma once

#include <QtGlobal>

namespace identsync {

// Whether a process of this machine still exists: lets a restarted engine take the lease of a
// killed one at once instead of waiting for its heartbeat to go stale.
class ProcessProbe
{
public:
    // True also when the answer is unknown (no permission to ask): only a certain "gone" counts.
    static bool isRunning(qint64 pid);
};

} // namespace identsync
