#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "data/consoleportal.h"
#include "data/consolesession.h"
#include "data/loghub.h"
#include "models/statustext.h"
#include "pages/binding/bindingdialog.h"
#include "pages/coming/comingpage.h"
#include "pages/log/logpage.h"
#include "pages/overview/overviewpage.h"
#include "pages/problems/problemspage.h"
#include "pages/queue/queuepage.h"
#include "pages/settings/settingspage.h"
#include "pages/transitions/transitionspage.h"
#include "shell/aboutdialog.h"
#include "shell/messageboxconfirmer.h"
#include "shell/messagestrip.h"
#include "shell/statusindicator.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QMetaEnum>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>

namespace identsync {

namespace {

QString pageKey(MainWindow::Page page)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page)))
        .toLower();
}

constexpr int kPageRole = Qt::UserRole + 1;

const QString kGeometryKey = QStringLiteral("shell/geometry");
const QString kLastPageKey = QStringLiteral("shell/lastPage");

} // namespace

QString MainWindow::defaultConfigPath()
{
    return EngineConfig::defaultPath();
}

MainWindow::MainWindow(ConsoleSession *session, const QString &configPath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_confirmer(std::make_unique<MessageBoxConfirmer>())
{
    m_ui->setupUi(this);

    auto *overview = new OverviewPage(session);
    addPage(Page::Overview, overview);
    auto *transitions = new TransitionsPage(session);
    addPage(Page::Transitions, transitions);
    connect(transitions, &TransitionsPage::queueItemRequested, this, [this](const QString &key) {
        JobFilter filter;
        filter.text = key;
        showQueue(filter);
    });
    addPage(Page::Queue, new QueuePage(session, m_confirmer.get()));
    auto *problems = new ProblemsPage(session, m_confirmer.get());
    addPage(Page::Problems, problems);
    connect(problems, &ProblemsPage::showInQueue, this, &MainWindow::showQueue);
    connect(problems, &ProblemsPage::openSettings, this, [this] { showPage(Page::Settings); });
    connect(problems, &ProblemsPage::openBinding, this, [this] { showPage(Page::Binding); });
    auto *binding = new BindingDialog(session, nullptr, EngineConfig{});
    binding->setWindowFlags(Qt::Widget);
    binding->setEmbedded(true);
    binding->setConfirmer(m_confirmer.get());
    addPage(Page::Binding, binding);
    auto *settings =
        new SettingsPage(session, configPath.isEmpty() ? defaultConfigPath() : configPath);
    addPage(Page::Settings, settings);
    // Unapplied edits are marked in the sidebar with a sign, not by colour alone.
    connect(settings, &SettingsPage::dirtyChanged, this, [this](bool dirty) {
        QListWidgetItem *item = navItem(Page::Settings);
        item->setText(dirty ? tr("Settings ●") : tr("Settings"));
        item->setToolTip(dirty ? tr("Settings have unsaved changes") : QString());
    });
    // The log hub is process-wide (main.cpp installs it before anything logs).
    if (LogHub *hub = LogHub::instance())
        addPage(Page::Log, new LogPage(hub));
    else
        addPage(Page::Log,
                new ComingPage(tr("Log"), tr("show the engine's log live, filtered and masked.")));

    connect(overview, &OverviewPage::queueRequested, this, [this](JobState state) {
        JobFilter filter;
        filter.states = {state};
        showQueue(filter);
    });
    connect(overview, &OverviewPage::pageRequested, this,
            [this](int page) { showPage(Page(page)); });

    buildSidebar();
    buildStatusBar();
    buildActions();

    connect(session, &ConsoleSession::statusChanged, this, &MainWindow::updateStatus);
    connect(session, &ConsoleSession::modeChanged, this, &MainWindow::updateStatus);
    connect(session, &ConsoleSession::holderChanged, this, &MainWindow::updateStatus);
    connect(session, &ConsoleSession::commandFailed, this,
            [this](CommandKind, const QString &error) {
                messageStrip()->post(QStringLiteral("command"), Tone::Danger,
                                     tr("The command was not sent: %1").arg(error));
            });
    updateStatus();
    restoreState();

    auto *about = new QShortcut(QKeySequence::HelpContents, this);
    connect(about, &QShortcut::activated, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    const LogHub *hub = LogHub::instance();
    auto *dialog = new AboutDialog(
        hub ? hub->filePath() : QDir(LogHub::defaultDirectory()).filePath(LogHub::fileName()),
        m_session->storeConfig(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page key, QWidget *widget)
{
    Q_ASSERT(m_ui->stack->count() == int(key));
    widget->setObjectName(pageKey(key));
    m_ui->stack->addWidget(widget);
}

void MainWindow::buildSidebar()
{
    struct Entry
    {
        Page page;
        QString title;
    };
    struct Group
    {
        QString title;
        QList<Entry> entries;
    };
    const QList<Group> groups{
        {tr("Monitoring"),
         {{Page::Overview, tr("Overview")},
          {Page::Transitions, tr("Stage transitions")},
          {Page::Log, tr("Log")}}},
        {tr("Work"),
         {{Page::Queue, tr("Queue")},
          {Page::Problems, tr("Problems")},
          {Page::Binding, tr("Binding")}}},
        {tr("Configuration"), {{Page::Settings, tr("Settings")}}},
    };
    int shortcut = 1;
    for (const Group &g : groups) {
        auto *header = new QListWidgetItem(g.title.toUpper(), m_ui->nav);
        header->setFlags(Qt::NoItemFlags);
        QFont f = header->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        header->setFont(f);
        for (const Entry &e : g.entries) {
            auto *item = new QListWidgetItem(e.title, m_ui->nav);
            item->setData(kPageRole, int(e.page));
            const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut));
            item->setToolTip(e.title + QStringLiteral(" (") +
                             keys.toString(QKeySequence::NativeText) + QLatin1Char(')'));
            auto *go = new QAction(this);
            go->setShortcut(keys);
            go->setShortcutContext(Qt::WindowShortcut);
            connect(go, &QAction::triggered, this, [this, page = e.page] { showPage(page); });
            addAction(go);
            ++shortcut;
        }
    }
    connect(m_ui->nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || !item->data(kPageRole).isValid())
            return;
        m_ui->stack->setCurrentIndex(item->data(kPageRole).toInt());
        if (!m_restoring)
            QSettings().setValue(kLastPageKey, pageKey(currentPage()));
    });
}

