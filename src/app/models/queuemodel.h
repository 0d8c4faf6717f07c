#pragma once

#include "data/queueworker.h"

#include "core/clock.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace identsync {

class ConsoleSession;

// The outbox as a table, read page by page (keyset) on the session's reader thread: it never
// holds more than the rows a person has scrolled through. Filtering and search run in the store
// query (the set can be a million rows); refreshes merge rows by id, so selection and scroll
// position survive and only changed cells repaint. The next-attempt column counts down from the
// session's clock, repainted once a second without a reset.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        State,
        Problem,
        Attempts,
        NextAttempt,
        Appointment,
        Patient,
        Doctor,
        Branch,
        Deal,
        LastError,
        Count
    };
    Q_ENUM(Column)

    static constexpr int PageSize = 256;

    explicit QueueModel(ConsoleSession *session, QObject *parent = nullptr);
    ~QueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over with another filter (the first page is read at once).
    void setFilter(const JobFilter &filter);
    const JobFilter &filter() const { return m_request.filter; }
    JobPageRequest request() const;

    void setMaxAttempts(int maxAttempts);
    int maxAttempts() const { return m_maxAttempts; }

    // Re-reads the loaded rows; called on ConsoleSession::jobsChanged.
    void refresh();
    // Repaints the countdown column (the timer calls it every second).
    void tick();

    const QueueRow &row(int row) const { return m_rows.at(row); }
    int rowOfJob(qint64 jobId) const;
    bool isLoading() const { return m_loading; }
    QueueWorker *worker() const { return m_worker; }

Q_SIGNALS:
    // A page or a refresh arrived (tests and the status line wait for it).
    void loaded();
    void loadFailed(const QString &error);

private:
    void request(std::optional<JobCursor> after, int count, bool reload);
    void onRowsLoaded(const QueueSlice &slice);
    void merge(const QList<QueueRow> &rows);
    bool sortsBefore(const JobSummary &a, const JobSummary &b) const;
    QVariant display(const QueueRow &row, Column column) const;
    QVariant underlying(const QueueRow &row, Column column) const;

    ConsoleSession *m_session = nullptr;
    QPointer<QueueWorker> m_worker;
    WallClock m_clock;
    JobPageRequest m_request;
    QList<QueueRow> m_rows;
    std::optional<JobCursor> m_next;
    bool m_exhausted = false;
    bool m_loading = false;
    bool m_refreshPending = false;
    quint64 m_token = 0;
    int m_maxAttempts = 8;
    QTimer m_countdown;
};

} // namespace identsync
