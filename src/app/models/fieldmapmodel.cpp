#include "fieldmapmodel.h"

#include "models/roles.h"

#include <QFont>

namespace identsync {

namespace {

MappedField fieldAt(int row)
{
    return MappedField(row);
}

} // namespace

FieldMapModel::FieldMapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (int i = 0; i < int(MappedField::Count); ++i)
        m_names << defaultFieldName(fieldAt(i));
}

QString FieldMapModel::purpose(MappedField field)
{
    switch (field) {
    case MappedField::IdentKey:
        return tr("IDENT appointment key");
    case MappedField::Title:
        return tr("Deal title");
    case MappedField::Start:
        return tr("Appointment start");
    case MappedField::End:
        return tr("Appointment end");
    case MappedField::Doctor:
        return tr("Doctor");
    case MappedField::Speciality:
        return tr("Doctor's speciality");
    case MappedField::Branch:
        return tr("Branch");
    case MappedField::Chair:
        return tr("Chair");
    case MappedField::Status:
        return tr("Appointment status");
    case MappedField::CardNumber:
        return tr("Patient card number");
    case MappedField::Guardian:
        return tr("Guardian");
    case MappedField::Comment:
        return tr("Comment");
    case MappedField::Services:
        return tr("Services");
    case MappedField::Amount:
        return tr("Amount");
    case MappedField::OrderDate:
        return tr("Order date");
    case MappedField::CancelReason:
        return tr("Cancellation reason");
    case MappedField::TreatmentPlan:
        return tr("Treatment plan");
    case MappedField::TreatmentPlanHash:
        return tr("Treatment plan checksum");
    case MappedField::Registrar:
        return tr("Registrar (on create only)");
    case MappedField::ContactName:
        return tr("First name");
    case MappedField::ContactLastName:
        return tr("Last name");
    case MappedField::ContactSecondName:
        return tr("Middle name");
    case MappedField::ContactBirthdate:
        return tr("Date of birth");
    case MappedField::ContactPhone:
        return tr("Phone");
    case MappedField::ContactPatientId:
        return tr("IDENT patient id");
    case MappedField::Count:
        break;
    }
    return {};
}

void FieldMapModel::setValues(const SettingsValues &values)
{
    beginResetModel();
    m_keysInFile.clear();
    for (int i = 0; i < int(MappedField::Count); ++i) {
        const QString key = QStringLiteral("fields/") + fieldConfigKey(fieldAt(i));
        m_names[i] =
            values.contains(key) ? values.value(key).trimmed() : defaultFieldName(fieldAt(i));
        if (values.contains(key))
            m_keysInFile.insert(key);
    }
    endResetModel();
}

void FieldMapModel::writeValues(SettingsValues &values) const
{
    for (int i = 0; i < int(MappedField::Count); ++i) {
        const QString key = QStringLiteral("fields/") + fieldConfigKey(fieldAt(i));
        if (m_keysInFile.contains(key) || m_names.at(i) != defaultFieldName(fieldAt(i)))
            values.insert(key, m_names.at(i));
        else
            values.remove(key);
    }
}

void FieldMapModel::setPortalFields(const QList<PortalFieldInfo> &deal,
                                    const QList<PortalFieldInfo> &contact)
{
    beginResetModel();
    m_deal = deal;
    m_contact = contact;
    m_portalLoaded = true;
    endResetModel();
}

QList<PortalFieldInfo> FieldMapModel::portalFields(FieldEntity entity) const
{
    return entity == FieldEntity::Deal ? m_deal : m_contact;
}

const PortalFieldInfo *FieldMapModel::portalField(MappedField field) const
{
    const QList<PortalFieldInfo> &list =
        fieldEntity(field) == FieldEntity::Deal ? m_deal : m_contact;
    for (const PortalFieldInfo &f : list)
        if (f.name == m_names.at(int(field)))
            return &f;
    return nullptr;
}

