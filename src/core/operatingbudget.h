#pragma once

// SPEC §3 "Pacing", bitrix24-rest.md §2.2: the portal sums each method's execution time over ten
// minutes and answers 429 OPERATION_TIME_LIMIT once the sum passes its limit. Every successful
// response reports the sum (`time.operating`) and when its oldest part expires
// (`time.operating_reset_at`); we stop calling a method that is about to hit the limit until then.

#include "clock.h"

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>
#include <optional>

namespace identsync {

struct OperatingBudgetConfig
{
    // Docs and helpdesk say 480 s per ten minutes; the on-premise default is 420 s.
    std::chrono::milliseconds limit{480000};
    // Stop this far below the limit: the call that crosses it still runs, and may run long.
    std::chrono::milliseconds safety{5000};
    // After the reset moment, wait this much more so our request lands after it on the portal.
    std::chrono::milliseconds afterReset{1000};
    // A 429 pauses the method at least this long, whatever the last reset time said.
    std::chrono::milliseconds blockedMinimum{10000};
};

// Thread-safe. Method names are compared case-insensitively, as the portal does.
//
// The portal's reset time is a Unix time on the portal's clock, and a clinic PC's clock can be
// minutes off. record() therefore takes the portal's own "now" from the same response
// (`time.finish`), turns the difference into a duration and anchors it on the local monotonic
// clock; nothing here compares portal times with local wall time.
class OperatingBudget
{
public:
    explicit OperatingBudget(OperatingBudgetConfig config = {},
                             MonotonicClock clock = steadyClock());

    // From a successful response. `operatingSeconds`: `time.operating` (integer or float);
    // `resetAtUnix`: `time.operating_reset_at`, absent when the portal counts nothing;
    // `portalNowUnix`: `time.finish` of the same response (or the local Unix time if absent).
    void record(const QString &method, double operatingSeconds, std::optional<double> resetAtUnix,
                double portalNowUnix);

    // The portal answered 429 OPERATION_TIME_LIMIT for `method`: pause it until the last known
    // reset (plus afterReset), and at least blockedMinimum.
    void blocked(const QString &method);

    // 0 when `method` may be called now.
    std::chrono::milliseconds waitFor(const QString &method) const;

    // Last reported `time.operating` of `method`, in seconds, for the console.
    double operatingSeconds(const QString &method) const;

private:
    struct Entry
    {
        double operatingSeconds = 0;
        std::optional<std::chrono::milliseconds> resetAt; // local monotonic time
        std::chrono::milliseconds pausedUntil{0};         // local monotonic time
    };

    static QString keyOf(const QString &method);

    OperatingBudgetConfig m_config;
    MonotonicClock m_clock;
    mutable std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace identsync
