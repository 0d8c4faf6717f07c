// ident_poll_bench: how long an incremental poll takes on a large ident-sample database.
//
//   ident_poll_bench --driver sqlite|postgres --database FILE_OR_NAME [--host H --port P
//                    --user U] [--rounds 30] [--changes 10] [--overlap-minutes 15]
//                    [--initial-days 0]
//
// Each round moves the clinic forward with exactly --changes changed receptions (ident-sample's
// advance, committed), then times one poll from the previous watermark and checks it found
// exactly those changes. --initial-days N also times a first run reaching N days back.

#include "ident-sample/samplegenerator.h"
#include "ident/identconnection.h"
#include "ident/incrementalreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>

using namespace identsync;
using namespace identsync::sample;

namespace {

struct Timed
{
    qint64 micros = 0;
    int delivered = 0;
    PollStats stats;
    Watermark watermark;
    QString error;
};

Timed poll(IdentConnection &conn, const Watermark &from, const QDateTime &now)
{
    Timed t;
    QElapsedTimer timer;
    timer.start();
    IncrementalReader reader(conn);
    reader.start(from, now);
    for (;;) {
        ErrorInfo e;
        const auto page = reader.nextPage(&e);
        if (!page) {
            t.error = e.message;
            break;
        }
        if (page->isEmpty())
            break;
        t.delivered += int(page->size());
    }
    t.micros = timer.nsecsElapsed() / 1000;
    t.stats = reader.stats();
    t.watermark = reader.watermark();
    return t;
}

double percentile(QList<qint64> v, double p)
{
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return double(v.at(i)) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("identsync.*.debug=false"));
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {"driver", "sqlite or postgres", "driver", "sqlite"},
        {"database", "SQLite file or PostgreSQL database", "name"},
        {"host", "PostgreSQL host", "host", "127.0.0.1"},
        {"port", "PostgreSQL port", "port", "5432"},
        {"user", "PostgreSQL user", "user", "postgres"},
        {"rounds", "measured polls", "n", "30"},
        {"changes", "changed receptions per round", "n", "10"},
        {"overlap-minutes", "the reader's overlap window", "n", "15"},
        {"initial-days", "also time a first run reaching this far back", "n", "0"},
    });
    p.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const auto driver = driverFromKey(p.value("driver"));
    if (!driver || *driver == IdentSourceConfig::Driver::SqlServer || !p.isSet("database")) {
        err << p.helpText();
        return 2;
    }
    SampleConnection sc;
    sc.driver = *driver;
    sc.database = p.value("database");
    sc.host = p.value("host");
    sc.port = p.value("port").toInt();
    sc.user = p.value("user");
    sc.password = qEnvironmentVariable("PGPASSWORD");

    IdentSourceConfig cfg;
    cfg.sourceId = QStringLiteral("bench");
    cfg.driver = *driver;
    cfg.database = sc.database;
    cfg.server = sc.host;
    cfg.port = sc.port;
    cfg.user = sc.user;
    cfg.encrypt = false;
    cfg.overlap = std::chrono::minutes(p.value("overlap-minutes").toInt());
    cfg.firstRunDepthDays = 0;

    SampleDatabase writer(sc);
    if (!writer.isOpen()) {
        err << "cannot open " << sc.database << ": " << writer.error() << "\n";
        return 1;
    }
    ErrorInfo e;
    auto conn = IdentConnection::open(cfg, sc.password, &e);
    if (!conn) {
        err << e.message << "\n";
        return 1;
    }
    QSqlQuery count(writer.database());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM Receptions"));
    count.next();
    const qint64 receptions = count.value(0).toLongLong();

    // A first run of depth 0 from the newest change starts the watermark there; one more poll
    // takes in the overlap window once, as a long-running engine already has.
    QString error;
    AdvanceOptions probeOptions;
    probeOptions.minutes = 1;
    probeOptions.lateMinutes = 0;
    probeOptions.exactChanges = 1;
    const auto probe = SampleGenerator::advance(writer, probeOptions, &error);
    if (!probe) {
        err << error << "\n";
        return 1;
    }
    Timed warm = poll(*conn, Watermark{}, probe->from);
    warm = poll(*conn, warm.watermark, probe->from);
    if (!warm.error.isEmpty()) {
        err << warm.error << "\n";
        return 1;
    }

    const int initialDays = p.value("initial-days").toInt();
    if (initialDays > 0) {
        IdentSourceConfig deep = cfg;
        deep.firstRunDepthDays = initialDays;
        auto deepConn = IdentConnection::open(deep, sc.password, &e);
        if (!deepConn) {
            err << e.message << "\n";
            return 1;
        }
        const Timed first = poll(*deepConn, Watermark{}, probe->from);
        out << QStringLiteral("first run, %1 days: %2 receptions in %3 ms (%4 receptions/s, "
                              "%5 queries)\n")
                   .arg(initialDays)
                   .arg(first.delivered)
                   .arg(double(first.micros) / 1000.0, 0, 'f', 1)
                   .arg(first.micros ? qint64(first.delivered) * 1000000 / first.micros : 0)
                   .arg(first.stats.queries);
    }

    const int rounds = p.value("rounds").toInt();
    const int changes = p.value("changes").toInt();
    QList<qint64> times;
    qint64 scanned = 0;
    qint64 queries = 0;
    Watermark wm = warm.watermark;
    for (int r = 0; r < rounds; ++r) {
        AdvanceOptions a;
        a.minutes = 2;
        a.seed = quint64(r + 1);
        a.lateMinutes = 0;
        a.exactChanges = changes;
        const auto adv = SampleGenerator::advance(writer, a, &error);
        if (!adv) {
            err << error << "\n";
            return 1;
        }
        const Timed t = poll(*conn, wm, adv->to);
        if (!t.error.isEmpty() || t.delivered != changes) {
            err << "round " << r << ": expected " << changes << " changes, got " << t.delivered
                << " " << t.error << "\n";
            return 1;
        }
        times << t.micros;
        scanned += t.stats.rowsScanned;
        queries += t.stats.queries;
        wm = t.watermark;
    }
    out << QStringLiteral("%1 %2 receptions, %3 polls finding %4 changes each: median %5 ms, "
                          "p90 %6 ms, min %7 ms, max %8 ms; %9 rows and %10 queries per poll\n")
               .arg(driverKey(*driver))
               .arg(receptions)
               .arg(rounds)
               .arg(changes)
               .arg(percentile(times, 0.5), 0, 'f', 2)
               .arg(percentile(times, 0.9), 0, 'f', 2)
               .arg(percentile(times, 0.0), 0, 'f', 2)
               .arg(percentile(times, 1.0), 0, 'f', 2)
               .arg(double(scanned) / rounds, 0, 'f', 1)
               .arg(double(queries) / rounds, 0, 'f', 1);
    return 0;
}
