#include "core/circuitbreaker.h"
#include "core/clock.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace identsync;
using std::chrono::milliseconds;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A script of space-separated steps, run against a breaker on a ManualClock:
    //   F  transient failure         X  validation failure        L  rate-limited answer
    //   S  success                   a  allowRequest() is true     d  allowRequest() is false
    //   +N advance N ms              closed / open / half_open     state() is that
    //   r=N retryIn() is N ms        n=N consecutiveFailures()    cd=N currentCoolDown()
    void transitions_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QString>("script");

        QTest::newRow("starts closed") << 5 << "closed a a r=0 n=0";
        QTest::newRow("stays closed below the threshold") << 5 << "F F F F closed a r=0 n=4";
        QTest::newRow("opens at the threshold") << 5 << "F F F F F open d d r=30000 n=5";
        QTest::newRow("success resets the count") << 5 << "F F F F S n=0 F F F F closed a";
        QTest::newRow("a validation answer proves the portal is up")
            << 5 << "F F F F X n=0 F F F F closed";
        QTest::newRow("a rate-limit answer proves the portal is up")
            << 5 << "F F F F L F F F F closed";
        QTest::newRow("half-open only after the full cool-down")
            << 5 << "F F F F F +29999 open d r=1 +1 half_open r=0";
        QTest::newRow("half-open admits exactly one probe")
            << 5 << "F F F F F +30000 a d d half_open r=120000";
        QTest::newRow("probe success closes") << 5 << "F F F F F +30000 a S closed a a n=0";
        QTest::newRow("probe failure reopens with a doubled cool-down")
            << 5 << "F F F F F +30000 a F open r=60000 cd=60000 +59999 d +1 a F open r=120000";
        QTest::newRow("cool-down doubles up to the cap")
            << 5
            << "F F F F F +30000 a F +60000 a F +120000 a F +240000 a F cd=480000 +480000 a F "
               "cd=600000 r=600000 +600000 a F cd=600000";
        QTest::newRow("success resets the cool-down")
            << 5 << "F F F F F +30000 a F cd=60000 +60000 a S cd=30000 F F F F F r=30000";
        QTest::newRow("a non-transient probe answer closes")
            << 5 << "F F F F F +30000 a X closed a";
        QTest::newRow("a forgotten probe stops blocking after the probe timeout")
            << 5 << "F F F F F +30000 a +119999 d r=1 +1 a d";
        QTest::newRow("retryIn counts down while the probe is out")
            << 5 << "F F F F F +30000 a r=120000 +1000 r=119000";
        QTest::newRow("a straggler failure while open does not extend")
            << 5 << "F F F F F +10000 F open r=20000 cd=30000";
        QTest::newRow("a straggler success while open closes") << 5 << "F F F F F S closed a";
        QTest::newRow("a straggler failure after the cool-down, before any probe, reopens")
            << 5 << "F F F F F +30000 half_open F open r=30000 cd=30000";
        QTest::newRow("threshold 1") << 1 << "F open d +30000 a S closed";
        QTest::newRow("threshold 0 behaves as 1") << 0 << "closed a F open d";
        QTest::newRow("threshold 3") << 3 << "F F closed F open";
    }

    void transitions()
    {
        QFETCH(int, threshold);
        QFETCH(QString, script);

        ManualClock clock(milliseconds{1000000});
        CircuitBreakerConfig config;
        config.failureThreshold = threshold;
        CircuitBreaker breaker(config, clock.monotonic());

        const QStringList steps = script.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < steps.size(); ++i) {
            const QString &s = steps.at(i);
            const QByteArray where = QStringLiteral("step %1 '%2'").arg(i).arg(s).toUtf8();
            const auto number = [&s](int from) { return s.mid(from).toLongLong(); };
            if (s == u"F") {
                breaker.recordFailure(ErrorClass::Transient);
            } else if (s == u"X") {
                breaker.recordFailure(ErrorClass::Validation);
            } else if (s == u"L") {
                breaker.recordFailure(ErrorClass::RateLimited);
            } else if (s == u"S") {
                breaker.recordSuccess();
            } else if (s == u"a") {
                QVERIFY2(breaker.allowRequest(), where.constData());
            } else if (s == u"d") {
                QVERIFY2(!breaker.allowRequest(), where.constData());
            } else if (s.startsWith(u'+')) {
                clock.advance(milliseconds{number(1)});
            } else if (s.startsWith(u"r=")) {
                QCOMPARE(breaker.retryIn().count(), number(2));
            } else if (s.startsWith(u"n=")) {
                QCOMPARE(breaker.consecutiveFailures(), int(number(2)));
            } else if (s.startsWith(u"cd=")) {
                QCOMPARE(breaker.currentCoolDown().count(), number(3));
            } else {
                QCOMPARE(toKey(breaker.state()), s);
            }
        }
    }

    void stateKeys_data()
    {
        QTest::addColumn<CircuitBreaker::State>("state");
        QTest::addColumn<QString>("key");
        QTest::newRow("closed") << CircuitBreaker::State::Closed << "closed";
        QTest::newRow("open") << CircuitBreaker::State::Open << "open";
        QTest::newRow("half open") << CircuitBreaker::State::HalfOpen << "half_open";
    }

    void stateKeys()
    {
        QFETCH(CircuitBreaker::State, state);
        QFETCH(QString, key);
        QCOMPARE(toKey(state), key);
        // The Q_ENUM lets the console put the state into a QVariant and print it.
        QCOMPARE(QVariant::fromValue(state).value<CircuitBreaker::State>(), state);
    }

    // The portal thread records outcomes while the console reads: no lost updates.
    void concurrentFailuresAreAllCounted_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("perThread");
        QTest::newRow("2 x 20000") << 2 << 20000;
        QTest::newRow("4 x 10000") << 4 << 10000;
    }

    void concurrentFailuresAreAllCounted()
    {
        QFETCH(int, threads);
        QFETCH(int, perThread);
        CircuitBreakerConfig config;
        config.failureThreshold = threads * perThread + 1;
        CircuitBreaker breaker(config, ManualClock().monotonic());
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&breaker, perThread] {
                for (int i = 0; i < perThread; ++i) {
                    breaker.recordFailure(ErrorClass::Transient);
                    (void)breaker.allowRequest();
                }
            });
        }
        for (auto &th : pool)
            th.join();
        QCOMPARE(breaker.consecutiveFailures(), threads * perThread);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        breaker.recordFailure(ErrorClass::Transient);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "testcircuitbreaker.moc"
