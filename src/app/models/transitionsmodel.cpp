#include "transitionsmodel.h"

#include "roles.h"
#include "transitionreasons.h"

#include "data/consolesession.h"
#include "data/transitionreader.h"

#include <QLocale>

#include <algorithm>

namespace identsync {

TransitionsModel::TransitionsModel(ConsoleSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_reader(session->createWorker<TransitionReader>())
{
    connect(m_reader, &TransitionReader::pageRead, this, &TransitionsModel::onPage);
    connect(m_reader, &TransitionReader::newerRead, this, &TransitionsModel::onNewer);
    connect(m_reader, &TransitionReader::failed, this,
            [this](quint64 generation, const QString &error) {
                if (generation != m_generation)
                    return;
                m_refreshing = false;
                setLoading(false);
                Q_EMIT loadFailed(error);
            });
    connect(session, &ConsoleSession::transitionsAdded, this, &TransitionsModel::refresh);
    requestPage();
}

TransitionsModel::~TransitionsModel() = default;

int TransitionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransitionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransitionsModel::stagesText(const StageTransition &t) const
{
    const QString from = m_catalog.name(t.fromStage);
    const QString to = m_catalog.name(t.toStage);
    if (t.fromStage.isEmpty())
        return to.isEmpty() ? QString() : tr("new deal → %1").arg(to);
    if (t.fromStage == t.toStage || t.toStage.isEmpty())
        return tr("%1 (unchanged)").arg(from);
    return tr("%1 → %2").arg(from, to);
}

QVariant TransitionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StageTransition &t = m_rows.at(index.row());
    switch (role) {
    case TimestampRole:
        return t.at;
    case DealKeyRole:
        return t.dealKey.toString();
    case DealIdRole:
        return t.dealId.value_or(0);
    case StageReasonRole:
        return QVariant::fromValue(t.reason);
    case ToneRole:
        return TransitionReasons::tone(t.reason);
    default:
        break;
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Time:
            return QLocale().toString(t.at.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm:ss"));
        case ReceptionKey:
            return t.dealKey.toString();
        case Patient:
            return t.patientName;
        case Doctor:
            return t.doctor;
        case Branch:
            return t.dealKey.isValid() ? QString::number(t.dealKey.branchId()) : QString();
        case DealId:
            return t.dealId ? QString::number(*t.dealId) : QStringLiteral("—");
        case Stages:
            return stagesText(t);
        case Reason:
            return TransitionReasons::name(t.reason);
        case Explanation:
            return t.reason == StageReason::Manual && !t.actor.isEmpty()
                       ? tr("%1 (%2)").arg(TransitionReasons::explanation(t.reason), t.actor)
                       : TransitionReasons::explanation(t.reason);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == UnderlyingDataRole) {
        switch (column) {
        case Time:
            return t.at;
        case ReceptionKey:
            return t.dealKey.toString();
        case Patient:
            return t.patientName;
        case Doctor:
            return t.doctor;
        case Branch:
            return t.dealKey.branchId();
        case DealId:
            return t.dealId.value_or(0);
        case Stages:
            return t.toStage.toString();
        case Reason:
        case Explanation:
            return QVariant::fromValue(t.reason);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == Stages) {
        const QColor c = m_catalog.color(t.toStage.isEmpty() ? t.fromStage : t.toStage);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Stages:
            return tr("From %1 (%2) to %3 (%4)")
                .arg(m_catalog.name(t.fromStage), t.fromStage.toString(), m_catalog.name(t.toStage),
                     t.toStage.toString());
        case Reason:
        case Explanation:
            return TransitionReasons::explanation(t.reason);
        case Time:
        case ReceptionKey:
        case Patient:
        case Doctor:
        case Branch:
        case DealId:
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant TransitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case ReceptionKey:
        return tr("Appointment");
    case Patient:
        return tr("Patient");
    case Doctor:
        return tr("Doctor");
    case Branch:
        return tr("Branch");
    case DealId:
        return tr("Deal");
    case Stages:
        return tr("Stage");
    case Reason:
        return tr("Reason");
    case Explanation:
        return tr("What happened");
    case ColumnCount:
        break;
    }
    return {};
}

bool TransitionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_firstPageRead && !m_atEnd && !m_loading;
}

void TransitionsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void TransitionsModel::requestPage()
{
    std::optional<TransitionCursor> before;
    if (!m_rows.isEmpty())
        before = TransitionCursor{m_rows.last().at, m_rows.last().id};
    setLoading(true);
    QMetaObject::invokeMethod(m_reader,
                              [reader = m_reader, generation = m_generation, filter = m_filter,
                               before] { reader->readPage(generation, filter, before, pageSize); });
}

void TransitionsModel::onPage(quint64 generation, const QList<StageTransition> &rows, bool atEnd)
{
    if (generation != m_generation)
        return;
    m_firstPageRead = true;
    m_atEnd = atEnd;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
        if (noteFacets(rows))
            Q_EMIT facetsChanged();
    }
    setLoading(false);
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void TransitionsModel::refresh()
{
    if (!m_firstPageRead) {
        // Rows recorded while the first page is on its way may or may not be in it: ask again
        // once it is here.
        m_refreshAgain = true;
        return;
    }
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const TransitionCursor newest =
        m_rows.isEmpty() ? TransitionCursor{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), 0}
                         : TransitionCursor{m_rows.first().at, m_rows.first().id};
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, generation = m_generation, filter = m_filter, newest] {
            reader->readNewer(generation, filter, newest, maxLiveInsert);
        });
}

void TransitionsModel::onNewer(quint64 generation, const QList<StageTransition> &rows,
                               bool overflow)
{
    if (generation != m_generation)
        return;
    m_refreshing = false;
    if (overflow) {
        reload();
        return;
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size() - 1));
        m_rows = rows + m_rows;
        endInsertRows();
        if (noteFacets(rows))
            Q_EMIT facetsChanged();
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void TransitionsModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_firstPageRead = false;
    m_atEnd = false;
    m_refreshing = false;
    m_refreshAgain = false;
    endResetModel();
    requestPage();
}

void TransitionsModel::setFilter(const TransitionFilter &filter)
{
    m_filter = filter;
    reload();
}

void TransitionsModel::setStageCatalog(const StageCatalog &catalog)
{
    m_catalog = catalog;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Stages), index(int(m_rows.size()) - 1, Stages));
}

void TransitionsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool TransitionsModel::noteFacets(const QList<StageTransition> &rows)
{
    const auto before = m_doctors.size() + m_branches.size();
    for (const StageTransition &t : rows) {
        if (!t.doctor.isEmpty())
            m_doctors.insert(t.doctor);
        if (t.dealKey.isValid())
            m_branches.insert(t.dealKey.branchId());
    }
    return m_doctors.size() + m_branches.size() != before;
}

QStringList TransitionsModel::doctors() const
{
    QStringList list(m_doctors.cbegin(), m_doctors.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QList<int> TransitionsModel::branches() const
{
    QList<int> list(m_branches.cbegin(), m_branches.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace identsync
