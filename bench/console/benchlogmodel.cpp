// The Log page under a flood of lines (issue 12: the ring buffer "never slows the window").
//
// 1. view:  LogModel → LogFilterProxyModel → the real LogPage's table, shown offscreen and
//           following the tail; lines appended on the GUI thread in batches, events processed
//           (the view lays out and paints) after each. Lines per second.
// 2. flood: four threads log through qCInfo into an installed LogHub (masking, the file on the
//           writer thread, batches to the GUI ≤ 10/s); the GUI thread's heartbeat timer (5 ms)
//           records its latency. Lines per second end to end, and the longest and p99 stall.
#include "data/loghub.h"
#include "models/logfilterproxymodel.h"
#include "models/logmodel.h"
#include "pages/log/logpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcBench, "identsync.engine")

using namespace identsync;

namespace {

QList<LogLine> lines(int from, int count)
{
    QList<LogLine> out;
    out.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = from; i < from + count; ++i)
        out.append({now, i % 50 == 0 ? LogLine::Level::Warning : LogLine::Level::Info,
                    QStringLiteral("identsync.engine"),
                    QStringLiteral("Reception F1_%1: deal 18342 updated, stage C4:PREPARATION kept "
                                   "(protected), 3 fields written")
                        .arg(i)});
    return out;
}

void viewBench(LogHub &hub, int total, int batch)
{
    LogPage page(&hub);
    page.resize(1100, 600);
    page.show();
    QCoreApplication::processEvents();
    LogModel *model = hub.model();
    model->clear();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < total; i += batch) {
        model->append(lines(i, std::min(batch, total - i)));
        QCoreApplication::processEvents();
        page.repaint();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf(
        "view  batch %6d: %8d lines in %6.2f s = %9.0f lines/s (rows kept %d, following %s)\n",
        batch, total, seconds, total / seconds, model->rowCount(),
        page.isFollowing() ? "yes" : "no");
}

// The same heartbeat with nothing logged: what the machine's own load costs the GUI thread.
void idleHeartbeat(int milliseconds)
{
    std::vector<qint64> gaps;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        gaps.push_back(beat.nsecsElapsed() / 1000);
        beat.restart();
    });
    beat.start();
    heartbeat.start(5);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::sort(gaps.begin(), gaps.end());
    const auto at = [&](double q) {
        return gaps.empty() ? 0 : gaps[size_t(q * (gaps.size() - 1))];
    };
    std::printf("idle  heartbeat (5 ms) latency p50 %.1f ms, p99 %.1f ms, max %.1f ms over %zu "
                "beats\n",
                at(0.5) / 1000.0, at(0.99) / 1000.0, at(1.0) / 1000.0, gaps.size());
}

void floodBench(LogHub &hub, int threads, int perThread)
{
    LogPage page(&hub);
    page.resize(1100, 600);
    page.show();
    hub.model()->clear();
    QCoreApplication::processEvents();

    std::vector<qint64> gaps;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        gaps.push_back(beat.nsecsElapsed() / 1000);
        beat.restart();
    });
    const int deliveriesBefore = hub.deliveries();
    qint64 seen = 0;
    QObject::connect(&hub, &LogHub::linesAdded,
                     [&](const QList<LogLine> &batch) { seen += batch.size(); });

    QElapsedTimer timer;
    timer.start();
    beat.start();
    heartbeat.start(5);
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([t, perThread] {
            for (int i = 0; i < perThread; ++i)
                qCInfo(lcBench).noquote()
                    << QStringLiteral("Thread %1 line %2: reception F1_%2 for Иванов Иван, "
                                      "+79161234567, stage kept")
                           .arg(t)
                           .arg(i);
        }));
        workers.back()->start();
    }
    const qint64 total = qint64(threads) * perThread;
    while (seen < total)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double seconds = timer.nsecsElapsed() / 1e9;
    heartbeat.stop();
    for (auto &w : workers)
        w->wait();

    std::sort(gaps.begin(), gaps.end());
    const auto at = [&](double q) {
        return gaps.empty() ? 0 : gaps[size_t(q * (gaps.size() - 1))];
    };
    std::printf("flood %d threads x %d: %lld lines in %.2f s = %.0f lines/s end to end, "
                "%d batches to the GUI; heartbeat (5 ms) latency p50 %.1f ms, p99 %.1f ms, "
                "max %.1f ms over %zu beats\n",
                threads, perThread, total, seconds, total / seconds,
                hub.deliveries() - deliveriesBefore, at(0.5) / 1000.0, at(0.99) / 1000.0,
                at(1.0) / 1000.0, gaps.size());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("lines"), QStringLiteral("lines per view run"),
                      QStringLiteral("n"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("flood"), QStringLiteral("lines per flooding thread"),
                      QStringLiteral("n"), QStringLiteral("50000")});
    parser.process(app);

    QTemporaryDir dir;
    LogHubOptions options;
    options.directory = dir.filePath(QStringLiteral("logs"));
    LogHub hub(options);

    const int total = parser.value(QStringLiteral("lines")).toInt();
    for (int batch : {1, 10, 100, 1000, 5000})
        viewBench(hub, batch < 100 ? total / (50 / batch) : total, batch);

    // Only Qt's own handler would print every flooded line; the hub replaces it while installed.
    QLoggingCategory::setFilterRules(QStringLiteral("identsync.engine.info=true"));
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    hub.install();
    idleHeartbeat(5000);
    floodBench(hub, 4, parser.value(QStringLiteral("flood")).toInt());
    return 0;
}
