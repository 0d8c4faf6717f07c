#include "storefixture.h"

#include "store/auditlog.h"
#include "store/bindingstore.h"
#include "store/cursorstore.h"
#include "store/jobqueue.h"
#include "store/transitionlog.h"

#include <QtTest>

using namespace identsync;
using namespace identsync::testutils;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(identsync::JobState)
Q_DECLARE_METATYPE(identsync::EnqueueOutcome)

namespace {

const QString Owner = QStringLiteral("engine-a/dispatch");

NewJob makeJob(int n, const QString &tag = QStringLiteral("v1"))
{
    NewJob j;
    j.key = QStringLiteral("reception:F1_%1").arg(n);
    j.kind = JobKind::SyncReception;
    j.dealKey = DealKey(1, n);
    j.payload = QStringLiteral(R"({"reception":%1,"tag":"%2"})").arg(n).arg(tag);
    j.patientName = QStringLiteral("Пациент %1").arg(n);
    j.correlationId = QStringLiteral("corr-%1-%2").arg(n).arg(tag);
    return j;
}

Binding bindingFor(const LeasedJob &j, qint64 dealId)
{
    Binding b;
    b.dealKey = j.dealKey;
    b.dealId = dealId;
    b.contactId = dealId + 1000;
    b.payloadHash = j.payloadHash;
    b.stage = StageId::parse(QStringLiteral("C2:NEW"));
    return b;
}

ErrorInfo transientError()
{
    ErrorInfo e;
    e.cls = ErrorClass::Transient;
    e.transport = TransportError::Timeout;
    e.httpStatus = 0;
    e.code = QStringLiteral("timeout");
    e.message = QStringLiteral("no answer in 30 s");
    return e;
}

ErrorInfo validationError(const QString &code = QStringLiteral("ERROR_ARGUMENT"))
{
    ErrorInfo e;
    e.cls = ErrorClass::Validation;
    e.httpStatus = 400;
    e.code = code;
    e.message = QStringLiteral("Поле OPPORTUNITY: неверное значение");
    return e;
}

} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_f;

    JobQueue queue() { return JobQueue(*m_f.db); }

    std::optional<Job> jobByN(int n)
    {
        auto r = queue().jobByKey(makeJob(n).key);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }

    JobState stateOf(int n)
    {
        const auto j = jobByN(n);
        return j ? j->summary.state : JobState::Count;
    }

    LeasedJob leaseOne()
    {
        auto r = queue().lease(Owner, 1, 60s);
        if (!r.ok() || r->size() != 1)
            qFatal("expected to lease one job: %s", qPrintable(r.error()));
        return r->first();
    }

    // Brings job n into `state` through the public API only.
    void putInState(int n, JobState state)
    {
        STORE_DO(queue().enqueue(makeJob(n)));
        switch (state) {
        case JobState::Pending:
            return;
        case JobState::Cancelled: {
            STORE_GET(id, queue().jobByKey(makeJob(n).key));
            STORE_GET(cancelled, queue().cancel({id->summary.id}, QStringLiteral("anna")));
            QCOMPARE(cancelled, 1);
            return;
        }
        case JobState::InFlight:
        case JobState::RetryWait:
        case JobState::Done:
        case JobState::Dead:
        case JobState::NeedsAttention:
        case JobState::Count:
            break;
        }
        const LeasedJob leased = leaseOne();
        QCOMPARE(leased.key, makeJob(n).key);
        switch (state) {
        case JobState::InFlight:
            return;
        case JobState::Done: {
            JobCompletion c;
            c.lease = leased.lease;
            c.binding = bindingFor(leased, 500 + n);
            STORE_GET(outcome, queue().complete(c));
            QCOMPARE(outcome, CompleteOutcome::Done);
            return;
        }
        case JobState::RetryWait:
        case JobState::Dead:
        case JobState::NeedsAttention: {
            JobFailure f;
            f.lease = leased.lease;
            f.error = state == JobState::RetryWait ? transientError() : validationError();
            f.nextState = state;
            f.nextAttemptAt = m_f.now().addSecs(600);
            STORE_GET(outcome, queue().fail(f));
            QCOMPARE(outcome, FailOutcome::Recorded);
            return;
        }
        case JobState::Pending:
        case JobState::Cancelled:
        case JobState::Count:
            break;
        }
    }

    void addJobStates()
    {
        QTest::addColumn<JobState>("state");
        for (int i = 0; i < enumCount<JobState>(); ++i) {
            const auto s = static_cast<JobState>(i);
            QTest::newRow(qPrintable(toKey(s))) << s;
        }
    }

