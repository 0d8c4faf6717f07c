#include "transitionfilterproxy.h"

#include "roles.h"
#include "transitionsmodel.h"

namespace identsync {

TransitionFilterProxy::TransitionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void TransitionFilterProxy::setTransitionsModel(TransitionsModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void TransitionFilterProxy::setFilter(const TransitionFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
    if (m_model)
        m_model->setFilter(filter);
}

bool TransitionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_filter.reason && first.data(StageReasonRole).value<StageReason>() != *m_filter.reason)
        return false;
    if (m_filter.branchId && model->index(sourceRow, TransitionsModel::Branch, sourceParent)
                                     .data(UnderlyingDataRole)
                                     .toInt() != *m_filter.branchId)
        return false;
    if (!m_filter.doctor.isEmpty() &&
        model->index(sourceRow, TransitionsModel::Doctor, sourceParent)
                .data(UnderlyingDataRole)
                .toString() != m_filter.doctor)
        return false;
    const QDateTime at = first.data(TimestampRole).toDateTime();
    if (m_filter.from.isValid() && at < m_filter.from)
        return false;
    if (m_filter.until.isValid() && at >= m_filter.until)
        return false;
    return true;
}

} // namespace identsync
