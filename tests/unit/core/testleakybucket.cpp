#include "core/clock.h"
#include "core/leakybucket.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace identsync;
using std::chrono::milliseconds;

namespace {

// The portal's request counter (bitrix24-rest.md §2.1, tools/fake-bitrix24): +1 per admitted
// request, drains `drain` per second, refuses a request that would take it past `capacity`.
// `perSecond` drains in whole-second steps (starting `phaseMs` into the run) instead of
// continuously, the least favourable reading of "drains Y every second".
class PortalCounter
{
public:
    PortalCounter(double capacity, double drain, bool perSecond, qint64 phaseMs, milliseconds start)
        : m_capacity(capacity)
        , m_drain(drain)
        , m_perSecond(perSecond)
        , m_phase(phaseMs)
        , m_last(start.count())
        , m_start(start.count())
    {}

    bool admit(milliseconds now)
    {
        const qint64 t = now.count();
        if (m_perSecond) {
            const qint64 steps = stepsUntil(t) - stepsUntil(m_last);
            m_level = std::max(0.0, m_level - m_drain * double(steps));
        } else {
            m_level = std::max(0.0, m_level - m_drain * double(t - m_last) / 1000.0);
        }
        m_last = t;
        if (m_level + 1 > m_capacity + 1e-9) {
            ++m_refused;
            return false;
        }
        m_level += 1;
        return true;
    }

    int refused() const { return m_refused; }

private:
    qint64 stepsUntil(qint64 t) const
    {
        const qint64 since = t - m_start - m_phase;
        return since < 0 ? 0 : since / 1000 + 1;
    }

    double m_capacity;
    double m_drain;
    bool m_perSecond;
    qint64 m_phase;
    qint64 m_last;
    qint64 m_start;
    double m_level = 0;
    int m_refused = 0;
};

LeakyBucketLimits limits(double capacity, double drain, double margin)
{
    LeakyBucketLimits l{capacity, drain, {}};
    if (margin >= 0)
        l.safetyMargin = margin;
    return l;
}

} // namespace

