#include "storefixture.h"

#include "store/bindingstore.h"
#include "store/jobqueue.h"
#include "store/sqlstatement.h"

#include <QSet>
#include <QThread>
#include <QtTest>

using namespace identsync;
using namespace identsync::testutils;
using namespace std::chrono_literals;

namespace {

NewJob makeJob(int n, int version)
{
    NewJob j;
    j.key = QStringLiteral("reception:F1_%1").arg(n);
    j.dealKey = DealKey(1, n);
    j.payload = QStringLiteral(R"({"reception":%1,"version":%2})").arg(n).arg(version);
    return j;
}

// Leases and completes until nothing is due, on its own connection opened on its own thread.
struct Worker
{
    QString owner;
    QList<qint64> leased;
    QString error;
};

void drain(const StoreFixture &f, Worker *w, int batchSize)
{
    auto db = f.connect();
    if (auto opened = db->open(); !opened) {
        w->error = opened.error();
        return;
    }
    JobQueue queue(*db);
    for (;;) {
        auto batch = queue.lease(w->owner, batchSize, 10min);
        if (!batch) {
            w->error = batch.error();
            return;
        }
        if (batch->isEmpty())
            return;
        QList<JobCompletion> completions;
        for (const LeasedJob &j : *batch) {
            w->leased << j.lease.jobId;
            JobCompletion c;
            c.lease = j.lease;
            c.binding = Binding{
                j.dealKey, 1000 + j.dealKey.receptionId(), {}, j.payloadHash, {}, false, {}};
            completions << c;
        }
        auto outcomes = queue.complete(completions);
        if (!outcomes) {
            w->error = outcomes.error();
            return;
        }
        for (CompleteOutcome o : *outcomes) {
            if (o == CompleteOutcome::LeaseLost) {
                w->error = QStringLiteral("%1 lost a lease it had just taken").arg(w->owner);
                return;
            }
        }
    }
}

} // namespace

// Two threads, two connections, one queue (SQLite file and PostgreSQL).
class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_f;

private Q_SLOTS:
    void initTestCase_data() { addDriverRows(); }
    void init() { IDENTSYNC_STORE_FRESH(m_f); }
    void cleanup() { m_f.close(); }

    void noJobIsEverLeasedTwice_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("batches of 1") << 1;
        QTest::newRow("batches of 7") << 7;
        QTest::newRow("batches of 50") << 50;
    }
    void noJobIsEverLeasedTwice()
    {
        QFETCH(int, batchSize);
        const int jobs = 1500;
        JobQueue queue(*m_f.db);
        QList<NewJob> all;
        for (int n = 1; n <= jobs; ++n)
            all << makeJob(n, 1);
        STORE_DO(queue.enqueue(all));

        Worker a{QStringLiteral("worker-a"), {}, {}};
        Worker b{QStringLiteral("worker-b"), {}, {}};
        std::unique_ptr<QThread> ta(QThread::create([&] { drain(m_f, &a, batchSize); }));
        std::unique_ptr<QThread> tb(QThread::create([&] { drain(m_f, &b, batchSize); }));
        ta->start();
        tb->start();
        QVERIFY(ta->wait(QDeadlineTimer(300000)));
        QVERIFY(tb->wait(QDeadlineTimer(300000)));
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));

        const QSet<qint64> setA(a.leased.cbegin(), a.leased.cend());
        const QSet<qint64> setB(b.leased.cbegin(), b.leased.cend());
        QCOMPARE(setA.size(), a.leased.size());
        QCOMPARE(setB.size(), b.leased.size());
        QVERIFY2(!setA.intersects(setB), "a job was leased by both workers");
        QCOMPARE(setA.size() + setB.size(), jobs);
        qInfo("worker a leased %d jobs, worker b %d", int(setA.size()), int(setB.size()));

        SqlStatement q(*m_f.db, QStringLiteral("SELECT COUNT(*), MIN(lease_seq), MAX(lease_seq) "
                                               "FROM jobs WHERE state = 'done'"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.int64(0), qint64(jobs));
        QCOMPARE(q.int64(1), qint64(1));
        QCOMPARE(q.int64(2), qint64(1));
    }

    // While one thread works the queue, another keeps changing records: every last change ends
    // up done and bound, none is lost between an in-flight attempt and its completion.
    void noChangeIsLostWhileJobsAreInFlight()
    {
        const int jobs = 200;
        const int rounds = 5;
        JobQueue queue(*m_f.db);
        QList<NewJob> all;
        for (int n = 1; n <= jobs; ++n)
            all << makeJob(n, 0);
        STORE_DO(queue.enqueue(all));

        Worker worker{QStringLiteral("worker"), {}, {}};
        QString producerError;
        std::atomic<bool> producing{true};
        std::unique_ptr<QThread> consumer(QThread::create([&] {
            while (producing.load() && worker.error.isEmpty())
                drain(m_f, &worker, 10);
            drain(m_f, &worker, 10);
        }));
        std::unique_ptr<QThread> producer(QThread::create([&] {
            auto db = m_f.connect();
            if (auto opened = db->open(); !opened) {
                producerError = opened.error();
                producing = false;
                return;
            }
            JobQueue q(*db);
            for (int v = 1; v <= rounds && producerError.isEmpty(); ++v) {
                for (int n = 1; n <= jobs; n += 10) {
                    QList<NewJob> changes;
                    for (int k = n; k < n + 10 && k <= jobs; ++k)
                        changes << makeJob(k, v);
                    if (auto r = q.enqueue(changes); !r) {
                        producerError = r.error();
                        break;
                    }
                }
            }
            producing = false;
        }));
        consumer->start();
        producer->start();
        QVERIFY(producer->wait(QDeadlineTimer(300000)));
        QVERIFY(consumer->wait(QDeadlineTimer(300000)));
        QVERIFY2(producerError.isEmpty(), qPrintable(producerError));
        QVERIFY2(worker.error.isEmpty(), qPrintable(worker.error));

        QList<DealKey> keys;
        for (int n = 1; n <= jobs; ++n)
            keys << DealKey(1, n);
        STORE_GET(bindings, BindingStore(*m_f.db).bindings(keys));
        QCOMPARE(bindings.size(), jobs);
        for (int n = 1; n <= jobs; ++n) {
            const NewJob last = makeJob(n, rounds);
            STORE_GET(job, queue.jobByKey(last.key));
            QCOMPARE(job->summary.state, JobState::Done);
            QCOMPARE(job->payload, last.payload);
            QCOMPARE(bindings.value(DealKey(1, n)).payloadHash,
                     JobQueue::hashPayload(last.payload));
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "testconcurrency.moc"
