// Requests per second and CPU per request of Bitrix24Client against the `unlimited` fake portal.
// The portal runs as its own process (FAKE_BITRIX24_PATH, or --url for one already running), so
// the CPU figure is the client's alone: pacing, JSON bodies, QNetworkAccessManager, parsing and
// classification.
//
//   bench_bitrix_client [--requests N] [--kind get|add|list|batch] [--window K] [--url WEBHOOK]

#include "bitrix/bitrix24client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace identsync;

namespace {

// User + system CPU seconds of this process; -1 where not measured.
double cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return -1;
#endif
}

struct Run
{
    Bitrix24Client *client = nullptr;
    QString kind;
    int total = 0;
    int window = 64;
    int issued = 0;
    int done = 0;
    int ok = 0;
    qint64 dealId = 0;
    std::function<void()> finished;

    void issue()
    {
        while (issued < total && issued - done < window) {
            const int i = issued++;
            if (kind == QLatin1String("batch")) {
                QList<BatchCommand> commands;
                for (int c = 0; c < Bitrix24Client::maxBatchCommands; ++c)
                    commands.append({QStringLiteral("g%1").arg(c), QStringLiteral("crm.deal.get"),
                                     QJsonObject{{QStringLiteral("id"), dealId}}});
                client->batch(commands)->then(
                    client, [this](const BatchResult &r) { complete(r.allOk()); });
                continue;
            }
            Pending<CallResult> *p = nullptr;
            if (kind == QLatin1String("add")) {
                p = client->call(QStringLiteral("crm.deal.add"),
                                 QJsonObject{{QStringLiteral("fields"),
                                              QJsonObject{{QStringLiteral("TITLE"),
                                                           QStringLiteral("Bench %1").arg(i)}}}});
            } else if (kind == QLatin1String("list")) {
                p = client->call(
                    QStringLiteral("crm.deal.list"),
                    QJsonObject{{QStringLiteral("filter"), QJsonObject{{QStringLiteral(">ID"), 0}}},
                                {QStringLiteral("start"), -1}});
            } else {
                p = client->call(QStringLiteral("crm.deal.get"),
                                 QJsonObject{{QStringLiteral("id"), dealId}});
            }
            p->then(client, [this](const CallResult &r) { complete(r.ok); });
        }
    }

    void complete(bool success)
    {
        ++done;
        ok += success ? 1 : 0;
        if (done == total)
            finished();
        else
            issue();
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("identsync.bitrix.debug=false\n"
                                                    "identsync.bitrix.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"requests", "HTTP requests to make.", "N", "5000"});
    parser.addOption({"kind", "get, add, list (50 rows) or batch (50 gets).", "KIND", "get"});
    parser.addOption({"window", "Calls handed to the client at a time.", "K", "64"});
    parser.addOption({"url", "Webhook URL of a running fake portal.", "URL"});
    parser.process(app);

    std::unique_ptr<QProcess> fake;
    QString url = parser.value("url");
    if (url.isEmpty()) {
        fake = std::make_unique<QProcess>();
        fake->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        fake->start(QStringLiteral(FAKE_BITRIX24_PATH),
                    {"--port", "0", "--plan", "unlimited", "--webhook-user", "1", "--webhook-code",
                     "benchcode"});
        if (!fake->waitForStarted() || !fake->waitForReadyRead(10000)) {
            std::fprintf(stderr, "could not start %s\n", FAKE_BITRIX24_PATH);
            return 2;
        }
        const QString line = QString::fromUtf8(fake->readLine()).trimmed();
        url = line.section(QLatin1Char(' '), -1) + QStringLiteral("/rest/1/benchcode/");
    }
    QString error;
    const auto endpoint = PortalEndpoint::parse(url, &error);
    if (!endpoint) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    ClientConfig config;
    config.plan = QStringLiteral("unlimited");
    config.limits = LeakyBucketLimits::unlimited();
    Bitrix24Client client(*endpoint, config);

    Run run;
    run.client = &client;
    run.kind = parser.value("kind");
    run.total = parser.value("requests").toInt();
    run.window = std::max(1, parser.value("window").toInt());

    // Something to read: one deal (and 50 for the list).
    for (int i = 0; i < 50; ++i) {
        client
            .call(QStringLiteral("crm.deal.add"),
                  QJsonObject{{QStringLiteral("fields"),
                               QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Seed")}}}})
            ->then(&client, [&run](const CallResult &r) {
                if (r.ok && run.dealId == 0)
                    run.dealId = r.result.toInteger();
            });
    }
    QEventLoop seeding;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &seeding, [&] {
        if (client.queuedRequests() == 0 && client.requestsInFlight() == 0)
            seeding.quit();
    });
    poll.start(10);
    seeding.exec();
    poll.stop();
    if (run.dealId == 0) {
        std::fprintf(stderr, "seeding the portal failed\n");
        return 1;
    }

    const qint64 sentBefore = client.stats().requestsSent;
    QElapsedTimer wall;
    const double cpuBefore = cpuSeconds();
    wall.start();
    run.finished = [&] { app.quit(); };
    QTimer::singleShot(0, &client, [&run] { run.issue(); });
    app.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const qint64 sent = client.stats().requestsSent - sentBefore;

    std::printf("kind=%s requests=%d ok=%d http_requests=%lld seconds=%.3f req_per_s=%.0f",
                qPrintable(run.kind), run.total, run.ok, static_cast<long long>(sent), seconds,
                double(sent) / seconds);
    if (run.kind == QLatin1String("batch"))
        std::printf(" commands_per_s=%.0f",
                    double(sent) * Bitrix24Client::maxBatchCommands / seconds);
    if (cpu >= 0)
        std::printf(" cpu_s=%.3f cpu_ms_per_request=%.3f", cpu, cpu * 1000.0 / double(sent));
    std::printf("\n");
    if (fake) {
        fake->terminate();
        fake->waitForFinished(5000);
    }
    return run.ok == run.total ? 0 : 1;
}
