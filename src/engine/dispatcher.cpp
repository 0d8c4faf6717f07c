#include "dispatcher.h"

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

// Filter values per look-up command. A list answers at most 50 rows and we page with start=-1,
// so a command must not be able to match more than 50: 25 keys leave room for duplicates.
constexpr int kKeysPerCommand = 25;
// crm.duplicate.findbycomm takes at most 20 values and answers at most 20 ids per entity type.
// Half as many values as it answers ids leaves room for relatives and duplicates, so a full
// answer (which may hide some) is rare; a batch has room for the extra commands.
constexpr int kPhonesPerCommand = 10;
constexpr int kFindByCommAnswer = 20;
constexpr int kContactsPerDealLookup = 10;
constexpr int kListPage = 50; // rows a list answers at most

template <typename T> QList<QList<T>> chunks(const QList<T> &all, int size)
{
    QList<QList<T>> out;
    for (qsizetype i = 0; i < all.size(); i += size)
        out << all.mid(i, size);
    return out;
}

QJsonArray toArray(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v);
    return a;
}

QJsonArray toArray(const QList<qint64> &values)
{
    QJsonArray a;
    for (qint64 v : values)
        a.append(QString::number(v));
    return a;
}

QJsonObject listParams(const QJsonObject &filter, const QStringList &select)
{
    return QJsonObject{
        {QStringLiteral("filter"), filter},
        {QStringLiteral("select"), toArray(select)},
        {QStringLiteral("order"), QJsonObject{{QStringLiteral("ID"), QStringLiteral("ASC")}}},
        {QStringLiteral("start"), -1}};
}

QList<QJsonObject> rowsOf(const CommandResult &c)
{
    QList<QJsonObject> rows;
    for (const QJsonValue &v : c.call.result.toArray())
        rows << v.toObject();
    return rows;
}

std::optional<qint64> idOf(const QJsonValue &v)
{
    return ResponseParser::toId(v);
}

// Every phone of a multifield, normalised so it compares with IDENT's.
QStringList phonesOf(const QJsonObject &row)
{
    QStringList out;
    for (const QJsonValue &v : row.value(QStringLiteral("PHONE")).toArray()) {
        const PhoneResult p =
            PhoneNormalizer::normalize(v.toObject().value(QStringLiteral("VALUE")).toString());
        if (p.ok())
            out << p.e164;
    }
    return out;
}

// crm.item.* names a deal's fields in camelCase: UF_CRM_IDENT_KEY -> ufCrmIdentKey, STAGE_ID ->
// stageId (a part starting with a digit keeps its underscore: UF_CRM_1234 -> ufCrm_1234).
QString itemFieldName(const QString &upperName)
{
    const QStringList parts = upperName.split(u'_', Qt::SkipEmptyParts);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).toLower();
        if (i == 0)
            out += part;
        else if (part.at(0).isDigit())
            out += u'_' + part;
        else
            out += part.at(0).toUpper() + part.mid(1);
    }
    return out;
}

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

// The first reason a look-up batch gave for failing: the batch's own, or its first failed
// command's.
std::optional<ErrorInfo> firstFailure(const BatchResult &r)
{
    if (!r.ok)
        return r.error;
    for (const CommandResult &c : r.commands) {
        if (!c.call.ok)
            return c.call.error;
    }
    return std::nullopt;
}

// The commands of one prefix all answered: only then is that look-up trustworthy.
bool allOk(const BatchResult &r, const QString &prefix)
{
    if (!r.ok)
        return false;
    for (const CommandResult &c : r.commands) {
        if (c.key.startsWith(prefix) && !c.call.ok)
            return false;
    }
    return true;
}