void MainWindow::buildStatusBar()
{
    auto make = [this](const char *name) {
        auto *indicator = new StatusIndicator(m_ui->statusbar);
        indicator->setObjectName(QLatin1String(name));
        m_ui->statusbar->addPermanentWidget(indicator);
        return indicator;
    };
    m_identIndicator = make("identIndicator");
    m_portalIndicator = make("portalIndicator");
    m_circuitIndicator = make("circuitIndicator");
    m_pacerIndicator = make("pacerIndicator");
}

void MainWindow::buildActions()
{
    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        m_session->refresh();
        Q_EMIT refreshRequested();
    });
    addAction(refresh);

    auto *syncNow = new QAction(tr("Sync now"), this);
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(syncNow, &QAction::triggered, this,
            [this] { m_session->postCommand(CommandKind::SyncNow); });
    addAction(syncNow);

    auto *pause = new QAction(tr("Pause or resume"), this);
    pause->setObjectName(QStringLiteral("pauseAction"));
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(pause, &QAction::triggered, this, [this] {
        m_session->postCommand(m_session->status().phase == QLatin1String("paused")
                                   ? CommandKind::Resume
                                   : CommandKind::Pause);
    });
    addAction(pause);
}

QListWidgetItem *MainWindow::navItem(Page page) const
{
    for (int row = 0; row < m_ui->nav->count(); ++row) {
        QListWidgetItem *item = m_ui->nav->item(row);
        if (item->data(kPageRole).isValid() && item->data(kPageRole).toInt() == int(page))
            return item;
    }
    return nullptr;
}

MessageStrip *MainWindow::messageStrip() const
{
    return m_ui->banner;
}

void MainWindow::showPage(Page page)
{
    m_ui->nav->setCurrentItem(navItem(page));
}

