// bench_engine_initialsync: an initial sync of a generated clinic into a fake portal on the
// standard plan (bucket 50, 2 requests a second, run `--time-scale` times faster), as a user runs
// it: ident-sample, fake-bitrix24 and one `identsync-cli sync --once`. Prints the portal's own
// counts (GET /_fake/stats): HTTP requests per reception (issue 7 target ≤ 0.1) and
// QUERY_LIMIT_EXCEEDED refusals (target 0), and the run's time against the time the rate limit
// allows for those requests (SPEC §8: ≤ 1.05 ×).
//
//   scripts/keyring-session.sh bench_engine_initialsync [--receptions N] [--time-scale K]

#include "clinicfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

using namespace identsync::e2e;

namespace {

double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// utime + stime of a running process, from /proc/PID/stat.
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("receptions"), QStringLiteral("receptions in the clinic"),
         QStringLiteral("n"), QStringLiteral("10000")},
        {QStringLiteral("time-scale"),
         QStringLiteral("the portal's limiter (and the engine's pacer) run this much faster"),
         QStringLiteral("k"), QStringLiteral("10")},
        {QStringLiteral("seed"), QStringLiteral("ident-sample seed"), QStringLiteral("n"),
         QStringLiteral("1")},
    });
    parser.process(app);
    const int receptions = parser.value(QStringLiteral("receptions")).toInt();
    const double scale = parser.value(QStringLiteral("time-scale")).toDouble();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (receptions < 100 || scale < 1) {
        err << "--receptions must be at least 100 and --time-scale at least 1\n";
        return 2;
    }

    ClinicFixture clinic(QStringLiteral("bench"));
    clinic.setConfig(QStringLiteral("portal/time_scale"), QString::number(scale));
    clinic.setConfig(QStringLiteral("portal/request_timeout_seconds"), QStringLiteral("30"));
    const auto sample = clinic.createSample(
        {QStringLiteral("--receptions"), QString::number(receptions), QStringLiteral("--patients"),
         QString::number(std::max(20, receptions / 4)), QStringLiteral("--seed"),
         parser.value(QStringLiteral("seed"))});
    if (!sample || !clinic.startPortal() || !clinic.writeConfig() || !clinic.storeWebhook()) {
        err << "setup failed: " << clinic.error() << '\n';
        return 1;
    }

    const double portalCpuBefore = processCpuSeconds(clinic.portalPid());
    const double childCpuBefore = childCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const ProcessResult run =
        clinic.cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")}, {},
                   3600 * 1000);
    const double seconds = double(timer.elapsed()) / 1000.0;
    const double engineCpu = childCpuSeconds() - childCpuBefore;
    const double portalCpu = processCpuSeconds(clinic.portalPid()) - portalCpuBefore;
    const auto stats = clinic.control(QStringLiteral("stats"));
    if (!run.finished || !run.json().isObject() || !stats) {
        err << "the sync did not finish: " << run.describe() << ' ' << clinic.error() << '\n';
        return 1;
    }
    const QJsonObject report = run.json().toObject();
    const QJsonObject s = stats->toObject();
    const qint64 requests = s.value(QStringLiteral("requests")).toInteger();
    const QJsonValue refusalsValue = s.value(QStringLiteral("refusals"));
    const qint64 refusals =
        refusalsValue.toObject().value(QStringLiteral("QUERY_LIMIT_EXCEEDED")).toInteger();
    // The standard plan: 50 requests at once, then 2 a second, `scale` times faster.
    const double allowed = std::max(0.0, double(requests - 50)) / (2.0 * scale);
    const int done = report.value(QStringLiteral("done")).toInt();

    out << QStringLiteral("receptions %1, done %2, needs a person %3, exit code %4\n")
               .arg(receptions)
               .arg(done)
               .arg(report.value(QStringLiteral("needs_attention")).toInt())
               .arg(run.exitCode);
    out << QStringLiteral("HTTP requests %1 (%2 per reception), QUERY_LIMIT_EXCEEDED %3\n")
               .arg(requests)
               .arg(double(requests) / receptions, 0, 'f', 4)
               .arg(refusals);
    out << QStringLiteral("sync --once %1 s; the limit allows %2 s for %3 requests at scale %4 "
                          "(ratio %5)\n")
               .arg(seconds, 0, 'f', 1)
               .arg(allowed, 0, 'f', 1)
               .arg(requests)
               .arg(scale)
               .arg(allowed > 0 ? seconds / allowed : 0.0, 0, 'f', 3);
    out << QStringLiteral("CPU seconds: identsync-cli %1, fake-bitrix24 %2\n")
               .arg(engineCpu, 0, 'f', 1)
               .arg(portalCpu, 0, 'f', 1);
    QJsonObject calls;
    const QJsonObject methods = s.value(QStringLiteral("methods")).toObject();
    for (auto it = methods.constBegin(); it != methods.constEnd(); ++it)
        calls.insert(it.key(), it.value().toObject().value(QStringLiteral("calls")));
    out << "calls per method " << QJsonDocument(calls).toJson(QJsonDocument::Compact) << '\n';
    out << "refusals "
        << QJsonDocument(QJsonObject{{QStringLiteral("refusals"), refusalsValue}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return 0;
}
