#include "traypresenter.h"

#include "shell/appresources.h"
#include "shell/notifier.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>

namespace identsync {

TrayPresenter::TrayPresenter(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    initAppResources();
    m_open = m_menu->addAction(QString());
    m_menu->setDefaultAction(m_open);
    m_syncNow = m_menu->addAction(QString());
    m_pause = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_open->setObjectName(QStringLiteral("trayOpenAction"));
    m_syncNow->setObjectName(QStringLiteral("traySyncNowAction"));
    m_pause->setObjectName(QStringLiteral("trayPauseAction"));
    m_quit->setObjectName(QStringLiteral("trayQuitAction"));

    connect(m_open, &QAction::triggered, this, &TrayPresenter::openRequested);
    connect(m_syncNow, &QAction::triggered, this, &TrayPresenter::syncNowRequested);
    connect(m_quit, &QAction::triggered, this, &TrayPresenter::quitRequested);
    connect(m_pause, &QAction::triggered, this, [this] {
        switch (m_health.state) {
        case EngineHealth::State::Paused:
        case EngineHealth::State::Error:
            Q_EMIT resumeRequested();
            return;
        case EngineHealth::State::Ok:
        case EngineHealth::State::Working:
            Q_EMIT pauseRequested();
            return;
        case EngineHealth::State::Stopped:
        case EngineHealth::State::Count:
            return;
        }
    });
    QCoreApplication::instance()->installEventFilter(this);
    refresh();
}

TrayPresenter::~TrayPresenter() = default;

bool TrayPresenter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        refresh();
    return QObject::eventFilter(watched, event);
}

void TrayPresenter::setHealth(const EngineHealth &health)
{
    if (health == m_health)
        return;
    m_health = health;
    refresh();
}

QString TrayPresenter::iconName() const
{
    switch (m_health.state) {
    case EngineHealth::State::Ok:
        return QStringLiteral("ok");
    case EngineHealth::State::Working:
        return QStringLiteral("working");
    case EngineHealth::State::Error:
        return QStringLiteral("error");
    case EngineHealth::State::Paused:
    case EngineHealth::State::Stopped:
    case EngineHealth::State::Count:
        break;
    }
    return QStringLiteral("paused");
}

QIcon TrayPresenter::icon() const
{
    return QIcon(QStringLiteral(":/icons/state-%1.svg").arg(iconName()));
}

QString TrayPresenter::toolTip() const
{
    QString state;
    switch (m_health.state) {
    case EngineHealth::State::Ok:
        state = tr("running, nothing waiting");
        break;
    case EngineHealth::State::Working:
        state = tr("synchronising");
        break;
    case EngineHealth::State::Paused:
        state = m_health.reason.isEmpty() ? tr("paused") : tr("paused — %1").arg(m_health.reason);
        break;
    case EngineHealth::State::Error:
        state = tr("paused — %1").arg(m_health.reason);
        break;
    case EngineHealth::State::Stopped:
    case EngineHealth::State::Count:
        state = tr("not running");
        break;
    }
    return tr("IdentSync: %1").arg(state);
}

void TrayPresenter::refresh()
{
    m_open->setText(tr("Open"));
    m_syncNow->setText(tr("Sync now"));
    m_quit->setText(tr("Quit"));
    const bool running = m_health.state != EngineHealth::State::Stopped;
    const bool paused = m_health.state == EngineHealth::State::Paused ||
                        m_health.state == EngineHealth::State::Error;
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(running);
    m_syncNow->setEnabled(running && !paused);
    if (m_tray) {
        m_tray->setIcon(icon());
        m_tray->setToolTip(toolTip());
    }
}

bool TrayPresenter::showInSystemTray(bool available)
{
    if (!available || m_tray)
        return m_tray != nullptr;
    m_tray = new QSystemTrayIcon(icon(), this);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayPresenter::openLastNotification);
    refresh();
    m_tray->show();
    return true;
}

void TrayPresenter::setCloseToTray(bool enabled)
{
    QApplication::setQuitOnLastWindowClosed(!(enabled && m_tray));
}

void TrayPresenter::openLastNotification()
{
    Q_EMIT pageRequested(m_lastNotificationPage);
}

void TrayPresenter::showNotification(const Notification &notification)
{
    m_lastNotificationPage = notification.page;
    if (!m_tray)
        return;
    const auto icon = notification.kind == Notification::Kind::Paused ? QSystemTrayIcon::Critical
                                                                      : QSystemTrayIcon::Warning;
    m_tray->showMessage(notification.title, notification.message, icon);
}

} // namespace identsync
