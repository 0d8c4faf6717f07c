#pragma once

#include "core/settingsfile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class InterfaceSection;
}

namespace identsync {

// «Интерфейс»: the console's language (a preference of this computer, not of the engine) and
// masking of personal data (the engine's [sync] mask_personal_data).
class InterfaceSection : public QWidget
{
    Q_OBJECT

public:
    explicit InterfaceSection(QWidget *parent = nullptr);
    ~InterfaceSection() override;

    void load(const SettingsValues &values, const QString &language);
    void collect(SettingsValues &values) const;
    // "ru" or "en".
    QString language() const;

Q_SIGNALS:
    void edited();

private:
    std::unique_ptr<Ui::InterfaceSection> m_ui;
};

} // namespace identsync
