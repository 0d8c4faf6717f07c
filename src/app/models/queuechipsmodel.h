#pragma once

#include "data/queueworker.h"

#include <QAbstractListModel>

namespace identsync {

// The filter chips above the queue: «All» then one chip per job state, or per error class, each
// with its live count («Ожидают повтора (2)»). The chip's state or class is in JobStateRole /
// ErrorClassRole (absent on «All»), its count in UnderlyingDataRole.
class QueueChipsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        State,
        ErrorClass,
        Count
    };
    Q_ENUM(Kind)

    explicit QueueChipsModel(Kind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setCounts(const QueueCounts &counts);
    Kind kind() const { return m_kind; }
    qint64 count(int row) const;

private:
    Kind m_kind;
    QueueCounts m_counts;
};

} // namespace identsync
