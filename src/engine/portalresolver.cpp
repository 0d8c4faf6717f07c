#include "portalresolver.h"

#include "engine/lookupcommands.h"

#include "bitrix/batchcommand.h"
#include "bitrix/bitrix24client.h"
#include "bitrix/responseparser.h"
#include "core/phonenormalizer.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace identsync {

using namespace lookup;

namespace {

// Filter values per look-up command. A list answers at most 50 rows (start=-1, no count): 25
// keys leave room for duplicates, so a full page, which is asked again past its last id, is rare.
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

} // namespace

struct PortalResolver::Run
{
    Run(SyncPlanner p, QList<PlanInput> in, QObject *c, Done d)
        : planner(std::move(p))
        , inputs(std::move(in))
        , context(c)
        , done(std::move(d))
    {}

    SyncPlanner planner;
    QList<PlanInput> inputs;
    QObject *context = nullptr;
    Done done;
    int requests = 0;
    PortalSnapshot snap;
    QHash<QString, QStringList> phoneChunks;      // "fc<n>"/"fl<n>" -> the phones it asked about
    QList<QPair<QString, QString>> phoneRechecks; // (CONTACT or LEAD, phone)
    QSet<qint64> phoneContacts;
    QSet<qint64> phoneLeads;
    QHash<QString, QList<qint64>> openDealChunks; // "od<n>" -> the contacts it asked about
    QList<qint64> openDealRechecks;
    QList<qint64> phoneContactIds;
    QList<qint64> phoneLeadIds;
    QHash<QString, BatchCommand> listCommands; // look-up key -> command, for continuations
    QList<BatchCommand> listContinuations;
    QStringList fullPhoneAnswers; // "fc<n>"/"fl<n>" that answered as many ids as the call gives
};

PortalResolver::PortalResolver(Bitrix24Client &client, ResolverSettings settings)
    : m_client(client)
    , m_settings(std::move(settings))
{}

void PortalResolver::resolve(const SyncPlanner &planner, const QList<PlanInput> &inputs,
                             QObject *context, Done done)
{
    auto run = std::make_shared<Run>(planner, inputs, context, std::move(done));
    if (inputs.isEmpty()) {
        finish(run);
        return;
    }
    first(run);
}

void PortalResolver::finish(const std::shared_ptr<Run> &g)
{
    g->done(g->snap, g->requests);
}

