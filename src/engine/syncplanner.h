#pragma once

#include "core/dealdraft.h"
#include "core/errorinfo.h"
#include "core/fieldmap.h"
#include "core/pipeline.h"
#include "core/reception.h"
#include "core/receptionstatus.h"
#include "core/stageguard.h"
#include "core/stagemapper.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace identsync {

// What the portal told us about one deal, read fresh in this dispatch.
struct PortalDeal
{
    qint64 id = 0;
    StageId stage;
    std::optional<StageSemantics> semantics; // STAGE_SEMANTIC_ID
    QString identKey;                        // the IDENT key field ("" when the deal has none)
    std::optional<qint64> contactId;
    int categoryId = 0;
};

struct PortalContact
{
    qint64 id = 0;
    QString patientIdValue; // the contact's IDENT patient id field ("" when none)
};

struct PortalLead
{
    qint64 id = 0;
    QString statusId;
};

// Every look-up of one dispatch group, done in batched calls before anything is written. A
// look-up that failed is marked so: the planner then refuses to guess (SPEC §2.3: never blind).
struct PortalSnapshot
{
    bool dealsByKeyOk = false;
    QHash<QString, QList<PortalDeal>> dealsByKey; // IDENT key -> deals carrying it
    bool dealsByIdOk = false;
    QHash<qint64, PortalDeal> dealsById; // bound deals, by id
    bool contactsByPatientOk = false;
    QHash<QString, QList<PortalContact>> contactsByPatient; // patient id value -> contacts
    bool contactsByPhoneOk = false;
    QHash<QString, QList<PortalContact>> contactsByPhone; // E.164 -> contacts
    // Phones with more contacts than crm.duplicate.findbycomm answers (20): some are unseen.
    QSet<QString> crowdedPhones;
    bool openDealsOk = false;
    QHash<qint64, QList<PortalDeal>> openKeylessDeals; // contact id -> open deals without a key
    bool leadsOk = false;
    QHash<QString, QList<PortalLead>> openLeadsByPhone; // E.164 -> open leads
    // Why a look-up failed, as the client classified it: a refused webhook must pause the engine
    // and a rate limit must not use up attempts, instead of every record merely waiting.
    std::optional<ErrorInfo> lookupFailure;
};

// One job's reception with what the store knows about it.
struct PlanInput
{
    Reception reception;
    std::optional<qint64> boundDealId;    // from the binding store
    std::optional<qint64> knownContactId; // from patient_contacts
};

enum class PlanAction
{
    UpdateDeal,  // the deal found by key or binding
    AutoBind,    // an open keyless deal of the patient's contact
    ConvertLead, // contact (new or found) + deal linked to the lead, lead -> CONVERTED
    Create,      // contact (new or found) + deal
    Fail,        // nothing written; `error` says why (ambiguous, not_found, unknown stage …)
};

struct JobPlan
{
    PlanAction action = PlanAction::Fail;
    DealKey key;
    DerivedStatus status;
    std::optional<qint64> dealId;    // UpdateDeal, AutoBind
    std::optional<qint64> contactId; // an existing contact to link; empty = create one
    std::optional<qint64> leadId;    // ConvertLead
    // The contact was found by phone and carries no patient id yet: it becomes this patient's,
    // so it is found by patient id from now on and a relative sharing the phone never takes it.
    bool adoptContact = false;
    ContactDraft contact;
    QJsonObject contactFields;      // crm.contact.add fields, when a contact is created
    std::optional<DealDraft> draft; // empty when the decision allows no write
    StageDecision decision;
    ErrorInfo error;   // Fail
    QStringList notes; // e.g. "duplicate deals carry this key: 12, 15" (reported, never deleted)
};

// What a dispatch group will do, planned together: plans claim what they take from the snapshot
// (an auto-bound deal, a converted lead, an adopted contact), and the receptions of one patient
// who has no contact yet share the one contact the first of them creates.
struct GroupPlan
{
    QList<JobPlan> plans; // one per input, in order; Fail plans are written nowhere
    // The input whose new contact this one links to (in the same batch), when it is not the one
    // creating it; that input converts the lead, if any, once.
    QList<std::optional<int>> contactFrom;
    // Inputs written together, in order: a patient's new contact and the deals linked to it, or
    // one input alone. Fail plans are in none.
    QList<QList<int>> units;
};

struct PlannerConfig
{
    FieldMap fieldMap;
    StageMapper mapper = StageMapper(StageMappingConfig::defaults());
    StageGuard guard = StageGuard(StageGuardConfig{});
    Pipeline pipeline = Pipeline::defaultPipeline();
    int utcOffsetSeconds = 3 * 3600;
    bool autoBind = true;
    bool convertLeads = true;
};

// SPEC §2.4 per reception, given the group's look-ups: update the bound deal; or auto-bind an
// open keyless deal of the patient's contact; or convert an open lead; or create; or stop at an
// ambiguity. Pure: no I/O, so every branch is unit-tested.
class SyncPlanner
{
public:
    explicit SyncPlanner(PlannerConfig config);

    // What the first batch of look-ups needs: keys, bound deal ids, patient id values, phones.
    struct Needs
    {
        QStringList keys;
        QList<qint64> dealIds;
        QStringList patientIdValues;
        QStringList phones;     // contacts by phone: patients without a known contact
        QStringList leadPhones; // open leads by phone: every unbound patient's phone
    };
    Needs firstLookups(const QList<PlanInput> &inputs) const;
    JobPlan plan(const PlanInput &input, const PortalSnapshot &snap) const;
    // Records in `snap` what `plan` takes, so the next plans of the same group do not take it
    // again: an auto-bound deal is no longer open and keyless, a converted lead no longer open, an
    // adopted contact belongs to this patient.
    void claim(const JobPlan &plan, const PlanInput &input, PortalSnapshot &snap) const;
    // The whole group against one snapshot, as the live run writes it and `plan --dry-run`
    // shows it. A plan that allows no write (a final stage that takes nothing) waits as a
    // transient Fail, with the stage decision's explanation.
    GroupPlan planGroup(const QList<PlanInput> &inputs, PortalSnapshot snap) const;

    // The console's binding preview: what the next cycle does to `deal` once `reception` is bound
    // to it, by plan()'s own rules. `decision.scope` says how much: the key only (a final stage),
    // the fields but not the stage (a protected stage), or everything with `decision.stageToWrite`;
    // a Fail plan says why nothing would be written. Pure: the deal is as the portal showed it.
    JobPlan planForBoundDeal(const Reception &reception, const PortalDeal &deal) const;

    const PlannerConfig &config() const { return m_config; }
    // The contact a reception asks for (phone normalised; empty when it cannot be).
    static ContactDraft contactDraft(const Reception &reception);

private:
    struct ContactChoice
    {
        bool failed = false;
        ErrorInfo error;
        std::optional<qint64> contactId;
        bool adopt = false; // found by phone, without a patient id
    };
    ContactChoice chooseContact(const PlanInput &input, const ContactDraft &contact,
                                const PortalSnapshot &snap) const;
    void decideForDeal(JobPlan &plan, const Reception &r, const PortalDeal &deal) const;
    void decideForNewDeal(JobPlan &plan, const Reception &r) const;
    // A contact is to be created and Bitrix24 would refuse it (no name): a data-quality problem
    // for the record, found before anything is written.
    std::optional<ErrorInfo> newContactProblem(const JobPlan &plan, const Reception &r) const;

    PlannerConfig m_config;
};

} // namespace identsync
