#pragma once

#include <Qt>

namespace identsync {

// Custom item roles shared by every console model and proxy. Views display DisplayRole; proxies
// filter and sort on UnderlyingDataRole (the raw value: a QDateTime, an enum, a number), never on
// display text, so a translation or a countdown format cannot change what a filter matches.
enum ItemRole : int
{
    UnderlyingDataRole = Qt::UserRole + 1,
    JobIdRole,       // qint64 job id of the row
    JobStateRole,    // identsync::JobState
    ErrorClassRole,  // identsync::ErrorClass (absent when the row has no error)
    ErrorCodeRole,   // QString, the portal's or the engine's code
    DealKeyRole,     // QString "F1_123"
    DealIdRole,      // qint64, 0 when none
    TimestampRole,   // QDateTime (UTC)
    ToneRole,        // QString "ok" | "info" | "warning" | "danger": what a delegate colours by
    LevelRole,       // identsync::LogLine::Level of a log line, as int
    AreaRole,        // QString logging category of a log line
    StageReasonRole, // identsync::StageReason
    ItemRoleCount
};

} // namespace identsync
