#include "nonemptyfiltermodel.h"

#include "roles.h"

namespace identsync {

void NonEmptyFilterModel::setHideEmpty(bool hide)
{
    if (hide == m_hideEmpty)
        return;
    m_hideEmpty = hide;
    invalidateFilter();
}

bool NonEmptyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_hideEmpty || (sourceRow == 0 && !sourceParent.isValid()))
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(UnderlyingDataRole).toLongLong() > 0;
}

} // namespace identsync
