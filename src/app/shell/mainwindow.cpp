#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "data/consoleportal.h"
#include "data/consolesession.h"
#include "data/loghub.h"
#include "pages/binding/bindingdialog.h"
#include "pages/coming/comingpage.h"
#include "pages/log/logpage.h"
#include "pages/problems/problemspage.h"
#include "pages/queue/queuepage.h"
#include "pages/settings/settingspage.h"
#include "pages/transitions/transitionspage.h"
#include "shell/aboutdialog.h"
#include "shell/messageboxconfirmer.h"

#include <QDir>
#include <QMetaEnum>
#include <QShortcut>
#include <QStandardPaths>

namespace identsync {

namespace {

QString pageKey(MainWindow::Page page)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page)))
        .toLower();
}

} // namespace

QString MainWindow::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/identsync.ini");
}

MainWindow::MainWindow(ConsoleSession *session, const QString &configPath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_confirmer(std::make_unique<MessageBoxConfirmer>())
{
    m_ui->setupUi(this);

    addPage(Page::Overview, tr("Overview"),
            new ComingPage(tr("Overview"),
                           tr("show the engine's state, counters, recent cycles and charts.")));
    auto *transitions = new TransitionsPage(session);
    addPage(Page::Transitions, tr("Stage transitions"), transitions);
    connect(transitions, &TransitionsPage::queueItemRequested, this, [this](const QString &key) {
        JobFilter filter;
        filter.text = key;
        showQueue(filter);
    });
    addPage(Page::Queue, tr("Queue"), new QueuePage(session, m_confirmer.get()));
    auto *problems = new ProblemsPage(session, m_confirmer.get());
    addPage(Page::Problems, tr("Problems"), problems);
    connect(problems, &ProblemsPage::showInQueue, this, &MainWindow::showQueue);
    connect(problems, &ProblemsPage::openSettings, this, [this] { showPage(Page::Settings); });
    connect(problems, &ProblemsPage::openBinding, this, [this] { showPage(Page::Binding); });
    auto *binding = new BindingDialog(session, nullptr, EngineConfig{});
    binding->setWindowFlags(Qt::Widget);
    binding->setEmbedded(true);
    binding->setConfirmer(m_confirmer.get());
    addPage(Page::Binding, tr("Binding"), binding);
    auto *settings =
        new SettingsPage(session, configPath.isEmpty() ? defaultConfigPath() : configPath);
    addPage(Page::Settings, tr("Settings"), settings);
    // Unapplied edits are marked in the sidebar with a sign, not by colour alone.
    connect(settings, &SettingsPage::dirtyChanged, this, [this](bool dirty) {
        QListWidgetItem *item = m_ui->nav->item(int(Page::Settings));
        item->setText(dirty ? tr("Settings ●") : tr("Settings"));
        item->setToolTip(dirty ? tr("Settings have unsaved changes") : QString());
    });
    // The log hub is process-wide (main.cpp installs it before anything logs).
    if (LogHub *hub = LogHub::instance())
        addPage(Page::Log, tr("Log"), new LogPage(hub));
    else
        addPage(Page::Log, tr("Log"),
                new ComingPage(tr("Log"), tr("show the engine's log live, filtered and masked.")));

    connect(m_ui->nav, &QListWidget::currentRowChanged, m_ui->stack,
            &QStackedWidget::setCurrentIndex);
    m_ui->nav->setCurrentRow(0);

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

void MainWindow::addPage(Page key, const QString &title, QWidget *widget)
{
    Q_ASSERT(m_ui->stack->count() == int(key));
    widget->setObjectName(pageKey(key));
    m_ui->stack->addWidget(widget);
    m_ui->nav->addItem(title);
}

void MainWindow::showPage(Page page)
{
    m_ui->nav->setCurrentRow(int(page));
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

} // namespace identsync
