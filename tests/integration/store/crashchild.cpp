// store_crash_child DB_PATH FIRST_RECEPTION CLOCK_OFFSET_MS
//
// Works a SQLite outbox in a loop until it is killed: enqueues new jobs and changes of earlier
// ones, leases, completes most (with their binding) and fails some. After each commit it prints
// what is now durable ("E key" enqueued, "C key" completed) so the test can check that nothing
// the child was told is committed went missing. Its clock runs CLOCK_OFFSET_MS ahead, so every
// run lives later than the test's recovery of the previous one.

#include "store/bindingstore.h"
#include "store/database.h"
#include "store/jobqueue.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace identsync;
using namespace std::chrono_literals;

namespace {

void say(const char *what, const QString &key)
{
    std::fprintf(stdout, "%s %s\n", what, qPrintable(key));
    std::fflush(stdout);
}

NewJob job(qint64 reception, int version)
{
    NewJob j;
    j.key = QStringLiteral("crash:F1_%1").arg(reception);
    j.dealKey = DealKey(1, reception);
    j.payload = QStringLiteral(R"({"reception":%1,"version":%2})").arg(reception).arg(version);
    j.patientName = QStringLiteral("Пациент %1").arg(reception);
    return j;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: store_crash_child DB_PATH FIRST_RECEPTION CLOCK_OFFSET_MS\n");
        return 2;
    }
    StoreConfig config;
    config.sqlitePath = args.at(1);
    qint64 next = args.at(2).toLongLong();
    const qint64 offset = args.at(3).toLongLong();
    Database db(config);
    db.setClock([offset] { return QDateTime::currentDateTimeUtc().addMSecs(offset); });
    if (auto opened = db.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    JobQueue queue(db);
    const QString owner = QStringLiteral("crash-child-%1").arg(QCoreApplication::applicationPid());
    QList<qint64> mine;
    auto *random = QRandomGenerator::global();
    for (int version = 1;; ++version) {
        QList<NewJob> batch;
        QList<QString> fresh;
        for (int i = 0; i < 5; ++i) {
            batch << job(next, 0);
            fresh << batch.constLast().key;
            mine << next++;
        }
        for (int i = 0; i < 2; ++i)
            batch << job(mine.at(random->bounded(int(mine.size()))), version);
        if (auto r = queue.enqueue(batch); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 1;
        }
        for (const QString &key : fresh)
            say("E", key);

        auto leased = queue.lease(owner, 4, 10min);
        if (!leased) {
            std::fprintf(stderr, "%s\n", qPrintable(leased.error()));
            return 1;
        }
        for (const LeasedJob &j : *leased) {
            if (random->bounded(5) == 0) {
                JobFailure f;
                f.lease = j.lease;
                f.error.cls = ErrorClass::Transient;
                f.error.message = QStringLiteral("simulated timeout");
                f.nextState = JobState::RetryWait;
                f.outcomeUnknown = true;
                if (auto r = queue.fail(f); !r) {
                    std::fprintf(stderr, "%s\n", qPrintable(r.error()));
                    return 1;
                }
                continue;
            }
            JobCompletion c;
            c.lease = j.lease;
            c.binding = Binding{j.dealKey,
                                100000 + j.dealKey.receptionId(),
                                7,
                                j.payloadHash,
                                StageId::parse(QStringLiteral("NEW")),
                                false,
                                {}};
            if (auto r = queue.complete(c); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error()));
                return 1;
            }
            say("C", j.key);
        }
    }
}