JobState stateFor(RetryAction action)
{
    switch (action) {
    case RetryAction::RetryLater:
    case RetryAction::PauseMethod:
        return JobState::RetryWait;
    case RetryAction::Dead:
        return JobState::Dead;
    case RetryAction::NeedsAttention:
    case RetryAction::Hold:
        return JobState::NeedsAttention;
    case RetryAction::PauseEngine:
    case RetryAction::Count:
        break;
    }
    return JobState::Pending;
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
    QHash<QString, QStringList> phoneChunks;      // "fc<n>"/"fl<n>" -> the phones it asked about
    QList<QPair<QString, QString>> phoneRechecks; // (CONTACT or LEAD, phone)
    QSet<qint64> phoneContacts;
    QSet<qint64> phoneLeads;
    QHash<QString, QList<qint64>> openDealChunks; // "od<n>" -> the contacts it asked about
    QList<qint64> openDealRechecks;
    QList<QList<int>> writeBatches;
    int nextBatch = 0;
    QList<QList<int>> unbatchedUnits;
    QList<JobCompletion> completions;
    QList<JobFailure> failures;
    QList<PatientContact> orphanContacts; // created, though their deal failed: reused next time
    QList<qint64> phoneContactIds;
    QList<qint64> phoneLeadIds;
    QHash<QString, BatchCommand> listCommands; // look-up key -> command, for continuations
    QList<BatchCommand> listContinuations;
    QStringList fullPhoneAnswers; // "fc<n>"/"fl<n>" that answered as many ids as the call gives
};

Dispatcher::Dispatcher(Database &db, Bitrix24Client &client, SyncPlanner planner, RetryPolicy retry,
                       DispatcherSettings settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_planner(std::move(planner))
    , m_retry(std::move(retry))
    , m_settings(std::move(settings))
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

    QList<DealKey> keys;
    for (const LeasedJob &job : *leased) {
        Item item;
        item.job = job;
        QString error;
        const QJsonObject payload = QJsonDocument::fromJson(job.payload.toUtf8()).object();
        if (auto r = receptionFromJson(payload, &error)) {
            item.parsed = true;
            item.input.reception = *r;
            keys << r->key();
        } else {
            ErrorInfo e;
            e.cls = ErrorClass::Internal;
            e.message = tr("Job %1 has an unreadable payload (%2).").arg(job.key, error);
            item.plan.error = e;
        }
        g->items << item;
    }

    auto bound = m_bindings->bindings(keys);
    if (!bound) {
        Q_EMIT storeFailed(bound.error());
        // Without bindings nothing is safe to decide: hand every job back for a later try.
        for (Item &item : g->items) {
            ErrorInfo e;
            e.cls = ErrorClass::Transient;
            e.message = bound.error();
            failItem(*g, item, e);
        }
        record(g);
        return;
    }
    QHash<int, QList<qint64>> patientsByBranch;
    for (Item &item : g->items) {
        if (!item.parsed)
            continue;
        const auto it = bound->constFind(item.input.reception.key());
        if (it != bound->constEnd()) {
            item.input.boundDealId = it->dealId;
            item.input.knownContactId = it->contactId;
        }
        patientsByBranch[item.input.reception.branchId] << item.input.reception.patient.id;
    }
    for (auto it = patientsByBranch.cbegin(); it != patientsByBranch.cend(); ++it) {
        auto contacts = m_bindings->patientContacts(it.key(), it.value());
        if (!contacts)
            continue; // the portal look-up by patient id still finds them
        for (Item &item : g->items) {
            if (item.parsed && !item.input.knownContactId &&
                item.input.reception.branchId == it.key()) {
                if (const auto c = contacts->constFind(item.input.reception.patient.id);
                    c != contacts->constEnd())
                    item.input.knownContactId = c.value();
            }
        }
    }
    lookupFirst(g);
}

