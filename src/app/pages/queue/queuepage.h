#pragma once

#include "data/queueworker.h"
#include "store/commandqueue.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;

namespace Ui {
class QueuePage;
}

namespace identsync {

class ConsoleSession;
class Confirmer;
class NonEmptyFilterModel;
class QueueChipsModel;
class QueueModel;

// «Очередь»: every job with its state, problem, attempts, countdown and last error; filters with
// live counts, search, a details pane, retry / cancel / export. Actions go to the engine through
// the session's commands table, so they work the same with the engine here or in the service.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    // Asked for the file an export goes to; an empty answer cancels. The console shows a save
    // dialog; tests answer with a path.
    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;

    QueuePage(ConsoleSession *session, Confirmer *confirmer, QWidget *parent = nullptr);
    ~QueuePage() override;

    // Opens the queue on exactly these jobs (the overview's counters and the problems page use
    // this). The state and class lists follow; a code or a set of states they cannot show is
    // named above the table with a button that clears it.
    void showFilter(const JobFilter &filter);
    void setSavePathChooser(SavePathChooser chooser);

    QueueModel *model() const { return m_model; }
    // Selected job ids, in view order.
    QList<qint64> selectedJobs() const;

public Q_SLOTS:
    void retrySelected();
    void cancelSelected();
    void retryClass();
    void retryAllDead();
    void exportCsv();

Q_SIGNALS:
    // The last export finished (tests wait for it).
    void exported(const QString &path, qint64 rows);

private:
    void applyFilter();
    void fitColumns();
    void updateCounts(const QueueCounts &counts);
    void updateSelection();
    void updateHeadline();
    void showDetails(const JobDetails &details);
    void loadCurrentDetails();
    std::optional<ErrorClass> chosenClass() const;
    std::optional<JobState> chosenState() const;
    bool confirm(const QString &text, const QString &action);
    void post(CommandKind kind, const QJsonObject &args);
    void selectChip(QComboBox *combo, NonEmptyFilterModel *proxy, int role, const QVariant &value);

    std::unique_ptr<Ui::QueuePage> m_ui;
    ConsoleSession *m_session = nullptr;
    Confirmer *m_confirmer = nullptr;
    QueueModel *m_model = nullptr;
    QPointer<QueueWorker> m_worker;
    QueueChipsModel *m_stateChips = nullptr;
    QueueChipsModel *m_classChips = nullptr;
    NonEmptyFilterModel *m_stateProxy = nullptr;
    NonEmptyFilterModel *m_classProxy = nullptr;
    QueueCounts m_counts;
    // What showFilter() asked for beyond the two lists (a code, several states).
    std::optional<JobFilter> m_pinned;
    QTimer m_searchDelay;
    qint64 m_detailsJob = 0;
    SavePathChooser m_chooser;
    bool m_columnsFitted = false;
};

} // namespace identsync
