#pragma once

#include "data/logline.h"

#include <QSortFilterProxyModel>

namespace identsync {

// Filters a LogModel by minimum level, area and text (case-insensitive substring of the message),
// reading UnderlyingDataRole so translations never change what matches.
class LogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxyModel(QObject *parent = nullptr);

    LogLine::Level minimumLevel() const { return m_minimumLevel; }
    void setMinimumLevel(LogLine::Level level);
    // Empty: every area.
    QString area() const { return m_area; }
    void setArea(const QString &area);
    QString text() const { return m_text; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogLine::Level m_minimumLevel = LogLine::Level::Debug;
    QString m_area;
    QString m_text;
};

} // namespace identsync
