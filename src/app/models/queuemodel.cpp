#include "queuemodel.h"

#include "jobtexts.h"
#include "roles.h"

#include "data/consolesession.h"

#include "core/piimask.h"

namespace identsync {

namespace {

qint64 sortValue(const JobSummary &s, JobSort sort)
{
    switch (sort) {
    case JobSort::Id:
        return s.id;
    case JobSort::NextAttempt:
        return s.nextAttemptAt.toMSecsSinceEpoch();
    case JobSort::Updated:
        return s.updatedAt.toMSecsSinceEpoch();
    }
    return s.id;
}

bool sameRow(const QueueRow &a, const QueueRow &b)
{
    const JobSummary &x = a.job;
    const JobSummary &y = b.job;
    return x.state == y.state && x.attempts == y.attempts && x.nextAttemptAt == y.nextAttemptAt &&
           x.lastError == y.lastError && x.dealId == y.dealId && x.patientName == y.patientName &&
           x.updatedAt == y.updatedAt && x.outcomeUnknown == y.outcomeUnknown &&
           a.doctor == b.doctor && a.branch == b.branch;
}

QString tone(JobState state)
{
    switch (state) {
    case JobState::Done:
        return QStringLiteral("ok");
    case JobState::Pending:
    case JobState::InFlight:
    case JobState::Cancelled:
        return QStringLiteral("info");
    case JobState::RetryWait:
    case JobState::NeedsAttention:
        return QStringLiteral("warning");
    case JobState::Dead:
        return QStringLiteral("danger");
    case JobState::Count:
        break;
    }
    return {};
}

} // namespace

QueueModel::QueueModel(ConsoleSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_worker(session->createWorker<QueueWorker>())
    , m_clock(session->clock())
{
    // Newest first: what just went wrong is what a person looks for.
    m_request.sort = JobSort::Id;
    m_request.order = Qt::DescendingOrder;
    connect(m_worker, &QueueWorker::rowsLoaded, this, &QueueModel::onRowsLoaded);
    connect(m_worker, &QueueWorker::failed, this, [this](const QString &error) {
        m_loading = false;
        Q_EMIT loadFailed(error);
    });
    connect(session, &ConsoleSession::jobsChanged, this, &QueueModel::refresh);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &QueueModel::tick);
    m_countdown.start();
    request(std::nullopt, PageSize, false);
}

QueueModel::~QueueModel()
{
    // The worker lives on the reader thread; it goes when its queued work is done.
    if (m_worker)
        m_worker->deleteLater();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : enumCount<Column>();
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= enumCount<Column>())
        return {};
    switch (Column(section)) {
    case Column::State:
        return tr("State");
    case Column::Problem:
        return tr("Problem");
    case Column::Attempts:
        return tr("Attempts");
    case Column::NextAttempt:
        return tr("Next attempt");
    case Column::Appointment:
        return tr("Appointment");
    case Column::Patient:
        return tr("Patient");
    case Column::Doctor:
        return tr("Doctor");
    case Column::Branch:
        return tr("Branch");
    case Column::Deal:
        return tr("Deal");
    case Column::LastError:
        return tr("Last error");
    case Column::Count:
        break;
    }
    return {};
}

QVariant QueueModel::display(const QueueRow &row, Column column) const
{
    const JobSummary &s = row.job;
    switch (column) {
    case Column::State:
        return JobTexts::state(s.state);
    case Column::Problem:
        return JobTexts::errorTitle(s.lastError);
    case Column::Attempts:
        return JobTexts::attempts(s.attempts, m_maxAttempts);
    case Column::NextAttempt:
        return JobTexts::nextAttempt(s, m_clock());
    case Column::Appointment:
        return s.dealKey.isValid() ? s.dealKey.toString() : s.key;
    case Column::Patient:
        return PiiMask::fullName(s.patientName);
    case Column::Doctor:
        return row.doctor;
    case Column::Branch:
        if (!row.branch.isEmpty())
            return row.branch;
        return s.dealKey.isValid() ? tr("Branch %1").arg(s.dealKey.branchId()) : QString();
    case Column::Deal:
        return s.dealId ? QString::number(*s.dealId) : QString();
    case Column::LastError:
        return JobTexts::plainError(s.lastError);
    case Column::Count:
        break;
    }
    return {};
}

