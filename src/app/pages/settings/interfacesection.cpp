#include "interfacesection.h"

#include "ui_interfacesection.h"

#include "pages/settings/settingsform.h"

#include "engine/engineconfig.h"

namespace identsync {

using namespace settingsform;

InterfaceSection::InterfaceSection(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InterfaceSection>())
{
    m_ui->setupUi(this);
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &InterfaceSection::edited);
    connect(m_ui->maskCheck, &QCheckBox::toggled, this, &InterfaceSection::edited);
}

InterfaceSection::~InterfaceSection() = default;

void InterfaceSection::load(const SettingsValues &values, const QString &language)
{
    const QSignalBlocker block(this);
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(language)));
    m_ui->maskCheck->setChecked(isTrue(value(values, QStringLiteral("sync/mask_personal_data"),
                                             boolText(EngineConfig().maskPii))));
}

void InterfaceSection::collect(SettingsValues &values) const
{
    put(values, QStringLiteral("sync/mask_personal_data"), boolText(m_ui->maskCheck->isChecked()),
        boolText(EngineConfig().maskPii));
}

QString InterfaceSection::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

} // namespace identsync