void Dispatcher::lookupFirst(const std::shared_ptr<Group> &g)
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
    const SyncPlanner::Needs needs = m_planner.firstLookups(inputs);
    const QStringList dealSelect{QStringLiteral("ID"),
                                 QStringLiteral("STAGE_ID"),
                                 QStringLiteral("STAGE_SEMANTIC_ID"),
                                 QStringLiteral("CATEGORY_ID"),
                                 QStringLiteral("CONTACT_ID"),
                                 m_settings.dealKeyField};
    QList<BatchCommand> cmds;
    int n = 0;
    for (const QStringList &part : chunks(needs.keys, kKeysPerCommand))
        cmds << BatchCommand{
            QStringLiteral("k%1").arg(n++), QStringLiteral("crm.deal.list"),
            listParams({{QLatin1Char('@') + m_settings.dealKeyField, toArray(part)}}, dealSelect)};
    n = 0;
    for (const QList<qint64> &part : chunks(needs.dealIds, kKeysPerCommand))
        cmds << BatchCommand{QStringLiteral("b%1").arg(n++), QStringLiteral("crm.deal.list"),
                             listParams({{QStringLiteral("@ID"), toArray(part)}}, dealSelect)};
    n = 0;
    for (const QStringList &part : chunks(needs.patientIdValues, kKeysPerCommand))
        cmds << BatchCommand{
            QStringLiteral("p%1").arg(n++), QStringLiteral("crm.contact.list"),
            listParams({{QLatin1Char('@') + m_settings.contactPatientField, toArray(part)}},
                       {QStringLiteral("ID"), m_settings.contactPatientField})};
    n = 0;
    for (const QStringList &part : chunks(needs.phones, kPhonesPerCommand)) {
        for (const QString &entity : {QStringLiteral("CONTACT"), QStringLiteral("LEAD")}) {
            const QString key = QStringLiteral("f%1%2").arg(entity.left(1).toLower()).arg(n);
            g->phoneChunks.insert(key, part);
            cmds << findByPhones(key, entity, part);
        }
        ++n;
    }

    for (const BatchCommand &c : std::as_const(cmds))
        g->listCommands.insert(c.key, c);
    ++g->report.requests;
    m_client.batch(cmds, false)->then(this, [this, g](const BatchResult &r) {
        PortalSnapshot &s = g->snap;
        s.lookupFailure = firstFailure(r);
        s.dealsByKeyOk = allOk(r, QStringLiteral("k"));
        s.dealsByIdOk = allOk(r, QStringLiteral("b"));
        s.contactsByPatientOk = allOk(r, QStringLiteral("p"));
        s.contactsByPhoneOk = allOk(r, QStringLiteral("fc"));
        s.leadsOk = allOk(r, QStringLiteral("fl"));
        for (const CommandResult &c : r.commands) {
            if (!c.call.ok)
                continue;
            if (c.key.startsWith(QStringLiteral("fc")) || c.key.startsWith(QStringLiteral("fl"))) {
                const bool contact = c.key.startsWith(QStringLiteral("fc"));
                if (addPhoneHits(*g, c, contact) >= kFindByCommAnswer)
                    g->fullPhoneAnswers << c.key;
            } else {
                absorbListRows(*g, c);
            }
        }
        continueLists(g);
    });
}

void Dispatcher::absorbListRows(Group &g, const CommandResult &c)
{
    PortalSnapshot &s = g.snap;
    const QList<QJsonObject> rows = rowsOf(c);
    if (c.key.startsWith(u'k')) {
        for (const QJsonObject &row : rows) {
            const PortalDeal d = dealOf(row);
            if (d.id > 0 && !d.identKey.isEmpty())
                s.dealsByKey[d.identKey] << d;
        }
    } else if (c.key.startsWith(u'b')) {
        for (const QJsonObject &row : rows) {
            const PortalDeal d = dealOf(row);
            if (d.id > 0)
                s.dealsById.insert(d.id, d);
        }
    } else if (c.key.startsWith(u'p')) {
        for (const QJsonObject &row : rows) {
            PortalContact pc;
            pc.id = idOf(row.value(QStringLiteral("ID"))).value_or(0);
            pc.patientIdValue = row.value(m_settings.contactPatientField).toString();
            if (pc.id > 0 && !pc.patientIdValue.isEmpty())
                s.contactsByPatient[pc.patientIdValue] << pc;
        }
    }
    // A full page may have left rows out (many deals with one key, many contacts with one
    // patient id): the same filter is asked again past the last id until a page is not full,
    // so no record is ever taken for missing.
    if (rows.size() < kListPage)
        return;
    const auto last = idOf(rows.last().value(QStringLiteral("ID")));
    const auto it = g.listCommands.constFind(c.key);
    if (!last || it == g.listCommands.constEnd())
        return;
    BatchCommand more = *it;
    more.key = QStringLiteral("%1x%2").arg(c.key.left(1)).arg(g.listCommands.size());
    QJsonObject filter = more.params.value(QStringLiteral("filter")).toObject();
    filter.insert(QStringLiteral(">ID"), QString::number(*last));
    more.params.insert(QStringLiteral("filter"), filter);
    g.listCommands.insert(more.key, more);
    g.listContinuations << more;
}

