#pragma once

namespace identsync {

class ConsoleSession;
class MainWindow;
class Notifier;
class TrayPresenter;

// The tray and the desktop notifications follow the session's engine status; the tray's menu
// acts on the window and, through the commands table, on the engine (host or monitor alike).
// Shows the tray icon when the platform has a tray, and closes to it when `closeToTray`.
void connectTray(TrayPresenter &tray, Notifier &notifier, ConsoleSession &session,
                 MainWindow &window, bool closeToTray);

} // namespace identsync
