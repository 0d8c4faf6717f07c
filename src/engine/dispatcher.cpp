#include "dispatcher.h"

#include "engine/crmwrites.h"
#include "engine/groupinput.h"
#include "engine/outcomerecorder.h"
#include "engine/receptionjson.h"
#include "engine/unbatchedwrite.h"

#include "bitrix/batchcommand.h"
#include "bitrix/bitrix24client.h"
#include "bitrix/responseparser.h"
#include "core/phonenormalizer.h"
#include "core/piimask.h"
#include "store/bindingstore.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcDispatch, "identsync.engine")

namespace identsync {

namespace {

// crm.deal.add answers with the id; crm.item.add with the item, which carries it.
std::optional<qint64> createdDealId(const CommandResult &c)
{
    if (c.call.result.isObject())
        return ResponseParser::toId(c.call.result.toObject()
                                        .value(QStringLiteral("item"))
                                        .toObject()
                                        .value(QStringLiteral("id")));
    return ResponseParser::toId(c.call.result);
}

} // namespace

struct Dispatcher::Item
{
    LeasedJob job;
    bool parsed = false;
    PlanInput input;
    JobPlan plan;
    bool finished = false;
    std::optional<qint64> dealId;
    std::optional<qint64> contactId;
    // Another reception of the same patient in this group creates the contact; this one links
    // to it through `$result[c<index>]` in the same batch instead of creating a second one.
    std::optional<int> contactFrom;
    // Its values hold text the batch endpoint would rewrite: written one call at a time.
    bool unbatched = false;
};

struct Dispatcher::Group
{
    QList<Item> items;
    PortalSnapshot snap;
    GroupReport report;
    QList<QList<int>> writeBatches;
    int nextBatch = 0;
    QList<QList<int>> unbatchedUnits;
    QList<JobCompletion> completions;
    QList<JobFailure> failures;
    QList<PatientContact> orphanContacts; // created, though their deal failed: reused next time
};

Dispatcher::Dispatcher(Database &db, Bitrix24Client &client, SyncPlanner planner, RetryPolicy retry,
                       DispatcherSettings settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_planner(std::move(planner))
    , m_settings(std::move(settings))
    , m_resolver(client, ResolverSettings{m_settings.dealKeyField, m_settings.contactPatientField,
                                          m_settings.closedLeadStatuses})
    , m_recorder(std::move(retry), m_settings.maskNames)
    , m_queue(std::make_unique<JobQueue>(db))
    , m_bindings(std::make_unique<BindingStore>(db))
{}

Dispatcher::~Dispatcher() = default;

void Dispatcher::runGroup()
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    auto g = std::make_shared<Group>();

    auto leased = m_queue->lease(m_settings.owner, m_settings.groupSize, m_settings.jobLease);
    if (!leased) {
        Q_EMIT storeFailed(leased.error());
        finishGroup(g);
        return;
    }
    g->report.leased = int(leased->size());
    if (leased->isEmpty()) {
        finishGroup(g);
        return;
    }

    for (const LeasedJob &job : *leased) {
        Item item;
        item.job = job;
        QString error;
        const QJsonObject payload = QJsonDocument::fromJson(job.payload.toUtf8()).object();
        if (auto r = receptionFromJson(payload, &error)) {
            item.parsed = true;
            item.input.reception = *r;
        } else {
            ErrorInfo e;
            e.cls = ErrorClass::Internal;
            e.message = tr("Job %1 has an unreadable payload (%2).").arg(job.key, error);
            item.plan.error = e;
        }
        g->items << item;
    }

    QList<Reception> receptions;
    for (const Item &item : std::as_const(g->items)) {
        if (item.parsed)
            receptions << item.input.reception;
    }
    auto inputs = planInputs(*m_bindings, receptions);
    if (!inputs) {
        Q_EMIT storeFailed(inputs.error());
        // Without bindings nothing is safe to decide: hand every job back for a later try.
        for (Item &item : g->items) {
            ErrorInfo e;
            e.cls = ErrorClass::Transient;
            e.message = inputs.error();
            failItem(*g, item, e);
        }
        record(g);
        return;
    }
    qsizetype next = 0;
    for (Item &item : g->items) {
        if (item.parsed)
            item.input = inputs->at(next++);
    }
    resolve(g);
}

void Dispatcher::resolve(const std::shared_ptr<Group> &g)
{
    QList<PlanInput> inputs;
    for (const Item &item : g->items) {
        if (item.parsed)
            inputs << item.input;
    }
    if (inputs.isEmpty()) {
        record(g);
        return;
    }
    m_resolver.resolve(m_planner, inputs, this,
                       [this, g](const PortalSnapshot &snap, int requests) {
                           g->snap = snap;
                           g->report.requests += requests;
                           planAndWrite(g);
                       });
}

QList<BatchCommand> Dispatcher::commandsFor(const Group &g, int index) const
{
    const Item &item = g.items.at(index);
    return writeCommands(item.plan, index, item.contactFrom, m_settings.contactPatientField);
}

void Dispatcher::planAndWrite(const std::shared_ptr<Group> &g)
{
    QList<int> itemOf; // input index -> item index
    QList<PlanInput> inputs;
    for (int i = 0; i < g->items.size(); ++i) {
        if (g->items.at(i).parsed) {
            itemOf << i;
            inputs << g->items.at(i).input;
        } else {
            failItem(*g, g->items[i], g->items.at(i).plan.error);
        }
    }
    const GroupPlan group = m_planner.planGroup(inputs, g->snap);
    for (int k = 0; k < inputs.size(); ++k) {
        Item &item = g->items[itemOf.at(k)];
        item.plan = group.plans.at(k);
        if (const auto from = group.contactFrom.at(k))
            item.contactFrom = itemOf.at(*from);
        g->report.notes << item.plan.notes;
        if (item.plan.action == PlanAction::Fail) {
            failItem(*g, item, item.plan.error);
            continue;
        }
        item.unbatched = batchWouldRewrite(item.plan.draft->payload()) ||
                         batchWouldRewrite(item.plan.contactFields);
    }
    QList<QList<int>> units;
    for (const QList<int> &unit : group.units) {
        QList<int> items;
        for (int k : unit)
            items << itemOf.at(k);
        units << items;
    }
    // A unit goes into one batch; one too large for a batch keeps what fits, and the rest waits
    // for the next group, which finds the contact this one creates.
    QList<int> current;
    int size = 0;
    for (const QList<int> &unit : std::as_const(units)) {
        if (std::any_of(unit.cbegin(), unit.cend(),
                        [&](int i) { return g->items.at(i).unbatched; })) {
            g->unbatchedUnits << unit;
            continue;
        }
        QList<int> fitting;
        int need = 0;
        for (int i : unit) {
            const int n = int(commandsFor(*g, i).size());
            if (need + n > Bitrix24Client::maxBatchCommands) {
                // Not a failure: due again at once, no attempt used; the next group finds the
                // contact this one creates.
                JobFailure later;
                later.lease = g->items[i].job.lease;
                later.error.cls = ErrorClass::Transient;
                later.error.message = tr("Waits for its patient's contact, created with another "
                                         "reception in this group.");
                later.nextState = JobState::Pending;
                later.consumesAttempt = false;
                later.nextAttemptAt = m_db.now();
                g->items[i].finished = true;
                g->failures << later;
                continue;
            }
            fitting << i;
            need += n;
        }
        if (size + need > Bitrix24Client::maxBatchCommands && !current.isEmpty()) {
            g->writeBatches << current;
            current.clear();
            size = 0;
        }
        current << fitting;
        size += need;
    }
    if (!current.isEmpty())
        g->writeBatches << current;
    writeNext(g);
}

void Dispatcher::writeNext(const std::shared_ptr<Group> &g)
{
    if (g->nextBatch >= g->writeBatches.size()) {
        if (g->unbatchedUnits.isEmpty()) {
            record(g);
            return;
        }
        const QList<int> unit = g->unbatchedUnits.takeFirst();
        QList<BatchCommand> cmds;
        for (int i : unit)
            cmds << commandsFor(*g, i);
        g->report.requests += int(cmds.size());
        CallOptions options;
        options.correlationId = g->items.at(unit.first()).job.correlationId;
        runUnbatched(m_client, this, cmds, options, [this, g, unit](const BatchResult &r) {
            absorbWrites(*g, unit, r);
            writeNext(g);
        });
        return;
    }
    const QList<int> indices = g->writeBatches.at(g->nextBatch++);
    QList<BatchCommand> cmds;
    for (int i : indices)
        cmds << commandsFor(*g, i);
    ++g->report.requests;
    CallOptions options;
    options.correlationId = g->items.at(indices.first()).job.correlationId;
    m_client.batch(cmds, false, options)->then(this, [this, g, indices](const BatchResult &r) {
        absorbWrites(*g, indices, r);
        writeNext(g);
    });
}

void Dispatcher::absorbWrites(Group &g, const QList<int> &indices, const BatchResult &r)
{
    for (int i : indices) {
        Item &item = g.items[i];
        const QString n = QString::number(i);
        if (const CommandResult *a = r.find(QStringLiteral("a") + n); a && !a->call.ok)
            g.report.notes << tr("Contact %1 could not be marked with patient id %2: %3")
                                  .arg(*item.plan.contactId)
                                  .arg(item.input.reception.patient.id)
                                  .arg(a->call.error.message);
        switch (item.plan.action) {
        case PlanAction::UpdateDeal:
        case PlanAction::AutoBind: {
            const CommandResult *u = r.find(QStringLiteral("u") + n);
            item.dealId = item.plan.dealId;
            item.contactId = item.plan.contactId;
            finishItem(g, item, u && u->call.ok, u ? u->call.error : r.error,
                       u ? u->call.outcomeUnknown : r.outcomeUnknown);
            break;
        }
        case PlanAction::Create:
        case PlanAction::ConvertLead: {
            item.contactId = item.plan.contactId;
            const QString contactKey =
                QStringLiteral("c") + QString::number(item.contactFrom.value_or(i));
            if (const CommandResult *c = r.find(contactKey); c && c->call.ok)
                item.contactId = ResponseParser::toId(c->call.result);
            const CommandResult *d = r.find(QStringLiteral("d") + n);
            const bool ok = d && d->call.ok && createdDealId(*d).has_value();
            if (ok)
                item.dealId = createdDealId(*d);
            if (const CommandResult *l = r.find(QStringLiteral("l") + n); ok && l && !l->call.ok)
                g.report.notes << tr("Lead %1 was converted into deal %2 but could not be "
                                     "closed: %3")
                                      .arg(*item.plan.leadId)
                                      .arg(*item.dealId)
                                      .arg(l->call.error.message);
            ErrorInfo error = d ? d->call.error : r.error;
            if (d && d->call.ok && !ok) {
                error.cls = ErrorClass::Internal;
                error.message = tr("Creating the deal answered without a deal id.");
            }
            if (!ok && item.contactId && !item.plan.contactId && !item.contactFrom)
                g.orphanContacts << PatientContact{item.input.reception.branchId,
                                                   item.input.reception.patient.id,
                                                   *item.contactId};
            finishItem(g, item, ok, error, d ? d->call.outcomeUnknown : r.outcomeUnknown);
            break;
        }
        case PlanAction::Fail:
            break;
        }
    }
}

void Dispatcher::finishItem(Group &g, Item &item, bool ok, const ErrorInfo &error,
                            bool outcomeUnknown)
{
    if (!ok) {
        failItem(g, item, error, outcomeUnknown);
        return;
    }
    item.finished = true;
    const JobCompletion c = m_recorder.completion(item.job, item.input.reception, item.plan,
                                                  *item.dealId, item.contactId);
    g.completions << c;
    g.report.transitions << *c.transition;
}

void Dispatcher::failItem(Group &g, Item &item, const ErrorInfo &error, bool outcomeUnknown)
{
    item.finished = true;
    RetryAction action = RetryAction::RetryLater;
    const JobFailure f =
        m_recorder.failure(item.job, error, outcomeUnknown, m_db.now(),
                           m_client.methodPausedFor(QStringLiteral("batch")), &action);
    if (action == RetryAction::PauseEngine) {
        g.report.pauseEngine = f.error;
        ++g.report.paused;
    }
    switch (f.nextState) {
    case JobState::RetryWait:
        ++g.report.retrying;
        break;
    case JobState::Dead:
        ++g.report.dead;
        break;
    case JobState::NeedsAttention:
        ++g.report.needsAttention;
        break;
    case JobState::Pending:
    case JobState::InFlight:
    case JobState::Done:
    case JobState::Cancelled:
    case JobState::Count:
        break;
    }
    qCInfo(lcDispatch).noquote() << item.job.correlationId << item.job.key << toKey(f.error.cls)
                                 << "->" << toKey(f.nextState) << PiiMask::text(f.error.message);
    g.failures << f;
}

void Dispatcher::record(const std::shared_ptr<Group> &g)
{
    for (const PatientContact &pc : std::as_const(g->orphanContacts)) {
        if (auto saved = m_bindings->savePatientContact(pc); !saved)
            Q_EMIT storeFailed(saved.error());
    }
    if (!g->completions.isEmpty()) {
        auto done = m_queue->complete(g->completions);
        if (!done) {
            Q_EMIT storeFailed(done.error());
        } else {
            for (CompleteOutcome o : *done) {
                if (o != CompleteOutcome::LeaseLost)
                    ++g->report.done;
            }
        }
    }
    if (!g->failures.isEmpty()) {
        if (auto failed = m_queue->fail(g->failures); !failed)
            Q_EMIT storeFailed(failed.error());
    }
    finishGroup(g);
}

void Dispatcher::finishGroup(const std::shared_ptr<Group> &g)
{
    m_busy = false;
    Q_EMIT groupFinished(g->report);
}

} // namespace identsync
