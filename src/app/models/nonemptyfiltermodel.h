#pragma once

#include <QSortFilterProxyModel>

namespace identsync {

// Hides groups whose count (UnderlyingDataRole of column 0) is zero when asked, as qBittorrent's
// status filter does; the first row («All») always stays. Works on lists and trees.
class NonEmptyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setHideEmpty(bool hide);
    bool hideEmpty() const { return m_hideEmpty; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideEmpty = false;
};

} // namespace identsync
