#pragma once

#include "store/jobqueue.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProblemsPage;
}

namespace identsync {

class ConsoleSession;
class Confirmer;
class ProblemsModel;

// «Проблемы»: failures grouped by cause (class → code) with counts, what happened and what to do
// in plain words, «Retry all of these», the fix's page and a jump into the queue on the group.
class ProblemsPage : public QWidget
{
    Q_OBJECT

public:
    ProblemsPage(ConsoleSession *session, Confirmer *confirmer, QWidget *parent = nullptr);
    ~ProblemsPage() override;

    ProblemsModel *model() const { return m_model; }

public Q_SLOTS:
    void retryGroup();

Q_SIGNALS:
    void showInQueue(const identsync::JobFilter &filter);
    void openSettings();
    void openBinding();

private:
    void updateSide();
    void updateHeadline();

    std::unique_ptr<Ui::ProblemsPage> m_ui;
    ConsoleSession *m_session = nullptr;
    Confirmer *m_confirmer = nullptr;
    ProblemsModel *m_model = nullptr;
};

} // namespace identsync
