#include "core/enums.h"
#include "core/retrypolicy.h"

#include <QSet>
#include <QTimeZone>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace identsync;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

RetryPolicy fixed(double u, RetryConfig config = {})
{
    return RetryPolicy(config, [u] { return u; });
}

// -1 in a data column stands for "absent".
std::optional<seconds> optSeconds(qint64 v)
{
    return v < 0 ? std::nullopt : std::optional<seconds>(seconds{v});
}
std::optional<milliseconds> optMs(qint64 v)
{
    return v < 0 ? std::nullopt : std::optional<milliseconds>(milliseconds{v});
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_data()
    {
        QTest::addColumn<double>("uniform");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("expectedMs");

        // Defaults: base 2 s, cap 1 h.
        QTest::newRow("u=0 first") << 0.0 << 1 << qint64(0);
        QTest::newRow("u=0 capped") << 0.0 << 40 << qint64(0);
        QTest::newRow("u=0.5 attempt 1") << 0.5 << 1 << qint64(1000);
        QTest::newRow("u=0.5 attempt 2") << 0.5 << 2 << qint64(2000);
        QTest::newRow("u=0.5 attempt 3") << 0.5 << 3 << qint64(4000);
        QTest::newRow("u=0.5 attempt 8") << 0.5 << 8 << qint64(128000);
        QTest::newRow("u=0.5 attempt 11 (just under cap)") << 0.5 << 11 << qint64(1024000);
        QTest::newRow("u=0.5 attempt 12 (capped)") << 0.5 << 12 << qint64(1800000);
        QTest::newRow("u=0.999 attempt 1") << 0.999 << 1 << qint64(1998);
        QTest::newRow("u=0.999 attempt 4") << 0.999 << 4 << qint64(15984);
        QTest::newRow("u=0.999 capped") << 0.999 << 20 << qint64(3596400);
        QTest::newRow("attempt 63 does not overflow") << 0.5 << 63 << qint64(1800000);
        QTest::newRow("attempt 64 does not overflow") << 0.5 << 64 << qint64(1800000);
        QTest::newRow("attempt 1000") << 0.5 << 1000 << qint64(1800000);
        QTest::newRow("attempt INT_MAX")
            << 0.5 << std::numeric_limits<int>::max() << qint64(1800000);
        QTest::newRow("attempt 0 counts as 1") << 0.5 << 0 << qint64(1000);
        QTest::newRow("negative attempt counts as 1") << 0.5 << -7 << qint64(1000);
        QTest::newRow("random source returns 1.0") << 1.0 << 1 << qint64(1999);
        QTest::newRow("random source returns 7") << 7.0 << 1 << qint64(1999);
        QTest::newRow("random source returns -0.3") << -0.3 << 1 << qint64(0);
        QTest::newRow("random source returns NaN")
            << std::numeric_limits<double>::quiet_NaN() << 1 << qint64(0);
    }

    void backoff()
    {
        QFETCH(double, uniform);
        QFETCH(int, attempt);
        QFETCH(qint64, expectedMs);
        const RetryPolicy policy = fixed(uniform);
        QCOMPARE(policy.backoff(attempt).count(), expectedMs);
        QVERIFY(policy.backoff(attempt) < policy.backoffCeiling(attempt) ||
                policy.backoffCeiling(attempt) == milliseconds{0});
        QVERIFY(policy.backoff(attempt) <= policy.config().cap);
    }

    void ceilingGrowsThenStaysAtCap_data()
    {
        QTest::addColumn<qint64>("baseMs");
        QTest::addColumn<qint64>("capMs");
        QTest::newRow("defaults") << qint64(2000) << qint64(3600000);
        QTest::newRow("tiny base") << qint64(1) << qint64(3600000);
        QTest::newRow("huge cap") << qint64(2000) << std::numeric_limits<qint64>::max();
        QTest::newRow("cap equals base") << qint64(5000) << qint64(5000);
        QTest::newRow("cap below base is raised to base") << qint64(5000) << qint64(10);
    }

    void ceilingGrowsThenStaysAtCap()
    {
        QFETCH(qint64, baseMs);
        QFETCH(qint64, capMs);
        RetryConfig config;
        config.base = milliseconds{baseMs};
        config.cap = milliseconds{capMs};
        const RetryPolicy policy = fixed(0.5, config);
        QCOMPARE(policy.backoffCeiling(1), milliseconds{baseMs});
        milliseconds previous{0};
        for (int attempt = 1; attempt <= 200; ++attempt) {
            const milliseconds c = policy.backoffCeiling(attempt);
            QVERIFY2(c >= previous, qPrintable(QString::number(attempt)));
            QVERIFY(c <= std::max(milliseconds{capMs}, milliseconds{baseMs}));
            QVERIFY(c.count() > 0);
            if (previous.count() > 0 && c < policy.config().cap)
                QCOMPARE(c, previous * 2);
            previous = c;
        }
        QCOMPARE(previous, policy.config().cap);
    }

    void decide_data()
    {
        QTest::addColumn<ErrorClass>("cls");
        QTest::addColumn<int>("attemptsUsed");
        QTest::addColumn<qint64>("retryAfterS");      // -1: none
        QTest::addColumn<qint64>("operatingResetMs"); // -1: none
        QTest::addColumn<double>("uniform");
        QTest::addColumn<RetryAction>("action");
        QTest::addColumn<qint64>("delayMs");
        QTest::addColumn<bool>("consumes");

        using E = ErrorClass;
        using A = RetryAction;
        auto row = [](const char *name, E cls, int used, qint64 ra, qint64 reset, double u, A a,
                      qint64 delay, bool consumes) {
            QTest::newRow(name) << cls << used << ra << reset << u << a << delay << consumes;
        };

        row("transient first failure", E::Transient, 1, -1, -1, 0.5, A::RetryLater, 1000, true);
        row("transient jitter low", E::Transient, 1, -1, -1, 0.0, A::RetryLater, 0, true);
        row("transient jitter high", E::Transient, 3, -1, -1, 0.999, A::RetryLater, 7992, true);
        row("transient seventh failure", E::Transient, 7, -1, -1, 0.5, A::RetryLater, 64000, true);
        row("transient eighth failure is dead", E::Transient, 8, -1, -1, 0.5, A::Dead, 0, true);
        row("transient past the limit", E::Transient, 50, -1, -1, 0.5, A::Dead, 0, true);
        row("transient Retry-After 30 s", E::Transient, 2, 30, -1, 0.5, A::RetryLater, 30000, true);
        row("transient Retry-After 0 s -> 1 s", E::Transient, 2, 0, -1, 0.5, A::RetryLater, 1000,
            true);
        row("transient Retry-After 2 h -> 1 h", E::Transient, 2, 7200, -1, 0.5, A::RetryLater,
            3600000, true);
        row("transient Retry-After cannot revive a dead job", E::Transient, 8, 5, -1, 0.5, A::Dead,
            0, true);

        row("rate limited", E::RateLimited, 1, -1, -1, 0.5, A::RetryLater, 1500, false);
        row("rate limited jitter low", E::RateLimited, 1, -1, -1, 0.0, A::RetryLater, 1000, false);
        row("rate limited jitter high", E::RateLimited, 1, -1, -1, 0.999, A::RetryLater, 1999,
            false);
        row("rate limited never dies", E::RateLimited, 500, -1, -1, 0.5, A::RetryLater, 1500,
            false);
        row("rate limited Retry-After 20 s", E::RateLimited, 1, 20, -1, 0.5, A::RetryLater, 20000,
            false);
        row("rate limited Retry-After 0 s -> 1 s", E::RateLimited, 1, 0, -1, 0.5, A::RetryLater,
            1000, false);
        row("rate limited Retry-After 2 h -> 1 h", E::RateLimited, 1, 7200, -1, 0.5, A::RetryLater,
            3600000, false);

        row("operation limit until reset", E::OperationLimit, 1, -1, 125000, 0.5, A::PauseMethod,
            125000, false);
        row("operation limit reset soon -> 10 s", E::OperationLimit, 1, -1, 3000, 0.5,
            A::PauseMethod, 10000, false);
        row("operation limit reset unknown -> 10 s", E::OperationLimit, 1, -1, -1, 0.5,
            A::PauseMethod, 10000, false);
        row("operation limit absurd reset -> 1 h", E::OperationLimit, 1, -1, 36000000, 0.5,
            A::PauseMethod, 3600000, false);
        row("operation limit never dies", E::OperationLimit, 500, -1, 60000, 0.5, A::PauseMethod,
            60000, false);
        row("operation limit Retry-After 60 s", E::OperationLimit, 1, 60, 125000, 0.5,
            A::PauseMethod, 60000, false);
        row("operation limit Retry-After 2 s -> 10 s", E::OperationLimit, 1, 2, -1, 0.5,
            A::PauseMethod, 10000, false);

        row("auth pauses the engine", E::Auth, 1, -1, -1, 0.5, A::PauseEngine, 0, false);
        row("auth ignores Retry-After", E::Auth, 1, 30, -1, 0.5, A::PauseEngine, 0, false);
        row("auth after many attempts", E::Auth, 8, -1, -1, 0.5, A::PauseEngine, 0, false);
        row("permission pauses the engine", E::Permission, 1, -1, -1, 0.5, A::PauseEngine, 0,
            false);
        row("config pauses the engine", E::Config, 3, -1, -1, 0.5, A::PauseEngine, 0, false);

        row("validation dead at once", E::Validation, 1, -1, -1, 0.5, A::Dead, 0, true);
        row("validation ignores Retry-After", E::Validation, 1, 30, -1, 0.5, A::Dead, 0, true);
        row("internal dead at once", E::Internal, 1, -1, -1, 0.5, A::Dead, 0, true);
        row("not found needs attention", E::NotFound, 1, -1, -1, 0.5, A::NeedsAttention, 0, true);
        row("ambiguous needs attention", E::Ambiguous, 2, -1, -1, 0.5, A::NeedsAttention, 0, true);
        row("data quality held", E::DataQuality, 0, -1, -1, 0.5, A::Hold, 0, false);
    }

    void decide()
    {
        QFETCH(ErrorClass, cls);
        QFETCH(int, attemptsUsed);
        QFETCH(qint64, retryAfterS);
        QFETCH(qint64, operatingResetMs);
        QFETCH(double, uniform);
        QFETCH(RetryAction, action);
        QFETCH(qint64, delayMs);
        QFETCH(bool, consumes);

        const RetryPolicy policy = fixed(uniform);
        const RetryDecision d =
            policy.decide(cls, attemptsUsed, optSeconds(retryAfterS), optMs(operatingResetMs));
        QCOMPARE(toKey(d.action), toKey(action));
        QCOMPARE(d.delay.count(), delayMs);
        QCOMPARE(d.consumesAttempt, consumes);
        QCOMPARE(policy.consumesAttempt(cls), consumes);
    }

    // A job's life: only failures that use up attempts bring it closer to dead, and it dies
    // after exactly maxAttempts automatic attempts.
    void attemptsExhaustion_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<QString>("script"); // T transient, R rate limited, O operation limit
        QTest::addColumn<int>("attemptsWhenDead");
        QTest::addColumn<int>("callsWhenDead");

        QTest::newRow("default: eight transient failures") << 8 << "TTTTTTTT" << 8 << 8;
        QTest::newRow("rate limits in between cost nothing") << 8 << "TRRTRTOTTOTRTT" << 8 << 14;
        QTest::newRow("three attempts") << 3 << "TTT" << 3 << 3;
        QTest::newRow("a single attempt") << 1 << "T" << 1 << 1;
        QTest::newRow("zero attempts is treated as one") << 0 << "T" << 1 << 1;
    }

    void attemptsExhaustion()
    {
        QFETCH(int, maxAttempts);
        QFETCH(QString, script);
        QFETCH(int, attemptsWhenDead);
        QFETCH(int, callsWhenDead);

        RetryConfig config;
        config.maxAttempts = maxAttempts;
        const RetryPolicy policy = fixed(0.5, config);
        int attempts = 0;
        int calls = 0;
        bool dead = false;
        for (const QChar step : script) {
            QVERIFY2(!dead, "the job was declared dead before the script ended");
            ++calls;
            const ErrorClass cls = step == u'T'   ? ErrorClass::Transient
                                   : step == u'R' ? ErrorClass::RateLimited
                                                  : ErrorClass::OperationLimit;
            const int used = attempts + (policy.consumesAttempt(cls) ? 1 : 0);
            const RetryDecision d = policy.decide(cls, used);
            attempts = used;
            if (d.action == RetryAction::Dead)
                dead = true;
            else
                QVERIFY(d.action == RetryAction::RetryLater ||
                        d.action == RetryAction::PauseMethod);
        }
        QVERIFY(dead);
        QCOMPARE(attempts, attemptsWhenDead);
        QCOMPARE(calls, callsWhenDead);
    }

    void clampRetryAfter_data()
    {
        QTest::addColumn<qint64>("in");
        QTest::addColumn<qint64>("out");
        QTest::newRow("0 s -> 1 s") << qint64(0) << qint64(1);
        QTest::newRow("negative -> 1 s") << qint64(-5) << qint64(1);
        QTest::newRow("1 s") << qint64(1) << qint64(1);
        QTest::newRow("30 s") << qint64(30) << qint64(30);
        QTest::newRow("1 h") << qint64(3600) << qint64(3600);
        QTest::newRow("1 h + 1 s -> 1 h") << qint64(3601) << qint64(3600);
        QTest::newRow("2 h -> 1 h") << qint64(7200) << qint64(3600);
        QTest::newRow("absurd -> 1 h") << std::numeric_limits<qint64>::max() << qint64(3600);
        QTest::newRow("most negative -> 1 s") << std::numeric_limits<qint64>::min() << qint64(1);
    }

    void clampRetryAfter()
    {
        QFETCH(qint64, in);
        QFETCH(qint64, out);
        QCOMPARE(RetryPolicy::clampRetryAfter(seconds{in}).count(), out);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<qint64>("expected"); // -1: rejected

        QTest::newRow("seconds") << "120" << qint64(120);
        QTest::newRow("seconds with spaces") << "  5 " << qint64(5);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("plus sign") << "+5" << qint64(-1);
        QTest::newRow("fraction") << "1.5" << qint64(-1);
        QTest::newRow("garbage") << "soon" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("huge number") << "99999999999999999999999" << qint64(1000000000);
        QTest::newRow("date 90 s ahead") << "Sun, 01 Mar 2026 09:01:30 GMT" << qint64(90);
        QTest::newRow("date in the past") << "Sun, 01 Mar 2026 08:00:00 GMT" << qint64(0);
        QTest::newRow("date next day") << "Mon, 02 Mar 2026 09:00:00 GMT" << qint64(86400);
        QTest::newRow("impossible date") << "Sun, 31 Feb 2026 09:00:00 GMT" << qint64(-1);
        QTest::newRow("not GMT") << "Sun, 01 Mar 2026 09:01:30 +0300" << qint64(-1);
        QTest::newRow("rfc 850 date") << "Sunday, 01-Mar-26 09:01:30 GMT" << qint64(-1);
    }

    void parseRetryAfter()
    {
        QFETCH(QString, header);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
        const auto parsed = RetryPolicy::parseRetryAfter(header, now);
        QCOMPARE(parsed.has_value(), expected >= 0);
        if (parsed)
            QCOMPARE(parsed->count(), expected);
    }

    void defaultRandomSourceStaysInBounds()
    {
        const RetryPolicy policy;
        for (int attempt = 1; attempt <= 20; ++attempt) {
            for (int i = 0; i < 200; ++i) {
                const milliseconds d = policy.backoff(attempt);
                QVERIFY(d >= milliseconds{0});
                QVERIFY(d < policy.backoffCeiling(attempt));
            }
        }
    }

    void actionKeysAreDistinct()
    {
        QSet<QString> keys;
        for (int i = 0; i < static_cast<int>(RetryAction::Count); ++i) {
            const QString key = toKey(RetryAction(i));
            QVERIFY(!key.isEmpty());
            keys.insert(key);
        }
        QCOMPARE(keys.size(), static_cast<int>(RetryAction::Count));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "testretrypolicy.moc"
