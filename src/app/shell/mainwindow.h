#pragma once

#include "store/jobqueue.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace identsync {

class ConsolePortal;
class ConsoleSession;
struct EngineConfig;
class Confirmer;

// The console's frame: the sidebar of pages, the page stack and the status bar. It wires pages to
// the session and holds no business logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Page keys, in sidebar order. Also the objectName of each page widget and what the
    // "last page" setting stores.
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
    // «О программе» (F1): version, log file, state database.
    void showAbout();

private:
    void addPage(Page key, const QString &title, QWidget *widget);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConsoleSession *m_session = nullptr;
    std::unique_ptr<Confirmer> m_confirmer;
};

} // namespace identsync
