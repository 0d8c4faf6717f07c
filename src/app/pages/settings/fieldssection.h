#pragma once

#include "data/settingstypes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FieldsSection;
}

namespace identsync {

class FieldMapModel;

// «Поля»: which portal field receives which IDENT value.
class FieldsSection : public QWidget
{
    Q_OBJECT

public:
    explicit FieldsSection(QWidget *parent = nullptr);
    ~FieldsSection() override;

    void load(const SettingsValues &values);
    void collect(SettingsValues &values) const;
    QStringList problems() const;
    void setPortal(const PortalCheckOutcome &portal);
    FieldMapModel *model() const { return m_model; }

Q_SIGNALS:
    void edited();

private:
    void updateState();

    std::unique_ptr<Ui::FieldsSection> m_ui;
    FieldMapModel *m_model = nullptr;
};

} // namespace identsync
