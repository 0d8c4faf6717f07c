#include "democommand.h"

#include "engine/engine.h"
#include "engine/secretstore.h"

#include "fake-bitrix24/fakeportalthread.h"
#include "ident-sample/samplegenerator.h"
#include "store/database.h"
#include "store/transitionlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QTextStream>

namespace identsync {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

bool cycle(const EngineConfig &config, const QString &title)
{
    Engine engine(config);
    QString error;
    if (!engine.start(&error)) {
        out() << "demo: " << error << '\n' << Qt::flush;
        return false;
    }
    QEventLoop loop;
    QObject::connect(&engine, &Engine::cycleFinished, &loop,
                     [&](const PollReport &poll, const DrainReport &drain) {
                         out() << "\n== " << title << " ==\n"
                               << "  read from IDENT:          " << poll.receptions
                               << " change(s)\n"
                               << "  written to Bitrix24:      " << drain.done << " deal(s)\n"
                               << "  waiting to retry:         " << drain.retrying << '\n'
                               << "  dead:                     " << drain.dead << '\n'
                               << "  waiting for a person:     " << drain.needsAttention << '\n'
                               << "  HTTP requests:            " << drain.requests << '\n'
                               << Qt::flush;
                         engine.stop();
                     });
    QObject::connect(&engine, &Engine::stopped, &loop, &QEventLoop::quit);
    engine.runOnce();
    loop.exec();
    return true;
}

void printTransitions(const EngineConfig &config)
{
    Database db(config.store);
    if (!db.open())
        return;
    auto page = TransitionLog(db).page({}, std::nullopt, 100000);
    if (!page)
        return;
    QMap<QString, int> byReason;
    for (const StageTransition &t : *page)
        ++byReason[toKey(t.reason)];
    out() << "\n== stage decisions so far ==\n";
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        out() << "  " << it.key().leftJustified(20) << it.value() << '\n';
    out() << "\n  newest:\n";
    for (qsizetype i = 0; i < qMin<qsizetype>(8, page->size()); ++i) {
        const StageTransition &t = page->at(i);
        out() << "  " << t.dealKey.toString().leftJustified(10)
              << (t.fromStage.isEmpty() ? QStringLiteral("(new)") : t.fromStage.toString())
                     .leftJustified(20)
              << "-> " << t.toStage.toString().leftJustified(20) << toKey(t.reason) << "  "
              << t.patientName << '\n';
    }
    out().flush();
}

} // namespace

int runDemo(int receptions)
{
    const QString dir = QDir::tempPath() + QStringLiteral("/identsync-demo");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    // The demo's secrets live under their own keychain service, apart from a real installation.
    if (qEnvironmentVariableIsEmpty("IDENTSYNC_KEYCHAIN_SERVICE"))
        qputenv("IDENTSYNC_KEYCHAIN_SERVICE", "IdentSyncDemo");

    out() << "IdentSync demo: a sample clinic in " << dir << '\n' << Qt::flush;
    sample::SampleConnection conn;
    conn.driver = IdentSourceConfig::Driver::Sqlite;
    conn.database = dir + QStringLiteral("/ident.db");
    QString error;
    std::optional<sample::CreateSummary> created;
    {
        sample::SampleDatabase db(conn);
        if (!db.isOpen()) {
            out() << "demo: " << db.error() << '\n';
            return 1;
        }
        sample::CreateOptions o;
        o.receptions = receptions;
        o.patients = qMax(20, receptions / 4);
        o.seed = 7;
        o.branches = 2;
        o.now = QDateTime(QDate::currentDate(), QTime::currentTime(), Qt::UTC);
        created = sample::SampleGenerator::create(db, o, &error);
    }
    if (!created) {
        out() << "demo: " << error << '\n';
        return 1;
    }
    out() << "  IDENT sample: " << created->oneLine() << '\n' << Qt::flush;

    fake::PortalConfig pc;
    pc.plan = fake::Plan::Standard;
    pc.webhookCode = QStringLiteral("demo%1").arg(QCoreApplication::applicationPid());
    pc.stateFile = dir + QStringLiteral("/portal.json");
    fake::FakePortalThread portal(pc);
    if (!portal.start(&error)) {
        out() << "demo: the local portal did not start: " << error << '\n';
        return 1;
    }
    out() << "  local Bitrix24 portal: " << portal.baseUrl().toString()
          << " (standard plan: 50 requests, 2/s)\n";

    if (const auto stored = SecretStore().write(SecretStore::webhookKey(), pc.webhookCode);
        !stored.ok) {
        out() << "demo: " << stored.error << '\n';
        return 1;
    }
    const QString configPath = dir + QStringLiteral("/identsync.ini");
    {
        QFile f(configPath);
        if (!f.open(QIODevice::WriteOnly)) {
            out() << "demo: cannot write " << configPath << '\n';
            return 1;
        }
        QTextStream ini(&f);
        ini << "[portal]\nurl=" << portal.baseUrl().toString() << "rest/" << pc.webhookUser
            << "/\nplan=standard\n"
            << "[sync]\npoll_interval_seconds=60\n"
            << "[state]\ndriver=sqlite\npath=state.db\n"
            << "[source.main]\ndriver=sqlite\ndatabase=ident.db\nfirst_run_days=365\n";
    }
    QList<ConfigProblem> problems;
    const EngineConfig config = EngineConfig::load(configPath, &problems);
    if (!problems.isEmpty()) {
        for (const ConfigProblem &p : problems)
            out() << "demo config: " << p.key << ": " << p.message << '\n';
        return 1;
    }

    if (!cycle(config, QStringLiteral("first sync: every reception of the last year")))
        return 1;
    {
        sample::SampleDatabase db(conn);
        sample::AdvanceOptions ao;
        ao.minutes = 240;
        ao.seed = 8;
        const auto advanced = sample::SampleGenerator::advance(db, ao, &error);
        if (!advanced) {
            out() << "demo: " << error << '\n';
            return 1;
        }
        out() << "\nfour hours pass in the clinic: " << advanced->oneLine() << '\n' << Qt::flush;
    }
    if (!cycle(config, QStringLiteral("incremental sync")))
        return 1;
    printTransitions(config);
    portal.stop();
    out() << "\nLook around:\n"
          << "  build/src/cli/identsync-cli --config " << configPath << " status\n"
          << "  build/src/cli/identsync-cli --config " << configPath
          << " queue list --state needs_attention\n"
          << "  build/src/cli/identsync-cli --config " << configPath << " transitions\n"
          << "(the portal's final state is in " << pc.stateFile << ")\n"
          << Qt::flush;
    return 0;
}

} // namespace identsync
