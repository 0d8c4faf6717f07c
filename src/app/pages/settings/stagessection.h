#pragma once

#include "data/settingstypes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StagesSection;
}

namespace identsync {

class StageChecklistModel;
class StageMappingModel;

// «Стадии и воронка»: the pipeline, the stage each IDENT status leads to, protected stages, the
// final stages the portal defines, and closed lead statuses.
class StagesSection : public QWidget
{
    Q_OBJECT

public:
    explicit StagesSection(QWidget *parent = nullptr);
    ~StagesSection() override;

    void load(const SettingsValues &values);
    void collect(SettingsValues &values) const;
    QStringList problems() const;
    void setPortal(const PortalCheckOutcome &portal);
    StageMappingModel *mappingModel() const { return m_mapping; }

Q_SIGNALS:
    void edited();

private:
    int pipelineId() const;
    void showPipeline();

    std::unique_ptr<Ui::StagesSection> m_ui;
    StageMappingModel *m_mapping = nullptr;
    StageChecklistModel *m_protected = nullptr;
    StageChecklistModel *m_closedLeads = nullptr;
    PortalCheckOutcome m_portal;
};

} // namespace identsync