void Dispatcher::continueLists(const std::shared_ptr<Group> &g)
{
    PortalSnapshot &s = g->snap;
    if (!g->listContinuations.isEmpty() && s.dealsByKeyOk && s.contactsByPatientOk) {
        const QList<BatchCommand> part =
            g->listContinuations.mid(0, Bitrix24Client::maxBatchCommands);
        g->listContinuations.remove(0, part.size());
        ++g->report.requests;
        m_client.batch(part, false)->then(this, [this, g](const BatchResult &r) {
            PortalSnapshot &snap = g->snap;
            if (!snap.lookupFailure)
                snap.lookupFailure = firstFailure(r);
            snap.dealsByKeyOk = snap.dealsByKeyOk && allOk(r, QStringLiteral("k"));
            snap.dealsByIdOk = snap.dealsByIdOk && allOk(r, QStringLiteral("b"));
            snap.contactsByPatientOk = snap.contactsByPatientOk && allOk(r, QStringLiteral("p"));
            for (const CommandResult &c : r.commands) {
                if (c.call.ok)
                    absorbListRows(*g, c);
            }
            continueLists(g);
        });
        return;
    }
    // The call answers at most as many ids as it takes values: a full answer may have left
    // some out. Its phones are asked about again one by one, those a decision depends on:
    // a patient found by patient id does not look at phones.
    QSet<QString> undecided;
    for (const Item &item : g->items) {
        if (!item.parsed || item.input.knownContactId || item.input.reception.patient.id <= 0)
            continue;
        const ContactDraft c = SyncPlanner::contactDraft(item.input.reception);
        if (!s.contactsByPatient.contains(c.patientIdValue()) && !c.phoneE164.isEmpty())
            undecided.insert(c.phoneE164);
    }
    for (const QString &key : std::as_const(g->fullPhoneAnswers)) {
        for (const QString &phone : g->phoneChunks.value(key)) {
            if (undecided.contains(phone))
                g->phoneRechecks << qMakePair(key.startsWith(QStringLiteral("fc"))
                                                  ? QStringLiteral("CONTACT")
                                                  : QStringLiteral("LEAD"),
                                              phone);
        }
    }
    recheckPhones(g);
}

PortalDeal Dispatcher::dealOf(const QJsonObject &row) const
{
    PortalDeal d;
    d.id = idOf(row.value(QStringLiteral("ID"))).value_or(0);
    d.stage = StageId::parse(row.value(QStringLiteral("STAGE_ID")).toString());
    d.semantics =
        CurrentStage::semanticsFromCode(row.value(QStringLiteral("STAGE_SEMANTIC_ID")).toString());
    d.identKey = row.value(m_settings.dealKeyField).toString();
    d.contactId = idOf(row.value(QStringLiteral("CONTACT_ID")));
    d.categoryId = int(idOf(row.value(QStringLiteral("CATEGORY_ID"))).value_or(0));
    return d;
}

void Dispatcher::recheckPhones(const std::shared_ptr<Group> &g)
{
    if (g->phoneRechecks.isEmpty() || !g->snap.contactsByPhoneOk || !g->snap.leadsOk) {
        g->phoneContactIds = QList<qint64>(g->phoneContacts.begin(), g->phoneContacts.end());
        g->phoneLeadIds = QList<qint64>(g->phoneLeads.begin(), g->phoneLeads.end());
        std::sort(g->phoneContactIds.begin(), g->phoneContactIds.end());
        std::sort(g->phoneLeadIds.begin(), g->phoneLeadIds.end());
        lookupSecond(g);
        return;
    }
    const auto part = g->phoneRechecks.mid(0, Bitrix24Client::maxBatchCommands);
    g->phoneRechecks.remove(0, part.size());
    QList<BatchCommand> cmds;
    for (qsizetype i = 0; i < part.size(); ++i)
        cmds << findByPhones(QStringLiteral("r%1%2").arg(part.at(i).first.left(1).toLower()).arg(i),
                             part.at(i).first, {part.at(i).second});
    ++g->report.requests;
    m_client.batch(cmds, false)->then(this, [this, g, part](const BatchResult &r) {
        PortalSnapshot &s = g->snap;
        if (!s.lookupFailure)
            s.lookupFailure = firstFailure(r);
        s.contactsByPhoneOk = allOk(r, QStringLiteral("rc"));
        s.leadsOk = allOk(r, QStringLiteral("rl"));
        for (qsizetype i = 0; i < r.commands.size() && i < part.size(); ++i) {
            const CommandResult &c = r.commands.at(i);
            if (!c.call.ok)
                continue;
            const bool contact = c.key.startsWith(QStringLiteral("rc"));
            // Even alone the phone has more contacts than the call answers: which one is the
            // patient's cannot be known, and a person chooses.
            if (addPhoneHits(*g, c, contact) >= kFindByCommAnswer && contact)
                s.crowdedPhones.insert(part.at(i).second);
        }
        recheckPhones(g);
    });
}

