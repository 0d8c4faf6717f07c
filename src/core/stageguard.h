#pragma once

#include "enums.h"
#include "pipeline.h"
#include "stageid.h"

#include <QMetaType>
#include <QSet>
#include <QString>

#include <optional>

namespace identsync {

struct StageGuardConfig
{
    // A deal standing in one of these gets its fields updated but keeps its stage: people move
    // deals through them by hand. A local id ("EXECUTING") protects that stage in every pipeline,
    // a full id ("C2:EXECUTING") in that pipeline only.
    QSet<QString> protectedStages{QStringLiteral("PREPAYMENT_INVOICE"),
                                  QStringLiteral("FINAL_INVOICE"), QStringLiteral("EXECUTING"),
                                  QStringLiteral("APOLOGY")};
    // A mapped stage that sorts before the current one is not applied.
    bool noRegression = true;

    bool operator==(const StageGuardConfig &) const = default;
};

// How much of a deal the engine may write.
enum class WriteScope
{
    Nothing,    // write nothing now; retry once the current stage can be read
    KeyOnly,    // only the IDENT key field (final stages)
    FieldsOnly, // every mapped field but not STAGE_ID
    Full        // every mapped field and STAGE_ID
};

QString toKey(WriteScope scope);

// The deal's stage as just fetched from the portal, or why there is none.
class CurrentStage
{
public:
    enum class Kind
    {
        NoDeal,  // the deal is about to be created
        Known,   // read fresh from the portal
        Unknown, // the deal exists but could not be read
    };

    CurrentStage() = default; // Unknown
    static CurrentStage noDeal() { return CurrentStage(Kind::NoDeal, {}, std::nullopt); }
    // `reportedSemantics` is the deal's own STAGE_SEMANTIC_ID (P/S/F) when the read returned it:
    // it tells a closed deal apart even when its stage is missing from our copy of the pipeline.
    static CurrentStage known(const StageId &stage,
                              std::optional<StageSemantics> reportedSemantics = std::nullopt)
    {
        return CurrentStage(Kind::Known, stage, reportedSemantics);
    }
    static CurrentStage unknown() { return CurrentStage(Kind::Unknown, {}, std::nullopt); }

    Kind kind() const { return m_kind; }
    const StageId &stage() const { return m_stage; }
    std::optional<StageSemantics> reportedSemantics() const { return m_reportedSemantics; }

    // STAGE_SEMANTIC_ID of crm.deal.get: "P", "S", "F"; anything else is not reported.
    static std::optional<StageSemantics> semanticsFromCode(QStringView code);

    bool operator==(const CurrentStage &) const = default;

private:
    CurrentStage(Kind kind, const StageId &stage, std::optional<StageSemantics> semantics)
        : m_kind(kind)
        , m_stage(stage)
        , m_reportedSemantics(semantics)
    {}

    Kind m_kind = Kind::Unknown;
    StageId m_stage;
    std::optional<StageSemantics> m_reportedSemantics;
};

// What the engine may write to one deal, and why: recorded as a stage transition (SPEC §2.3).
struct StageDecision
{
    WriteScope scope = WriteScope::Nothing;
    std::optional<StageId> stageToWrite; // set only when scope is Full
    StageReason reason = StageReason::CurrentUnknown;
    std::optional<StageId> from; // the current stage, when known
    std::optional<StageId> to;   // the stage the deal is in after the write, when known
    QString explanation;         // one sentence for the console and the log

    bool writesStage() const { return stageToWrite.has_value(); }
    bool operator==(const StageDecision &) const = default;
};

class StageGuard
{
public:
    explicit StageGuard(StageGuardConfig config = {});

    const StageGuardConfig &config() const { return m_config; }
    bool isProtected(const StageId &stage) const;

    // `mappedTarget` is StageMapper::target(): std::nullopt means "keep the current stage".
    // First rule that applies wins: unknown current stage, new deal, final, protected, current
    // stage missing from the pipeline, keep, mapped stage missing from the pipeline, regression,
    // otherwise the mapped stage.
    StageDecision decide(const std::optional<StageId> &mappedTarget, const CurrentStage &current,
                         const Pipeline &pipeline) const;

private:
    StageGuardConfig m_config;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::StageGuardConfig)
Q_DECLARE_METATYPE(identsync::CurrentStage)
Q_DECLARE_METATYPE(identsync::StageDecision)
