// bench_store: the outbox at the scale of SPEC §8 (the queue view on 1,000,000 jobs).
//
//   bench_store [--driver sqlite|postgres] [--jobs N] [--work N] [--path FILE]
//
// Enqueues N jobs in transactions of 1,000, leases and completes `--work` of them in batches of
// 50 (binding + stage transition per job, as the engine does), fails some, then times the
// console's queries: keyset pages deep into the table with filters, counts and problem groups.
// PostgreSQL uses IDENTSYNC_TEST_PG_HOST/PORT/USER (scripts/pg-test-cluster.sh) and a fresh
// database.

#include "store/database.h"
#include "store/jobqueue.h"
#include "store/sqlstatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace identsync;
using namespace std::chrono_literals;

namespace {

void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size()))));
}

const char *const Surnames[] = {"Иванов",  "Смирнова", "Кузнецов",  "Попова",   "Васильев",
                                "Петрова", "Соколов",  "Михайлова", "Новиков",  "Фёдорова",
                                "Морозов", "Волкова",  "Алексеев",  "Лебедева", "Семёнов",
                                "Егорова", "Павлов",   "Козлова",   "Степанов", "Николаева"};

NewJob makeJob(qint64 n)
{
    NewJob j;
    const int branch = int(n % 3) + 1;
    j.dealKey = DealKey(branch, n);
    j.key = QStringLiteral("reception:") + j.dealKey.toString();
    j.patientName = QString::fromUtf8(Surnames[n % 20]) +
                    QStringLiteral(" %1.").arg(QChar(0x0410 + int(n % 28)));
    j.payload = QStringLiteral(R"({"TITLE":"Приём %1","STAGE_ID":"NEW","OPPORTUNITY":%2,)"
                               R"("UF_CRM_IDENT_KEY":"%3","COMMENTS":"%4"})")
                    .arg(n)
                    .arg(n % 10000)
                    .arg(j.dealKey.toString(), QString(120, QLatin1Char('x')));
    j.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return j;
}

template <typename T> T must(StoreResult<T> r, const char *what)
{
    if (!r.ok()) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error()));
        std::exit(1);
    }
    return std::move(r).value();
}

void must(const StoreResult<> &r, const char *what)
{
    if (!r.ok()) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error()));
        std::exit(1);
    }
}