BatchCommand Dispatcher::findByPhones(const QString &key, const QString &entity,
                                      const QStringList &phones) const
{
    return BatchCommand{key, QStringLiteral("crm.duplicate.findbycomm"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("PHONE")},
                                    {QStringLiteral("values"), toArray(phones)},
                                    {QStringLiteral("entity_type"), entity}}};
}

int Dispatcher::addPhoneHits(Group &g, const CommandResult &c, bool contact) const
{
    // "[]" when nothing matched, {"CONTACT":[…]} / {"LEAD":[…]} otherwise.
    const QJsonArray hits = c.call.result.toObject()
                                .value(contact ? QStringLiteral("CONTACT") : QStringLiteral("LEAD"))
                                .toArray();
    for (const QJsonValue &v : hits) {
        if (const auto id = idOf(v))
            (contact ? g.phoneContacts : g.phoneLeads).insert(*id);
    }
    return int(hits.size());
}

void Dispatcher::lookupSecond(const std::shared_ptr<Group> &g)
{
    PortalSnapshot &s = g->snap;
    // Every contact a reception may end up with: its open keyless deals are auto-bind candidates.
    QSet<qint64> candidates(g->phoneContactIds.begin(), g->phoneContactIds.end());
    for (const auto &list : std::as_const(s.contactsByPatient)) {
        for (const PortalContact &c : list)
            candidates.insert(c.id);
    }
    for (const Item &item : g->items) {
        if (item.parsed && item.input.knownContactId)
            candidates.insert(*item.input.knownContactId);
    }
    QList<qint64> contactIds(candidates.begin(), candidates.end());
    std::sort(contactIds.begin(), contactIds.end());

    QList<BatchCommand> cmds;
    int n = 0;
    for (const QList<qint64> &part : chunks(g->phoneContactIds, 50))
        cmds << BatchCommand{QStringLiteral("cc%1").arg(n++), QStringLiteral("crm.contact.list"),
                             listParams({{QStringLiteral("@ID"), toArray(part)}},
                                        {QStringLiteral("ID"), QStringLiteral("PHONE"),
                                         m_settings.contactPatientField})};
    n = 0;
    for (const QList<qint64> &part : chunks(g->phoneLeadIds, 50))
        cmds << BatchCommand{
            QStringLiteral("ll%1").arg(n++), QStringLiteral("crm.lead.list"),
            listParams(
                {{QStringLiteral("@ID"), toArray(part)},
                 {QStringLiteral("!@STATUS_ID"), toArray(m_settings.closedLeadStatuses)}},
                {QStringLiteral("ID"), QStringLiteral("STATUS_ID"), QStringLiteral("PHONE")})};
    n = 0;
    if (m_planner.config().autoBind) {
        for (const QList<qint64> &part : chunks(contactIds, kContactsPerDealLookup)) {
            const QString key = QStringLiteral("od%1").arg(n++);
            g->openDealChunks.insert(key, part);
            cmds << openDealsCommand(key, part);
        }
    }
    if (cmds.isEmpty()) {
        s.openDealsOk = true;
        planAndWrite(g);
        return;
    }
    ++g->report.requests;
    m_client.batch(cmds, false)->then(this, [this, g](const BatchResult &r) {
        PortalSnapshot &snap = g->snap;
        if (!snap.lookupFailure)
            snap.lookupFailure = firstFailure(r);
        snap.contactsByPhoneOk = snap.contactsByPhoneOk && allOk(r, QStringLiteral("cc"));
        snap.leadsOk = snap.leadsOk && allOk(r, QStringLiteral("ll"));
        snap.openDealsOk = allOk(r, QStringLiteral("od"));
        for (const CommandResult &c : r.commands) {
            if (!c.call.ok)
                continue;
            for (const QJsonObject &row : rowsOf(c)) {
                const qint64 id = idOf(row.value(QStringLiteral("ID"))).value_or(0);
                if (id <= 0)
                    continue;
                if (c.key.startsWith(QStringLiteral("cc"))) {
                    const PortalContact pc{id,
                                           row.value(m_settings.contactPatientField).toString()};
                    for (const QString &phone : phonesOf(row))
                        snap.contactsByPhone[phone] << pc;
                } else if (c.key.startsWith(QStringLiteral("ll"))) {
                    const PortalLead lead{id, row.value(QStringLiteral("STATUS_ID")).toString()};
                    if (m_settings.closedLeadStatuses.contains(lead.statusId))
                        continue;
                    for (const QString &phone : phonesOf(row))
                        snap.openLeadsByPhone[phone] << lead;
                } else if (c.key.startsWith(QStringLiteral("od"))) {
                    if (const auto d = openKeylessDeal(row))
                        snap.openKeylessDeals[*d->contactId] << *d;
                }
            }
        }
        // A full page may have cut off the deals of the contacts with the highest deal ids: a
        // contact seen with fewer than two is asked about again on its own (one seen with two
        // or more is ambiguous whatever else it has).
        for (const CommandResult &c : r.commands) {
            if (!c.call.ok || !c.key.startsWith(QStringLiteral("od")) ||
                rowsOf(c).size() < kListPage)
                continue;
            for (qint64 contact : g->openDealChunks.value(c.key)) {
                if (snap.openKeylessDeals.value(contact).size() < 2)
                    g->openDealRechecks << contact;
            }
        }
        if (!g->openDealRechecks.isEmpty()) {
            recheckOpenDeals(g);
            return;
        }
        planAndWrite(g);
    });
}

