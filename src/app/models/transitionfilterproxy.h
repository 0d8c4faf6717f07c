#pragma once

#include "store/transitionlog.h"

#include <QSortFilterProxyModel>

namespace identsync {

class TransitionsModel;

// Filters stage transitions by reason, branch, doctor and date range (SPEC §5). The same filter
// goes to the source model, which then reads only matching rows from the store; the proxy keeps
// the view exact while rows arrive, on UnderlyingDataRole and the custom roles only.
class TransitionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TransitionFilterProxy(QObject *parent = nullptr);

    void setTransitionsModel(TransitionsModel *model);
    const TransitionFilter &filter() const { return m_filter; }
    void setFilter(const TransitionFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TransitionsModel *m_model = nullptr;
    TransitionFilter m_filter;
};

} // namespace identsync
