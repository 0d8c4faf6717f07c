#pragma once

#include "core/dealkey.h"
#include "core/enums.h"
#include "core/stageid.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace identsync {

class Database;

// One stage decision (SPEC §2.3): what the deal's stage was, what it became, and why.
struct StageTransition
{
    qint64 id = 0; // set by the store
    QDateTime at;  // set by the store when left empty
    DealKey dealKey;
    std::optional<qint64> dealId;
    StageId fromStage;
    StageId toStage;
    StageReason reason = StageReason::Mapped;
    QString doctor;
    QString patientName; // as the engine passes it (masked or not, per the masking setting)
    QString actor;       // who, for manual decisions
    QString correlationId;
};

struct TransitionFilter
{
    std::optional<StageReason> reason;
    std::optional<int> branchId;
    QString doctor;  // exact match; empty = any
    QDateTime from;  // inclusive; invalid = open
    QDateTime until; // exclusive; invalid = open
};

// Keyset position: the last row of the previous page.
struct TransitionCursor
{
    QDateTime at;
    qint64 id = 0;
};

class TransitionLog
{
public:
    explicit TransitionLog(Database &db);

    // Joins the caller's transaction if one is open. Returns the new row's id.
    StoreResult<qint64> append(const StageTransition &transition);

    // Newest first. The first page (no cursor) is also the live view: re-read it to refresh.
    StoreResult<QList<StageTransition>>
    page(const TransitionFilter &filter, const std::optional<TransitionCursor> &before, int limit);

private:
    Database &m_db;
};

} // namespace identsync
