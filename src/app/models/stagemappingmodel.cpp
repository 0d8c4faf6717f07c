#include "stagemappingmodel.h"

#include "models/roles.h"

namespace identsync {

StageMappingModel::StageMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setMapping(StageMappingConfig::defaults());
}

QString StageMappingModel::statusLabel(ReceptionStatus status)
{
    switch (status) {
    case ReceptionStatus::Scheduled:
        return tr("Scheduled");
    case ReceptionStatus::PatientArrived:
        return tr("Patient arrived");
    case ReceptionStatus::InProgress:
        return tr("In progress");
    case ReceptionStatus::Completed:
        return tr("Completed");
    case ReceptionStatus::CompletedInvoiced:
        return tr("Completed (invoice issued)");
    case ReceptionStatus::Cancelled:
        return tr("Cancelled");
    case ReceptionStatus::Count:
        break;
    }
    return {};
}

void StageMappingModel::setMapping(const StageMappingConfig &config)
{
    beginResetModel();
    m_targets.clear();
    for (int i = 0; i < int(ReceptionStatus::Count); ++i) {
        const auto it = config.targets.constFind(ReceptionStatus(i));
        if (it == config.targets.cend())
            m_targets << QString(); // unmapped: the default row decides
        else
            m_targets << (it->has_value() ? (*it)->localId() : keepValue());
    }
    m_targets << config.defaultStage.localId();
    endResetModel();
}

StageMappingConfig StageMappingModel::mapping() const
{
    StageMappingConfig c;
    c.targets.clear();
    for (int i = 0; i < int(ReceptionStatus::Count); ++i) {
        const QString t = m_targets.at(i);
        if (t.isEmpty())
            continue;
        c.targets.insert(ReceptionStatus(i), t == keepValue()
                                                 ? std::optional<StageId>()
                                                 : std::optional<StageId>(StageId(0, t)));
    }
    c.defaultStage = StageId(0, m_targets.constLast());
    return c;
}

void StageMappingModel::setStages(const QList<PortalStageInfo> &stages)
{
    beginResetModel();
    m_stages = stages;
    endResetModel();
}

const PortalStageInfo *StageMappingModel::stage(const QString &id) const
{
    for (const PortalStageInfo &s : m_stages)
        if (StageId::parse(s.id).localId() == id)
            return &s;
    return nullptr;
}

bool StageMappingModel::missing(int row) const
{
    const QString t = m_targets.at(row);
    return !m_stages.isEmpty() && !t.isEmpty() && t != keepValue() && !stage(t);
}

QStringList StageMappingModel::problems() const
{
    QStringList out;
    if (m_targets.constLast().isEmpty() || m_targets.constLast() == keepValue())
        out << tr("Choose the stage for statuses not listed.");
    for (int row = 0; row < m_targets.size(); ++row) {
        if (missing(row))
            out << tr("«%1»: the pipeline has no stage %2. Choose one of its stages.")
                       .arg(data(index(row, int(Column::Status))).toString(), m_targets.at(row));
    }
    return out;
}

int StageMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ReceptionStatus::Count) + 1;
}

int StageMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant StageMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const QString target = m_targets.at(row);
    if (role == ToneRole)
        return missing(row) ? QStringLiteral("danger") : QStringLiteral("ok");
    switch (Column(index.column())) {
    case Column::Status:
        if (role == Qt::DisplayRole)
            return isDefaultRow(row) ? tr("Any other status") : statusLabel(ReceptionStatus(row));
        if (role == UnderlyingDataRole)
            return row;
        break;
    case Column::Stage:
        if (role == Qt::EditRole || role == UnderlyingDataRole)
            return target;
        if (role == Qt::DisplayRole) {
            if (target.isEmpty())
                return tr("— as any other status —");
            if (target == keepValue())
                return tr("Keep the current stage");
            if (const PortalStageInfo *s = stage(target))
                return QStringLiteral("%1 (%2)").arg(s->name, target);
            return target;
        }
        if (role == Qt::DecorationRole) {
            if (const PortalStageInfo *s = stage(target); s && s->colour.isValid())
                return s->colour;
        }
        break;
    case Column::State:
        if (role == Qt::DisplayRole) {
            if (missing(row))
                return tr("Not in the pipeline");
            if (target.isEmpty() || target == keepValue())
                return QString();
            if (const PortalStageInfo *s = stage(target); s && s->final)
                return tr("Final stage: the deal gets only the IDENT key");
            return m_stages.isEmpty() ? tr("Not checked") : tr("In the pipeline");
        }
        if (role == UnderlyingDataRole)
            return missing(row);
        break;
    case Column::Count:
        break;
    }
    return {};
}

bool StageMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole ||
        Column(index.column()) != Column::Stage)
        return false;
    QString v = value.toString().trimmed();
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char(';')))
        return false; // the mapping's own separators
    v = StageId::parse(v).localId();
    if (m_targets.at(index.row()) == v)
        return true;
    m_targets[index.row()] = v;
    Q_EMIT dataChanged(this->index(index.row(), 0),
                       this->index(index.row(), int(Column::Count) - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags StageMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && Column(index.column()) == Column::Stage)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant StageMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Status:
        return tr("IDENT appointment status");
    case Column::Stage:
        return tr("Deal stage");
    case Column::State:
        return tr("State");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace identsync
