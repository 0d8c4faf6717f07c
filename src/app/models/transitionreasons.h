#pragma once

#include "core/enums.h"

#include <QCoreApplication>
#include <QString>

namespace identsync {

// The words a person reads for each stage-decision reason (SPEC §2.3): a short name for the
// column and the filter, one plain sentence saying what happened to the deal, and a tone.
class TransitionReasons
{
    Q_DECLARE_TR_FUNCTIONS(TransitionReasons)

public:
    static QString name(StageReason reason);
    static QString explanation(StageReason reason);
    // "ok" | "info" | "warning" | "danger", as ToneRole.
    static QString tone(StageReason reason);
};

} // namespace identsync