void PortalResolver::first(const std::shared_ptr<Run> &g)
{
    const SyncPlanner::Needs needs = g->planner.firstLookups(g->inputs);
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
        const QString key = QStringLiteral("fc%1").arg(n++);
        g->phoneChunks.insert(key, part);
        cmds << findByPhones(key, QStringLiteral("CONTACT"), part);
    }
    n = 0;
    for (const QStringList &part : chunks(needs.leadPhones, kPhonesPerCommand)) {
        const QString key = QStringLiteral("fl%1").arg(n++);
        g->phoneChunks.insert(key, part);
        cmds << findByPhones(key, QStringLiteral("LEAD"), part);
    }

    for (const BatchCommand &c : std::as_const(cmds))
        g->listCommands.insert(c.key, c);
    ++g->requests;
    m_client.batch(cmds, false)->then(g->context, [this, g](const BatchResult &r) {
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

void PortalResolver::absorbListRows(Run &g, const CommandResult &c)
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

void PortalResolver::continueLists(const std::shared_ptr<Run> &g)
{
    PortalSnapshot &s = g->snap;
    if (!g->listContinuations.isEmpty() && s.dealsByKeyOk && s.contactsByPatientOk) {
        const QList<BatchCommand> part =
            g->listContinuations.mid(0, Bitrix24Client::maxBatchCommands);
        g->listContinuations.remove(0, part.size());
        ++g->requests;
        m_client.batch(part, false)->then(g->context, [this, g](const BatchResult &r) {
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
    for (const PlanInput &in : std::as_const(g->inputs)) {
        if (in.knownContactId || in.reception.patient.id <= 0)
            continue;
        const ContactDraft c = SyncPlanner::contactDraft(in.reception);
        if (!s.contactsByPatient.contains(c.patientIdValue()) && !c.phoneE164.isEmpty())
            undecided.insert(c.phoneE164);
    }
    // Every phone of a full lead answer is asked again: any unbound reception may convert a lead.
    for (const QString &key : std::as_const(g->fullPhoneAnswers)) {
        const bool contact = key.startsWith(QStringLiteral("fc"));
        for (const QString &phone : g->phoneChunks.value(key)) {
            if (!contact || undecided.contains(phone))
                g->phoneRechecks << qMakePair(
                    contact ? QStringLiteral("CONTACT") : QStringLiteral("LEAD"), phone);
        }
    }
    recheckPhones(g);
}

PortalDeal PortalResolver::dealOf(const QJsonObject &row) const
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

void PortalResolver::recheckPhones(const std::shared_ptr<Run> &g)
{
    if (g->phoneRechecks.isEmpty() || !g->snap.contactsByPhoneOk || !g->snap.leadsOk) {
        g->phoneContactIds = QList<qint64>(g->phoneContacts.begin(), g->phoneContacts.end());
        g->phoneLeadIds = QList<qint64>(g->phoneLeads.begin(), g->phoneLeads.end());
        std::sort(g->phoneContactIds.begin(), g->phoneContactIds.end());
        std::sort(g->phoneLeadIds.begin(), g->phoneLeadIds.end());
        second(g);
        return;
    }
    const auto part = g->phoneRechecks.mid(0, Bitrix24Client::maxBatchCommands);
    g->phoneRechecks.remove(0, part.size());
    QList<BatchCommand> cmds;
    for (qsizetype i = 0; i < part.size(); ++i)
        cmds << findByPhones(QStringLiteral("r%1%2").arg(part.at(i).first.left(1).toLower()).arg(i),
                             part.at(i).first, {part.at(i).second});
    ++g->requests;
    m_client.batch(cmds, false)->then(g->context, [this, g, part](const BatchResult &r) {
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

BatchCommand PortalResolver::findByPhones(const QString &key, const QString &entity,
                                          const QStringList &phones) const
{
    return BatchCommand{key, QStringLiteral("crm.duplicate.findbycomm"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("PHONE")},
                                    {QStringLiteral("values"), toArray(phones)},
                                    {QStringLiteral("entity_type"), entity}}};
}

int PortalResolver::addPhoneHits(Run &g, const CommandResult &c, bool contact) const
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

void PortalResolver::second(const std::shared_ptr<Run> &g)
{
    PortalSnapshot &s = g->snap;
    // Every contact a reception may end up with: its open keyless deals are auto-bind candidates.
    QSet<qint64> candidates(g->phoneContactIds.begin(), g->phoneContactIds.end());
    for (const auto &list : std::as_const(s.contactsByPatient)) {
        for (const PortalContact &c : list)
            candidates.insert(c.id);
    }
    for (const PlanInput &in : std::as_const(g->inputs)) {
        if (in.knownContactId)
            candidates.insert(*in.knownContactId);
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
    if (g->planner.config().autoBind) {
        for (const QList<qint64> &part : chunks(contactIds, kContactsPerDealLookup)) {
            const QString key = QStringLiteral("od%1").arg(n++);
            g->openDealChunks.insert(key, part);
            cmds << openDealsCommand(key, part);
        }
    }
    if (cmds.isEmpty()) {
        s.openDealsOk = true;
        finish(g);
        return;
    }
    ++g->requests;
    m_client.batch(cmds, false)->then(g->context, [this, g](const BatchResult &r) {
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
        finish(g);
    });
}

BatchCommand PortalResolver::openDealsCommand(const QString &key,
                                              const QList<qint64> &contacts) const
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

std::optional<PortalDeal> PortalResolver::openKeylessDeal(const QJsonObject &row) const
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

void PortalResolver::recheckOpenDeals(const std::shared_ptr<Run> &g)
{
    const QList<qint64> part = g->openDealRechecks.mid(0, Bitrix24Client::maxBatchCommands);
    g->openDealRechecks.remove(0, part.size());
    QList<BatchCommand> cmds;
    for (qint64 contact : part)
        cmds << openDealsCommand(QStringLiteral("oc%1").arg(contact), {contact});
    ++g->requests;
    m_client.batch(cmds, false)->then(g->context, [this, g](const BatchResult &r) {
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
        finish(g);
    });
}

} // namespace identsync
