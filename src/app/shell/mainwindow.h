#pragma once

#include "store/jobqueue.h"

#include <QMainWindow>

#include <memory>

class QListWidgetItem;

namespace Ui {
class MainWindow;
}

namespace identsync {

class ConsolePortal;
class ConsoleSession;
class MessageStrip;
class StatusIndicator;
struct EngineConfig;
class Confirmer;

// The console's frame: the sidebar of pages, the page stack, the message strip and the status
// bar. It wires pages to the session and holds no business logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Page keys. Also the objectName of each page widget, the page's index in the stack and what
    // the "last page" setting stores. The sidebar groups them (Наблюдение, Работа, Настройка) in
    // its own order; Ctrl+1…7 follow the sidebar.
    enum class Page
    {
        Overview,
        Transitions,
        Queue,
        Problems,
        Binding,
        Settings,
        Log,
        Count
    };
    Q_ENUM(Page)

    // `configPath`: the engine's INI file the Settings page edits; empty = the user's default.
    explicit MainWindow(ConsoleSession *session, const QString &configPath = {},
                        QWidget *parent = nullptr);

    static QString defaultConfigPath();
    ~MainWindow() override;

    void showPage(Page page);
    // Opens the queue on exactly these jobs: the overview's counters and the problems page.
    void showQueue(const JobFilter &filter);
    // Opens «Привязка» on one reception (a needs-a-person queue item, a reception's menu).
    void openBinding(const QString &receptionKey);
    // The portal the console reads stage names and deals from, and the configuration the engine
    // plans with; null when none is configured. Call when the configuration is loaded or changes.
    void setPortal(ConsolePortal *portal, const EngineConfig &config);
    Page currentPage() const;
    QWidget *page(Page page) const;
    // The page's sidebar entry (e.g. for a settings page's unsaved-changes mark).
    QListWidgetItem *navItem(Page page) const;
    MessageStrip *messageStrip() const;
    // «О программе» (F1): version, log file, state database.
    void showAbout();

Q_SIGNALS:
    // F5: every page re-reads what it shows.
    void refreshRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page key, QWidget *widget);
    void buildSidebar();
    void buildStatusBar();
    void buildActions();
    void updateStatus();
    void updateBanner();
    void restoreState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConsoleSession *m_session = nullptr;
    StatusIndicator *m_identIndicator = nullptr;
    StatusIndicator *m_portalIndicator = nullptr;
    StatusIndicator *m_circuitIndicator = nullptr;
    StatusIndicator *m_pacerIndicator = nullptr;
    bool m_restoring = false;
    std::unique_ptr<Confirmer> m_confirmer;
};

} // namespace identsync
