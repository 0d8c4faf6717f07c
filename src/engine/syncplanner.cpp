#include "syncplanner.h"

#include "core/phonenormalizer.h"
#include "core/receptioncheck.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace identsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncPlanner", text);
}

ErrorInfo problem(ErrorClass cls, const QString &message)
{
    ErrorInfo e;
    e.cls = cls;
    e.message = message;
    return e;
}

// A record that cannot be decided because a look-up failed carries the look-up's own class
// when it concerns the whole portal (credentials, permissions, limits, an outage); anything
// else about a look-up is a reason to try again later.
ErrorInfo lookupProblem(const PortalSnapshot &snap, const QString &message)
{
    ErrorInfo e = problem(ErrorClass::Transient, message);
    if (!snap.lookupFailure)
        return e;
    const ErrorInfo &f = *snap.lookupFailure;
    switch (f.cls) {
    case ErrorClass::Transient:
    case ErrorClass::RateLimited:
    case ErrorClass::OperationLimit:
    case ErrorClass::Auth:
    case ErrorClass::Permission:
    case ErrorClass::Config:
        e.cls = f.cls;
        break;
    case ErrorClass::Validation:
    case ErrorClass::NotFound:
    case ErrorClass::Ambiguous:
    case ErrorClass::DataQuality:
    case ErrorClass::Internal:
    case ErrorClass::Count:
        break;
    }
    e.code = f.code;
    e.httpStatus = f.httpStatus;
    e.transport = f.transport;
    e.retryAfter = f.retryAfter;
    if (!f.message.isEmpty())
        e.message += QStringLiteral(" (%1)").arg(f.message);
    return e;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

template <typename T> QList<qint64> idsOf(const QList<T> &items)
{
    QList<qint64> out;
    for (const T &i : items)
        out << i.id;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

SyncPlanner::SyncPlanner(PlannerConfig config)
    : m_config(std::move(config))
{}

ContactDraft SyncPlanner::contactDraft(const Reception &r)
{
    ContactDraft c;
    c.branchId = r.branchId;
    c.patientId = r.patient.id;
    c.lastName = r.patient.surname.simplified();
    c.firstName = r.patient.name.simplified();
    c.secondName = r.patient.patronymic.simplified();
    const PhoneResult phone = PhoneNormalizer::normalize(r.patient.phoneRaw);
    if (phone.ok())
        c.phoneE164 = phone.e164;
    c.birthday = parseIdentBirthday(r.patient.birthdayRaw);
    return c;
}

SyncPlanner::Needs SyncPlanner::firstLookups(const QList<PlanInput> &inputs) const
{
    Needs n;
    QSet<QString> phones;
    QSet<QString> leadPhones;
    QSet<QString> patients;
    QSet<QString> keys;
    for (const PlanInput &in : inputs) {
        for (const DealKey &k : in.reception.keyVariants()) {
            if (!keys.contains(k.toString())) {
                keys.insert(k.toString());
                n.keys << k.toString();
            }
        }
        if (in.boundDealId)
            n.dealIds << *in.boundDealId;
        if (in.reception.patient.id <= 0)
            continue;
        const ContactDraft c = contactDraft(in.reception);
        // A lead is converted whether the contact is known, found or created (SPEC §2.4); a bound
        // reception updates its deal and converts nothing.
        if (m_config.convertLeads && !in.boundDealId && !c.phoneE164.isEmpty() &&
            !leadPhones.contains(c.phoneE164)) {
            leadPhones.insert(c.phoneE164);
            n.leadPhones << c.phoneE164;
        }
        if (in.knownContactId)
            continue;
        if (!patients.contains(c.patientIdValue())) {
            patients.insert(c.patientIdValue());
            n.patientIdValues << c.patientIdValue();
        }
        if (!c.phoneE164.isEmpty() && !phones.contains(c.phoneE164)) {
            phones.insert(c.phoneE164);
            n.phones << c.phoneE164;
        }
    }
    return n;
}

SyncPlanner::ContactChoice SyncPlanner::chooseContact(const PlanInput &in, const ContactDraft &c,
                                                      const PortalSnapshot &snap) const
{
    ContactChoice choice;
    if (in.knownContactId) {
        choice.contactId = in.knownContactId;
        return choice;
    }
    if (!snap.contactsByPatientOk) {
        choice.failed = true;
        choice.error = lookupProblem(snap, tr("Contacts could not be searched by patient id; "
                                              "nothing is created until they can be."));
        return choice;
    }
    const QList<PortalContact> byPatient = snap.contactsByPatient.value(c.patientIdValue());
    if (byPatient.size() > 1) {
        choice.failed = true;
        choice.error = problem(ErrorClass::Ambiguous,
                               tr("Several contacts carry patient id %1 (contacts %2). Merge them "
                                  "in Bitrix24 or bind the record by hand.")
                                   .arg(c.patientIdValue(), idList(idsOf(byPatient))));
        return choice;
    }
    if (byPatient.size() == 1) {
        choice.contactId = byPatient.first().id;
        return choice;
    }
    if (c.phoneE164.isEmpty())
        return choice;
    if (!snap.contactsByPhoneOk) {
        choice.failed = true;
        choice.error = lookupProblem(snap, tr("Contacts could not be searched by phone; nothing "
                                              "is created until they can be."));
        return choice;
    }
    if (snap.crowdedPhones.contains(c.phoneE164)) {
        choice.failed = true;
        choice.error = problem(ErrorClass::Ambiguous,
                               tr("More contacts have this patient's phone than Bitrix24 lists "
                                  "at once (20 or more). Merge the duplicates in Bitrix24 or bind "
                                  "the record by hand."));
        return choice;
    }
    // Family members share phones: a contact that already belongs to another patient is theirs.
    QList<PortalContact> candidates;
    for (const PortalContact &pc : snap.contactsByPhone.value(c.phoneE164)) {
        if (pc.patientIdValue.isEmpty() || pc.patientIdValue == c.patientIdValue())
            candidates << pc;
    }
    if (candidates.size() > 1) {
        choice.failed = true;
        choice.error = problem(ErrorClass::Ambiguous,
                               tr("Several contacts without a patient id have this patient's phone "
                                  "(contacts %1). Choose one by binding the record by hand.")
                                   .arg(idList(idsOf(candidates))));
        return choice;
    }
    if (candidates.size() == 1) {
        choice.contactId = candidates.first().id;
        choice.adopt = candidates.first().patientIdValue.isEmpty();
    }
    return choice;
}

void SyncPlanner::decideForDeal(JobPlan &plan, const Reception &r, const PortalDeal &deal) const
{
    // The key a deal already carries stays when it is one of this reception's: written first,
    // perhaps by the replaced product with another branch, and what other tools look for.
    DealKey kept;
    if (const auto k = DealKey::parse(deal.identKey); k && r.keyVariants().contains(*k))
        kept = *k;
    const std::optional<StageId> target =
        m_config.mapper.target(plan.status.status, deal.categoryId, true);
    const CurrentStage current = CurrentStage::known(deal.stage, deal.semantics);
    // A deal in another pipeline is judged against no stages: the guard then protects it.
    const Pipeline pipeline = deal.categoryId == m_config.pipeline.categoryId()
                                  ? m_config.pipeline
                                  : Pipeline(deal.categoryId, {});
    plan.decision = m_config.guard.decide(target, current, pipeline);
    plan.draft = m_config.fieldMap.draft(r, statusText(plan.status.status), plan.decision, false,
                                         m_config.utcOffsetSeconds, kept);
    if (plan.draft)
        plan.notes << plan.draft->notes;
}

void SyncPlanner::decideForNewDeal(JobPlan &plan, const Reception &r) const
{
    const std::optional<StageId> target =
        m_config.mapper.target(plan.status.status, m_config.pipeline.categoryId(), false);
    plan.decision = m_config.guard.decide(target, CurrentStage::noDeal(), m_config.pipeline);
    plan.draft = m_config.fieldMap.draft(r, statusText(plan.status.status), plan.decision, true,
                                         m_config.utcOffsetSeconds);
    if (plan.draft)
        plan.notes << plan.draft->notes;
    if (!plan.contactId)
        plan.contactFields = m_config.fieldMap.contactFields(plan.contact, true, &plan.notes);
}

JobPlan SyncPlanner::plan(const PlanInput &in, const PortalSnapshot &snap) const
{
    const Reception &r = in.reception;
    JobPlan plan;
    plan.key = r.key();
    plan.status = deriveStatus(r);
    plan.contact = contactDraft(r);

    if (const QList<DataQualityIssue> issues = checkReception(r); !issues.isEmpty()) {
        QStringList messages;
        for (const DataQualityIssue &i : issues)
            messages << i.message;
        plan.error = problem(ErrorClass::DataQuality, messages.join(QLatin1Char('\n')));
        return plan;
    }

    // Never create without knowing whether the key already exists: that is how duplicates start.
    if (!snap.dealsByKeyOk) {
        plan.error =
            lookupProblem(snap, tr("Deals could not be searched by IDENT key; the record waits."));
        return plan;
    }
    // A deal keyed by any branch variant of this reception is its deal: never a second one.
    QList<PortalDeal> byKey;
    QStringList keysFound;
    for (const DealKey &k : r.keyVariants()) {
        const QList<PortalDeal> found = snap.dealsByKey.value(k.toString());
        if (!found.isEmpty())
            keysFound << k.toString();
        for (const PortalDeal &d : found) {
            if (std::none_of(byKey.cbegin(), byKey.cend(),
                             [&](const PortalDeal &b) { return b.id == d.id; }))
                byKey << d;
        }
    }
    if (byKey.size() > 1) {
        plan.error =
            problem(ErrorClass::Ambiguous,
                    tr("Deals %1 all carry IDENT key %2. Nothing is deleted "
                       "automatically: close the duplicates in Bitrix24 or bind one by hand.")
                        .arg(idList(idsOf(byKey)), keysFound.join(QStringLiteral(", "))));
        return plan;
    }
    if (byKey.size() == 1) {
        const PortalDeal &deal = byKey.first();
        plan.action = PlanAction::UpdateDeal;
        plan.dealId = deal.id;
        plan.contactId = deal.contactId;
        if (in.boundDealId && *in.boundDealId != deal.id)
            plan.notes << tr("The binding pointed at deal %1; deal %2 carries the key and wins.")
                              .arg(*in.boundDealId)
                              .arg(deal.id);
        decideForDeal(plan, r, deal);
        return plan;
    }
    if (in.boundDealId) {
        if (!snap.dealsByIdOk) {
            plan.error = lookupProblem(snap, tr("Bound deal %1 could not be read; its stage is "
                                                "unknown, so nothing is written yet.")
                                                 .arg(*in.boundDealId));
            return plan;
        }
        const auto it = snap.dealsById.constFind(*in.boundDealId);
        if (it == snap.dealsById.constEnd()) {
            plan.error = problem(ErrorClass::NotFound,
                                 tr("Deal %1, bound to %2, no longer exists in Bitrix24. Bind the "
                                    "record to another deal or let IdentSync create a new one.")
                                     .arg(*in.boundDealId)
                                     .arg(plan.key.toString()));
            return plan;
        }
        plan.action = PlanAction::UpdateDeal;
        plan.dealId = it->id;
        plan.contactId = it->contactId;
        decideForDeal(plan, r, *it);
        return plan;
    }

    const ContactChoice contact = chooseContact(in, plan.contact, snap);
    if (contact.failed) {
        plan.error = contact.error;
        return plan;
    }
    plan.contactId = contact.contactId;
    plan.adoptContact = contact.adopt;

    if (plan.contactId && m_config.autoBind) {
        if (!snap.openDealsOk) {
            plan.error = lookupProblem(snap, tr("The open deals of contact %1 could not be read; "
                                                "nothing is created until they can be.")
                                                 .arg(*plan.contactId));
            return plan;
        }
        const QList<PortalDeal> open = snap.openKeylessDeals.value(*plan.contactId);
        if (open.size() > 1) {
            plan.error = problem(ErrorClass::Ambiguous,
                                 tr("Contact %1 has several open deals without an IDENT key (%2). "
                                    "Bind the record to one of them by hand.")
                                     .arg(*plan.contactId)
                                     .arg(idList(idsOf(open))));
            return plan;
        }
        if (open.size() == 1) {
            plan.action = PlanAction::AutoBind;
            plan.dealId = open.first().id;
            decideForDeal(plan, r, open.first());
            return plan;
        }
    }

    // SPEC §2.4: an open lead is converted whether its contact is created or reused.
    if (m_config.convertLeads && !plan.contact.phoneE164.isEmpty()) {
        if (!snap.leadsOk) {
            plan.error = lookupProblem(snap, tr("Leads could not be searched by phone; nothing is "
                                                "created until they can be."));
            return plan;
        }
        QList<PortalLead> leads = snap.openLeadsByPhone.value(plan.contact.phoneE164);
        if (!leads.isEmpty()) {
            std::sort(leads.begin(), leads.end(),
                      [](const PortalLead &a, const PortalLead &b) { return a.id > b.id; });
            if (const auto unnamed = newContactProblem(plan, r)) {
                plan.error = *unnamed;
                return plan;
            }
            plan.action = PlanAction::ConvertLead;
            plan.leadId = leads.first().id;
            if (leads.size() > 1)
                plan.notes << tr("Several open leads have this phone (%1); the newest, %2, is "
                                 "converted.")
                                  .arg(idList(idsOf(leads)))
                                  .arg(leads.first().id);
            decideForNewDeal(plan, r);
            return plan;
        }
    }

    if (const auto unnamed = newContactProblem(plan, r)) {
        plan.error = *unnamed;
        return plan;
    }
    plan.action = PlanAction::Create;
    decideForNewDeal(plan, r);
    return plan;
}

std::optional<ErrorInfo> SyncPlanner::newContactProblem(const JobPlan &plan,
                                                        const Reception &r) const
{
    if (plan.contactId)
        return std::nullopt;
    const auto issue = checkNewContact(r);
    return issue ? std::optional(problem(ErrorClass::DataQuality, issue->message)) : std::nullopt;
}

void SyncPlanner::claim(const JobPlan &plan, const PlanInput &in, PortalSnapshot &snap) const
{
    switch (plan.action) {
    case PlanAction::AutoBind:
        if (plan.contactId && plan.dealId) {
            auto it = snap.openKeylessDeals.find(*plan.contactId);
            if (it != snap.openKeylessDeals.end())
                it->removeIf([&](const PortalDeal &d) { return d.id == *plan.dealId; });
        }
        break;
    case PlanAction::ConvertLead:
        if (plan.leadId) {
            for (QList<PortalLead> &leads : snap.openLeadsByPhone)
                leads.removeIf([&](const PortalLead &l) { return l.id == *plan.leadId; });
        }
        break;
    case PlanAction::UpdateDeal:
    case PlanAction::Create:
    case PlanAction::Fail:
        break;
    }
    if (plan.action == PlanAction::Fail || !plan.adoptContact || !plan.contactId)
        return;
    const QString patient = contactDraft(in.reception).patientIdValue();
    for (QList<PortalContact> &contacts : snap.contactsByPhone) {
        for (PortalContact &c : contacts) {
            if (c.id == *plan.contactId)
                c.patientIdValue = patient;
        }
    }
    QList<PortalContact> &owned = snap.contactsByPatient[patient];
    if (std::none_of(owned.cbegin(), owned.cend(),
                     [&](const PortalContact &c) { return c.id == *plan.contactId; }))
        owned << PortalContact{*plan.contactId, patient};
}

JobPlan SyncPlanner::planForBoundDeal(const Reception &reception, const PortalDeal &deal) const
{
    PortalSnapshot snap;
    snap.dealsByKeyOk = snap.dealsByIdOk = snap.contactsByPatientOk = snap.contactsByPhoneOk =
        snap.openDealsOk = snap.leadsOk = true;
    snap.dealsById.insert(deal.id, deal);
    if (!deal.identKey.isEmpty())
        snap.dealsByKey[deal.identKey] << deal;
    return plan(PlanInput{reception, deal.id, deal.contactId}, snap);
}

GroupPlan SyncPlanner::planGroup(const QList<PlanInput> &inputs, PortalSnapshot snap) const
{
    GroupPlan out;
    QHash<QString, int> unitOfPatient;
    for (int i = 0; i < inputs.size(); ++i) {
        JobPlan plan = this->plan(inputs.at(i), snap);
        claim(plan, inputs.at(i), snap);
        if (plan.action != PlanAction::Fail && !plan.draft) {
            plan.action = PlanAction::Fail;
            plan.error = problem(ErrorClass::Transient, plan.decision.explanation);
        }
        out.contactFrom << std::nullopt;
        if (plan.action == PlanAction::Fail) {
            out.plans << plan;
            continue;
        }
        // A patient is one person in every branch (contacts carry the patient id alone), so the
        // unit is keyed by that id: two branches' receptions must not create two contacts.
        const bool createsContact =
            (plan.action == PlanAction::Create || plan.action == PlanAction::ConvertLead) &&
            !plan.contactId;
        const QString patient = plan.contact.patientIdValue();
        const auto unit =
            createsContact ? unitOfPatient.constFind(patient) : unitOfPatient.constEnd();
        if (!createsContact || unit == unitOfPatient.constEnd()) {
            if (createsContact)
                unitOfPatient.insert(patient, int(out.units.size()));
            out.units << QList<int>{i};
        } else {
            out.contactFrom.last() = out.units.at(*unit).first();
            // The lead is converted once, by the reception that creates the contact.
            if (plan.action == PlanAction::ConvertLead) {
                plan.action = PlanAction::Create;
                plan.leadId.reset();
            }
            out.units[*unit] << i;
        }
        out.plans << plan;
    }
    return out;
}

} // namespace identsync
