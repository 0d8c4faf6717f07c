#pragma once

#include "data/logline.h"

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

namespace identsync {

// The latest application log lines, oldest first, in a ring buffer of fixed capacity: appending
// past it drops the oldest rows (beginRemoveRows at the top, then beginInsertRows at the bottom),
// so attached views update in two cheap steps however long the console runs.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Time,
        Level,
        Area,
        Message,
        Count
    };
    Q_ENUM(Column)

    explicit LogModel(int capacity = 20000, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void append(const QList<LogLine> &lines);
    void clear();
    const LogLine &line(int row) const;
    // Every area seen since the model was created, sorted.
    QStringList areas() const;

    // Translated names for what the view and the filters show.
    static QString levelName(LogLine::Level level);
    static QString areaName(const QString &area);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void areaAdded(const QString &area);

private:
    void dropOldest(int count);

    int m_capacity;
    std::vector<LogLine> m_ring;
    int m_head = 0; // ring index of row 0
    int m_size = 0;
    QSet<QString> m_areas;
};

} // namespace identsync