void MainWindow::showQueue(const JobFilter &filter)
{
    static_cast<QueuePage *>(page(Page::Queue))->showFilter(filter);
    showPage(Page::Queue);
}

void MainWindow::openBinding(const QString &receptionKey)
{
    showPage(Page::Binding);
    if (!receptionKey.isEmpty())
        static_cast<BindingDialog *>(page(Page::Binding))->openReception(receptionKey);
}

void MainWindow::setPortal(ConsolePortal *portal, const EngineConfig &config)
{
    auto *transitions = static_cast<TransitionsPage *>(page(Page::Transitions));
    transitions->setPortalUrl(portal ? config.portalUrl : QString());
    static_cast<BindingDialog *>(page(Page::Binding))->configure(config, portal);
    if (!portal)
        return;
    transitions->setStageCatalog(portal->stages());
    connect(portal, &ConsolePortal::stagesLoaded, transitions, &TransitionsPage::setStageCatalog,
            Qt::UniqueConnection);
    portal->loadStages();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->stack->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_ui->stack->widget(int(page));
}

void MainWindow::updateStatus()
{
    const ConsoleSession &s = *m_session;
    for (auto [indicator, line] : {std::pair{m_identIndicator, StatusText::ident(s)},
                                   std::pair{m_portalIndicator, StatusText::portal(s)},
                                   std::pair{m_circuitIndicator, StatusText::circuit(s)},
                                   std::pair{m_pacerIndicator, StatusText::pacer(s)}})
        indicator->setState(line.tone, line.text, line.detail);
    updateBanner();
}

void MainWindow::updateBanner()
{
    const ConsoleSession &s = *m_session;
    MessageStrip *strip = messageStrip();

    const StatusLine mode = StatusText::mode(s);
    if (mode.text.isEmpty()) {
        strip->withdraw(QStringLiteral("mode"));
    } else if (s.holderGone() && s.canHost()) {
        strip->post(
            QStringLiteral("mode"), mode.tone,
            mode.text + QLatin1Char(' ') +
                tr("You can run synchronisation in this window instead."),
            tr("Take over"), [this] { m_session->takeOver(); }, false);
    } else {
        strip->post(QStringLiteral("mode"), mode.tone, mode.text + QLatin1Char(' ') + mode.detail,
                    {}, {}, false);
    }

    if (s.mode() == ConsoleSession::Mode::Offline && !s.canHost() && !s.configPath().isEmpty()) {
        strip->post(
            QStringLiteral("config"), Tone::Warning,
            tr("There is no configuration file yet, so nothing is synchronised. Open "
               "Settings to connect IDENT and the portal."),
            tr("Open Settings"), [this] { showPage(Page::Settings); }, false);
    } else {
        strip->withdraw(QStringLiteral("config"));
    }

    const EngineStatus st = s.status();
    if (s.mode() != ConsoleSession::Mode::Offline && st.phase == QLatin1String("paused")) {
        strip->post(QStringLiteral("engine"), Tone::Danger,
                    st.reason.isEmpty() ? tr("Synchronisation is paused.")
                                        : tr("Synchronisation is paused: %1").arg(st.reason),
                    tr("Resume"), [this] { m_session->postCommand(CommandKind::Resume); });
    } else if (!s.startError().isEmpty() && s.mode() == ConsoleSession::Mode::Offline) {
        strip->post(QStringLiteral("engine"), Tone::Danger,
                    tr("The engine did not start: %1").arg(s.startError()), tr("Retry"),
                    [this] { m_session->takeOver(); });
    } else {
        strip->withdraw(QStringLiteral("engine"));
    }
}

void MainWindow::restoreState()
{
    m_restoring = true;
    QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    const QString last = settings.value(kLastPageKey).toString();
    Page page = Page::Overview;
    for (int i = 0; i < int(Page::Count); ++i) {
        if (pageKey(Page(i)) == last)
            page = Page(i);
    }
    showPage(page);
    m_restoring = false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Whether closing quits or keeps the engine running in the tray is the tray's setting
    // (TrayPresenter::setCloseToTray); quitting stops a hosted engine gracefully in main().
    QSettings().setValue(kGeometryKey, saveGeometry());
    event->accept();
}

} // namespace identsync