FieldMapModel::State FieldMapModel::state(MappedField field) const
{
    const QString name = m_names.at(int(field));
    if (name.isEmpty())
        return isRequiredMapping(field) ? State::RequiredEmpty : State::Off;
    for (int i = 0; i < int(MappedField::Count); ++i) {
        if (i != int(field) && m_names.at(i) == name &&
            fieldEntity(fieldAt(i)) == fieldEntity(field))
            return State::UsedTwice;
    }
    if (m_portalLoaded && !portalField(field))
        return State::MissingOnPortal;
    return State::Ok;
}

QStringList FieldMapModel::problems() const
{
    QStringList out;
    for (int i = 0; i < int(MappedField::Count); ++i) {
        const MappedField f = fieldAt(i);
        switch (state(f)) {
        case State::Ok:
        case State::Off:
        case State::Count:
            break;
        case State::MissingOnPortal:
            out << tr("«%1»: the portal has no field %2. Choose another field or create it on "
                      "the portal.")
                       .arg(purpose(f), m_names.at(i));
            break;
        case State::UsedTwice:
            out << tr("«%1»: the field %2 is used twice. Give each row its own field.")
                       .arg(purpose(f), m_names.at(i));
            break;
        case State::RequiredEmpty:
            out << tr("«%1» is required: choose a portal field.").arg(purpose(f));
            break;
        }
    }
    return out;
}

int FieldMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(MappedField::Count);
}

int FieldMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant FieldMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MappedField field = fieldAt(index.row());
    const State st = state(field);
    if (role == ToneRole) {
        switch (st) {
        case State::Ok:
            return QStringLiteral("ok");
        case State::Off:
        case State::Count:
            return QStringLiteral("info");
        case State::MissingOnPortal:
        case State::UsedTwice:
        case State::RequiredEmpty:
            return QStringLiteral("danger");
        }
    }
    switch (Column(index.column())) {
    case Column::Entity:
        if (role == Qt::DisplayRole)
            return fieldEntity(field) == FieldEntity::Deal ? tr("Deal") : tr("Contact");
        if (role == UnderlyingDataRole)
            return int(fieldEntity(field));
        break;
    case Column::Purpose:
        if (role == Qt::DisplayRole)
            return isRequiredMapping(field) ? purpose(field) + QStringLiteral(" *")
                                            : purpose(field);
        if (role == Qt::FontRole && isRequiredMapping(field)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == UnderlyingDataRole)
            return fieldConfigKey(field);
        if (role == Qt::ToolTipRole)
            return tr("Config key fields/%1").arg(fieldConfigKey(field));
        break;
    case Column::PortalField:
        if (role == Qt::EditRole || role == UnderlyingDataRole)
            return m_names.at(index.row());
        if (role == Qt::DisplayRole) {
            const QString name = m_names.at(index.row());
            if (name.isEmpty())
                return tr("— not used —");
            if (const PortalFieldInfo *f = portalField(field); f && f->title != name)
                return QStringLiteral("%1 (%2)").arg(f->title, name);
            return name;
        }
        break;
    case Column::State:
        if (role == UnderlyingDataRole)
            return int(st);
        if (role == Qt::DisplayRole) {
            switch (st) {
            case State::Ok:
                return m_portalLoaded ? tr("On the portal") : tr("Not checked");
            case State::Off:
                return tr("Off");
            case State::MissingOnPortal:
                return tr("Missing on the portal");
            case State::UsedTwice:
                return tr("Used twice");
            case State::RequiredEmpty:
                return tr("Required");
            case State::Count:
                break;
            }
        }
        break;
    case Column::Count:
        break;
    }
    return {};
}

bool FieldMapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole ||
        Column(index.column()) != Column::PortalField)
        return false;
    const QString name = value.toString().trimmed();
    if (m_names.at(index.row()) == name)
        return true;
    m_names[index.row()] = name;
    // A change can clear or raise "used twice" on other rows too.
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags FieldMapModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && Column(index.column()) == Column::PortalField)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FieldMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Entity:
        return tr("Entity");
    case Column::Purpose:
        return tr("What is written");
    case Column::PortalField:
        return tr("Portal field");
    case Column::State:
        return tr("State");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace identsync
