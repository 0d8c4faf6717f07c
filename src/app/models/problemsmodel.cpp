#include "problemsmodel.h"

#include "jobtexts.h"
#include "roles.h"

#include "data/consolesession.h"

#include <algorithm>

namespace identsync {

namespace {

// internalId 0 marks a class row; a code row carries its class row + 1.
constexpr quintptr ClassRow = 0;

} // namespace

ProblemsModel::ProblemsModel(ConsoleSession *session, QObject *parent)
    : QAbstractItemModel(parent)
{
    if (!session)
        return;
    m_worker = session->createWorker<QueueWorker>();
    connect(m_worker, &QueueWorker::countsLoaded, this,
            [this](const QueueCounts &counts) { setGroups(counts.groups); });
    connect(session, &ConsoleSession::jobsChanged, this, &ProblemsModel::refresh);
    refresh();
}

ProblemsModel::~ProblemsModel()
{
    if (m_worker)
        m_worker->deleteLater();
}

void ProblemsModel::refresh()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &QueueWorker::loadCounts);
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, ClassRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProblemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ClassRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ClassRow);
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != ClassRow || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).codes.size());
}

int ProblemsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isClass = index.internalId() == ClassRow;
    const Group &g = m_groups.at(isClass ? index.row() : int(index.internalId() - 1));
    const qint64 count = isClass ? g.count : g.codes.at(index.row()).count;
    switch (role) {
    case Qt::DisplayRole: {
        QString name = JobTexts::errorClass(g.cls);
        if (!isClass) {
            name = g.codes.at(index.row()).code;
            if (name.isEmpty())
                name = tr("no code");
        }
        return tr("%1 (%2)").arg(name).arg(count);
    }
    case Qt::ToolTipRole:
        return JobTexts::explanation(g.cls);
    case UnderlyingDataRole:
        return count;
    case ErrorClassRole:
        return QVariant::fromValue(g.cls);
    case ErrorCodeRole:
        return isClass ? QVariant() : QVariant(g.codes.at(index.row()).code);
    default:
        return {};
    }
}

void ProblemsModel::setGroups(const QList<ProblemGroup> &groups)
{
    QList<Group> fresh;
    for (const ProblemGroup &p : groups) {
        auto it = std::find_if(fresh.begin(), fresh.end(),
                               [&](const Group &g) { return g.cls == p.errorClass; });
        if (it == fresh.end()) {
            fresh.append(Group{p.errorClass, 0, {}});
            it = fresh.end() - 1;
        }
        it->count += p.count;
        it->codes.append(Code{p.errorCode, p.count});
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const Group &a, const Group &b) {
        return a.count != b.count ? a.count > b.count : a.cls < b.cls;
    });
    for (Group &g : fresh)
        std::stable_sort(g.codes.begin(), g.codes.end(), [](const Code &a, const Code &b) {
            return a.count != b.count ? a.count > b.count : a.code < b.code;
        });

    const auto sameShape = [&] {
        if (fresh.size() != m_groups.size())
            return false;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (fresh.at(i).cls != m_groups.at(i).cls ||
                fresh.at(i).codes.size() != m_groups.at(i).codes.size())
                return false;
            for (qsizetype k = 0; k < fresh.at(i).codes.size(); ++k) {
                if (fresh.at(i).codes.at(k).code != m_groups.at(i).codes.at(k).code)
                    return false;
            }
        }
        return true;
    };
    if (sameShape()) {
        m_groups = fresh;
        for (qsizetype i = 0; i < m_groups.size(); ++i) {
            const QModelIndex top = index(int(i), 0);
            Q_EMIT dataChanged(top, top);
            if (!m_groups.at(i).codes.isEmpty())
                Q_EMIT dataChanged(index(0, 0, top),
                                   index(int(m_groups.at(i).codes.size()) - 1, 0, top));
        }
    } else {
        beginResetModel();
        m_groups = fresh;
        endResetModel();
    }
    Q_EMIT loaded();
}

JobFilter ProblemsModel::filterFor(const QModelIndex &index) const
{
    JobFilter f;
    if (!index.isValid())
        return f;
    f.states = {JobState::Pending, JobState::RetryWait, JobState::Dead, JobState::NeedsAttention};
    f.errorClass = index.data(ErrorClassRole).value<ErrorClass>();
    // A group without a code is the class as a whole: the store has no "code is empty" filter.
    if (const QString code = index.data(ErrorCodeRole).toString(); !code.isEmpty())
        f.errorCode = code;
    return f;
}

QModelIndex ProblemsModel::indexOf(ErrorClass cls, const std::optional<QString> &code) const
{
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).cls != cls)
            continue;
        const QModelIndex top = index(int(i), 0);
        if (!code)
            return top;
        for (qsizetype k = 0; k < m_groups.at(i).codes.size(); ++k) {
            if (m_groups.at(i).codes.at(k).code == *code)
                return index(int(k), 0, top);
        }
    }
    return {};
}

qint64 ProblemsModel::total() const
{
    qint64 n = 0;
    for (const Group &g : m_groups)
        n += g.count;
    return n;
}

} // namespace identsync
