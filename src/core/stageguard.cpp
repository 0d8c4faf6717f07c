#include "stageguard.h"

#include <QCoreApplication>

namespace identsync {

QString toKey(WriteScope scope)
{
    switch (scope) {
    case WriteScope::Nothing:
        return QStringLiteral("nothing");
    case WriteScope::KeyOnly:
        return QStringLiteral("key_only");
    case WriteScope::FieldsOnly:
        return QStringLiteral("fields_only");
    case WriteScope::Full:
        return QStringLiteral("full");
    }
    return {};
}

std::optional<StageSemantics> CurrentStage::semanticsFromCode(QStringView code)
{
    const QStringView c = code.trimmed();
    if (c == u"P")
        return StageSemantics::Process;
    if (c == u"S")
        return StageSemantics::Success;
    if (c == u"F")
        return StageSemantics::Failure;
    return std::nullopt;
}

StageGuard::StageGuard(StageGuardConfig config)
    : m_config(std::move(config))
{}

bool StageGuard::isProtected(const StageId &stage) const
{
    return m_config.protectedStages.contains(stage.localId()) ||
           m_config.protectedStages.contains(stage.toString());
}

namespace {

StageDecision make(WriteScope scope, StageReason reason, std::optional<StageId> from,
                   std::optional<StageId> to, QString explanation)
{
    StageDecision d;
    d.scope = scope;
    d.reason = reason;
    d.from = std::move(from);
    d.to = std::move(to);
    if (scope == WriteScope::Full)
        d.stageToWrite = d.to;
    d.explanation = std::move(explanation);
    return d;
}

} // namespace

StageDecision StageGuard::decide(const std::optional<StageId> &mappedTarget,
                                 const CurrentStage &current, const Pipeline &pipeline) const
{
    switch (current.kind()) {
    case CurrentStage::Kind::Unknown:
        return make(WriteScope::Nothing, StageReason::CurrentUnknown, std::nullopt, std::nullopt,
                    QCoreApplication::translate(
                        "StageGuard", "The deal's current stage could not be read; nothing is "
                                      "written until it can be checked."));
    case CurrentStage::Kind::NoDeal: {
        // A new deal has nothing to protect. A stage the pipeline lacks would be refused or
        // silently replaced by the portal, so the deal starts in the pipeline's first stage.
        std::optional<StageId> stage = mappedTarget;
        QString why;
        if (stage && !pipeline.isEmpty() && !pipeline.contains(*stage)) {
            why = QCoreApplication::translate(
                      "StageGuard", "Mapped stage %1 is not in pipeline %2; the new deal starts in "
                                    "its first stage.")
                      .arg(stage->toString())
                      .arg(pipeline.categoryId());
            stage = pipeline.firstStage();
        } else if (!stage) {
            stage = pipeline.firstStage();
            why = QCoreApplication::translate(
                "StageGuard", "Nothing to keep on a new deal; it starts in the pipeline's "
                              "first stage.");
        } else {
            why = QCoreApplication::translate("StageGuard", "New deal created in stage %1.")
                      .arg(stage->toString());
        }
        return make(WriteScope::Full, StageReason::Mapped, std::nullopt, stage, why);
    }
    case CurrentStage::Kind::Known:
        break;
    }

    const StageId &now = current.stage();
    const auto info = pipeline.find(now);
    const auto reported = current.reportedSemantics();
    const bool reportedFinal = reported && *reported != StageSemantics::Process;

    // Final before protected: APOLOGY is both a failure stage and on the default protected
    // list, and a closed deal must receive nothing but its key.
    if ((info && info->isFinal()) || reportedFinal) {
        return make(WriteScope::KeyOnly, StageReason::Final, now, now,
                    QCoreApplication::translate(
                        "StageGuard", "Deal is closed in stage %1; only the IDENT key is written.")
                        .arg(now.toString()));
    }
    if (isProtected(now)) {
        return make(
            WriteScope::FieldsOnly, StageReason::Protected, now, now,
            QCoreApplication::translate(
                "StageGuard", "Stage %1 is protected; fields are updated, the stage is kept.")
                .arg(now.toString()));
    }
    if (!info) {
        return make(WriteScope::Nothing, StageReason::CurrentUnknown, now, now,
                    QCoreApplication::translate(
                        "StageGuard",
                        "Stage %1 is not in pipeline %2 as last loaded, so it cannot "
                        "be checked; nothing is written until the stages are reloaded.")
                        .arg(now.toString())
                        .arg(pipeline.categoryId()));
    }
    if (!mappedTarget) {
        return make(
            WriteScope::FieldsOnly, StageReason::Kept, now, now,
            QCoreApplication::translate("StageGuard", "The status keeps the current stage %1.")
                .arg(now.toString()));
    }
    const StageId &target = *mappedTarget;
    const auto targetSort = pipeline.sortOf(target);
    if (!targetSort) {
        return make(WriteScope::FieldsOnly, StageReason::Kept, now, now,
                    QCoreApplication::translate(
                        "StageGuard", "Mapped stage %1 is not in pipeline %2; fields are updated, "
                                      "the stage %3 is kept. Fix the stage mapping.")
                        .arg(target.toString())
                        .arg(pipeline.categoryId())
                        .arg(now.toString()));
    }
    if (target == now) {
        return make(WriteScope::Full, StageReason::Mapped, now, target,
                    QCoreApplication::translate("StageGuard", "Deal is already in mapped stage %1.")
                        .arg(target.toString()));
    }
    if (m_config.noRegression && *targetSort < info->sort) {
        return make(WriteScope::FieldsOnly, StageReason::RegressionBlocked, now, now,
                    QCoreApplication::translate(
                        "StageGuard",
                        "Mapped stage %1 comes before the current stage %2; the stage "
                        "is not moved back.")
                        .arg(target.toString(), now.toString()));
    }
    return make(WriteScope::Full, StageReason::Mapped, now, target,
                QCoreApplication::translate("StageGuard", "Stage %1 → %2 (mapped).")
                    .arg(now.toString(), target.toString()));
}

} // namespace identsync
