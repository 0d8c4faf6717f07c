#pragma once

#include "storeworker.h"

#include "store/jobqueue.h"

#include <QList>
#include <QMetaType>

#include <array>

namespace identsync {

// A queue row as the console shows it: the store's summary plus two fields read from the payload.
struct QueueRow
{
    JobSummary job;
    QString doctor;
    QString branch; // the branch's name from IDENT, empty when the payload has none
};

// Consecutive rows of the queue from one request. `next` is absent once the filtered set ends.
struct QueueSlice
{
    quint64 token = 0;
    bool reload = false; // the rows replace the loaded ones from the top (a refresh)
    QList<QueueRow> rows;
    std::optional<JobCursor> next;
};

// The live counts behind the filter chips and the problems tree.
struct QueueCounts
{
    StateCounts states{};
    // Failed jobs per class (not done, not cancelled): what a class filter shows.
    std::array<qint64, enumCount<ErrorClass>()> classes{};
    QList<ProblemGroup> groups;
};

struct JobDetails
{
    Job job;
    QString doctor;
    QString branch;
    QList<ErrorEvent> events; // newest first
};

// Reads the queue for the console on the session's reader thread: keyset pages, counts, one job's
// details and the CSV export. Never the whole table at once.
class QueueWorker : public StoreWorker
{
    Q_OBJECT

public:
    using StoreWorker::StoreWorker;

    static constexpr int MaxHistory = 50;

    // `count` rows of `request` from its cursor on (several store pages if needed).
    void loadRows(quint64 token, JobPageRequest request, int count, bool reload);
    void loadCounts();
    void loadDetails(qint64 jobId);
    // Streams every row of the filtered set to `path`: UTF-8 with a BOM, `;`-separated, a header
    // row first, page by page so memory stays flat however long the queue is.
    void exportCsv(const JobPageRequest &request, const QString &path, int maxAttempts);

Q_SIGNALS:
    void rowsLoaded(const identsync::QueueSlice &slice);
    void countsLoaded(const identsync::QueueCounts &counts);
    void detailsLoaded(const identsync::JobDetails &details);
    void exported(const QString &path, qint64 rows);
    void failed(const QString &error);

private:
    JobQueue *queue();
    std::optional<JobQueue> m_queue;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::QueueSlice)
Q_DECLARE_METATYPE(identsync::QueueCounts)
Q_DECLARE_METATYPE(identsync::JobDetails)
