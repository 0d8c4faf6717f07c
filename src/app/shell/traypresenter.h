#pragma once

#include "data/enginehealth.h"
#include "shell/mainwindow.h"

#include <QIcon>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace identsync {

struct Notification;

// The tray: an icon whose picture and tooltip say the engine's state and why, and a menu (Open,
// Sync now, Pause/Resume, Quit) that only emits requests. Everything but the system tray icon
// itself works without one, so offscreen tests drive the presenter and its actions directly.
class TrayPresenter : public QObject
{
    Q_OBJECT

public:
    explicit TrayPresenter(QObject *parent = nullptr);
    ~TrayPresenter() override;

    void setHealth(const EngineHealth &health);
    EngineHealth health() const { return m_health; }

    // "ok", "working", "paused" or "error": also the icon's name in resources/icons/.
    QString iconName() const;
    QIcon icon() const;
    QString toolTip() const;

    QMenu *menu() const { return m_menu.get(); }
    QAction *openAction() const { return m_open; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }

    // Shows the icon in the system tray when `available` (the platform has one); false otherwise.
    bool showInSystemTray(bool available);
    bool isInSystemTray() const { return m_tray != nullptr; }
    // Closing the main window keeps the application (and its engine) running in the tray, when
    // there is a tray and the setting asks for it.
    void setCloseToTray(bool enabled);

    // A desktop notification through the tray; its click opens `notification.page`.
    void showNotification(const Notification &notification);
    // What clicking the last notification does (the tray's messageClicked).
    void openLastNotification();

Q_SIGNALS:
    void openRequested();
    void pageRequested(identsync::MainWindow::Page page);
    void syncNowRequested();
    void pauseRequested();
    void resumeRequested();
    void quitRequested();

protected:
    // The application's LanguageChange: a QObject gets no event of its own.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    EngineHealth m_health;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_open = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_quit = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    MainWindow::Page m_lastNotificationPage = MainWindow::Page::Overview;
};

} // namespace identsync