QVariant QueueModel::underlying(const QueueRow &row, Column column) const
{
    const JobSummary &s = row.job;
    switch (column) {
    case Column::State:
        return QVariant::fromValue(s.state);
    case Column::Problem:
        return s.lastError ? QVariant::fromValue(s.lastError->cls) : QVariant();
    case Column::Attempts:
        return s.attempts;
    case Column::NextAttempt:
        return s.nextAttemptAt;
    case Column::Appointment:
        return s.dealKey.isValid() ? s.dealKey.toString() : s.key;
    case Column::Patient:
        return s.patientName;
    case Column::Doctor:
        return row.doctor;
    case Column::Branch:
        return s.dealKey.isValid() ? QVariant(s.dealKey.branchId()) : QVariant();
    case Column::Deal:
        return s.dealId ? QVariant(*s.dealId) : QVariant();
    case Column::LastError:
        return s.lastError ? s.lastError->message : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == Column::LastError || column == Column::Problem)
            return row.job.lastError ? QVariant(JobTexts::explanation(row.job.lastError->cls))
                                     : QVariant();
        if (column == Column::NextAttempt)
            return JobTexts::dateTime(row.job.nextAttemptAt);
        return {};
    case UnderlyingDataRole:
        return underlying(row, column);
    case JobIdRole:
        return row.job.id;
    case JobStateRole:
        return QVariant::fromValue(row.job.state);
    case ErrorClassRole:
        return row.job.lastError ? QVariant::fromValue(row.job.lastError->cls) : QVariant();
    case ErrorCodeRole:
        return row.job.lastError ? row.job.lastError->code : QString();
    case DealKeyRole:
        return row.job.dealKey.isValid() ? row.job.dealKey.toString() : QString();
    case DealIdRole:
        return row.job.dealId.value_or(0);
    case TimestampRole:
        return row.job.nextAttemptAt;
    case ToneRole:
        return tone(row.job.state);
    default:
        return {};
    }
}

bool QueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void QueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_loading)
        return;
    request(m_next, PageSize, false);
}

JobPageRequest QueueModel::request() const
{
    return m_request;
}

void QueueModel::setFilter(const JobFilter &filter)
{
    beginResetModel();
    m_request.filter = filter;
    m_rows.clear();
    m_next.reset();
    m_exhausted = false;
    m_loading = false;
    m_refreshPending = false;
    endResetModel();
    request(std::nullopt, PageSize, false);
}

void QueueModel::setMaxAttempts(int maxAttempts)
{
    if (maxAttempts == m_maxAttempts)
        return;
    m_maxAttempts = maxAttempts;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Attempts)),
                           index(rowCount() - 1, int(Column::Attempts)), {Qt::DisplayRole});
}

void QueueModel::refresh()
{
    if (m_loading) {
        m_refreshPending = true;
        return;
    }
    request(std::nullopt, std::max<int>(int(m_rows.size()), PageSize), true);
}

void QueueModel::tick()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, int(Column::NextAttempt)),
                       index(rowCount() - 1, int(Column::NextAttempt)), {Qt::DisplayRole});
}

int QueueModel::rowOfJob(qint64 jobId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).job.id == jobId)
            return int(i);
    }
    return -1;
}

void QueueModel::request(std::optional<JobCursor> after, int count, bool reload)
{
    m_loading = true;
    ++m_token;
    JobPageRequest r = m_request;
    r.after = after;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker.data(), token = m_token, r, count,
                                         reload] { worker->loadRows(token, r, count, reload); });
}

void QueueModel::onRowsLoaded(const QueueSlice &slice)
{
    if (slice.token != m_token)
        return; // an answer to a filter that is no longer shown
    // Settled before rows are inserted: a view asks for more from inside rowsInserted.
    m_loading = false;
    m_next = slice.next;
    m_exhausted = !slice.next.has_value();
    if (slice.reload) {
        merge(slice.rows);
    } else if (!slice.rows.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(slice.rows.size()) - 1);
        m_rows.append(slice.rows);
        endInsertRows();
    }
    Q_EMIT loaded();
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

bool QueueModel::sortsBefore(const JobSummary &a, const JobSummary &b) const
{
    const auto ka = std::make_pair(sortValue(a, m_request.sort), a.id);
    const auto kb = std::make_pair(sortValue(b, m_request.sort), b.id);
    return m_request.order == Qt::AscendingOrder ? ka < kb : kb < ka;
}

void QueueModel::merge(const QList<QueueRow> &fresh)
{
    // Both lists are in the same sort order, so one pass tells rows that stayed (cells updated in
    // place), rows that left the filter (removed) and rows that joined it (inserted). Persistent
    // indexes, and with them the view's selection and scroll position, follow the rows.
    qsizetype i = 0;
    qsizetype j = 0;
    while (j < fresh.size()) {
        const QueueRow &incoming = fresh.at(j);
        if (i < m_rows.size() && m_rows.at(i).job.id == incoming.job.id) {
            if (!sameRow(m_rows.at(i), incoming)) {
                m_rows[i] = incoming;
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), enumCount<Column>() - 1));
            }
            ++i;
            ++j;
        } else if (i < m_rows.size() && sortsBefore(m_rows.at(i).job, incoming.job)) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        } else {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, incoming);
            endInsertRows();
            ++i;
            ++j;
        }
    }
    if (i < m_rows.size()) {
        beginRemoveRows({}, int(i), rowCount() - 1);
        m_rows.remove(i, m_rows.size() - i);
        endRemoveRows();
    }
}

} // namespace identsync
