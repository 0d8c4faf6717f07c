#pragma once

#include "store/database.h"
#include "store/jobqueue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest/QTest>

#include <chrono>

namespace identsync::testutils {

// Waits for the reader thread: generous, since the machine may be busy; a pass never waits long.
constexpr int LongWait = 30000;

// Jobs in the states the console shows, written the way the engine writes them (enqueue, lease,
// fail), so the tests read what a real outbox holds.
class QueueSeed
{
public:
    explicit QueueSeed(Database &db)
        : m_db(db)
        , m_queue(db)
    {}

    static QString payload(qint64 n, const QString &doctor = QStringLiteral("Петров П. П."))
    {
        QJsonObject patient{{QStringLiteral("id"), n},
                            {QStringLiteral("phone"), QStringLiteral("+79161234567")}};
        QJsonObject o{{QStringLiteral("branchId"), 1},
                      {QStringLiteral("branchName"), QStringLiteral("Центральный")},
                      {QStringLiteral("id"), n},
                      {QStringLiteral("doctor"), doctor},
                      {QStringLiteral("patient"), patient}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    NewJob newJob(qint64 n) const
    {
        NewJob j;
        j.key = QStringLiteral("reception:F1_%1").arg(n);
        j.dealKey = DealKey(1, n);
        j.payload = payload(n);
        j.patientName = patientNames.isEmpty() ? QStringLiteral("Иванов Иван Иванович %1").arg(n)
                                               : patientNames.at(n % patientNames.size());
        j.correlationId = QStringLiteral("corr-%1").arg(n);
        return j;
    }

    static ErrorInfo error(ErrorClass cls, const QString &code, int http = 400,
                           const QString &message = QStringLiteral("Ошибка портала"))
    {
        ErrorInfo e;
        e.cls = cls;
        e.code = code;
        e.httpStatus = http;
        e.message = message;
        return e;
    }

    // Pending jobs n..n+count-1, in transactions of 1,000.
    void pending(qint64 first, qint64 count)
    {
        QList<NewJob> batch;
        for (qint64 n = first; n < first + count; ++n) {
            batch << newJob(n);
            if (batch.size() == 1000) {
                QVERIFY(m_queue.enqueue(batch).ok());
                batch.clear();
            }
        }
        if (!batch.isEmpty())
            QVERIFY(m_queue.enqueue(batch).ok());
    }

    // One job n that failed `attempts` times and is now in `state` with `error`.
    qint64 failed(qint64 n, JobState state, const ErrorInfo &error, int attempts = 1,
                  const QDateTime &nextAttemptAt = {})
    {
        const auto enq = m_queue.enqueue(newJob(n));
        if (!enq)
            return 0;
        qint64 id = 0;
        for (int a = 0; a < attempts; ++a) {
            // Each attempt is leased and failed as the engine would; only the last keeps `state`.
            const auto leased = m_queue.lease(QStringLiteral("seed"), 1, std::chrono::minutes(5));
            if (!leased || leased->isEmpty())
                return 0;
            JobFailure f;
            f.lease = leased->constFirst().lease;
            f.error = error;
            f.nextState = a + 1 == attempts ? state : JobState::RetryWait;
            f.nextAttemptAt = a + 1 == attempts ? nextAttemptAt : QDateTime();
            f.consumesAttempt = true;
            if (!m_queue.fail(f))
                return 0;
            id = f.lease.jobId;
        }
        return id;
    }

    qint64 idOf(qint64 n)
    {
        const auto job = m_queue.jobByKey(QStringLiteral("reception:F1_%1").arg(n));
        return job && *job ? (*job)->summary.id : 0;
    }

    JobQueue &queue() { return m_queue; }

    // When set, job n's patient is patientNames[n % size] (screenshots want real-looking names).
    QStringList patientNames;

private:
    Database &m_db;
    JobQueue m_queue;
};

} // namespace identsync::testutils
