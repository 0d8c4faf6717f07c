#include "transitionreasons.h"

namespace identsync {

QString TransitionReasons::name(StageReason reason)
{
    switch (reason) {
    case StageReason::Mapped:
        return tr("Stage set");
    case StageReason::Kept:
        return tr("Stage kept");
    case StageReason::Protected:
        return tr("Protected");
    case StageReason::Final:
        return tr("Closed deal");
    case StageReason::RegressionBlocked:
        return tr("Step back blocked");
    case StageReason::CurrentUnknown:
        return tr("Stage unknown");
    case StageReason::Manual:
        return tr("By hand");
    case StageReason::Count:
        break;
    }
    return {};
}

QString TransitionReasons::explanation(StageReason reason)
{
    switch (reason) {
    case StageReason::Mapped:
        return tr("The appointment's status moved the deal to this stage.");
    case StageReason::Kept:
        return tr("The status says to keep the current stage; only the fields were updated.");
    case StageReason::Protected:
        return tr("Staff work with deals in this stage by hand: fields updated, stage left as is.");
    case StageReason::Final:
        return tr("The deal is closed: only the IDENT key was written, nothing else changed.");
    case StageReason::RegressionBlocked:
        return tr("The new stage comes earlier in the pipeline, so the deal was not moved back.");
    case StageReason::CurrentUnknown:
        return tr("The deal could not be read: nothing was written; it will be tried again.");
    case StageReason::Manual:
        return tr("A person bound the appointment to this deal; the next cycle updates it.");
    case StageReason::Count:
        break;
    }
    return {};
}

QString TransitionReasons::tone(StageReason reason)
{
    switch (reason) {
    case StageReason::Mapped:
        return QStringLiteral("ok");
    case StageReason::Kept:
    case StageReason::Manual:
        return QStringLiteral("info");
    case StageReason::Protected:
    case StageReason::Final:
    case StageReason::RegressionBlocked:
        return QStringLiteral("warning");
    case StageReason::CurrentUnknown:
        return QStringLiteral("danger");
    case StageReason::Count:
        break;
    }
    return QStringLiteral("info");
}

} // namespace identsync
