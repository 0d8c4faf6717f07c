#include "engine/outcomerecorder.h"

#include "core/piimask.h"

#include <QtTest>

using namespace identsync;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

LeasedJob job(int attempts, bool manualRetry = false)
{
    LeasedJob j;
    j.key = QStringLiteral("F1_5");
    j.attempts = attempts;
    j.manualRetry = manualRetry;
    j.correlationId = QStringLiteral("abc");
    return j;
}

OutcomeRecorder recorder()
{
    // Jitter fixed at 0.5 so delays are exact.
    return OutcomeRecorder(RetryPolicy(RetryConfig{}, [] { return 0.5; }), true);
}

} // namespace

class TestOutcomeRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failure_data()
    {
        QTest::addColumn<int>("cls");
        QTest::addColumn<bool>("outcomeUnknown");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("manual");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("consumes");
        QTest::addColumn<int>("action");

        QTest::newRow("transient waits")
            << int(ErrorClass::Transient) << false << 0 << false << int(JobState::RetryWait) << true
            << int(RetryAction::RetryLater);
        QTest::newRow("broken answer to a write is retried, not dead")
            << int(ErrorClass::Internal) << true << 0 << false << int(JobState::RetryWait) << true
            << int(RetryAction::RetryLater);
        QTest::newRow("internal with an answer is dead")
            << int(ErrorClass::Internal) << false << 0 << false << int(JobState::Dead) << true
            << int(RetryAction::Dead);
        QTest::newRow("a refused webhook pauses the engine, due at once")
            << int(ErrorClass::Auth) << false << 0 << false << int(JobState::Pending) << false
            << int(RetryAction::PauseEngine);
        QTest::newRow("ambiguity waits for a person")
            << int(ErrorClass::Ambiguous) << false << 0 << false << int(JobState::NeedsAttention)
            << true << int(RetryAction::NeedsAttention);
        QTest::newRow("a person's retry uses no attempt")
            << int(ErrorClass::Transient) << false << 2 << true << int(JobState::RetryWait) << false
            << int(RetryAction::RetryLater);
    }

    void failure()
    {
        QFETCH(int, cls);
        QFETCH(bool, outcomeUnknown);
        QFETCH(int, attempts);
        QFETCH(bool, manual);
        QFETCH(int, state);
        QFETCH(bool, consumes);
        QFETCH(int, action);
        ErrorInfo e;
        e.cls = ErrorClass(cls);
        e.message = QStringLiteral("what the portal said");
        RetryAction got = RetryAction::Count;
        const JobFailure f = recorder().failure(job(attempts, manual), e, outcomeUnknown, kNow,
                                                std::chrono::milliseconds(0), &got);
        QCOMPARE(int(got), action);
        QCOMPARE(int(f.nextState), state);
        QCOMPARE(f.consumesAttempt, consumes);
        QCOMPARE(f.outcomeUnknown, outcomeUnknown);
        QVERIFY(f.nextAttemptAt >= kNow);
        if (got == RetryAction::PauseEngine)
            QCOMPARE(f.nextAttemptAt, kNow);
        if (outcomeUnknown)
            QVERIFY2(f.error.message.contains(QStringLiteral("IDENT key")),
                     qPrintable(f.error.message));
    }

    void completion()
    {
        PiiMask::setEnabled(true);
        Reception r;
        r.branchId = 1;
        r.id = 5;
        r.patient.id = 77;
        r.patient.surname = QStringLiteral("Иванова");
        r.patient.name = QStringLiteral("Мария");
        r.doctor = QStringLiteral("Сидоров");
        JobPlan plan;
        plan.decision.from = StageId::parse(u"NEW");
        plan.decision.to = StageId::parse(u"UC_NO40X0");
        plan.decision.reason = StageReason::Mapped;
        const JobCompletion c = recorder().completion(job(0), r, plan, 901, 44);
        QCOMPARE(c.binding->dealId, qint64(901));
        QCOMPARE(c.binding->contactId, std::optional<qint64>(44));
        QCOMPARE(c.binding->stage, StageId::parse(u"UC_NO40X0"));
        QCOMPARE(c.transition->fromStage, StageId::parse(u"NEW"));
        QCOMPARE(c.transition->toStage, StageId::parse(u"UC_NO40X0"));
        QCOMPARE(c.transition->patientName, QStringLiteral("Иванова М.")); // masked as logged
        QCOMPARE(c.patientContacts.size(), 1);
        QCOMPARE(c.patientContacts.first().contactId, qint64(44));
    }
};

QTEST_GUILESS_MAIN(TestOutcomeRecorder)
#include "testoutcomerecorder.moc"
