#include "fieldssection.h"

#include "ui_fieldssection.h"

#include "models/fieldmapmodel.h"
#include "pages/settings/choicedelegate.h"

#include <QHeaderView>

namespace identsync {

FieldsSection::FieldsSection(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FieldsSection>())
    , m_model(new FieldMapModel(this))
{
    m_ui->setupUi(this);
    m_ui->fieldTable->setModel(m_model);
    m_ui->fieldTable->verticalHeader()->hide();
    m_ui->fieldTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->fieldTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->fieldTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                      QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::SelectedClicked);
    m_ui->fieldTable->setItemDelegateForColumn(
        int(FieldMapModel::Column::PortalField),
        new ChoiceDelegate(
            [this](const QModelIndex &index) {
                const MappedField field = MappedField(index.row());
                QList<std::pair<QString, QString>> out;
                if (!isRequiredMapping(field))
                    out.append({tr("— not used —"), QString()});
                for (const PortalFieldInfo &f : m_model->portalFields(fieldEntity(field))) {
                    const QString label =
                        f.title == f.name ? f.name : QStringLiteral("%1 (%2)").arg(f.title, f.name);
                    out.append({f.required ? label + QStringLiteral(" *") : label, f.name});
                }
                return out;
            },
            this));
    connect(m_model, &FieldMapModel::edited, this, &FieldsSection::edited);
    connect(m_model, &FieldMapModel::edited, this, &FieldsSection::updateState);
    updateState();
}

FieldsSection::~FieldsSection() = default;

void FieldsSection::load(const SettingsValues &values)
{
    m_model->setValues(values);
    updateState();
}

void FieldsSection::collect(SettingsValues &values) const
{
    m_model->writeValues(values);
}

QStringList FieldsSection::problems() const
{
    return m_model->problems();
}

void FieldsSection::setPortal(const PortalCheckOutcome &portal)
{
    if (!portal.ok)
        return;
    m_model->setPortalFields(portal.dealFields, portal.contactFields);
    updateState();
}

void FieldsSection::updateState()
{
    const int flagged = int(m_model->problems().size());
    QString text = m_model->hasPortalFields()
                       ? tr("Portal fields loaded: %1 for deals, %2 for contacts.")
                             .arg(m_model->portalFields(FieldEntity::Deal).size())
                             .arg(m_model->portalFields(FieldEntity::Contact).size())
                       : tr("The portal's fields are not loaded yet: press «Check the portal» on "
                            "the Connections tab to see their names and find missing ones.");
    if (flagged > 0)
        text += QLatin1Char(' ') + tr("Rows to fix: %1 (marked in the State column).").arg(flagged);
    m_ui->fieldsState->setText(text);
}

} // namespace identsync