BatchCommand Dispatcher::openDealsCommand(const QString &key, const QList<qint64> &contacts) const
{
    return BatchCommand{
        key, QStringLiteral("crm.deal.list"),
        listParams({{QStringLiteral("@CONTACT_ID"), toArray(contacts)},
                    {QStringLiteral("STAGE_SEMANTIC_ID"), QStringLiteral("P")},
                    {m_settings.dealKeyField, QString()}},
                   {QStringLiteral("ID"), QStringLiteral("STAGE_ID"),
                    QStringLiteral("STAGE_SEMANTIC_ID"), QStringLiteral("CATEGORY_ID"),
                    QStringLiteral("CONTACT_ID"), m_settings.dealKeyField})};
}

std::optional<PortalDeal> Dispatcher::openKeylessDeal(const QJsonObject &row) const
{
    // The key filter may be ignored by a portal: check again here.
    if (!row.value(m_settings.dealKeyField).toString().isEmpty() ||
        row.value(QStringLiteral("STAGE_SEMANTIC_ID")).toString() != u"P")
        return std::nullopt;
    PortalDeal d;
    d.id = idOf(row.value(QStringLiteral("ID"))).value_or(0);
    d.stage = StageId::parse(row.value(QStringLiteral("STAGE_ID")).toString());
    d.semantics = StageSemantics::Process;
    d.contactId = idOf(row.value(QStringLiteral("CONTACT_ID")));
    d.categoryId = int(idOf(row.value(QStringLiteral("CATEGORY_ID"))).value_or(0));
    if (d.id <= 0 || !d.contactId)
        return std::nullopt;
    return d;
}

void Dispatcher::recheckOpenDeals(const std::shared_ptr<Group> &g)
{
    const QList<qint64> part = g->openDealRechecks.mid(0, Bitrix24Client::maxBatchCommands);
    g->openDealRechecks.remove(0, part.size());
    QList<BatchCommand> cmds;
    for (qint64 contact : part)
        cmds << openDealsCommand(QStringLiteral("oc%1").arg(contact), {contact});
    ++g->report.requests;
    m_client.batch(cmds, false)->then(this, [this, g](const BatchResult &r) {
        PortalSnapshot &snap = g->snap;
        if (!allOk(r, QStringLiteral("oc"))) {
            snap.openDealsOk = false;
            if (!snap.lookupFailure)
                snap.lookupFailure = firstFailure(r);
        }
        for (const CommandResult &c : r.commands) {
            if (!c.call.ok)
                continue;
            QList<PortalDeal> deals;
            for (const QJsonObject &row : rowsOf(c)) {
                if (const auto d = openKeylessDeal(row))
                    deals << *d;
            }
            snap.openKeylessDeals.insert(c.key.mid(2).toLongLong(), deals);
        }
        if (!g->openDealRechecks.isEmpty() && snap.openDealsOk) {
            recheckOpenDeals(g);
            return;
        }
        planAndWrite(g);
    });
}

