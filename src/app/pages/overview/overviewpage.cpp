#include "overviewpage.h"

#include "ui_overviewpage.h"

#include "data/consolesession.h"
#include "models/statustext.h"

#include <QLocale>

namespace identsync {

namespace {

// How long without a completed poll, while running and not paused, counts as stuck: a quiet
// evening with nothing to read still completes polls, so it never trips this.
constexpr qint64 kLagSeconds = 30 * 60;

QString toneColour(Tone tone)
{
    switch (tone) {
    case Tone::Ok:
        return QStringLiteral("#2e7d32");
    case Tone::Info:
        return QStringLiteral("#37474f");
    case Tone::Warning:
        return QStringLiteral("#a05a00");
    case Tone::Danger:
        return QStringLiteral("#c62828");
    case Tone::Count:
        break;
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    QFont big = m_ui->headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_ui->headline->setFont(big);

    connect(m_ui->syncNowButton, &QPushButton::clicked, this,
            [this] { m_session->postCommand(CommandKind::SyncNow); });
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        m_pending = tr("Pause sent; sending stops after the records in flight.");
        m_session->postCommand(CommandKind::Pause);
        update();
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        m_pending = tr("Resume sent; sending starts again within a second.");
        m_session->postCommand(CommandKind::Resume);
        update();
    });
    connect(m_ui->takeOverButton, &QPushButton::clicked, this, [this] { m_session->takeOver(); });

    const std::pair<QToolButton *, JobState> counters[] = {
        {m_ui->syncedCounter, JobState::Done},
        {m_ui->pendingCounter, JobState::Pending},
        {m_ui->retryingCounter, JobState::RetryWait},
        {m_ui->deadCounter, JobState::Dead},
        {m_ui->attentionCounter, JobState::NeedsAttention},
    };
    for (const auto &[button, state] : counters) {
        connect(button, &QToolButton::clicked, this,
                [this, state] { Q_EMIT queueRequested(state); });
    }

    connect(session, &ConsoleSession::statusChanged, this, [this] {
        m_pending.clear();
        update();
    });
    connect(session, &ConsoleSession::modeChanged, this, &OverviewPage::update);
    connect(session, &ConsoleSession::holderChanged, this, &OverviewPage::update);
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &OverviewPage::updateClock);
    m_tick.start();
    update();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::update()
{
    const ConsoleSession &s = *m_session;
    const EngineStatus st = s.status();
    const StatusLine head = StatusText::headline(s);
    m_ui->headline->setText(head.text);
    m_ui->headline->setStyleSheet(QStringLiteral("color: %1").arg(toneColour(head.tone)));
    m_ui->headline->setProperty("tone", toneKey(head.tone));
    m_ui->headline->setAccessibleName(head.text);
    m_ui->nextStep->setText(m_pending.isEmpty() ? head.detail : m_pending);

    const StatusLine mode = StatusText::mode(s);
    m_ui->modeLabel->setText(mode.text);
    m_ui->modeLabel->setVisible(!mode.text.isEmpty());

    const bool live = (s.mode() == ConsoleSession::Mode::Host ||
                       (s.mode() == ConsoleSession::Mode::Monitor && !s.holderGone())) &&
                      st.phase != QLatin1String("stopped");
    const bool paused = st.phase == QLatin1String("paused");
    m_ui->syncNowButton->setEnabled(live && !paused);
    m_ui->pauseButton->setVisible(!paused);
    m_ui->pauseButton->setEnabled(live);
    m_ui->resumeButton->setVisible(paused);
    m_ui->resumeButton->setEnabled(live);
    m_ui->takeOverButton->setVisible(s.canHost() && s.mode() == ConsoleSession::Mode::Monitor &&
                                     s.holderGone());

    const QLocale locale;
    const std::tuple<QToolButton *, qint64, QString> counters[] = {
        {m_ui->syncedCounter, st.syncedThisRun, tr("sent in this run")},
        {m_ui->pendingCounter, st.counts[int(JobState::Pending)], tr("waiting to be sent")},
        {m_ui->retryingCounter, st.counts[int(JobState::RetryWait)], tr("will be retried")},
        {m_ui->deadCounter, st.counts[int(JobState::Dead)], tr("failed for good")},
        {m_ui->attentionCounter, st.counts[int(JobState::NeedsAttention)], tr("need a person")},
    };
    for (const auto &[button, value, caption] : counters) {
        button->setText(locale.toString(value) + QLatin1Char('\n') + caption);
        button->setAccessibleName(caption + QStringLiteral(": ") + locale.toString(value));
        button->setToolTip(tr("Open the queue with these records"));
    }

    m_ui->problemsList->clear();
    const QList<ConfigProblem> problems = s.configProblems();
    for (const ConfigProblem &p : problems) {
        auto *item = new QListWidgetItem(
            QStringLiteral("✖ ") +
                (p.key.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.key, p.message)),
            m_ui->problemsList);
        item->setToolTip(p.message);
    }
    if (!problems.isEmpty()) {
        m_ui->problemsLabel->setText(tr("The configuration %1 has these problems; the engine "
                                        "starts when they are fixed.")
                                         .arg(s.configPath()));
        m_ui->problemsList->show();
    } else if (!s.canHost()) {
        m_ui->problemsLabel->setText(
            tr("No configuration file: nothing is synchronised. Open Settings to create one."));
        m_ui->problemsList->hide();
    } else {
        m_ui->problemsLabel->setText(
            tr("No problems found in %1.").arg(s.engineConfig()->filePath));
        m_ui->problemsList->hide();
    }
    updateClock();
}

void OverviewPage::updateClock()
{
    const ConsoleSession &s = *m_session;
    const EngineStatus st = s.status();
    const QDateTime now = s.clock()();
    m_ui->lastPollLabel->setText(StatusText::moment(now, st.lastPoll));
    const bool paused = st.phase == QLatin1String("paused");
    m_ui->nextPollLabel->setText(
        paused ? tr("after Resume")
               : (st.nextPoll.isValid()
                      ? StatusText::countdown(now, st.nextPoll) + QStringLiteral(" (") +
                            StatusText::moment(now, st.nextPoll) + QLatin1Char(')')
                      : QStringLiteral("—")));
    const bool running =
        s.mode() != ConsoleSession::Mode::Offline && st.phase == QLatin1String("running");
    const bool lagging = running && st.lastPoll.isValid() && st.lastPoll.secsTo(now) > kLagSeconds;
    m_ui->lagLabel->setVisible(lagging);
    if (lagging)
        m_ui->lagLabel->setText(
            tr("⚠ No poll has finished for %1 min: IDENT may be unreachable. See the Log.")
                .arg(st.lastPoll.secsTo(now) / 60));
}

} // namespace identsync
