#pragma once

#include "core/enums.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace identsync {

class ConsoleSession;

// «Обзор»: what the engine is doing and what to do next, the operator's buttons, the poll times
// with a live countdown, the counters that open the queue, and the configuration's problems.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(ConsoleSession *session, QWidget *parent = nullptr);
    ~OverviewPage() override;

Q_SIGNALS:
    void queueRequested(identsync::JobState state);
    void pageRequested(int page);

private:
    void update();
    void updateClock();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    ConsoleSession *m_session = nullptr;
    QTimer m_tick;
    QString m_pending; // a command sent and not yet reflected in the engine's state
};

} // namespace identsync