// ANALYZE and EXPLAIN cannot be prepared on PostgreSQL; they go over a plain side connection.
QStringList sideQuery(const StoreConfig &config, const QString &sql)
{
    QStringList rows;
    const QString name = QStringLiteral("bench_side");
    {
        QSqlDatabase side = QSqlDatabase::addDatabase(config.driver == StoreConfig::Driver::Postgres
                                                          ? QStringLiteral("QPSQL")
                                                          : QStringLiteral("QSQLITE"),
                                                      name);
        side.setDatabaseName(config.driver == StoreConfig::Driver::Postgres ? config.database
                                                                            : config.sqlitePath);
        side.setHostName(config.host);
        side.setPort(config.port);
        side.setUserName(config.user);
        if (side.open()) {
            QSqlQuery q(side);
            if (q.exec(sql)) {
                while (q.next())
                    rows << q.value(config.driver == StoreConfig::Driver::Postgres ? 0 : 3)
                                .toString();
            }
            q.finish();
            side.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

void explain(const StoreConfig &config, const QString &sql)
{
    const bool pg = config.driver == StoreConfig::Driver::Postgres;
    out(QStringLiteral("    ") + sql);
    for (const QString &row :
         sideQuery(config,
                   (pg ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql))
        out(QStringLiteral("      plan: ") + row);
}

struct PageTiming
{
    double ms = 0;
    int rows = 0;
};

PageTiming timePage(JobQueue &queue, const JobPageRequest &r, int repeats = 20)
{
    QList<double> times;
    int rows = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        const JobPage page = must(queue.page(r), "page");
        times << double(t.nsecsElapsed()) / 1e6;
        rows = int(page.rows.size());
    }
    return {percentile(times, 0.5), rows};
}

// The keyset position of the row at `offset` of a filter: the console reaches it by scrolling;
// the bench jumps there once (untimed) and then times the page that follows.
JobCursor cursorAt(Database &db, const QString &where, qint64 offset)
{
    SqlStatement q(db, QStringLiteral("SELECT id FROM jobs WHERE %1 ORDER BY id LIMIT 1 OFFSET %2")
                           .arg(where)
                           .arg(offset - 1));
    if (!q.exec() || !q.next()) {
        std::fprintf(stderr, "no row %lld for %s\n", offset, qPrintable(where));
        std::exit(1);
    }
    return JobCursor{q.int64(0), q.int64(0)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString driver = QStringLiteral("sqlite");
    qint64 jobs = 1000000;
    qint64 work = 50000;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--driver"))
            driver = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--jobs"))
            jobs = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--work"))
            work = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--path"))
            path = args.at(i + 1);
    }

    QTemporaryDir dir;
    StoreConfig config;
    QString pgDatabase;
    if (driver == QLatin1String("postgres")) {
        config.driver = StoreConfig::Driver::Postgres;
        config.host = qEnvironmentVariable("IDENTSYNC_TEST_PG_HOST", QStringLiteral("127.0.0.1"));
        config.port = qEnvironmentVariableIntValue("IDENTSYNC_TEST_PG_PORT");
        config.user = qEnvironmentVariable("IDENTSYNC_TEST_PG_USER", QStringLiteral("postgres"));
        pgDatabase =
            QStringLiteral("bench_store_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setHostName(config.host);
            admin.setPort(config.port);
            admin.setUserName(config.user);
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open() ||
                !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + pgDatabase)) {
                std::fprintf(stderr,
                             "cannot create the PostgreSQL database (set IDENTSYNC_TEST_PG_*)\n");
                return 1;
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        config.database = pgDatabase;
    } else {
        config.sqlitePath = path.isEmpty() ? dir.filePath(QStringLiteral("state.db")) : path;
    }

    Database db(config);
    must(db.open(), "open");
    JobQueue queue(db);
    out(QStringLiteral("bench_store: %1, %2 jobs").arg(db.describe()).arg(jobs));

    // 1. Enqueue.
    {
        QElapsedTimer t;
        t.start();
        QList<NewJob> batch;
        batch.reserve(1000);
        for (qint64 n = 1; n <= jobs; ++n) {
            batch << makeJob(n);
            if (batch.size() == 1000 || n == jobs) {
                must(queue.enqueue(batch), "enqueue");
                batch.clear();
            }
        }
        const double s = double(t.elapsed()) / 1000;
        out(QStringLiteral("enqueue: %1 jobs in %2 s = %3 jobs/s (transactions of 1,000)")
                .arg(jobs)
                .arg(s, 0, 'f', 1)
                .arg(double(jobs) / s, 0, 'f', 0));
    }

    // 2. Lease + complete in batches of 50; every 10th job fails instead (transient, retry later).
    {
        QList<double> leaseMs;
        QList<double> completeMs;
        QElapsedTimer t;
        t.start();
        qint64 done = 0;
        qint64 failed = 0;
        while (done + failed < work) {
            QElapsedTimer step;
            step.start();
            const QList<LeasedJob> leased =
                must(queue.lease(QStringLiteral("bench"), 50, 5min), "lease");
            leaseMs << double(step.nsecsElapsed()) / 1e6;
            if (leased.isEmpty())
                break;
            QList<JobCompletion> completions;
            QList<JobFailure> failures;
            for (const LeasedJob &j : leased) {
                if (j.lease.jobId % 10 == 0) {
                    JobFailure f;
                    f.lease = j.lease;
                    f.error.cls =
                        j.lease.jobId % 20 == 0 ? ErrorClass::Transient : ErrorClass::Validation;
                    f.error.code = QStringLiteral("ERROR_CORE");
                    f.error.httpStatus = 500;
                    f.nextState = j.lease.jobId % 20 == 0 ? JobState::RetryWait : JobState::Dead;
                    f.nextAttemptAt = db.now().addSecs(3600);
                    failures << f;
                    continue;
                }
                JobCompletion c;
                c.lease = j.lease;
                c.binding = Binding{j.dealKey,
                                    500000 + j.lease.jobId,
                                    900000 + j.lease.jobId,
                                    j.payloadHash,
                                    StageId::parse(QStringLiteral("NEW")),
                                    false,
                                    {}};
                StageTransition tr;
                tr.dealKey = j.dealKey;
                tr.dealId = c.binding->dealId;
                tr.toStage = StageId::parse(QStringLiteral("NEW"));
                tr.reason = StageReason::Mapped;
                c.transition = tr;
                completions << c;
            }
            step.restart();
            must(queue.complete(completions), "complete");
            if (!failures.isEmpty())
                must(queue.fail(failures), "fail");
            completeMs << double(step.nsecsElapsed()) / 1e6;
            done += completions.size();
            failed += failures.size();
        }
        const double s = double(t.elapsed()) / 1000;
        out(QStringLiteral("lease+complete: %1 jobs (%2 done, %3 failed) in %4 s = %5 jobs/s; "
                           "per batch of 50: lease p50 %6 ms p99 %7 ms, complete+fail p50 %8 ms "
                           "p99 %9 ms")
                .arg(done + failed)
                .arg(done)
                .arg(failed)
                .arg(s, 0, 'f', 1)
                .arg(double(done + failed) / s, 0, 'f', 0)
                .arg(percentile(leaseMs, 0.5), 0, 'f', 2)
                .arg(percentile(leaseMs, 0.99), 0, 'f', 2)
                .arg(percentile(completeMs, 0.5), 0, 'f', 2)
                .arg(percentile(completeMs, 0.99), 0, 'f', 2));
    }

    if (db.isPostgres()) {
        sideQuery(config, QStringLiteral("ANALYZE jobs"));
    }

    // 3. The console's queries.
    const StateCounts counts = must(queue.countsByState(), "counts");
    out(QStringLiteral("states: pending %1, done %2, retry_wait %3, dead %4")
            .arg(counts[size_t(JobState::Pending)])
            .arg(counts[size_t(JobState::Done)])
            .arg(counts[size_t(JobState::RetryWait)])
            .arg(counts[size_t(JobState::Dead)]));
    {
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            must(queue.countsByState(), "counts");
            times << double(t.nsecsElapsed()) / 1e6;
        }
        out(QStringLiteral("countsByState over %1 jobs: p50 %2 ms")
                .arg(jobs)
                .arg(percentile(times, 0.5), 0, 'f', 1));
        times.clear();
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            must(queue.problemGroups(), "problems");
            times << double(t.nsecsElapsed()) / 1e6;
        }
        out(QStringLiteral("problemGroups: p50 %1 ms").arg(percentile(times, 0.5), 0, 'f', 1));
    }

    const qint64 deepRow = qMin<qint64>(900000, counts[size_t(JobState::Pending)] - 100);
    struct Case
    {
        QString name;
        JobPageRequest request;
        QString where; // for the untimed jump to the deep row
        qint64 row;
    };
    QList<Case> cases;
    {
        JobPageRequest r;
        r.filter.states = {JobState::Pending};
        r.limit = 100;
        cases << Case{QStringLiteral("state = pending, by id"), r,
                      QStringLiteral("state = 'pending'"), deepRow};
        JobPageRequest all;
        all.limit = 100;
        cases << Case{QStringLiteral("no filter, by id"), all, QStringLiteral("1 = 1"), deepRow};
        JobPageRequest text;
        text.filter.text = QStringLiteral("смирнова");
        text.limit = 100;
        cases << Case{QStringLiteral("text \"смирнова\" (1 row in 20), by id"), text,
                      QStringLiteral("search_text LIKE '%смирнова%'"), jobs / 20 * 9 / 10};
        JobPageRequest cls;
        cls.filter.errorClass = ErrorClass::Transient;
        cls.limit = 100;
        cases << Case{QStringLiteral("class transient, by id"), cls,
                      QStringLiteral("error_class = 'transient'"),
                      qMax<qint64>(1, work / 20 - 200)};
        JobPageRequest key;
        key.filter.text = QStringLiteral("F3_500000");
        cases << Case{QStringLiteral("exact deal key F3_500000"), key, QString(), 0};
    }
    for (Case &c : cases) {
        const PageTiming first = timePage(queue, c.request);
        out(QStringLiteral("page (%1): first page %2 rows p50 %3 ms")
                .arg(c.name)
                .arg(first.rows)
                .arg(first.ms, 0, 'f', 2));
        if (c.row > 0) {
            c.request.after = cursorAt(db, c.where, c.row);
            const PageTiming deep = timePage(queue, c.request);
            out(QStringLiteral("page (%1): at row %2, %3 rows p50 %4 ms")
                    .arg(c.name)
                    .arg(c.row)
                    .arg(deep.rows)
                    .arg(deep.ms, 0, 'f', 2));
        }
    }
    {
        JobPageRequest r;
        r.filter.states = {JobState::RetryWait};
        r.sort = JobSort::NextAttempt;
        r.order = Qt::DescendingOrder;
        r.limit = 100;
        const PageTiming p = timePage(queue, r);
        out(QStringLiteral("page (state = retry_wait, by next attempt desc): %1 rows p50 %2 ms")
                .arg(p.rows)
                .arg(p.ms, 0, 'f', 2));
        JobPageRequest u;
        u.sort = JobSort::Updated;
        u.order = Qt::DescendingOrder;
        u.limit = 100;
        const PageTiming q = timePage(queue, u);
        out(QStringLiteral("page (no filter, by last change desc): %1 rows p50 %2 ms")
                .arg(q.rows)
                .arg(q.ms, 0, 'f', 2));
    }

    // Scrolling: the console fetches page after page; each costs the same however deep it is.
    {
        JobPageRequest r;
        r.filter.states = {JobState::Pending};
        r.limit = 100;
        QElapsedTimer t;
        t.start();
        qint64 rows = 0;
        int pages = 0;
        while (rows < 100000) {
            const JobPage page = must(queue.page(r), "page");
            rows += page.rows.size();
            ++pages;
            if (!page.next)
                break;
            r.after = page.next;
        }
        out(QStringLiteral("scroll: %1 pages of 100 (state = pending) in %2 ms = %3 ms a page")
                .arg(pages)
                .arg(t.elapsed())
                .arg(double(t.elapsed()) / pages, 0, 'f', 3));
    }

    out(QStringLiteral("query plans:"));
    const QString dueIndex = db.isPostgres() ? QString() : QStringLiteral(" INDEXED BY jobs_due");
    for (const QString &sql : {
             QStringLiteral("SELECT id FROM jobs WHERE state = 'pending' AND id > 5 ORDER BY id "
                            "LIMIT 100"),
             QStringLiteral("SELECT id FROM jobs%1 WHERE state IN ('pending', 'retry_wait') AND "
                            "next_attempt_at <= 5 ORDER BY next_attempt_at, id LIMIT 50")
                 .arg(dueIndex),
             QStringLiteral("SELECT id FROM jobs WHERE state = 'retry_wait' AND (next_attempt_at, "
                            "id) < (5, 5) ORDER BY next_attempt_at DESC, id DESC LIMIT 100"),
             QStringLiteral("SELECT id FROM jobs WHERE error_class = 'transient' AND id > 5 "
                            "ORDER BY id LIMIT 100"),
             QStringLiteral("SELECT error_class, error_code, state, COUNT(*) FROM jobs WHERE "
                            "error_class IS NOT NULL GROUP BY error_class, error_code, state"),
         })
        explain(config, sql);
    out(QStringLiteral("peak RSS %1").arg(peakRss()));
    return 0;
}
