#include "stagessection.h"

#include "ui_stagessection.h"

#include "models/stagechecklistmodel.h"
#include "models/stagemappingmodel.h"
#include "pages/settings/choicedelegate.h"
#include "pages/settings/settingsform.h"

#include "engine/engineconfig.h"

#include <QHeaderView>
#include <QRegularExpression>

namespace identsync {

using namespace settingsform;

namespace {

QStringList splitList(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

QStringList defaultProtected()
{
    QStringList out;
    for (const QString &s : StageGuardConfig().protectedStages)
        out << s;
    out.sort();
    return out;
}

} // namespace

StagesSection::StagesSection(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StagesSection>())
    , m_mapping(new StageMappingModel(this))
    , m_protected(new StageChecklistModel(this))
    , m_closedLeads(new StageChecklistModel(this))
{
    m_ui->setupUi(this);
    m_ui->stageTable->setModel(m_mapping);
    m_ui->stageTable->verticalHeader()->hide();
    m_ui->stageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->stageTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->stageTable->setItemDelegateForColumn(
        int(StageMappingModel::Column::Stage),
        new ChoiceDelegate(
            [this](const QModelIndex &index) {
                QList<std::pair<QString, QString>> out;
                if (index.row() < int(ReceptionStatus::Count)) {
                    out.append({tr("— as any other status —"), QString()});
                    out.append({tr("Keep the current stage"), StageMappingModel::keepValue()});
                }
                for (const PortalStageInfo &s : m_mapping->stages()) {
                    const QString local = StageId::parse(s.id).localId();
                    out.append({QStringLiteral("%1 (%2)").arg(s.name, local), local});
                }
                return out;
            },
            this));
    m_ui->protectedList->setModel(m_protected);
    m_ui->closedLeadList->setModel(m_closedLeads);
    connect(m_mapping, &StageMappingModel::edited, this, &StagesSection::edited);
    connect(m_protected, &StageChecklistModel::edited, this, &StagesSection::edited);
    connect(m_closedLeads, &StageChecklistModel::edited, this, &StagesSection::edited);
    connect(m_ui->noRegressionCheck, &QCheckBox::toggled, this, &StagesSection::edited);
    connect(m_ui->pipelineCombo, &QComboBox::currentIndexChanged, this, [this] {
        showPipeline();
        Q_EMIT edited();
    });
    m_ui->stagesState->setText(tr("The portal's pipelines and stages are not loaded yet: press "
                                  "«Check the portal» on the Connections tab."));
    m_ui->finalStagesLabel->setText(tr("Unknown until the portal is checked."));
}

StagesSection::~StagesSection() = default;

int StagesSection::pipelineId() const
{
    return m_ui->pipelineCombo->currentData().toInt();
}

void StagesSection::load(const SettingsValues &v)
{
    const QSignalBlocker block(this);
    const EngineConfig d;
    const int category =
        value(v, QStringLiteral("portal/deal_category"), QString::number(d.dealCategoryId)).toInt();
    {
        const QSignalBlocker comboBlock(m_ui->pipelineCombo);
        m_ui->pipelineCombo->clear();
        for (const PortalPipelineInfo &p : std::as_const(m_portal.pipelines))
            m_ui->pipelineCombo->addItem(QStringLiteral("%1 (%2)").arg(p.name).arg(p.id), p.id);
        if (m_ui->pipelineCombo->findData(category) < 0)
            m_ui->pipelineCombo->addItem(tr("Pipeline %1").arg(category), category);
        m_ui->pipelineCombo->setCurrentIndex(m_ui->pipelineCombo->findData(category));
    }
    QString error;
    const auto mapping = StageMappingConfig::parse(
        value(v, QStringLiteral("stages/mapping"), d.stageMapping.toString()), &error);
    m_mapping->setMapping(mapping.value_or(d.stageMapping));
    m_protected->setChecked(v.contains(QStringLiteral("stages/protected"))
                                ? splitList(v.value(QStringLiteral("stages/protected")))
                                : defaultProtected());
    m_ui->noRegressionCheck->setChecked(isTrue(
        value(v, QStringLiteral("stages/no_regression"), boolText(d.stageGuard.noRegression))));
    m_closedLeads->setChecked(splitList(value(v, QStringLiteral("sync/closed_lead_statuses"),
                                              d.closedLeadStatuses.join(QLatin1Char(',')))));
    showPipeline();
}

void StagesSection::collect(SettingsValues &v) const
{
    const EngineConfig d;
    put(v, QStringLiteral("portal/deal_category"), QString::number(pipelineId()),
        QString::number(d.dealCategoryId));
    // A value that means the same is left as the person wrote it.
    const StageMappingConfig mapping = m_mapping->mapping();
    QString error;
    const auto inFile = StageMappingConfig::parse(
        value(v, QStringLiteral("stages/mapping"), d.stageMapping.toString()), &error);
    if (!inFile || !(*inFile == mapping))
        v.insert(QStringLiteral("stages/mapping"), mapping.toString());

    auto putList = [&v](const QString &key, QStringList list, QStringList fallback) {
        QStringList before = v.contains(key) ? splitList(v.value(key)) : fallback;
        before.sort();
        list.sort();
        if (before != list)
            v.insert(key, list.join(QLatin1Char(',')));
    };
    putList(QStringLiteral("stages/protected"), m_protected->checked(), defaultProtected());
    putList(QStringLiteral("sync/closed_lead_statuses"), m_closedLeads->checked(),
            d.closedLeadStatuses);
    put(v, QStringLiteral("stages/no_regression"), boolText(m_ui->noRegressionCheck->isChecked()),
        boolText(d.stageGuard.noRegression));
}

QStringList StagesSection::problems() const
{
    return m_mapping->problems();
}

void StagesSection::setPortal(const PortalCheckOutcome &portal)
{
    if (!portal.ok)
        return;
    m_portal = portal;
    const int current = pipelineId();
    {
        const QSignalBlocker comboBlock(m_ui->pipelineCombo);
        m_ui->pipelineCombo->clear();
        for (const PortalPipelineInfo &p : std::as_const(m_portal.pipelines))
            m_ui->pipelineCombo->addItem(QStringLiteral("%1 (%2)").arg(p.name).arg(p.id), p.id);
        if (m_ui->pipelineCombo->findData(current) < 0)
            m_ui->pipelineCombo->addItem(tr("Pipeline %1 (not on the portal)").arg(current),
                                         current);
        m_ui->pipelineCombo->setCurrentIndex(m_ui->pipelineCombo->findData(current));
    }
    m_closedLeads->setStages(portal.leadStatuses);
    showPipeline();
}

void StagesSection::showPipeline()
{
    if (m_portal.pipelines.isEmpty())
        return;
    const int id = pipelineId();
    QList<PortalStageInfo> stages;
    for (const PortalPipelineInfo &p : std::as_const(m_portal.pipelines))
        if (p.id == id)
            stages = p.stages;
    m_mapping->setStages(stages);
    // Protection is written with local ids: «EXECUTING» protects that stage in every pipeline.
    QList<PortalStageInfo> local;
    QStringList finals;
    for (PortalStageInfo s : std::as_const(stages)) {
        s.id = StageId::parse(s.id).localId();
        if (s.final)
            finals << QStringLiteral("%1 (%2)").arg(s.name, s.id);
        local << s;
    }
    m_protected->setStages(local);
    m_ui->finalStagesLabel->setText(finals.isEmpty() ? tr("The pipeline has no final stage.")
                                                     : finals.join(QStringLiteral(", ")));
    m_ui->stagesState->setText(
        stages.isEmpty()
            ? tr("The portal has no pipeline %1: choose one of its pipelines.").arg(id)
            : tr("Loaded from the portal: %1 pipelines, %2 stages in this one, %3 lead statuses.")
                  .arg(m_portal.pipelines.size())
                  .arg(stages.size())
                  .arg(m_portal.leadStatuses.size()));
}

} // namespace identsync
