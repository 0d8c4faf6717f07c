#include "bindingpreview.h"

namespace identsync {

PortalDeal BindingPreview::portalDeal(const DealCandidate &c)
{
    PortalDeal d;
    d.id = c.id;
    d.stage = c.stage;
    d.semantics = c.semantics;
    d.identKey = c.identKey;
    if (c.contactId > 0)
        d.contactId = c.contactId;
    d.categoryId = c.categoryId;
    return d;
}

BindingPreview::Outcome BindingPreview::preview(const SyncPlanner &planner,
                                                const Reception &reception,
                                                const DealCandidate &chosen,
                                                const QList<DealCandidate> &candidates,
                                                const StageCatalog &stages)
{
    const DealKey key = reception.key();
    PlanInput input;
    input.reception = reception;
    input.boundDealId = chosen.id;
    PortalSnapshot snap;
    snap.dealsByKeyOk = true;
    snap.dealsByIdOk = true;
    snap.dealsById.insert(chosen.id, portalDeal(chosen));
    for (const DealCandidate &c : candidates)
        if (const auto carried = DealKey::parse(c.identKey); carried && *carried == key)
            snap.dealsByKey[key.toString()] << portalDeal(c);

    Outcome out;
    out.plan = planner.plan(input, snap);
    const JobPlan &plan = out.plan;
    auto stageName = [&](const std::optional<StageId> &s) {
        return s ? stages.name(*s) : QString();
    };
    if (plan.action == PlanAction::Fail) {
        out.tone = QStringLiteral("danger");
        out.summary = tr("Nothing will be written: %1").arg(plan.error.message);
        return out;
    }
    if (plan.dealId && *plan.dealId != chosen.id) {
        out.tone = QStringLiteral("danger");
        out.summary = tr("Deal %1 already carries this appointment's IDENT key, so the next cycle "
                         "updates deal %1, not this one.")
                          .arg(*plan.dealId);
        return out;
    }
    switch (plan.decision.scope) {
    case WriteScope::Nothing:
        out.tone = QStringLiteral("warning");
        out.summary = tr("Nothing will be written yet: %1").arg(plan.decision.explanation);
        break;
    case WriteScope::KeyOnly:
        out.tone = QStringLiteral("info");
        out.summary = tr("The deal is closed: only the IDENT key will be written.");
        break;
    case WriteScope::FieldsOnly:
        out.tone = QStringLiteral("info");
        out.summary = tr("The fields will be updated; the stage stays «%1».")
                          .arg(stageName(plan.decision.from));
        break;
    case WriteScope::Full:
        out.tone = QStringLiteral("ok");
        out.summary =
            plan.decision.to == plan.decision.from
                ? tr("Full update; the stage stays «%1».").arg(stageName(plan.decision.to))
                : tr("Full update; the stage moves to «%1».").arg(stageName(plan.decision.to));
        break;
    }
    return out;
}

} // namespace identsync
