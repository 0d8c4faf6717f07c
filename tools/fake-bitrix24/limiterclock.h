#pragma once

#include <QElapsedTimer>

namespace identsync::fake {

// The clock the rate and operating limiters run on, in Unix seconds. It starts at the wall clock
// and runs `scale` times faster, so a test can drain a bucket or expire a ten-minute window in a
// fraction of the time. Scale 0 freezes it: only advance() moves it, which makes limiter tests
// independent of how fast the machine is.
class LimiterClock
{
public:
    explicit LimiterClock(double scale = 1.0);

    double now() const;
    double scale() const { return m_scale; }
    void setScale(double scale);
    void advance(double seconds) { m_offset += seconds; }

    // Converts a span on this clock into real seconds (for delays); 0 when frozen.
    double toRealSeconds(double clockSeconds) const;
    // Converts an instant on this clock to the wall-clock instant when it will be reached, for
    // fields clients compare with their own clock (operating_reset_at).
    double toWallClock(double clockInstant) const;

private:
    double m_scale;
    double m_base; // wall clock at the last rebase
    double m_offset = 0;
    QElapsedTimer m_elapsed;
};

} // namespace identsync::fake
