#pragma once

#include "data/settingstypes.h"

#include <QAbstractListModel>

namespace identsync {

// A checkable list of stage (or lead status) ids: the portal's, in its order, plus every checked
// id the portal does not have (still shown, flagged, so nothing in the file silently vanishes).
// Used for protected stages and for closed lead statuses.
class StageChecklistModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit StageChecklistModel(QObject *parent = nullptr);

    void setChecked(const QStringList &ids);
    QStringList checked() const;
    void setStages(const QList<PortalStageInfo> &stages);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void edited();

private:
    struct Row
    {
        PortalStageInfo stage;
        bool onPortal = false;
        bool checked = false;
    };
    void rebuild(const QList<PortalStageInfo> &stages, const QStringList &checkedIds);

    QList<Row> m_rows;
    QList<PortalStageInfo> m_portal;
};

} // namespace identsync
