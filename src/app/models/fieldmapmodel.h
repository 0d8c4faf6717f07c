#pragma once

#include "data/settingstypes.h"

#include "core/fieldmap.h"

#include <QAbstractTableModel>

namespace identsync {

// The field map editor's rows: one per piece of IDENT data (MappedField), with the portal field
// it goes to. Portal fields loaded by «Проверить» give titles and flag fields the portal lacks;
// a field used twice or a required one switched off is flagged too. Edits go through setData.
class FieldMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Entity,
        Purpose,
        PortalField,
        State,
        Count
    };
    Q_ENUM(Column)

    enum class State
    {
        Ok,
        Off,
        MissingOnPortal,
        UsedTwice,
        RequiredEmpty,
        Count
    };
    Q_ENUM(State)

    explicit FieldMapModel(QObject *parent = nullptr);

    // "fields/…" values of the file; keys absent keep the engine's defaults.
    void setValues(const SettingsValues &values);
    // Writes the map back: keys that differ from the default, or that the file already had.
    void writeValues(SettingsValues &values) const;
    void setPortalFields(const QList<PortalFieldInfo> &deal, const QList<PortalFieldInfo> &contact);
    bool hasPortalFields() const { return m_portalLoaded; }
    QList<PortalFieldInfo> portalFields(FieldEntity entity) const;

    State state(MappedField field) const;
    // One sentence per flagged row; empty when the map can be saved.
    QStringList problems() const;
    static QString purpose(MappedField field);

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
    const PortalFieldInfo *portalField(MappedField field) const;
    void refreshStates();

    QList<QString> m_names; // by MappedField
    QSet<QString> m_keysInFile;
    QList<PortalFieldInfo> m_deal;
    QList<PortalFieldInfo> m_contact;
    bool m_portalLoaded = false;
};

} // namespace identsync
