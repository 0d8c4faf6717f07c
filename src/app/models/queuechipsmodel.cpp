#include "queuechipsmodel.h"

#include "jobtexts.h"
#include "roles.h"

#include <numeric>

namespace identsync {

QueueChipsModel::QueueChipsModel(Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
{}

int QueueChipsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::State:
        return 1 + enumCount<JobState>();
    case Kind::ErrorClass:
        return 1 + enumCount<ErrorClass>();
    case Kind::Count:
        break;
    }
    return 0;
}

qint64 QueueChipsModel::count(int row) const
{
    switch (m_kind) {
    case Kind::State:
        if (row == 0)
            return std::accumulate(m_counts.states.begin(), m_counts.states.end(), qint64(0));
        return m_counts.states.at(size_t(row - 1));
    case Kind::ErrorClass:
        if (row == 0)
            return std::accumulate(m_counts.classes.begin(), m_counts.classes.end(), qint64(0));
        return m_counts.classes.at(size_t(row - 1));
    case Kind::Count:
        break;
    }
    return 0;
}

QVariant QueueChipsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole: {
        QString name;
        if (m_kind == Kind::State)
            name = row == 0 ? tr("All states") : JobTexts::state(JobState(row - 1));
        else
            name = row == 0 ? tr("All problems") : JobTexts::errorClass(ErrorClass(row - 1));
        return tr("%1 (%2)").arg(name).arg(count(row));
    }
    case UnderlyingDataRole:
        return count(row);
    case JobStateRole:
        if (m_kind == Kind::State && row > 0)
            return QVariant::fromValue(JobState(row - 1));
        return {};
    case ErrorClassRole:
        if (m_kind == Kind::ErrorClass && row > 0)
            return QVariant::fromValue(ErrorClass(row - 1));
        return {};
    default:
        return {};
    }
}

void QueueChipsModel::setCounts(const QueueCounts &counts)
{
    m_counts = counts;
    Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, UnderlyingDataRole});
}

} // namespace identsync
