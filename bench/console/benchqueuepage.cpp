// bench_queuepage: the console's Queue page over a big state database (SPEC §8: usable in under a
// second on 1,000,000 jobs, the console under 200 MB, a filter change or a jump under 100 ms).
//
//   bench_queuepage --path STATE.db [--scroll ROWS]
//
// Opens the page as the console does (offscreen) and times, on the wall clock, what a person
// waits for: the first rows, the filter chips' counts, filter and search changes, and scrolling
// page after page to --scroll rows. Prints the process's resident memory after each step.
#include "data/consolesession.h"
#include "models/queuemodel.h"
#include "pages/queue/queuepage.h"
#include "shell/messageboxconfirmer.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace identsync;

namespace {

void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString memory()
{
    return QStringLiteral("RSS %1 MB, peak %2 MB")
        .arg(double(statusKb("VmRSS:")) / 1024, 0, 'f', 1)
        .arg(double(statusKb("VmHWM:")) / 1024, 0, 'f', 1);
}

// Milliseconds until `done`, processing events as the console's event loop would.
double waitMs(const std::function<bool()> &done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (t.elapsed() > 600000)
            return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path;
    int scroll = 100000;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--path"))
            path = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--scroll"))
            scroll = args.at(i + 1).toInt();
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_queuepage --path STATE.db [--scroll ROWS]\n");
        return 2;
    }
    out(QStringLiteral("bench_queuepage: %1; before opening: %2").arg(path, memory()));

    StoreConfig store;
    store.sqlitePath = path;
    MessageBoxConfirmer confirmer;

    QElapsedTimer open;
    open.start();
    ConsoleSession session(store);
    QueuePage page(&session, &confirmer);
    page.resize(1400, 800);
    page.show();
    QueueModel *model = page.model();
    auto *states = page.findChild<QComboBox *>(QStringLiteral("stateFilter"));
    const double firstRows = waitMs([&] { return model->rowCount() > 0; });
    out(QStringLiteral("open → first %1 rows shown: %2 ms (wall clock from constructing the "
                       "session); %3")
            .arg(model->rowCount())
            .arg(double(open.nsecsElapsed()) / 1e6, 0, 'f', 1)
            .arg(memory()));
    (void)firstRows;
    const double counts =
        waitMs([&] { return !states->itemText(0).endsWith(QStringLiteral("(0)")); });
    out(QStringLiteral("open → chips counted (%1): %2 ms; %3")
            .arg(states->itemText(0))
            .arg(double(open.nsecsElapsed()) / 1e6, 0, 'f', 1)
            .arg(memory()));
    (void)counts;

    const auto timeFilter = [&](const QString &name, const JobFilter &f) {
        QList<double> ms;
        for (int run = 0; run < 5; ++run) {
            bool loaded = false;
            auto c = QObject::connect(model, &QueueModel::loaded, [&] { loaded = true; });
            QElapsedTimer t;
            t.start();
            page.showFilter(f);
            waitMs([&] { return loaded; });
            ms << double(t.nsecsElapsed()) / 1e6;
            QObject::disconnect(c);
        }
        std::sort(ms.begin(), ms.end());
        out(QStringLiteral("filter %1 → rows shown (%2 rows): median %3 ms, max %4 ms")
                .arg(name)
                .arg(model->rowCount())
                .arg(ms.at(2), 0, 'f', 1)
                .arg(ms.last(), 0, 'f', 1));
    };
    JobFilter f;
    f.states = {JobState::Dead};
    timeFilter(QStringLiteral("state = dead"), f);
    f.states = {JobState::Pending};
    timeFilter(QStringLiteral("state = pending"), f);
    f = {};
    f.errorClass = ErrorClass::Transient;
    f.states = {JobState::Pending, JobState::RetryWait, JobState::Dead, JobState::NeedsAttention};
    timeFilter(QStringLiteral("class = transient"), f);
    f = {};
    f.text = QStringLiteral("F1_900000");
    timeFilter(QStringLiteral("search for reception F1_900000"), f);
    f = {};
    f.text = QStringLiteral("смирнова");
    timeFilter(QStringLiteral("search «смирнова»"), f);
    f = {};
    timeFilter(QStringLiteral("everything"), f);

    // Scrolling: the view asks for one more page each time it reaches the end.
    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    QElapsedTimer t;
    t.start();
    int pages = 0;
    while (model->rowCount() < scroll && model->canFetchMore({})) {
        const int before = model->rowCount();
        table->scrollToBottom();
        model->fetchMore({});
        waitMs([&] { return model->rowCount() > before || !model->canFetchMore({}); });
        ++pages;
        if (model->rowCount() % 25600 == 0)
            out(QStringLiteral("  scrolled to row %1: %2 ms a page so far; %3")
                    .arg(model->rowCount())
                    .arg(double(t.nsecsElapsed()) / 1e6 / pages, 0, 'f', 2)
                    .arg(memory()));
    }
    out(QStringLiteral("scrolling to row %1: %2 pages in %3 s = %4 ms a page; %5")
            .arg(model->rowCount())
            .arg(pages)
            .arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 1)
            .arg(double(t.nsecsElapsed()) / 1e6 / std::max(pages, 1), 0, 'f', 2)
            .arg(memory()));
    return 0;
}
