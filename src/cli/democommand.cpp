#include "democommand.h"

#include "demo/democlinic.h"
#include "engine/engine.h"

#include "fake-bitrix24/fakeportalthread.h"
#include "store/database.h"
#include "store/transitionlog.h"

#include <QEventLoop>
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
    DemoClinic::Options options;
    options.receptions = receptions;
    DemoClinic clinic(options);
    out() << "IdentSync demo: a sample clinic in " << clinic.dir() << '\n' << Qt::flush;
    QString error;
    if (!clinic.setUp(&error)) {
        out() << "demo: " << error << '\n';
        return 1;
    }
    out() << "  IDENT sample: " << clinic.sampleSummary() << '\n'
          << "  local Bitrix24 portal: " << clinic.portal()->baseUrl().toString()
          << " (standard plan: 50 requests, 2/s)\n"
          << Qt::flush;
    const EngineConfig config = clinic.config();

    if (!cycle(config, QStringLiteral("first sync: every reception of the last year")))
        return 1;
    const auto advanced = clinic.advance(240, 8, &error);
    if (!advanced) {
        out() << "demo: " << error << '\n';
        return 1;
    }
    out() << "\nfour hours pass in the clinic: " << *advanced << '\n' << Qt::flush;
    if (!cycle(config, QStringLiteral("incremental sync")))
        return 1;
    printTransitions(config);
    clinic.stopPortal();
    const QString configPath = clinic.configPath();
    out() << "\nLook around:\n"
          << "  build/src/app/identsync --config " << configPath << '\n'
          << "  build/src/cli/identsync-cli --config " << configPath << " status\n"
          << "  build/src/cli/identsync-cli --config " << configPath
          << " queue list --state needs_attention\n"
          << "  build/src/cli/identsync-cli --config " << configPath << " transitions\n"
          << "(the portal's final state is in " << clinic.portalStateFile() << ")\n"
          << Qt::flush;
    return 0;
}

} // namespace identsync
