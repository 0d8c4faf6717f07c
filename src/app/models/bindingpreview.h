#pragma once

#include "dealcandidate.h"
#include "stagecatalog.h"

#include "core/reception.h"
#include "engine/syncplanner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace identsync {

// What the next cycle will do to a deal once a reception is bound to it, computed by the engine's
// own planner (SyncPlanner::plan, configured as the engine configures it) on a snapshot holding
// the chosen deal as the bound one and every candidate that carries the reception's IDENT key.
// engine-rules is exposing "one reception against one deal" as a function of its own; until it
// lands this is the one place the console asks the planner.
class BindingPreview
{
    Q_DECLARE_TR_FUNCTIONS(BindingPreview)

public:
    struct Outcome
    {
        JobPlan plan;
        QString summary; // one sentence: what happens to the deal
        QString tone;    // "ok" | "info" | "warning" | "danger"
    };

    static Outcome preview(const SyncPlanner &planner, const Reception &reception,
                           const DealCandidate &chosen, const QList<DealCandidate> &candidates,
                           const StageCatalog &stages);

    static PortalDeal portalDeal(const DealCandidate &candidate);
};

} // namespace identsync
