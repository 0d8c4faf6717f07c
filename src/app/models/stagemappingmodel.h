#pragma once

#include "data/settingstypes.h"

#include "core/stagemapper.h"

#include <QAbstractTableModel>

namespace identsync {

// One row per IDENT status plus the row for statuses not listed: the deal stage each leads to
// (a stage id or "keep"). Stages loaded from the portal give names, colours and order, and a
// stage the chosen pipeline lacks is flagged.
class StageMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Status,
        Stage,
        State,
        Count
    };
    Q_ENUM(Column)

    static QString keepValue() { return QStringLiteral("keep"); }

    explicit StageMappingModel(QObject *parent = nullptr);

    void setMapping(const StageMappingConfig &config);
    StageMappingConfig mapping() const;
    // The stages of the pipeline deals are created in, in the portal's order.
    void setStages(const QList<PortalStageInfo> &stages);
    const QList<PortalStageInfo> &stages() const { return m_stages; }
    QStringList problems() const;
    static QString statusLabel(ReceptionStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    bool isDefaultRow(int row) const { return row == int(ReceptionStatus::Count); }
    const PortalStageInfo *stage(const QString &id) const;
    bool missing(int row) const;

    QList<QString> m_targets; // by ReceptionStatus, then the default; "keep" or a local stage id
    QList<PortalStageInfo> m_stages;
};

} // namespace identsync
