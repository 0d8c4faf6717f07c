#pragma once

#include "data/queueworker.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace identsync {

class ConsoleSession;

// Failures grouped by error class, then code, with counts («Доступ к порталу (3)» →
// «INVALID_CREDENTIALS (3)»), largest class first. Reloaded from the store on jobsChanged; a
// refresh with the same groups only updates counts, so the selection stays.
class ProblemsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Without a session the model shows what setGroups() gives it.
    explicit ProblemsModel(ConsoleSession *session, QObject *parent = nullptr);
    ~ProblemsModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setGroups(const QList<ProblemGroup> &groups);
    void refresh();

    // The store filter that shows exactly this group's jobs in the queue.
    JobFilter filterFor(const QModelIndex &index) const;
    QModelIndex indexOf(ErrorClass cls, const std::optional<QString> &code = {}) const;
    qint64 total() const;

Q_SIGNALS:
    void loaded();

private:
    struct Code
    {
        QString code;
        qint64 count = 0;
    };
    struct Group
    {
        ErrorClass cls = ErrorClass::Internal;
        qint64 count = 0;
        QList<Code> codes;
    };

    QPointer<QueueWorker> m_worker;
    QList<Group> m_groups;
};

} // namespace identsync