QList<BatchCommand> Dispatcher::commandsFor(const Group &g, int index) const
{
    const Item &item = g.items.at(index);
    const JobPlan &plan = item.plan;
    QList<BatchCommand> cmds;
    const QString i = QString::number(index);
    const QJsonObject quiet{{QStringLiteral("REGISTER_SONET_EVENT"), QStringLiteral("N")}};
    if (plan.adoptContact && plan.contactId && plan.action != PlanAction::Fail)
        cmds << BatchCommand{
            QStringLiteral("a") + i, QStringLiteral("crm.contact.update"),
            QJsonObject{
                {QStringLiteral("id"), QString::number(*plan.contactId)},
                {QStringLiteral("fields"),
                 QJsonObject{{m_settings.contactPatientField,
                              SyncPlanner::contactDraft(item.input.reception).patientIdValue()}}},
                {QStringLiteral("params"), quiet}}};
    switch (plan.action) {
    case PlanAction::UpdateDeal:
    case PlanAction::AutoBind:
        cmds << BatchCommand{QStringLiteral("u") + i, QStringLiteral("crm.deal.update"),
                             QJsonObject{{QStringLiteral("id"), QString::number(*plan.dealId)},
                                         {QStringLiteral("fields"), plan.draft->payload()},
                                         {QStringLiteral("params"), quiet}}};
        break;
    case PlanAction::Create:
    case PlanAction::ConvertLead: {
        QString contactRef;
        if (plan.contactId) {
            contactRef = QString::number(*plan.contactId);
        } else if (item.contactFrom) {
            contactRef = QStringLiteral("$result[c%1]").arg(*item.contactFrom);
        } else {
            cmds << BatchCommand{QStringLiteral("c") + i, QStringLiteral("crm.contact.add"),
                                 QJsonObject{{QStringLiteral("fields"), plan.contactFields}}};
            contactRef = QStringLiteral("$result[c%1]").arg(index);
        }
        QJsonObject fields = plan.draft->payload();
        fields.insert(QStringLiteral("CONTACT_IDS"), QJsonArray{contactRef});
        if (plan.leadId) {
            // crm.deal.add ignores LEAD_ID (read-only in crm.deal.fields); crm.item.add links the
            // deal to its lead.
            fields.insert(QStringLiteral("LEAD_ID"), QString::number(*plan.leadId));
            QJsonObject itemFields;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                itemFields.insert(itemFieldName(it.key()), it.value());
            cmds << BatchCommand{QStringLiteral("d") + i, QStringLiteral("crm.item.add"),
                                 QJsonObject{{QStringLiteral("entityTypeId"), 2},
                                             {QStringLiteral("fields"), itemFields}}};
        } else {
            cmds << BatchCommand{
                QStringLiteral("d") + i, QStringLiteral("crm.deal.add"),
                QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("params"), quiet}}};
        }
        if (plan.leadId) {
            cmds << BatchCommand{
                QStringLiteral("l") + i, QStringLiteral("crm.lead.update"),
                QJsonObject{{QStringLiteral("id"), QString::number(*plan.leadId)},
                            {QStringLiteral("fields"),
                             QJsonObject{{QStringLiteral("STATUS_ID"), QStringLiteral("CONVERTED")},
                                         {QStringLiteral("CONTACT_ID"), contactRef}}}}};
        }
        break;
    }
    case PlanAction::Fail:
        break;
    }
    return cmds;
}

