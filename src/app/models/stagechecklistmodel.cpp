#include "stagechecklistmodel.h"

#include "models/roles.h"

namespace identsync {

StageChecklistModel::StageChecklistModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void StageChecklistModel::rebuild(const QList<PortalStageInfo> &stages,
                                  const QStringList &checkedIds)
{
    beginResetModel();
    m_rows.clear();
    for (const PortalStageInfo &s : stages)
        m_rows << Row{s, true, checkedIds.contains(s.id)};
    for (const QString &id : checkedIds) {
        const bool known = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                       [&](const Row &r) { return r.stage.id == id; });
        if (!known)
            m_rows << Row{PortalStageInfo{id, {}, 0, {}, false}, false, true};
    }
    endResetModel();
}

void StageChecklistModel::setChecked(const QStringList &ids)
{
    rebuild(m_portal, ids);
}

QStringList StageChecklistModel::checked() const
{
    QStringList out;
    for (const Row &r : m_rows)
        if (r.checked)
            out << r.stage.id;
    return out;
}

void StageChecklistModel::setStages(const QList<PortalStageInfo> &stages)
{
    const QStringList keep = checked();
    m_portal = stages;
    rebuild(m_portal, keep);
}

int StageChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StageChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!r.onPortal && !m_portal.isEmpty())
            return tr("%1 (not on the portal)").arg(r.stage.id);
        if (r.stage.name.isEmpty())
            return r.stage.id;
        return r.stage.final ? tr("%1 (%2), final").arg(r.stage.name, r.stage.id)
                             : QStringLiteral("%1 (%2)").arg(r.stage.name, r.stage.id);
    case Qt::CheckStateRole:
        return r.checked ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return r.stage.colour.isValid() ? QVariant(r.stage.colour) : QVariant();
    case UnderlyingDataRole:
        return r.stage.id;
    case ToneRole:
        return !r.onPortal && !m_portal.isEmpty() ? QStringLiteral("warning")
                                                  : QStringLiteral("ok");
    default:
        break;
    }
    return {};
}

bool StageChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    if (m_rows[index.row()].checked == on)
        return true;
    m_rows[index.row()].checked = on;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags StageChecklistModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) |
           (index.isValid() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
}

} // namespace identsync
