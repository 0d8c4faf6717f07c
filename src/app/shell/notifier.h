#pragma once

#include "data/enginehealth.h"
#include "shell/mainwindow.h"

#include "core/clock.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <chrono>
#include <optional>

namespace identsync {

// A desktop notification: what happened, what to do, and the page that helps.
struct Notification
{
    enum class Kind
    {
        Paused,    // the engine stopped for something a person must fix
        ItemsDead, // items failed for good and wait in Problems
        Count
    };

    Kind kind = Kind::Paused;
    QString title;
    QString message;
    MainWindow::Page page = MainWindow::Page::Overview;
};

// Decides when the engine's news deserves a desktop notification: a pause for auth, permission or
// configuration (once per pause; the same cause again within the period stays quiet, the tray
// still shows it) and items going dead (gathered for a few seconds, then at most one notification
// per period carrying how many died since the last). Items dead before the console started are not
// news. Time comes from an injectable clock, so tests move it instead of waiting.
class Notifier : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultPeriod{std::chrono::minutes(15)};
    static constexpr std::chrono::milliseconds kGather{std::chrono::seconds(10)};

    explicit Notifier(QObject *parent = nullptr);

    void setClock(MonotonicClock clock) { m_clock = std::move(clock); }
    void setPeriod(std::chrono::milliseconds period) { m_period = period; }

    void setHealth(const EngineHealth &health);
    // Sends dead items held back once their time has come; a timer calls it, tests call it after
    // moving the clock.
    void flushHeldBack();

Q_SIGNALS:
    void notify(const identsync::Notification &notification);

private:
    void notifyPause(const EngineHealth &health);

    MonotonicClock m_clock = steadyClock();
    std::chrono::milliseconds m_period = kDefaultPeriod;
    QTimer m_timer;
    std::optional<EngineHealth> m_last;
    std::array<std::optional<std::chrono::milliseconds>, enumCount<ErrorClass>()> m_pauseSent{};
    qint64 m_pendingDead = 0;
    std::optional<std::chrono::milliseconds> m_deadDue;
    std::optional<std::chrono::milliseconds> m_deadSent;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::Notification)
