#pragma once

#include "enums.h"
#include "pipeline.h"
#include "stageid.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace identsync {

// Which deal stage each IDENT status leads to (SPEC §2.3). Stage ids are written without the
// pipeline prefix ("NEW", "UC_NO40X0") and are moved into the deal's pipeline when applied.
struct StageMappingConfig
{
    // A status absent from the map is unmapped and goes to `defaultStage`; a status mapped to
    // std::nullopt keeps the deal's current stage.
    QMap<ReceptionStatus, std::optional<StageId>> targets;
    StageId defaultStage = StageId(0, QStringLiteral("NEW"));

    static StageMappingConfig defaults();

    // The replaced product's notation: "Запланирован:NEW, Пациент пришел:NEW, Завершен:keep, …".
    // Entries are separated by commas, semicolons or new lines; a status is its text as in
    // statusText() (case and ё/е do not matter) or its key ("in_progress"); "keep" keeps the
    // current stage; "default:STAGE" sets the stage for unmapped statuses. On error the result is
    // empty and `error` names the entry and what to write instead.
    static std::optional<StageMappingConfig> parse(QStringView text, QString *error);
    // The same notation; parse(toString()) gives back an equal config.
    QString toString() const;

    bool operator==(const StageMappingConfig &) const = default;
};

class StageMapper
{
public:
    explicit StageMapper(StageMappingConfig config = StageMappingConfig::defaults());

    const StageMappingConfig &config() const { return m_config; }

    // The stage the status asks for in pipeline `categoryId`; std::nullopt means "keep the
    // current stage". A deal that does not exist yet has no current stage, so "keep" then falls
    // back to the mapping of В процессе, and to the default stage if that is "keep" as well.
    std::optional<StageId> target(ReceptionStatus status, int categoryId, bool dealExists) const;

    // Every stage the mapping may write that `pipeline` does not have, one message each: the
    // engine refuses to start with these instead of failing deal by deal.
    QStringList validate(const Pipeline &pipeline) const;

private:
    StageMappingConfig m_config;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::StageMappingConfig)