class TestLeakyBucket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The goal of SPEC §3: a client that obeys timeUntilFree() runs at the limit without ever
    // being refused.
    void neverRefused_data()
    {
        QTest::addColumn<double>("capacity");
        QTest::addColumn<double>("drain");
        QTest::addColumn<double>("margin"); // -1: default
        QTest::addColumn<bool>("perSecond");
        QTest::addColumn<qint64>("phaseMs");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("gapMs"); // 0: the client always has work; else irregular demand

        QTest::newRow("standard, continuous portal")
            << 50.0 << 2.0 << -1.0 << false << qint64(0) << 3000 << 0;
        QTest::newRow("standard, no margin, exact boundary")
            << 50.0 << 2.0 << 0.0 << false << qint64(0) << 3000 << 0;
        QTest::newRow("standard, margin 1")
            << 50.0 << 2.0 << 1.0 << false << qint64(0) << 3000 << 0;
        QTest::newRow("standard, per-second portal")
            << 50.0 << 2.0 << -1.0 << true << qint64(0) << 3000 << 0;
        QTest::newRow("standard, per-second portal, phase 1 ms")
            << 50.0 << 2.0 << -1.0 << true << qint64(1) << 3000 << 0;
        QTest::newRow("standard, per-second portal, phase 999 ms")
            << 50.0 << 2.0 << -1.0 << true << qint64(999) << 3000 << 0;
        QTest::newRow("standard, irregular demand")
            << 50.0 << 2.0 << -1.0 << false << qint64(0) << 3000 << 997;
        QTest::newRow("standard, irregular demand, per-second portal")
            << 50.0 << 2.0 << -1.0 << true << qint64(500) << 3000 << 1499;
        QTest::newRow("enterprise, continuous portal")
            << 250.0 << 5.0 << -1.0 << false << qint64(0) << 6000 << 0;
        QTest::newRow("enterprise, no margin")
            << 250.0 << 5.0 << 0.0 << false << qint64(0) << 6000 << 0;
        QTest::newRow("enterprise, per-second portal")
            << 250.0 << 5.0 << -1.0 << true << qint64(300) << 6000 << 0;
        QTest::newRow("fractional drain 1.5/s")
            << 30.0 << 1.5 << -1.0 << false << qint64(0) << 2000 << 0;
        QTest::newRow("fractional drain 1.5/s, per-second portal")
            << 30.0 << 1.5 << -1.0 << true << qint64(250) << 2000 << 0;
        QTest::newRow("slow portal 0.3/s") << 10.0 << 0.3 << -1.0 << false << qint64(0) << 300 << 0;
    }

    void neverRefused()
    {
        QFETCH(double, capacity);
        QFETCH(double, drain);
        QFETCH(double, margin);
        QFETCH(bool, perSecond);
        QFETCH(qint64, phaseMs);
        QFETCH(int, requests);
        QFETCH(int, gapMs);

        ManualClock clock(milliseconds{5000000});
        const milliseconds start = clock.now();
        LeakyBucket bucket(limits(capacity, drain, margin), clock.monotonic());
        PortalCounter portal(capacity, drain, perSecond, phaseMs, start);

        int sentAtStart = 0;
        milliseconds firstAfterBurst{-1};
        for (int i = 0; i < requests; ++i) {
            if (gapMs > 0)
                clock.advance(milliseconds{(qint64(i) * 7919) % gapMs});
            const milliseconds wait = bucket.timeUntilFree();
            clock.advance(wait);
            QVERIFY2(bucket.tryAcquire(), qPrintable(QStringLiteral("request %1").arg(i)));
            QVERIFY2(portal.admit(clock.now()),
                     qPrintable(QStringLiteral("portal refused request %1 at %2 ms")
                                    .arg(i)
                                    .arg((clock.now() - start).count())));
            if (clock.now() == start)
                ++sentAtStart;
            else if (firstAfterBurst.count() < 0)
                firstAfterBurst = clock.now();
        }
        QCOMPARE(portal.refused(), 0);
        if (gapMs > 0)
            return;

        // The burst uses the whole bucket except the margin, then requests go at the drain rate.
        const double effectiveMargin = margin >= 0 ? margin : std::max(1.0, drain);
        QCOMPARE(sentAtStart, int(std::floor(capacity - effectiveMargin + 1e-9)));
        const double steadyRequests = requests - sentAtStart - 1;
        const double steadySeconds = double((clock.now() - firstAfterBurst).count()) / 1000.0;
        const double rate = steadyRequests / steadySeconds;
        QVERIFY2(std::abs(rate - drain) <= drain * 0.002,
                 qPrintable(QStringLiteral("steady rate %1/s, drain %2/s").arg(rate).arg(drain)));
    }

    // The simulator itself refuses a client that ignores the pacer, so the test above can fail.
    void greedyClientIsRefused_data()
    {
        QTest::addColumn<double>("capacity");
        QTest::addColumn<double>("drain");
        QTest::newRow("standard") << 50.0 << 2.0;
        QTest::newRow("enterprise") << 250.0 << 5.0;
    }

    void greedyClientIsRefused()
    {
        QFETCH(double, capacity);
        QFETCH(double, drain);
        ManualClock clock;
        PortalCounter portal(capacity, drain, false, 0, clock.now());
        LeakyBucket bucket(capacity, drain, clock.monotonic());
        int bucketAdmitted = 0;
        for (int i = 0; i < int(capacity) + 10; ++i) {
            portal.admit(clock.now());
            bucketAdmitted += bucket.tryAcquire() ? 1 : 0;
        }
        QCOMPARE(portal.refused(), 10);
        QCOMPARE(bucketAdmitted, int(capacity - std::max(1.0, drain)));
    }

    void timeUntilFree_data()
    {
        QTest::addColumn<double>("capacity");
        QTest::addColumn<double>("drain");
        QTest::addColumn<double>("margin");
        QTest::addColumn<int>("sent");
        QTest::addColumn<qint64>("expectedMs");

        QTest::newRow("empty") << 50.0 << 2.0 << -1.0 << 0 << qint64(0);
        QTest::newRow("one below the line") << 50.0 << 2.0 << -1.0 << 47 << qint64(0);
        QTest::newRow("at the line") << 50.0 << 2.0 << -1.0 << 48 << qint64(500);
        QTest::newRow("no margin, full") << 50.0 << 2.0 << 0.0 << 50 << qint64(500);
        QTest::newRow("enterprise at the line") << 250.0 << 5.0 << -1.0 << 245 << qint64(200);
        QTest::newRow("1.5/s rounds up") << 10.0 << 1.5 << 0.0 << 10 << qint64(667);
        QTest::newRow("0.3/s") << 10.0 << 0.3 << 0.0 << 10 << qint64(3334);
        QTest::newRow("fractional margin") << 50.0 << 2.0 << 2.5 << 47 << qint64(250);
    }

    void timeUntilFree()
    {
        QFETCH(double, capacity);
        QFETCH(double, drain);
        QFETCH(double, margin);
        QFETCH(int, sent);
        QFETCH(qint64, expectedMs);

        ManualClock clock;
        LeakyBucket bucket(limits(capacity, drain, margin), clock.monotonic());
        for (int i = 0; i < sent; ++i)
            QVERIFY(bucket.tryAcquire());
        QCOMPARE(bucket.level(), double(sent));
        QCOMPARE(bucket.timeUntilFree().count(), expectedMs);
        if (expectedMs == 0)
            return;
        // One millisecond early is refused and costs nothing; exactly on time is admitted.
        clock.advance(milliseconds{expectedMs - 1});
        QVERIFY(bucket.timeUntilFree().count() >= 1);
        QVERIFY(!bucket.tryAcquire());
        clock.advance(milliseconds{1});
        QCOMPARE(bucket.timeUntilFree().count(), qint64(0));
        QVERIFY(bucket.tryAcquire());
    }

    // QUERY_LIMIT_EXCEEDED: the portal's counter is fuller than ours. After saturate() the next
    // request waits until a portal that was completely full has room again.
    void saturate_data()
    {
        QTest::addColumn<double>("capacity");
        QTest::addColumn<double>("drain");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("standard: (2 + 1) / 2 per s") << 50.0 << 2.0 << qint64(1500);
        QTest::newRow("enterprise: (5 + 1) / 5 per s") << 250.0 << 5.0 << qint64(1200);
    }

    void saturate()
    {
        QFETCH(double, capacity);
        QFETCH(double, drain);
        QFETCH(qint64, expectedMs);

        ManualClock clock;
        LeakyBucket bucket(capacity, drain, clock.monotonic());
        // Another program filled the portal's counter; ours is empty and would send at once.
        PortalCounter portal(capacity, drain, false, 0, clock.now());
        for (int i = 0; i < int(capacity); ++i)
            QVERIFY(portal.admit(clock.now()));
        QVERIFY(bucket.timeUntilFree() == milliseconds{0});
        QVERIFY(!portal.admit(clock.now()));

        bucket.saturate();
        QCOMPARE(bucket.level(), capacity);
        QCOMPARE(bucket.timeUntilFree().count(), expectedMs);
        for (int i = 0; i < 500; ++i) {
            clock.advance(bucket.timeUntilFree());
            QVERIFY(bucket.tryAcquire());
            QVERIFY(portal.admit(clock.now()));
        }
        QCOMPARE(portal.refused(), 1);
    }

    void levelDrains_data()
    {
        QTest::addColumn<int>("sent");
        QTest::addColumn<qint64>("afterMs");
        QTest::addColumn<double>("expected");
        QTest::newRow("no time passed") << 10 << qint64(0) << 10.0;
        QTest::newRow("two seconds") << 10 << qint64(2000) << 6.0;
        QTest::newRow("half a second") << 10 << qint64(250) << 9.5;
        QTest::newRow("drained empty") << 10 << qint64(5000) << 0.0;
        QTest::newRow("never below zero") << 10 << qint64(3600000) << 0.0;
    }

    void levelDrains()
    {
        QFETCH(int, sent);
        QFETCH(qint64, afterMs);
        QFETCH(double, expected);
        ManualClock clock;
        LeakyBucket bucket(50, 2, clock.monotonic());
        for (int i = 0; i < sent; ++i)
            QVERIFY(bucket.tryAcquire());
        clock.advance(milliseconds{afterMs});
        QCOMPARE(bucket.level(), expected);
        // After a long idle spell the full burst is available again, not more.
        clock.advance(milliseconds{3600000});
        int burst = 0;
        while (bucket.tryAcquire())
            ++burst;
        QCOMPARE(burst, 48);
    }

    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("capacity");
        QTest::addColumn<double>("drain");
        QTest::addColumn<double>("margin");
        QTest::newRow("standard") << "standard" << 50.0 << 2.0 << 2.0;
        QTest::newRow("enterprise") << "enterprise" << 250.0 << 5.0 << 5.0;
        QTest::newRow("constructor defaults") << "default" << 50.0 << 2.0 << 2.0;
    }

    void presets()
    {
        QFETCH(QString, preset);
        QFETCH(double, capacity);
        QFETCH(double, drain);
        QFETCH(double, margin);
        ManualClock clock;
        std::unique_ptr<LeakyBucket> made;
        if (preset == u"standard")
            made = std::make_unique<LeakyBucket>(LeakyBucketLimits::standard(), clock.monotonic());
        else if (preset == u"enterprise")
            made =
                std::make_unique<LeakyBucket>(LeakyBucketLimits::enterprise(), clock.monotonic());
        else
            made = std::make_unique<LeakyBucket>();
        const LeakyBucket &bucket = *made;
        QCOMPARE(bucket.capacity(), capacity);
        QCOMPARE(bucket.drainPerSecond(), drain);
        QCOMPARE(bucket.safetyMargin(), margin);
        QVERIFY(!bucket.isUnlimited());
    }

    void unlimited()
    {
        ManualClock clock;
        LeakyBucket bucket(LeakyBucketLimits::unlimited(), clock.monotonic());
        QVERIFY(bucket.isUnlimited());
        for (int i = 0; i < 100000; ++i)
            QVERIFY(bucket.tryAcquire());
        bucket.saturate();
        QCOMPARE(bucket.timeUntilFree().count(), qint64(0));
        QCOMPARE(bucket.level(), 0.0);
    }

    // Bad settings slow the client down; they never make it wait forever or send unpaced.
    void badLimitsAreClamped_data()
    {
        QTest::addColumn<double>("capacity");
        QTest::addColumn<double>("drain");
        QTest::addColumn<double>("margin");
        QTest::addColumn<double>("expCapacity");
        QTest::addColumn<double>("expDrain");
        QTest::addColumn<double>("expMargin");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("zero drain") << 50.0 << 0.0 << -1.0 << 50.0 << 0.1 << 1.0;
        QTest::newRow("negative drain") << 50.0 << -3.0 << -1.0 << 50.0 << 0.1 << 1.0;
        QTest::newRow("NaN drain") << 50.0 << nan << -1.0 << 50.0 << 0.1 << 1.0;
        QTest::newRow("zero capacity") << 0.0 << 2.0 << -1.0 << 1.0 << 2.0 << 0.0;
        QTest::newRow("NaN capacity") << nan << 2.0 << -1.0 << 1.0 << 2.0 << 0.0;
        QTest::newRow("negative margin") << 50.0 << 2.0 << -0.5 << 50.0 << 2.0 << 0.0;
        QTest::newRow("margin as big as capacity") << 50.0 << 2.0 << 80.0 << 50.0 << 2.0 << 49.0;
        QTest::newRow("NaN margin") << 50.0 << 2.0 << nan << 50.0 << 2.0 << 0.0;
    }

    void badLimitsAreClamped()
    {
        QFETCH(double, capacity);
        QFETCH(double, drain);
        QFETCH(double, margin);
        QFETCH(double, expCapacity);
        QFETCH(double, expDrain);
        QFETCH(double, expMargin);
        ManualClock clock;
        LeakyBucketLimits l{capacity, drain, {}};
        if (margin != -1.0)
            l.safetyMargin = margin;
        LeakyBucket bucket(l, clock.monotonic());
        QCOMPARE(bucket.capacity(), expCapacity);
        QCOMPARE(bucket.drainPerSecond(), expDrain);
        QCOMPARE(bucket.safetyMargin(), expMargin);
        // At least one request goes, and a waiting one always gets a finite wait.
        QVERIFY(bucket.tryAcquire());
        while (bucket.tryAcquire()) {
        }
        const milliseconds wait = bucket.timeUntilFree();
        QVERIFY(wait > milliseconds{0});
        QVERIFY(wait <= milliseconds{10000});
        clock.advance(wait);
        QVERIFY(bucket.tryAcquire());
    }
};

QTEST_GUILESS_MAIN(TestLeakyBucket)
#include "testleakybucket.moc"
