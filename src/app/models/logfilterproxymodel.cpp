#include "logfilterproxymodel.h"

#include "models/logmodel.h"
#include "models/roles.h"

namespace identsync {

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void LogFilterProxyModel::setMinimumLevel(LogLine::Level level)
{
    if (m_minimumLevel == level)
        return;
    m_minimumLevel = level;
    invalidateRowsFilter();
}

void LogFilterProxyModel::setArea(const QString &area)
{
    if (m_area == area)
        return;
    m_area = area;
    invalidateRowsFilter();
}

void LogFilterProxyModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto value = [&](LogModel::Column column) {
        return model->index(sourceRow, int(column), sourceParent).data(UnderlyingDataRole);
    };
    if (value(LogModel::Column::Level).toInt() < int(m_minimumLevel))
        return false;
    if (!m_area.isEmpty() && value(LogModel::Column::Area).toString() != m_area)
        return false;
    return m_text.isEmpty() ||
           value(LogModel::Column::Message).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace identsync
