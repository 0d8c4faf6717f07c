#include "dealcandidatesmodel.h"

#include "roles.h"

#include <QLocale>

namespace identsync {

DealCandidatesModel::DealCandidatesModel(SyncPlanner planner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_planner(std::move(planner))
{}

int DealCandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealCandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealCandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealCandidate &c = m_rows.at(index.row());
    const auto &outcome = m_outcomes.at(index.row());
    if (role == DealIdRole)
        return c.id;
    if (role == ToneRole)
        return outcome ? outcome->tone : QString();
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case DealId:
            return QString::number(c.id);
        case Title:
            return c.title;
        case Contact:
            return c.contactName;
        case Stage:
            return m_stages.name(c.stage);
        case IdentKey:
            return c.identKey.isEmpty() ? QStringLiteral("—") : c.identKey;
        case Date:
            return c.date.isValid()
                       ? QLocale().toString(c.date.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        case Amount:
            return c.amount > 0 ? QLocale().toCurrencyString(c.amount, c.currency) : QString();
        case BoundTo:
            return c.boundTo.isEmpty() ? tr("free") : c.boundTo;
        case Outcome:
            return outcome ? outcome->summary : tr("Open an appointment to see what will happen.");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == UnderlyingDataRole) {
        switch (column) {
        case DealId:
            return c.id;
        case Title:
            return c.title;
        case Contact:
            return c.contactName;
        case Stage:
            return c.stage.toString();
        case IdentKey:
            return c.identKey;
        case Date:
            return c.date;
        case Amount:
            return c.amount;
        case BoundTo:
            return c.boundTo;
        case Outcome:
            return outcome ? QVariant::fromValue(outcome->plan.decision.scope) : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == Stage) {
        const QColor color = m_stages.color(c.stage);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    return {};
}

QVariant DealCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    switch (Column(section)) {
    case DealId:
        return tr("Deal");
    case Title:
        return tr("Title");
    case Contact:
        return tr("Contact");
    case Stage:
        return tr("Stage");
    case IdentKey:
        return tr("IDENT key");
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case BoundTo:
        return tr("Bound to");
    case Outcome:
        return tr("What the next cycle does");
    case ColumnCount:
        break;
    }
    return {};
}

void DealCandidatesModel::setPlanner(SyncPlanner planner)
{
    m_planner = std::move(planner);
    recompute();
}

void DealCandidatesModel::setReception(const std::optional<Reception> &reception)
{
    m_reception = reception;
    recompute();
}

void DealCandidatesModel::setCandidates(const QList<DealCandidate> &candidates)
{
    beginResetModel();
    m_rows = candidates;
    m_outcomes.clear();
    m_outcomes.resize(m_rows.size());
    endResetModel();
    recompute();
}

void DealCandidatesModel::setStageCatalog(const StageCatalog &stages)
{
    m_stages = stages;
    recompute();
}

void DealCandidatesModel::setHolders(const QHash<qint64, QList<DealKey>> &holders)
{
    for (DealCandidate &c : m_rows) {
        QStringList keys;
        for (const DealKey &k : holders.value(c.id))
            keys << k.toString();
        c.boundTo = keys.join(QStringLiteral(", "));
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, BoundTo), index(int(m_rows.size()) - 1, BoundTo));
}

std::optional<BindingPreview::Outcome> DealCandidatesModel::outcome(int row) const
{
    return m_outcomes.value(row);
}

void DealCandidatesModel::recompute()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_outcomes[i] = m_reception ? std::optional(BindingPreview::preview(
                                          m_planner, *m_reception, m_rows.at(i), m_rows, m_stages))
                                    : std::nullopt;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace identsync
