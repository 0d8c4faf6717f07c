#pragma once

#include "stageid.h"

#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace identsync {

// What a stage means to the portal: still being worked on, won, or lost. Bitrix24 reports the
// last two as SEMANTICS "S"/"F" (EXTRA.SEMANTICS success, failure or apology).
enum class StageSemantics
{
    Process,
    Success,
    Failure
};

QString toKey(StageSemantics semantics);

struct StageInfo
{
    StageId id;
    QString name;
    int sort = 0;
    StageSemantics semantics = StageSemantics::Process;

    bool isFinal() const { return semantics != StageSemantics::Process; }
    bool operator==(const StageInfo &) const = default;
};

// The stages of one deal pipeline (category), ordered by the portal's SORT, as read from
// crm.status.list. Stage protection and the no-regression rule are decided against this.
class Pipeline
{
public:
    Pipeline() = default;
    // Stages of another category are a caller bug and are dropped; the rest is ordered by sort
    // (ties keep the given order).
    Pipeline(int categoryId, QList<StageInfo> stages);

    int categoryId() const { return m_categoryId; }
    const QList<StageInfo> &stages() const { return m_stages; }
    bool isEmpty() const { return m_stages.isEmpty(); }

    std::optional<StageInfo> find(const StageId &id) const;
    bool contains(const StageId &id) const { return find(id).has_value(); }
    // Success or failure semantics. A stage the pipeline does not know is not final: callers
    // that must be safe check contains() first.
    bool isFinal(const StageId &id) const;
    std::optional<int> sortOf(const StageId &id) const;
    // The stage a deal created without STAGE_ID lands in: the first process stage.
    std::optional<StageId> firstStage() const;

    // Parses the `result` array of crm.status.list for ENTITY_ID DEAL_STAGE (category 0) or
    // DEAL_STAGE_{n}. Rows of another dictionary are skipped. A malformed row, or no stage at
    // all, fails the whole list: the result is empty and `error` names the row and the field.
    static Pipeline fromStatusList(int categoryId, const QJsonArray &crmStatusListResult,
                                   QString *error);
    // The portal's default pipeline plus the reference portal's treatment stage «Лечение».
    static Pipeline defaultPipeline();

    bool operator==(const Pipeline &) const = default;

private:
    int m_categoryId = 0;
    QList<StageInfo> m_stages;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::StageInfo)
Q_DECLARE_METATYPE(identsync::Pipeline)
