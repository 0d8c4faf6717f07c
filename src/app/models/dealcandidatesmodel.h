#pragma once

#include "bindingpreview.h"
#include "dealcandidate.h"
#include "stagecatalog.h"

#include "core/reception.h"
#include "engine/syncplanner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace identsync {

// The binding dialog's candidate deals, each with what the next cycle would do to it if the
// reception were bound to it (BindingPreview).
class DealCandidatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DealId,
        Title,
        Contact,
        Stage,
        IdentKey,
        Date,
        Amount,
        BoundTo,
        Outcome,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DealCandidatesModel(SyncPlanner planner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setPlanner(SyncPlanner planner);
    void setReception(const std::optional<Reception> &reception);
    void setCandidates(const QList<DealCandidate> &candidates);
    void setStageCatalog(const StageCatalog &stages);
    // Which receptions hold each deal in the binding store.
    void setHolders(const QHash<qint64, QList<DealKey>> &holders);

    const DealCandidate &candidate(int row) const { return m_rows.at(row); }
    const QList<DealCandidate> &candidates() const { return m_rows; }
    // Empty when no reception is known (the preview needs its status).
    std::optional<BindingPreview::Outcome> outcome(int row) const;

private:
    void recompute();

    SyncPlanner m_planner;
    std::optional<Reception> m_reception;
    QList<DealCandidate> m_rows;
    QList<std::optional<BindingPreview::Outcome>> m_outcomes;
    StageCatalog m_stages;
};

} // namespace identsync
