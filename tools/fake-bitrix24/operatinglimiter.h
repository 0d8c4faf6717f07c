#pragma once

#include "fake-bitrix24/limiterclock.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace identsync::fake {

// Bitrix's LoadLimiter (reference §2.2): execution time summed per method in one-minute buckets,
// each bucket living ten minutes from the first call recorded in it. A call is refused (HTTP 429
// OPERATION_TIME_LIMIT) when the live sum already exceeds the limit before it starts; the call
// that crosses the limit still completes. Calls shorter than 0.1 s are not recorded.
class OperatingLimiter
{
public:
    static constexpr double kBucketSeconds = 60;
    static constexpr int kBuckets = 10;
    static constexpr double kMinimalFixTime = 0.1;

    OperatingLimiter(const LimiterClock *clock, double limitSeconds);

    void setLimit(double seconds) { m_limit = seconds; }
    double limit() const { return m_limit; }

    bool isBlocked(const QString &method) const;
    void record(const QString &method, double seconds);
    // Sum of live buckets for the method.
    double operating(const QString &method) const;
    // Clock instant when the oldest live bucket expires; nullopt when nothing is counted.
    std::optional<double> resetAt(const QString &method) const;
    void reset() { m_methods.clear(); }

private:
    struct Bucket
    {
        double firstAt = 0;
        double seconds = 0;
    };
    void expire(const QString &method) const;

    const LimiterClock *m_clock;
    double m_limit;
    mutable QHash<QString, QMap<qint64, Bucket>> m_methods;
};

} // namespace identsync::fake
