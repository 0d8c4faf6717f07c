#include "core/clock.h"
#include "core/operatingbudget.h"
#include "core/retrypolicy.h"

#include <QtTest>

#include <limits>

using namespace identsync;
using std::chrono::milliseconds;

namespace {

// A portal "now" far from any plausible local time: only differences may matter.
constexpr double kPortalNow = 1757425000.25;
constexpr double kNone = -1;

std::optional<double> opt(double v)
{
    return v == kNone ? std::nullopt : std::optional<double>(v);
}

} // namespace

class TestOperatingBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitAfterRecord_data()
    {
        QTest::addColumn<double>("operating");
        QTest::addColumn<double>("resetIn"); // seconds after the portal's now; kNone: absent
        QTest::addColumn<qint64>("limitMs");
        QTest::addColumn<qint64>("expectedMs");

        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("fresh method") << 0.0 << kNone << qint64(480000) << qint64(0);
        QTest::newRow("low use") << 10.0 << 300.0 << qint64(480000) << qint64(0);
        QTest::newRow("just below limit - safety")
            << 474.999 << 120.0 << qint64(480000) << qint64(0);
        QTest::newRow("at limit - safety") << 475.0 << 120.0 << qint64(480000) << qint64(121000);
        QTest::newRow("over the limit") << 491.5 << 60.0 << qint64(480000) << qint64(61000);
        QTest::newRow("fractional reset") << 476.0 << 90.5 << qint64(480000) << qint64(91500);
        QTest::newRow("reset already passed: one second")
            << 478.0 << -30.0 << qint64(480000) << qint64(1000);
        QTest::newRow("high without a reset time: as after a 429")
            << 479.0 << kNone << qint64(480000) << qint64(10000);
        QTest::newRow("absurd reset is bounded to an hour")
            << 500.0 << 864000.0 << qint64(480000) << qint64(3601000);
        QTest::newRow("on-premise default limit 420 s")
            << 415.0 << 200.0 << qint64(420000) << qint64(201000);
        QTest::newRow("under the 420 s limit") << 414.0 << 200.0 << qint64(420000) << qint64(0);
        QTest::newRow("NaN operating") << nan << 200.0 << qint64(480000) << qint64(0);
        QTest::newRow("negative operating") << -5.0 << 200.0 << qint64(480000) << qint64(0);
        QTest::newRow("NaN reset counts as absent")
            << 479.0 << nan << qint64(480000) << qint64(10000);
    }

    void waitAfterRecord()
    {
        QFETCH(double, operating);
        QFETCH(double, resetIn);
        QFETCH(qint64, limitMs);
        QFETCH(qint64, expectedMs);

        ManualClock clock(milliseconds{123456});
        OperatingBudgetConfig config;
        config.limit = milliseconds{limitMs};
        OperatingBudget budget(config, clock.monotonic());
        const std::optional<double> resetAt =
            resetIn == kNone ? std::nullopt : std::optional<double>(kPortalNow + resetIn);
        budget.record(QStringLiteral("crm.deal.update"), operating, resetAt, kPortalNow);

        QCOMPARE(budget.waitFor(QStringLiteral("crm.deal.update")).count(), expectedMs);
        QCOMPARE(budget.waitFor(QStringLiteral("crm.deal.add")).count(), qint64(0));
        if (expectedMs == 0)
            return;
        clock.advance(milliseconds{expectedMs - 1});
        QCOMPARE(budget.waitFor(QStringLiteral("crm.deal.update")).count(), qint64(1));
        clock.advance(milliseconds{1});
        QCOMPARE(budget.waitFor(QStringLiteral("crm.deal.update")).count(), qint64(0));
    }

    // A 429: pause until the last reset we heard of (plus a second), and at least 10 s.
    void blocked_data()
    {
        QTest::addColumn<double>("operating"); // kNone: nothing recorded before
        QTest::addColumn<double>("resetIn");
        QTest::addColumn<qint64>("idleMs"); // time between that record and the 429
        QTest::addColumn<qint64>("expectedMs");

        QTest::newRow("never heard of the method") << kNone << kNone << qint64(0) << qint64(10000);
        QTest::newRow("reset known, far") << 300.0 << 120.0 << qint64(0) << qint64(121000);
        QTest::newRow("reset known, partly elapsed")
            << 300.0 << 120.0 << qint64(20000) << qint64(101000);
        QTest::newRow("reset known, soon") << 300.0 << 3.0 << qint64(0) << qint64(10000);
        QTest::newRow("reset known, already passed")
            << 300.0 << 120.0 << qint64(200000) << qint64(10000);
        QTest::newRow("last response counted nothing")
            << 0.0 << kNone << qint64(0) << qint64(10000);
        QTest::newRow("already paused longer") << 479.0 << 300.0 << qint64(0) << qint64(301000);
    }

    void blocked()
    {
        QFETCH(double, operating);
        QFETCH(double, resetIn);
        QFETCH(qint64, idleMs);
        QFETCH(qint64, expectedMs);

        ManualClock clock;
        OperatingBudget budget({}, clock.monotonic());
        const QString method = QStringLiteral("crm.contact.list");
        if (operating != kNone) {
            const std::optional<double> resetAt =
                resetIn == kNone ? std::nullopt : std::optional<double>(kPortalNow + resetIn);
            budget.record(method, operating, resetAt, kPortalNow);
        }
        clock.advance(milliseconds{idleMs});
        budget.blocked(method);
        QCOMPARE(budget.waitFor(method).count(), expectedMs);
        QCOMPARE(budget.waitFor(QStringLiteral("crm.contact.add")).count(), qint64(0));
        // A second 429 soon after never shortens the pause.
        clock.advance(milliseconds{500});
        budget.blocked(method);
        QCOMPARE(budget.waitFor(method).count(), std::max<qint64>(expectedMs - 500, 10000));
    }

    // A response that was already in flight when the portal blocked the method reports a low
    // sum; the 429 is the newer fact, so the pause stands.
    void lateLowRecordKeepsThePause()
    {
        ManualClock clock;
        OperatingBudget budget({}, clock.monotonic());
        budget.blocked(QStringLiteral("crm.deal.list"));
        budget.record(QStringLiteral("crm.deal.list"), 1.0, kPortalNow + 5, kPortalNow);
        QCOMPARE(budget.waitFor(QStringLiteral("crm.deal.list")).count(), qint64(10000));
        QCOMPARE(budget.operatingSeconds(QStringLiteral("crm.deal.list")), 1.0);
    }

    void methodNamesIgnoreCase_data()
    {
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<QString>("asked");
        QTest::newRow("upper to lower") << "CRM.DEAL.LIST"
                                        << "crm.deal.list";
        QTest::newRow("mixed") << "crm.Deal.List"
                               << "CRM.deal.LIST";
        QTest::newRow("spaces") << " crm.deal.list "
                                << "crm.deal.list";
    }

    void methodNamesIgnoreCase()
    {
        QFETCH(QString, recorded);
        QFETCH(QString, asked);
        ManualClock clock;
        OperatingBudget budget({}, clock.monotonic());
        budget.record(recorded, 477.5, kPortalNow + 42, kPortalNow);
        QCOMPARE(budget.waitFor(asked).count(), qint64(43000));
        QCOMPARE(budget.operatingSeconds(asked), 477.5);
    }

    void minimumPauseCannotBeConfiguredAway()
    {
        ManualClock clock;
        OperatingBudgetConfig config;
        config.blockedMinimum = milliseconds{1000};
        OperatingBudget budget(config, clock.monotonic());
        budget.blocked(QStringLiteral("crm.deal.add"));
        QCOMPARE(budget.waitFor(QStringLiteral("crm.deal.add")).count(), qint64(10000));
    }

    // The whole path of a 429: the budget knows when the method frees up, the retry policy turns
    // that into a method pause that costs the job no attempt.
    void blockedFeedsTheRetryPolicy_data()
    {
        QTest::addColumn<double>("resetIn"); // kNone: no earlier response
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("reset in two minutes") << 120.0 << qint64(121000);
        QTest::newRow("no reset known") << kNone << qint64(10000);
    }

    void blockedFeedsTheRetryPolicy()
    {
        QFETCH(double, resetIn);
        QFETCH(qint64, expectedMs);
        ManualClock clock;
        OperatingBudget budget({}, clock.monotonic());
        const QString method = QStringLiteral("crm.deal.update");
        if (resetIn != kNone)
            budget.record(method, 300, opt(kPortalNow + resetIn), kPortalNow);
        budget.blocked(method);
        const RetryPolicy policy({}, [] { return 0.5; });
        const RetryDecision d =
            policy.decide(ErrorClass::OperationLimit, 3, {}, budget.waitFor(method));
        QCOMPARE(toKey(d.action), toKey(RetryAction::PauseMethod));
        QCOMPARE(d.delay.count(), expectedMs);
        QVERIFY(!d.consumesAttempt);
    }
};

QTEST_GUILESS_MAIN(TestOperatingBudget)
#include "testoperatingbudget.moc"
