#include "traywiring.h"

#include "data/consolesession.h"
#include "data/enginehealth.h"
#include "shell/mainwindow.h"
#include "shell/notifier.h"
#include "shell/traypresenter.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace identsync {

void connectTray(TrayPresenter &tray, Notifier &notifier, ConsoleSession &session,
                 MainWindow &window, bool closeToTray)
{
    QObject::connect(&session, &ConsoleSession::statusChanged, &tray,
                     [&tray, &notifier](const EngineStatus &status) {
                         const EngineHealth health = EngineHealth::of(status);
                         tray.setHealth(health);
                         notifier.setHealth(health);
                     });
    QObject::connect(&notifier, &Notifier::notify, &tray, &TrayPresenter::showNotification);

    const auto bringUp = [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&tray, &TrayPresenter::openRequested, &window, bringUp);
    QObject::connect(&tray, &TrayPresenter::pageRequested, &window,
                     [&window, bringUp](MainWindow::Page page) {
                         window.showPage(page);
                         bringUp();
                     });
    QObject::connect(&tray, &TrayPresenter::syncNowRequested, &session,
                     [&session] { session.postCommand(CommandKind::SyncNow); });
    QObject::connect(&tray, &TrayPresenter::pauseRequested, &session,
                     [&session] { session.postCommand(CommandKind::Pause); });
    QObject::connect(&tray, &TrayPresenter::resumeRequested, &session,
                     [&session] { session.postCommand(CommandKind::Resume); });
    QObject::connect(&tray, &TrayPresenter::quitRequested, qApp, &QCoreApplication::quit);

    tray.setHealth(EngineHealth::of(session.status()));
    tray.showInSystemTray(QSystemTrayIcon::isSystemTrayAvailable());
    tray.setCloseToTray(closeToTray);
}

} // namespace identsync