private Q_SLOTS:
    void initTestCase_data() { addDriverRows(); }
    void init() { IDENTSYNC_STORE_FRESH(m_f); }
    void cleanup() { m_f.close(); }

    void enqueueInsertsAPendingJobDueNow()
    {
        STORE_GET(outcome, queue().enqueue(makeJob(1)));
        QCOMPARE(outcome, EnqueueOutcome::Inserted);
        const auto job = jobByN(1);
        QVERIFY(job);
        QCOMPARE(job->summary.state, JobState::Pending);
        QCOMPARE(job->summary.kind, JobKind::SyncReception);
        QCOMPARE(job->summary.dealKey, DealKey(1, 1));
        QCOMPARE(job->summary.patientName, QStringLiteral("Пациент 1"));
        QCOMPARE(job->summary.attempts, 0);
        QCOMPARE(job->summary.nextAttemptAt, m_f.now());
        QCOMPARE(job->summary.createdAt, m_f.now());
        QVERIFY(!job->summary.lastError);
        QVERIFY(!job->summary.outcomeUnknown);
        QVERIFY(!job->summary.dealId);
        QCOMPARE(job->payload, makeJob(1).payload);
        QCOMPARE(job->payloadHash, JobQueue::hashPayload(makeJob(1).payload));
        QCOMPARE(job->payloadHash.size(), 64);
        QCOMPARE(job->correlationId, makeJob(1).correlationId);
    }

    void enqueueTakesTheDealIdOfAnExistingBinding()
    {
        Binding b;
        b.dealKey = DealKey(1, 7);
        b.dealId = 4242;
        STORE_DO(BindingStore(*m_f.db).save(b));
        STORE_DO(queue().enqueue(makeJob(7)));
        QCOMPARE(jobByN(7)->summary.dealId, std::optional<qint64>(4242));
    }

    void enqueueCoalesces_data()
    {
        QTest::addColumn<JobState>("state");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<EnqueueOutcome>("outcome");
        QTest::addColumn<JobState>("after");
        QTest::addColumn<QString>("payloadTag");

        const struct
        {
            JobState state;
            EnqueueOutcome changedOutcome;
            JobState changedAfter;
            QString tagAfterChange;
        } rows[] = {
            {JobState::Pending, EnqueueOutcome::Superseded, JobState::Pending, "v2"},
            {JobState::RetryWait, EnqueueOutcome::Superseded, JobState::Pending, "v2"},
            {JobState::InFlight, EnqueueOutcome::FollowUp, JobState::InFlight, "v1"},
            {JobState::Done, EnqueueOutcome::Revived, JobState::Pending, "v2"},
            {JobState::Dead, EnqueueOutcome::Revived, JobState::Pending, "v2"},
            {JobState::NeedsAttention, EnqueueOutcome::Revived, JobState::Pending, "v2"},
            {JobState::Cancelled, EnqueueOutcome::Revived, JobState::Pending, "v2"},
        };
        for (const auto &r : rows) {
            QTest::addRow("%s, same payload", qPrintable(toKey(r.state)))
                << r.state << false << EnqueueOutcome::Unchanged << r.state << "v1";
            QTest::addRow("%s, changed payload", qPrintable(toKey(r.state)))
                << r.state << true << r.changedOutcome << r.changedAfter << r.tagAfterChange;
        }
    }
    void enqueueCoalesces()
    {
        QFETCH(JobState, state);
        QFETCH(bool, changed);
        QFETCH(EnqueueOutcome, outcome);
        QFETCH(JobState, after);
        QFETCH(QString, payloadTag);

        putInState(3, state);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(stateOf(3), state);
        const auto before = *jobByN(3);
        m_f.advance(5000);

        STORE_GET(got, queue().enqueue(
                           makeJob(3, changed ? QStringLiteral("v2") : QStringLiteral("v1"))));
        QCOMPARE(got, outcome);
        const auto job = *jobByN(3);
        QCOMPARE(job.summary.state, after);
        QCOMPARE(job.payload, makeJob(3, payloadTag).payload);
        QCOMPARE(job.summary.hasFollowUp, outcome == EnqueueOutcome::FollowUp);
        if (outcome == EnqueueOutcome::FollowUp)
            QCOMPARE(job.followUpPayload, makeJob(3, QStringLiteral("v2")).payload);
        if (outcome == EnqueueOutcome::Unchanged) {
            // A re-read of an unchanged row never resets a backoff or revives a job.
            QCOMPARE(job.summary.nextAttemptAt, before.summary.nextAttemptAt);
            QCOMPARE(job.summary.attempts, before.summary.attempts);
            QCOMPARE(job.summary.updatedAt, before.summary.updatedAt);
        }
        if (after == JobState::Pending && changed) {
            QCOMPARE(job.summary.nextAttemptAt, m_f.now());
            QCOMPARE(job.summary.attempts, 0);
            QVERIFY(!job.summary.lastError);
            QCOMPARE(job.correlationId, makeJob(3, QStringLiteral("v2")).correlationId);
        }
    }

    void enqueueRejectsBadInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty key")
            << ""
            << "{}" << 0 << "job 2 of 2 (key \"\"): the idempotency key is empty";
        QTest::newRow("blank key") << "   "
                                   << "{}" << 0 << "idempotency key is empty";
        QTest::newRow("not JSON") << "k"
                                  << "{\"a\":" << 0
                                  << "job 2 of 2 (key \"k\"): the payload is not a JSON object";
        QTest::newRow("JSON array") << "k"
                                    << "[1,2]" << 0 << "not an object";
        QTest::newRow("empty payload") << "k"
                                       << "" << 0 << "the payload is not a JSON object";
        QTest::newRow("no kind") << "k"
                                 << "{}" << int(JobKind::Count) << "the job kind is not set";
    }
    void enqueueRejectsBadInput()
    {
        QFETCH(QString, key);
        QFETCH(QString, payload);
        QFETCH(int, kind);
        QFETCH(QString, message);
        NewJob bad;
        bad.key = key;
        bad.payload = payload;
        bad.kind = static_cast<JobKind>(kind);
        const auto r = queue().enqueue(QList<NewJob>{makeJob(1), bad});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QVERIFY(!jobByN(1));
    }

    void enqueueAdvancesTheCursorWithItsJobs()
    {
        SourceCursor c;
        c.sourceId = QStringLiteral("ident-main");
        c.changeTime = QStringLiteral("2026-11-22 07:00:00.123");
        c.lastId = QStringLiteral("9001");
        STORE_GET(outcomes,
                  queue().enqueue({makeJob(1), makeJob(2), makeJob(1, QStringLiteral("v2"))}, c));
        QCOMPARE(outcomes,
                 (QList<EnqueueOutcome>{EnqueueOutcome::Inserted, EnqueueOutcome::Inserted,
                                        EnqueueOutcome::Superseded}));
        STORE_GET(saved, CursorStore(*m_f.db).cursor(c.sourceId));
        QVERIFY(saved);
        QCOMPARE(saved->changeTime, c.changeTime);
        QCOMPARE(saved->lastId, c.lastId);
        QCOMPARE(jobByN(1)->payload, makeJob(1, QStringLiteral("v2")).payload);

        SourceCursor bad = c;
        bad.sourceId.clear();
        bad.lastId = QStringLiteral("9999");
        const auto refused = queue().enqueue({makeJob(3)}, bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("source id is empty")),
                 qPrintable(refused.error()));
        QVERIFY2(!jobByN(3), "the jobs roll back with the cursor");
    }

    void leaseHandsOutDueJobsInDueOrder()
    {
        for (int n = 1; n <= 5; ++n) {
            STORE_DO(queue().enqueue(makeJob(n)));
            m_f.advance(1000);
        }
        // Job 1 becomes retry_wait ten minutes out.
        {
            const LeasedJob first = leaseOne();
            QCOMPARE(first.key, makeJob(1).key);
            JobFailure f;
            f.lease = first.lease;
            f.error = transientError();
            f.nextState = JobState::RetryWait;
            f.nextAttemptAt = m_f.now().addSecs(600);
            STORE_DO(queue().fail(f));
        }
        STORE_GET(batch, queue().lease(Owner, 3, 30s));
        QCOMPARE(batch.size(), 3);
        QCOMPARE(batch.at(0).key, makeJob(2).key);
        QCOMPARE(batch.at(1).key, makeJob(3).key);
        QCOMPARE(batch.at(2).key, makeJob(4).key);
        for (const LeasedJob &j : batch) {
            QCOMPARE(j.lease.leaseSeq, 1);
            QCOMPARE(j.leaseExpiresAt, m_f.now().addSecs(30));
            QCOMPARE(j.payload, makeJob(int(j.dealKey.receptionId())).payload);
            QCOMPARE(j.payloadHash, JobQueue::hashPayload(j.payload));
            QVERIFY(!j.outcomeUnknown);
            QVERIFY(!j.manualRetry);
            const auto job = queue().job(j.lease.jobId).value();
            QCOMPARE(job->summary.state, JobState::InFlight);
            QCOMPARE(job->leaseOwner, Owner);
            QCOMPARE(job->leaseExpiresAt, m_f.now().addSecs(30));
        }
        STORE_GET(rest, queue().lease(Owner, 3, 30s));
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().key, makeJob(5).key);
        STORE_GET(none, queue().lease(Owner, 3, 30s));
        QVERIFY(none.isEmpty());
        m_f.advance(600 * 1000);
        STORE_GET(later, queue().lease(Owner, 3, 30s));
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.first().key, makeJob(1).key);
        QCOMPARE(later.first().attempts, 1);
        QCOMPARE(later.first().lease.leaseSeq, 2);
    }

    void leaseRefusesAnEmptyOwner()
    {
        STORE_DO(queue().enqueue(makeJob(1)));
        const auto r = queue().lease(QString(), 5, 30s);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QLatin1String("owner is empty")));
        STORE_GET(zero, queue().lease(Owner, 0, 30s));
        QVERIFY(zero.isEmpty());
        QCOMPARE(stateOf(1), JobState::Pending);
    }

    void completeRecordsBindingTransitionAndContactsTogether()
    {
        STORE_DO(queue().enqueue(makeJob(1)));
        const LeasedJob j = leaseOne();
        JobCompletion c;
        c.lease = j.lease;
        c.binding = bindingFor(j, 77);
        StageTransition t;
        t.dealKey = j.dealKey;
        t.dealId = 77;
        t.fromStage = StageId::parse(QStringLiteral("C2:NEW"));
        t.toStage = StageId::parse(QStringLiteral("C2:UC_NO40X0"));
        t.reason = StageReason::Mapped;
        t.doctor = QStringLiteral("Петров П.");
        c.transition = t;
        c.patientContacts = {PatientContact{1, 9001, 1077}};
        m_f.advance(2000);
        STORE_GET(outcome, queue().complete(c));
        QCOMPARE(outcome, CompleteOutcome::Done);

        const auto job = *jobByN(1);
        QCOMPARE(job.summary.state, JobState::Done);
        QCOMPARE(job.summary.dealId, std::optional<qint64>(77));
        QVERIFY(job.leaseOwner.isEmpty());
        QCOMPARE(job.summary.updatedAt, m_f.now());
        STORE_GET(binding, BindingStore(*m_f.db).binding(j.dealKey));
        QVERIFY(binding);
        QCOMPARE(binding->dealId, 77);
        QCOMPARE(binding->contactId, std::optional<qint64>(1077));
        QCOMPARE(binding->payloadHash, j.payloadHash);
        QCOMPARE(binding->stage.toString(), QStringLiteral("C2:NEW"));
        QVERIFY(!binding->manual);
        STORE_GET(transitions, TransitionLog(*m_f.db).page({}, std::nullopt, 10));
        QCOMPARE(transitions.size(), 1);
        QCOMPARE(transitions.first().toStage.toString(), QStringLiteral("C2:UC_NO40X0"));
        QCOMPARE(transitions.first().at, m_f.now());
        STORE_GET(contacts, BindingStore(*m_f.db).patientContacts(1, {9001, 9002}));
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.value(9001), 1077);

        // A second completion of the same lease is refused and changes nothing.
        JobCompletion again = c;
        again.binding->dealId = 78;
        STORE_GET(second, queue().complete(again));
        QCOMPARE(second, CompleteOutcome::LeaseLost);
        QCOMPARE(BindingStore(*m_f.db).binding(j.dealKey).value()->dealId, 77);
    }

    void completeRollsBackEverythingOnABadBinding()
    {
        STORE_DO(queue().enqueue(makeJob(1)));
        STORE_DO(queue().enqueue(makeJob(2)));
        STORE_GET(leased, queue().lease(Owner, 2, 60s));
        JobCompletion good;
        good.lease = leased.at(0).lease;
        good.binding = bindingFor(leased.at(0), 11);
        JobCompletion bad;
        bad.lease = leased.at(1).lease;
        bad.binding = bindingFor(leased.at(1), 0);
        const auto r = queue().complete({good, bad});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(
                     QLatin1String("binding F1_2: the deal id 0 is not a positive number")),
                 qPrintable(r.error()));
        QCOMPARE(stateOf(1), JobState::InFlight);
        QCOMPARE(stateOf(2), JobState::InFlight);
        STORE_GET(binding, BindingStore(*m_f.db).binding(DealKey(1, 1)));
        QVERIFY(!binding);
    }

    void aNewerPayloadWhileInFlightIsSentAfterwards()
    {
        STORE_DO(queue().enqueue(makeJob(1)));
        const LeasedJob first = leaseOne();
        STORE_GET(followUp, queue().enqueue(makeJob(1, QStringLiteral("v2"))));
        QCOMPARE(followUp, EnqueueOutcome::FollowUp);
        STORE_GET(newest, queue().enqueue(makeJob(1, QStringLiteral("v3"))));
        QCOMPARE(newest, EnqueueOutcome::FollowUp);
        STORE_GET(repeat, queue().enqueue(makeJob(1, QStringLiteral("v3"))));
        QCOMPARE(repeat, EnqueueOutcome::Unchanged);
        STORE_GET(none, queue().lease(Owner, 5, 60s));
        QVERIFY2(none.isEmpty(), "an in-flight job is never leased twice");

        JobCompletion c;
        c.lease = first.lease;
        c.binding = bindingFor(first, 31);
        STORE_GET(outcome, queue().complete(c));
        QCOMPARE(outcome, CompleteOutcome::Requeued);
        const auto job = *jobByN(1);
        QCOMPARE(job.summary.state, JobState::Pending);
        QCOMPARE(job.payload, makeJob(1, QStringLiteral("v3")).payload);
        QCOMPARE(job.correlationId, makeJob(1, QStringLiteral("v3")).correlationId);
        QVERIFY(!job.summary.hasFollowUp);
        QCOMPARE(job.summary.dealId, std::optional<qint64>(31));
        QCOMPARE(BindingStore(*m_f.db).binding(DealKey(1, 1)).value()->payloadHash,
                 first.payloadHash);

        const LeasedJob second = leaseOne();
        QCOMPARE(second.payload, makeJob(1, QStringLiteral("v3")).payload);
        QCOMPARE(second.lease.leaseSeq, first.lease.leaseSeq + 1);
        JobCompletion c2;
        c2.lease = second.lease;
        c2.binding = bindingFor(second, 31);
        STORE_GET(done, queue().complete(c2));
        QCOMPARE(done, CompleteOutcome::Done);
        QCOMPARE(BindingStore(*m_f.db).binding(DealKey(1, 1)).value()->payloadHash,
                 second.payloadHash);
    }

    void aFollowUpIsDroppedWhenThePayloadReverts()
    {
        STORE_DO(queue().enqueue(makeJob(1)));
        const LeasedJob first = leaseOne();
        STORE_DO(queue().enqueue(makeJob(1, QStringLiteral("v2"))));
        STORE_GET(back, queue().enqueue(makeJob(1)));
        QCOMPARE(back, EnqueueOutcome::Unchanged);
        QVERIFY(!jobByN(1)->summary.hasFollowUp);
        JobCompletion c;
        c.lease = first.lease;
        c.binding = bindingFor(first, 5);
        STORE_GET(outcome, queue().complete(c));
        QCOMPARE(outcome, CompleteOutcome::Done);
    }

    void aStaleWorkerCannotFinishAJobLeasedAgain()
    {
        STORE_DO(queue().enqueue(makeJob(1)));
        const LeasedJob stale = leaseOne();
        m_f.advance(61 * 1000);
        STORE_GET(released, queue().releaseExpired());
        QCOMPARE(released, 1);
        STORE_GET(batch, queue().lease(QStringLiteral("engine-b"), 5, 60s));
        QCOMPARE(batch.size(), 1);
        const LeasedJob fresh = batch.first();
        QCOMPARE(fresh.lease.jobId, stale.lease.jobId);
        QVERIFY(fresh.lease.leaseSeq != stale.lease.leaseSeq);
        QVERIFY(fresh.outcomeUnknown);

        JobCompletion late;
        late.lease = stale.lease;
        late.binding = bindingFor(stale, 900);
        STORE_GET(lost, queue().complete(late));
        QCOMPARE(lost, CompleteOutcome::LeaseLost);
        JobFailure lateFailure;
        lateFailure.lease = stale.lease;
        lateFailure.error = validationError();
        lateFailure.nextState = JobState::Dead;
        STORE_GET(lostFail, queue().fail(lateFailure));
        QCOMPARE(lostFail, FailOutcome::LeaseLost);
        STORE_GET(noBinding, BindingStore(*m_f.db).binding(DealKey(1, 1)));
        QVERIFY(!noBinding);
        QCOMPARE(stateOf(1), JobState::InFlight);

        JobCompletion c;
        c.lease = fresh.lease;
        c.binding = bindingFor(fresh, 901);
        STORE_GET(done, queue().complete(c));
        QCOMPARE(done, CompleteOutcome::Done);
        QVERIFY(!jobByN(1)->summary.outcomeUnknown);
        QCOMPARE(BindingStore(*m_f.db).binding(DealKey(1, 1)).value()->dealId, 901);
    }

    void anExpiredLeaseNobodyTookStillCompletes()
    {
        STORE_DO(queue().enqueue(makeJob(1)));
        const LeasedJob j = leaseOne();
        m_f.advance(10 * 60 * 1000);
        JobCompletion c;
        c.lease = j.lease;
        c.binding = bindingFor(j, 3);
        STORE_GET(outcome, queue().complete(c));
        QCOMPARE(outcome, CompleteOutcome::Done);
        STORE_GET(released, queue().releaseExpired());
        QCOMPARE(released, 0);
    }

    void batchCompletionReportsEachJob()
    {
        for (int n = 1; n <= 3; ++n)
            STORE_DO(queue().enqueue(makeJob(n)));
        STORE_GET(leased, queue().lease(Owner, 3, 60s));
        QCOMPARE(leased.size(), 3);
        STORE_DO(queue().enqueue(makeJob(2, QStringLiteral("v2"))));
        QList<JobCompletion> cs;
        for (const LeasedJob &j : leased) {
            JobCompletion c;
            c.lease = j.lease;
            c.binding = bindingFor(j, 100 + j.dealKey.receptionId());
            cs << c;
        }
        cs[2].lease.leaseSeq += 1;
        STORE_GET(outcomes, queue().complete(cs));
        QCOMPARE(outcomes, (QList<CompleteOutcome>{CompleteOutcome::Done, CompleteOutcome::Requeued,
                                                   CompleteOutcome::LeaseLost}));
        QCOMPARE(stateOf(1), JobState::Done);
        QCOMPARE(stateOf(2), JobState::Pending);
        QCOMPARE(stateOf(3), JobState::InFlight);
        STORE_GET(bindings,
                  BindingStore(*m_f.db).bindings({DealKey(1, 1), DealKey(1, 2), DealKey(1, 3)}));
        QCOMPARE(bindings.size(), 2);
        QVERIFY(!bindings.contains(DealKey(1, 3)));
    }

    void failRecordsTheEnginesDecision_data()
    {
        QTest::addColumn<JobState>("next");
        QTest::addColumn<bool>("consumes");
        QTest::addColumn<int>("attemptsAfter");
        QTest::addColumn<int>("dueInSeconds"); // -1: due now
        QTest::newRow("retry_wait, counted") << JobState::RetryWait << true << 1 << 120;
        QTest::newRow("retry_wait, rate limited: not counted")
            << JobState::RetryWait << false << 0 << 10;
        QTest::newRow("dead") << JobState::Dead << true << 1 << -1;
        QTest::newRow("needs_attention") << JobState::NeedsAttention << true << 1 << -1;
        QTest::newRow("pending: class paused") << JobState::Pending << false << 0 << 3600;
        QTest::newRow("pending, no time given") << JobState::Pending << false << 0 << -1;
    }
    void failRecordsTheEnginesDecision()
    {
        QFETCH(JobState, next);
        QFETCH(bool, consumes);
        QFETCH(int, attemptsAfter);
        QFETCH(int, dueInSeconds);
        STORE_DO(queue().enqueue(makeJob(1)));
        const LeasedJob j = leaseOne();
        m_f.advance(1500);
        JobFailure f;
        f.lease = j.lease;
        f.error = next == JobState::Dead ? validationError() : transientError();
        f.nextState = next;
        f.consumesAttempt = consumes;
        if (dueInSeconds >= 0 && next != JobState::Dead && next != JobState::NeedsAttention)
            f.nextAttemptAt = m_f.now().addSecs(dueInSeconds);
        STORE_GET(outcome, queue().fail(f));
        QCOMPARE(outcome, FailOutcome::Recorded);

        const auto job = *jobByN(1);
        QCOMPARE(job.summary.state, next);
        QCOMPARE(job.summary.attempts, attemptsAfter);
        QCOMPARE(job.summary.nextAttemptAt,
                 f.nextAttemptAt.isValid() ? f.nextAttemptAt : m_f.now());
        QVERIFY(job.leaseOwner.isEmpty());
        QVERIFY(job.summary.lastError);
        QCOMPARE(job.summary.lastError->cls, f.error.cls);
        QCOMPARE(job.summary.lastError->code, f.error.code);
        QCOMPARE(job.summary.lastError->httpStatus, f.error.httpStatus);
        QCOMPARE(job.summary.lastError->transport, f.error.transport);
        QCOMPARE(job.summary.lastError->message, f.error.message);

        STORE_GET(events, queue().errorEvents(j.lease.jobId, 10));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().error.cls, f.error.cls);
        QCOMPARE(events.first().error.message, f.error.message);
        QCOMPARE(events.first().nextState, next);
        QCOMPARE(events.first().attempts, attemptsAfter);
        QCOMPARE(events.first().at, m_f.now());
        QCOMPARE(events.first().correlationId, j.correlationId);

        STORE_GET(leasedAgain, queue().lease(Owner, 1, 60s));
        const bool dueNow = next == JobState::Pending && !f.nextAttemptAt.isValid();
        QCOMPARE(leasedAgain.size(), dueNow ? 1 : 0);
    }

    void failRefusesStatesAFailureCannotLeadTo_data()
    {
        QTest::addColumn<JobState>("next");
        QTest::newRow("in_flight") << JobState::InFlight;
        QTest::newRow("done") << JobState::Done;
        QTest::newRow("cancelled") << JobState::Cancelled;
    }
    void failRefusesStatesAFailureCannotLeadTo()
    {
        QFETCH(JobState, next);
        STORE_DO(queue().enqueue(makeJob(1)));
        const LeasedJob j = leaseOne();
        JobFailure f;
        f.lease = j.lease;
        f.nextState = next;
        const auto r = queue().fail(f);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(toKey(next)), qPrintable(r.error()));
        QCOMPARE(stateOf(1), JobState::InFlight);
    }

    void aNewerPayloadOvertakesAFailure_data()
    {
        QTest::addColumn<JobState>("decision");
        QTest::addColumn<JobState>("after");
        QTest::addColumn<bool>("dueNow");
        QTest::newRow("dead: the change may be the fix")
            << JobState::Dead << JobState::Pending << true;
        QTest::newRow("needs_attention likewise")
            << JobState::NeedsAttention << JobState::Pending << true;
        QTest::newRow("retry_wait keeps its backoff")
            << JobState::RetryWait << JobState::RetryWait << false;
        QTest::newRow("paused class stays paused")
            << JobState::Pending << JobState::Pending << false;
    }
    void aNewerPayloadOvertakesAFailure()
    {
        QFETCH(JobState, decision);
        QFETCH(JobState, after);
        QFETCH(bool, dueNow);
        STORE_DO(queue().enqueue(makeJob(1)));
        const LeasedJob j = leaseOne();
        STORE_DO(queue().enqueue(makeJob(1, QStringLiteral("v2"))));
        JobFailure f;
        f.lease = j.lease;
        f.error = validationError();
        f.nextState = decision;
        f.nextAttemptAt = m_f.now().addSecs(300);
        STORE_GET(outcome, queue().fail(f));
        QCOMPARE(outcome, FailOutcome::Requeued);
        const auto job = *jobByN(1);
        QCOMPARE(job.summary.state, after);
        QCOMPARE(job.payload, makeJob(1, QStringLiteral("v2")).payload);
        QCOMPARE(job.summary.attempts, 0);
        QVERIFY(!job.summary.hasFollowUp);
        QCOMPARE(job.summary.nextAttemptAt, dueNow ? m_f.now() : f.nextAttemptAt);
        STORE_GET(events, queue().errorEvents(j.lease.jobId, 10));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().nextState, after);
    }

    void outcomeUnknownLastsUntilACompletion()
    {
        STORE_DO(queue().enqueue(makeJob(1)));
        JobFailure f;
        f.lease = leaseOne().lease;
        f.error = transientError();
        f.nextState = JobState::Pending;
        f.outcomeUnknown = true;
        STORE_DO(queue().fail(f));
        QVERIFY(jobByN(1)->summary.outcomeUnknown);
        f.lease = leaseOne().lease;
        f.outcomeUnknown = false;
        f.error.transport = TransportError::None;
        f.error.httpStatus = 503;
        STORE_DO(queue().fail(f));
        QVERIFY2(jobByN(1)->summary.outcomeUnknown, "a later known failure does not clear it");
        STORE_GET(changed, queue().enqueue(makeJob(1, QStringLiteral("v2"))));
        QCOMPARE(changed, EnqueueOutcome::Superseded);
        const LeasedJob j = leaseOne();
        QVERIFY2(j.outcomeUnknown, "a newer payload does not clear it either");
        JobCompletion c;
        c.lease = j.lease;
        c.binding = bindingFor(j, 8);
        STORE_DO(queue().complete(c));
        QVERIFY(!jobByN(1)->summary.outcomeUnknown);
    }

    // The engine that holds the engine lease knows every other lease owner is dead: their jobs
    // come back at once, unexpired, and its own stay in flight.
    void deadOwnersJobsComeBackAtOnce()
    {
        for (int n = 1; n <= 3; ++n)
            STORE_DO(queue().enqueue(makeJob(n)));
        STORE_GET(dead, queue().lease(QStringLiteral("host:1:dead"), 2, 120s));
        STORE_GET(live, queue().lease(Owner, 1, 120s));
        QCOMPARE(dead.size(), 2);
        QCOMPARE(live.size(), 1);
        STORE_GET(none, queue().releaseExpired());
        QCOMPARE(none, 0);
        STORE_GET(released, queue().releaseExpired(Owner));
        QCOMPARE(released, 2);
        for (const LeasedJob &j : dead) {
            const auto job = queue().job(j.lease.jobId).value();
            QCOMPARE(job->summary.state, JobState::Pending);
            QVERIFY(job->summary.outcomeUnknown);
        }
        QCOMPARE(queue().job(live.first().lease.jobId).value()->summary.state, JobState::InFlight);
    }

    void expiredLeasesComeBackPendingWithOutcomeUnknown()
    {
        for (int n = 1; n <= 4; ++n)
            STORE_DO(queue().enqueue(makeJob(n)));
        STORE_GET(shortLeases, queue().lease(Owner, 2, 10s));
        STORE_GET(longLeases, queue().lease(Owner, 2, 120s));
        QCOMPARE(shortLeases.size(), 2);
        QCOMPARE(longLeases.size(), 2);
        STORE_DO(queue().enqueue(
            makeJob(int(shortLeases.first().dealKey.receptionId()), QStringLiteral("v9"))));

        m_f.advance(9999);
        STORE_GET(early, queue().releaseExpired());
        QCOMPARE(early, 0);
        m_f.advance(1);
        STORE_GET(released, queue().releaseExpired());
        QCOMPARE(released, 2);
        for (const LeasedJob &j : shortLeases) {
            const auto job = queue().job(j.lease.jobId).value();
            QCOMPARE(job->summary.state, JobState::Pending);
            QVERIFY(job->summary.outcomeUnknown);
            QVERIFY(job->leaseOwner.isEmpty());
            QCOMPARE(job->summary.nextAttemptAt, m_f.now());
            QCOMPARE(job->summary.attempts, 0);
            STORE_GET(events, queue().errorEvents(j.lease.jobId, 5));
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().error.code, QStringLiteral("lease_expired"));
            QCOMPARE(events.first().nextState, JobState::Pending);
        }
        const auto followed = queue().job(shortLeases.first().lease.jobId).value();
        QVERIFY2(followed->payload.contains(QLatin1String("v9")), "the newer payload takes over");
        for (const LeasedJob &j : longLeases)
            QCOMPARE(queue().job(j.lease.jobId).value()->summary.state, JobState::InFlight);

        STORE_GET(again, queue().lease(Owner, 5, 60s));
        QCOMPARE(again.size(), 2);
        for (const LeasedJob &j : again)
            QVERIFY(j.outcomeUnknown);
    }

    void manualRetry_data()
    {
        QTest::addColumn<JobState>("state");
        QTest::addColumn<bool>("retried");
        QTest::newRow("dead") << JobState::Dead << true;
        QTest::newRow("needs_attention") << JobState::NeedsAttention << true;
        QTest::newRow("retry_wait") << JobState::RetryWait << true;
        QTest::newRow("cancelled") << JobState::Cancelled << true;
        QTest::newRow("pending") << JobState::Pending << true;
        QTest::newRow("in_flight") << JobState::InFlight << false;
        QTest::newRow("done") << JobState::Done << false;
    }
    void manualRetry()
    {
        QFETCH(JobState, state);
        QFETCH(bool, retried);
        putInState(1, state);
        if (QTest::currentTestFailed())
            return;
        const auto before = *jobByN(1);
        m_f.advance(7000);
        STORE_GET(n, queue().retry({before.summary.id, 999999}, QStringLiteral("anna")));
        QCOMPARE(n, retried ? 1 : 0);
        const auto after = *jobByN(1);
        QCOMPARE(after.summary.state, retried ? JobState::Pending : state);
        QCOMPARE(after.manualRetry, retried);
        if (retried)
            QCOMPARE(after.summary.nextAttemptAt, m_f.now());
        QCOMPARE(after.summary.attempts, before.summary.attempts);

        STORE_GET(audit, AuditLog(*m_f.db).page(std::nullopt, 1));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actor, QStringLiteral("anna"));
        QCOMPARE(audit.first().action, QStringLiteral("retry"));
        QCOMPARE(audit.first().target, QStringLiteral("jobs %1, 999999").arg(before.summary.id));
        QCOMPARE(audit.first().details, QStringLiteral("%1 jobs").arg(retried ? 1 : 0));
        QCOMPARE(audit.first().at, m_f.now());
    }

    void aManualRetryIsNotCountedAsAnAttempt()
    {
        putInState(1, JobState::Dead);
        QCOMPARE(jobByN(1)->summary.attempts, 1);
        STORE_DO(queue().retry({jobByN(1)->summary.id}, QStringLiteral("anna")));
        const LeasedJob j = leaseOne();
        QVERIFY(j.manualRetry);
        QCOMPARE(j.attempts, 1);
        JobFailure f;
        f.lease = j.lease;
        f.error = transientError();
        f.nextState = JobState::RetryWait;
        f.nextAttemptAt = m_f.now().addSecs(60);
        STORE_DO(queue().fail(f));
        const auto job = *jobByN(1);
        QCOMPARE(job.summary.attempts, 1);
        QVERIFY2(!job.manualRetry, "only the one attempt a person asked for is free");
        m_f.advance(60 * 1000);
        const LeasedJob next = leaseOne();
        QVERIFY(!next.manualRetry);
        f.lease = next.lease;
        STORE_DO(queue().fail(f));
        QCOMPARE(jobByN(1)->summary.attempts, 2);
    }

    void retryByErrorClassAndCode()
    {
        putInState(1, JobState::Dead);           // validation ERROR_ARGUMENT
        putInState(2, JobState::RetryWait);      // transient timeout
        putInState(3, JobState::NeedsAttention); // validation ERROR_ARGUMENT
        putInState(4, JobState::Done);
        STORE_DO(queue().enqueue(makeJob(5)));
        JobFailure f;
        f.lease = leaseOne().lease;
        f.error = validationError(QStringLiteral("OTHER_CODE"));
        f.nextState = JobState::Dead;
        STORE_DO(queue().fail(f));

        STORE_GET(byCode,
                  queue().retryErrorClass(ErrorClass::Validation, QStringLiteral("OTHER_CODE"),
                                          QStringLiteral("anna")));
        QCOMPARE(byCode, 1);
        QCOMPARE(stateOf(5), JobState::Pending);
        QCOMPARE(stateOf(1), JobState::Dead);
        STORE_GET(byClass, queue().retryErrorClass(ErrorClass::Validation, std::nullopt,
                                                   QStringLiteral("boris")));
        QCOMPARE(byClass, 3); // 1, 3 and 5 (already pending, due now again)
        QCOMPARE(stateOf(1), JobState::Pending);
        QCOMPARE(stateOf(3), JobState::Pending);
        QCOMPARE(stateOf(2), JobState::RetryWait);
        QCOMPARE(stateOf(4), JobState::Done);

        STORE_GET(audit, AuditLog(*m_f.db).page(std::nullopt, 10));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).actor, QStringLiteral("boris"));
        QCOMPARE(audit.at(0).target, QStringLiteral("class validation"));
        QCOMPARE(audit.at(0).details, QStringLiteral("3 jobs"));
        QCOMPARE(audit.at(1).target, QStringLiteral("class validation code \"OTHER_CODE\""));
    }

    void retryAllDead()
    {
        putInState(1, JobState::Dead);
        putInState(2, JobState::Dead);
        putInState(3, JobState::NeedsAttention);
        STORE_GET(n, queue().retryAllDead(QStringLiteral("anna")));
        QCOMPARE(n, 2);
        QCOMPARE(stateOf(1), JobState::Pending);
        QCOMPARE(stateOf(2), JobState::Pending);
        QCOMPARE(stateOf(3), JobState::NeedsAttention);
        STORE_GET(audit, AuditLog(*m_f.db).page(std::nullopt, 10));
        QCOMPARE(audit.first().target, QStringLiteral("all dead jobs"));
        const auto noActor = queue().retryAllDead(QString());
        QVERIFY(!noActor.ok());
        QVERIFY(noActor.error().contains(QLatin1String("who asked for it is missing")));
    }

    void cancel_data()
    {
        QTest::addColumn<JobState>("state");
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("pending") << JobState::Pending << true;
        QTest::newRow("retry_wait") << JobState::RetryWait << true;
        QTest::newRow("dead") << JobState::Dead << true;
        QTest::newRow("needs_attention") << JobState::NeedsAttention << true;
        QTest::newRow("in_flight") << JobState::InFlight << false;
        QTest::newRow("done") << JobState::Done << false;
    }
    void cancel()
    {
        QFETCH(JobState, state);
        QFETCH(bool, cancelled);
        putInState(1, state);
        if (QTest::currentTestFailed())
            return;
        const qint64 id = jobByN(1)->summary.id;
        STORE_GET(n, queue().cancel({id}, QStringLiteral("anna")));
        QCOMPARE(n, cancelled ? 1 : 0);
        QCOMPARE(stateOf(1), cancelled ? JobState::Cancelled : state);
        STORE_GET(audit, AuditLog(*m_f.db).page(std::nullopt, 1));
        QCOMPARE(audit.first().action, QStringLiteral("cancel"));
        QCOMPARE(audit.first().target, QStringLiteral("jobs %1").arg(id));
        STORE_GET(none, queue().lease(Owner, 5, 60s));
        QCOMPARE(none.isEmpty(), cancelled || state != JobState::Pending);
    }

    void countsByStateAndProblemGroups()
    {
        putInState(1, JobState::Dead);
        putInState(2, JobState::NeedsAttention);
        putInState(3, JobState::RetryWait);
        putInState(4, JobState::Done);
        putInState(5, JobState::Cancelled);
        putInState(6, JobState::InFlight);
        STORE_DO(queue().enqueue(makeJob(7)));
        STORE_GET(counts, queue().countsByState());
        StateCounts expected{};
        for (JobState s :
             {JobState::Dead, JobState::NeedsAttention, JobState::RetryWait, JobState::Done,
              JobState::Cancelled, JobState::InFlight, JobState::Pending})
            expected[size_t(s)] = 1;
        QCOMPARE(counts, expected);

        STORE_GET(groups, queue().problemGroups());
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).errorClass, ErrorClass::Validation);
        QCOMPARE(groups.at(0).errorCode, QStringLiteral("ERROR_ARGUMENT"));
        QCOMPARE(groups.at(0).count, 2);
        QCOMPARE(groups.at(1).errorClass, ErrorClass::Transient);
        QCOMPARE(groups.at(1).count, 1);
    }

    void payloadsOfAPage()
    {
        QList<qint64> ids;
        for (int n = 1; n <= 5; ++n) {
            QVERIFY(queue().enqueue(makeJob(n)).ok());
            ids << queue().jobByKey(makeJob(n).key)->value().summary.id;
        }
        // A newer payload replaces the older: the answer is the current one.
        QVERIFY(queue().enqueue(makeJob(3, QStringLiteral("v2"))).ok());
        const auto got = queue().payloads({ids.at(0), ids.at(2), ids.at(4), 999999});
        QVERIFY2(got.ok(), qPrintable(got.error()));
        QCOMPARE(got->size(), 3);
        QCOMPARE(got->value(ids.at(0)), makeJob(1).payload);
        QCOMPARE(got->value(ids.at(2)), makeJob(3, QStringLiteral("v2")).payload);
        QCOMPARE(got->value(ids.at(4)), makeJob(5).payload);
        QVERIFY(!got->contains(999999));
        QCOMPARE(queue().payloads({})->size(), 0);
    }

    void pageFilters_data()
    {
        QTest::addColumn<QList<JobState>>("states");
        QTest::addColumn<int>("errorClass"); // -1: any
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected");
        const QList<JobState> any;
        QTest::newRow("everything") << any << -1 << "" << QList<int>{1, 2, 3, 4, 5, 6, 12, 21};
        QTest::newRow("dead") << QList<JobState>{JobState::Dead} << -1 << "" << QList<int>{2};
        QTest::newRow("dead or waiting")
            << QList<JobState>{JobState::Dead, JobState::RetryWait} << -1 << "" << QList<int>{2, 3};
        QTest::newRow("class transient")
            << any << int(ErrorClass::Transient) << "" << QList<int>{3};
        QTest::newRow("class validation, needs attention")
            << QList<JobState>{JobState::NeedsAttention} << int(ErrorClass::Validation) << ""
            << QList<int>{4};
        QTest::newRow("exact deal key") << any << -1 << "F1_12" << QList<int>{12};
        QTest::newRow("deal key substring") << any << -1 << "f1_2" << QList<int>{2, 21};
        QTest::newRow("patient, other case") << any << -1 << "СМИРНОВА" << QList<int>{5};
        QTest::newRow("patient, е for ё") << any << -1 << "федоров" << QList<int>{6};
        QTest::newRow("patient, ё for ё") << any << -1 << "Фёдоров" << QList<int>{6};
        QTest::newRow("deal id digits") << any << -1 << "501" << QList<int>{1};
        QTest::newRow("LIKE wildcards are literal") << any << -1 << "%" << QList<int>{};
        QTest::newRow("underscore is literal") << any << -1 << "1_1" << QList<int>{1, 12};
        QTest::newRow("nothing matches") << any << -1 << "zzz" << QList<int>{};
    }
    void pageFilters()
    {
        QFETCH(QList<JobState>, states);
        QFETCH(int, errorClass);
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        putInState(1, JobState::Done); // deal 501
        putInState(2, JobState::Dead);
        putInState(3, JobState::RetryWait);
        putInState(4, JobState::NeedsAttention);
        for (int n : {5, 6, 12, 21}) {
            NewJob j = makeJob(n);
            if (n == 5)
                j.patientName = QStringLiteral("Смирнова Анна");
            if (n == 6)
                j.patientName = QStringLiteral("Фёдоров Пётр");
            STORE_DO(queue().enqueue(j));
        }
        JobPageRequest request;
        request.filter.states = states;
        if (errorClass >= 0)
            request.filter.errorClass = static_cast<ErrorClass>(errorClass);
        request.filter.text = text;
        STORE_GET(page, queue().page(request));
        QList<int> got;
        for (const JobSummary &s : page.rows)
            got << int(s.dealKey.receptionId());
        QCOMPARE(got, expected);
        QVERIFY(!page.next);
    }

    void pageKeysetCoversEveryRowOnce_data()
    {
        QTest::addColumn<JobSort>("sort");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<JobState>>("states");
        for (JobSort sort : {JobSort::Id, JobSort::NextAttempt, JobSort::Updated}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const char *s = sort == JobSort::Id            ? "id"
                                : sort == JobSort::NextAttempt ? "next"
                                                               : "updated";
                const char *o = order == Qt::AscendingOrder ? "asc" : "desc";
                QTest::addRow("%s %s, all", s, o) << sort << order << QList<JobState>{};
                QTest::addRow("%s %s, pending", s, o)
                    << sort << order << QList<JobState>{JobState::Pending};
            }
        }
    }
    void pageKeysetCoversEveryRowOnce()
    {
        QFETCH(JobSort, sort);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<JobState>, states);
        // 40 jobs; many share a time so the id tie-break matters.
        for (int n = 1; n <= 40; ++n) {
            STORE_DO(queue().enqueue(makeJob(n)));
            if (n % 3 == 0)
                m_f.advance(1000);
        }
        STORE_GET(leased, queue().lease(Owner, 8, 60s));
        for (int i = 0; i < leased.size(); ++i) {
            JobFailure f;
            f.lease = leased.at(i).lease;
            f.error = transientError();
            f.nextState = i % 2 ? JobState::RetryWait : JobState::Pending;
            f.nextAttemptAt = m_f.now().addSecs(100 - i * 10);
            STORE_DO(queue().fail(f));
        }

        JobPageRequest request;
        request.sort = sort;
        request.order = order;
        request.filter.states = states;
        request.limit = 1000;
        STORE_GET(whole, queue().page(request));
        QVERIFY(whole.rows.size() >= 20);
        auto key = [&](const JobSummary &s) {
            const qint64 v = sort == JobSort::Id            ? s.id
                             : sort == JobSort::NextAttempt ? Database::toMs(s.nextAttemptAt)
                                                            : Database::toMs(s.updatedAt);
            return std::pair(v, s.id);
        };
        for (int i = 1; i < whole.rows.size(); ++i) {
            if (order == Qt::AscendingOrder)
                QVERIFY(key(whole.rows.at(i - 1)) < key(whole.rows.at(i)));
            else
                QVERIFY(key(whole.rows.at(i - 1)) > key(whole.rows.at(i)));
        }

        QList<qint64> paged;
        request.limit = 7;
        for (int guard = 0; guard < 100; ++guard) {
            STORE_GET(page, queue().page(request));
            for (const JobSummary &s : page.rows)
                paged << s.id;
            if (!page.next)
                break;
            request.after = page.next;
        }
        QList<qint64> expected;
        for (const JobSummary &s : whole.rows)
            expected << s.id;
        QCOMPARE(paged, expected);
    }

    void startOfNewestYieldsTheLastN_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("onlyCancelled");
        QTest::newRow("3 of 30") << 3 << false;
        QTest::newRow("all 30") << 30 << false;
        QTest::newRow("more than there are") << 500 << false;
        QTest::newRow("2 of the cancelled") << 2 << true;
    }
    void startOfNewestYieldsTheLastN()
    {
        QFETCH(int, count);
        QFETCH(bool, onlyCancelled);
        QList<qint64> ids;
        for (int n = 1; n <= 30; ++n) {
            putInState(n, n % 4 == 0 ? JobState::Cancelled : JobState::Pending);
            if (!onlyCancelled || n % 4 == 0)
                ids << jobByN(n)->summary.id;
        }
        JobPageRequest request;
        if (onlyCancelled)
            request.filter.states = {JobState::Cancelled};
        STORE_GET(start, queue().startOfNewest(request.filter, count));
        QCOMPARE(start.has_value(), count < ids.size());
        request.after = start;
        request.limit = count;
        STORE_GET(page, queue().page(request));
        QList<qint64> got;
        for (const JobSummary &s : page.rows)
            got << s.id;
        QCOMPARE(got, ids.mid(qMax<qsizetype>(0, ids.size() - count)));
    }

    void jobDetailsAndAttemptHistory()
    {
        STORE_DO(queue().enqueue(makeJob(1)));
        for (int i = 0; i < 3; ++i) {
            JobFailure f;
            f.lease = leaseOne().lease;
            f.error = transientError();
            f.error.message = QStringLiteral("attempt %1").arg(i + 1);
            f.nextState = JobState::Pending;
            STORE_DO(queue().fail(f));
            m_f.advance(1000);
        }
        STORE_GET(events, queue().errorEvents(jobByN(1)->summary.id, 2));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).error.message, QStringLiteral("attempt 3"));
        QCOMPARE(events.at(1).error.message, QStringLiteral("attempt 2"));
        QVERIFY(events.at(0).at > events.at(1).at);
        STORE_GET(missing, queue().job(987654));
        QVERIFY(!missing);
        STORE_GET(missingKey, queue().jobByKey(QStringLiteral("nope")));
        QVERIFY(!missingKey);
    }

    void hostileTextRoundTrips()
    {
        NewJob j = makeJob(1);
        const QString comment = QString(1024 * 1024, QLatin1Char('x')) + QStringLiteral("'\"\\ 😀 ");
        QJsonObject o;
        o.insert(QStringLiteral("comment"), comment + QChar(0) + QStringLiteral("tail"));
        j.payload = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        j.patientName = QStringLiteral("O'Brien \"Джон\"") + QChar(0) + QStringLiteral(" 😀");
        STORE_DO(queue().enqueue(j));
        const auto job = *jobByN(1);
        QCOMPARE(job.payload, j.payload);
        QCOMPARE(QJsonDocument::fromJson(job.payload.toUtf8()).object(), o);
        QCOMPARE(job.summary.patientName, QStringLiteral("O'Brien \"Джон\"\uFFFD 😀"));
        JobPageRequest r;
        r.filter.text = QStringLiteral("o'brien \"джон");
        STORE_GET(page, queue().page(r));
        QCOMPARE(page.rows.size(), 1);

        JobFailure f;
        f.lease = leaseOne().lease;
        f.error = validationError();
        f.error.message = QStringLiteral("<html>") + QString(100000, QLatin1Char('y'));
        f.nextState = JobState::Dead;
        STORE_DO(queue().fail(f));
        QCOMPARE(jobByN(1)->summary.lastError->message.size(), 4000);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "testjobqueue.moc"