void Dispatcher::planAndWrite(const std::shared_ptr<Group> &g)
{
    QList<int> pending;
    for (int i = 0; i < g->items.size(); ++i) {
        Item &item = g->items[i];
        if (!item.parsed) {
            failItem(*g, item, item.plan.error);
            continue;
        }
        item.plan = m_planner.plan(item.input, g->snap);
        m_planner.claim(item.plan, item.input, g->snap);
        g->report.notes << item.plan.notes;
        if (item.plan.action == PlanAction::Fail || !item.plan.draft) {
            ErrorInfo e = item.plan.error;
            if (item.plan.action != PlanAction::Fail) {
                e.cls = ErrorClass::Transient;
                e.message = item.plan.decision.explanation;
            }
            failItem(*g, item, e);
            continue;
        }
        item.unbatched = batchWouldRewrite(item.plan.draft->payload()) ||
                         batchWouldRewrite(item.plan.contactFields);
        pending << i;
    }
    // Receptions of one patient who has no contact yet form a unit: the first creates the
    // contact, the rest reference it, and the unit goes into one batch. A unit too large for a
    // batch keeps what fits; the rest waits for the next group, which finds the contact.
    // A patient is one person in every branch (contacts carry the patient id alone), so the unit
    // is keyed by that id: two branches' receptions must not create two contacts.
    QList<QList<int>> units;
    QHash<QString, int> unitOfPatient;
    for (int i : pending) {
        Item &item = g->items[i];
        const bool createsContact = (item.plan.action == PlanAction::Create ||
                                     item.plan.action == PlanAction::ConvertLead) &&
                                    !item.plan.contactId;
        if (!createsContact) {
            units << QList<int>{i};
            continue;
        }
        const QString patient = item.plan.contact.patientIdValue();
        const auto it = unitOfPatient.constFind(patient);
        if (it == unitOfPatient.constEnd()) {
            unitOfPatient.insert(patient, int(units.size()));
            units << QList<int>{i};
            continue;
        }
        const int creator = units.at(*it).first();
        item.contactFrom = creator;
        // The lead is converted once, by the creator.
        if (item.plan.action == PlanAction::ConvertLead) {
            item.plan.action = PlanAction::Create;
            item.plan.leadId.reset();
        }
        units[*it] << i;
    }
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
                item.contactId = idOf(c->call.result);
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
    const Reception &r = item.input.reception;
    JobCompletion c;
    c.lease = item.job.lease;
    Binding b;
    b.dealKey = r.key();
    b.dealId = *item.dealId;
    b.contactId = item.contactId;
    b.payloadHash = item.job.payloadHash;
    b.stage = item.plan.decision.to.value_or(item.plan.decision.from.value_or(StageId()));
    c.binding = b;
    StageTransition t;
    t.dealKey = r.key();
    t.dealId = item.dealId;
    t.fromStage = item.plan.decision.from.value_or(StageId());
    t.toStage = item.plan.decision.to.value_or(t.fromStage);
    t.reason = item.plan.decision.reason;
    t.doctor = r.doctor;
    const QString name = r.patient.fullName();
    t.patientName = m_settings.maskNames ? PiiMask::fullName(name) : name;
    t.correlationId = item.job.correlationId;
    c.transition = t;
    if (item.contactId && r.patient.id > 0)
        c.patientContacts << PatientContact{r.branchId, r.patient.id, *item.contactId};
    g.completions << c;
    g.report.transitions << t;
}

void Dispatcher::failItem(Group &g, Item &item, const ErrorInfo &givenError, bool outcomeUnknown)
{
    item.finished = true;
    ErrorInfo error = givenError;
    if (outcomeUnknown && error.cls == ErrorClass::Internal) {
        // A broken answer to a write (a body cut short) says nothing of whether the portal ran
        // it. That is not a bug to give up on: the next attempt searches by key before it writes,
        // so trying again cannot duplicate anything.
        error.cls = ErrorClass::Transient;
        error.message += tr(" The portal may have written it; the next attempt looks for it by "
                            "its IDENT key first.");
    }
    const int attemptsUsed = item.job.attempts + 1;
    const RetryDecision d =
        m_retry.decide(error.cls, attemptsUsed, error.retryAfter,
                       error.cls == ErrorClass::OperationLimit
                           ? std::optional(m_client.methodPausedFor(QStringLiteral("batch")))
                           : std::nullopt);
    JobFailure f;
    f.lease = item.job.lease;
    f.error = error;
    f.outcomeUnknown = outcomeUnknown;
    f.nextState = stateFor(d.action);
    f.consumesAttempt = d.consumesAttempt && !item.job.manualRetry;
    const QDateTime now = m_db.now();
    f.nextAttemptAt = now.addMSecs(d.delay.count());
    if (d.action == RetryAction::PauseEngine) {
        // Nothing moves while the engine is paused; once a person fixes the cause (a new webhook
        // code, a permission) the job is due at once, also for the next `sync --once`.
        f.nextAttemptAt = now;
        g.report.pauseEngine = error;
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
    qCInfo(lcDispatch).noquote() << item.job.correlationId << item.job.key << toKey(error.cls)
                                 << "->" << toKey(f.nextState) << PiiMask::text(error.message);
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
