#include "portalresolver.h"

#include "bitrix/batchcommand.h"
#include "bitrix/bitrix24client.h"
#include "bitrix/responseparser.h"
#include "core/phonenormalizer.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace identsync {

namespace {

// Filter values per look-up command. A list answers at most 50 rows and we page with start=-1,
// so a command must not be able to match more than 50: 25 keys leave room for duplicates.
constexpr int kKeysPerCommand = 25;
constexpr int kPhonesPerCommand = 20; // crm.duplicate.findbycomm's limit
constexpr int kContactsPerDealLookup = 10;

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

QStringList dealSelect(const QString &keyField)
{
    return {QStringLiteral("ID"),
            QStringLiteral("STAGE_ID"),
            QStringLiteral("STAGE_SEMANTIC_ID"),
            QStringLiteral("CATEGORY_ID"),
            QStringLiteral("CONTACT_ID"),
            keyField};
}

PortalDeal dealOf(const QJsonObject &row, const QString &keyField)
{
    PortalDeal d;
    d.id = idOf(row.value(QStringLiteral("ID"))).value_or(0);
    d.stage = StageId::parse(row.value(QStringLiteral("STAGE_ID")).toString());
    d.semantics =
        CurrentStage::semanticsFromCode(row.value(QStringLiteral("STAGE_SEMANTIC_ID")).toString());
    d.identKey = row.value(keyField).toString();
    d.contactId = idOf(row.value(QStringLiteral("CONTACT_ID")));
    d.categoryId = int(idOf(row.value(QStringLiteral("CATEGORY_ID"))).value_or(0));
    return d;
}

} // namespace

struct PortalResolver::Run
{
    QList<PlanInput> inputs;
    QPointer<QObject> context;
    Done done;
    PortalSnapshot snap;
    int requests = 0;
    QList<qint64> phoneContactIds;
    QList<qint64> phoneLeadIds;
};

PortalResolver::PortalResolver(Bitrix24Client &client, ResolverSettings settings)
    : m_client(client)
    , m_settings(std::move(settings))
{}

void PortalResolver::resolve(const SyncPlanner &planner, const QList<PlanInput> &inputs,
                             QObject *context, Done done)
{
    auto run = std::make_shared<Run>();
    run->inputs = inputs;
    run->context = context;
    run->done = std::move(done);

    const SyncPlanner::Needs needs = planner.firstLookups(inputs);
    const QStringList select = dealSelect(m_settings.dealKeyField);
    QList<BatchCommand> cmds;
    int n = 0;
    for (const QStringList &part : chunks(needs.keys, kKeysPerCommand))
        cmds << BatchCommand{
            QStringLiteral("k%1").arg(n++), QStringLiteral("crm.deal.list"),
            listParams({{QLatin1Char('@') + m_settings.dealKeyField, toArray(part)}}, select)};
    n = 0;
    for (const QList<qint64> &part : chunks(needs.dealIds, kKeysPerCommand))
        cmds << BatchCommand{QStringLiteral("b%1").arg(n++), QStringLiteral("crm.deal.list"),
                             listParams({{QStringLiteral("@ID"), toArray(part)}}, select)};
    n = 0;
    for (const QStringList &part : chunks(needs.patientIdValues, kKeysPerCommand))
        cmds << BatchCommand{
            QStringLiteral("p%1").arg(n++), QStringLiteral("crm.contact.list"),
            listParams({{QLatin1Char('@') + m_settings.contactPatientField, toArray(part)}},
                       {QStringLiteral("ID"), m_settings.contactPatientField})};
    n = 0;
    for (const QStringList &part : chunks(needs.phones, kPhonesPerCommand)) {
        for (const QString &entity : {QStringLiteral("CONTACT"), QStringLiteral("LEAD")}) {
            cmds << BatchCommand{QStringLiteral("f%1%2").arg(entity.left(1).toLower()).arg(n),
                                 QStringLiteral("crm.duplicate.findbycomm"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("PHONE")},
                                             {QStringLiteral("values"), toArray(part)},
                                             {QStringLiteral("entity_type"), entity}}};
        }
        ++n;
    }
    if (cmds.isEmpty()) {
        run->snap.dealsByKeyOk = run->snap.dealsByIdOk = run->snap.contactsByPatientOk = true;
        run->snap.contactsByPhoneOk = run->snap.leadsOk = true;
        second(run);
        return;
    }
    ++run->requests;
    m_client.batch(cmds, false)->then(context, [this, run](const BatchResult &r) {
        PortalSnapshot &s = run->snap;
        s.dealsByKeyOk = allOk(r, QStringLiteral("k"));
        s.dealsByIdOk = allOk(r, QStringLiteral("b"));
        s.contactsByPatientOk = allOk(r, QStringLiteral("p"));
        s.contactsByPhoneOk = allOk(r, QStringLiteral("fc"));
        s.leadsOk = allOk(r, QStringLiteral("fl"));
        QSet<qint64> phoneContacts;
        QSet<qint64> phoneLeads;
        for (const CommandResult &c : r.commands) {
            if (!c.call.ok)
                continue;
            if (c.key.startsWith(u'k')) {
                for (const QJsonObject &row : rowsOf(c)) {
                    const PortalDeal d = dealOf(row, m_settings.dealKeyField);
                    if (d.id > 0 && !d.identKey.isEmpty())
                        s.dealsByKey[d.identKey] << d;
                }
            } else if (c.key.startsWith(u'b')) {
                for (const QJsonObject &row : rowsOf(c)) {
                    const PortalDeal d = dealOf(row, m_settings.dealKeyField);
                    if (d.id > 0)
                        s.dealsById.insert(d.id, d);
                }
            } else if (c.key.startsWith(u'p')) {
                for (const QJsonObject &row : rowsOf(c)) {
                    PortalContact pc;
                    pc.id = idOf(row.value(QStringLiteral("ID"))).value_or(0);
                    pc.patientIdValue = row.value(m_settings.contactPatientField).toString();
                    if (pc.id > 0 && !pc.patientIdValue.isEmpty())
                        s.contactsByPatient[pc.patientIdValue] << pc;
                }
            } else if (c.key.startsWith(u'f')) {
                // "[]" when nothing matched, {"CONTACT":[…]} / {"LEAD":[…]} otherwise.
                const bool contact = c.key.startsWith(QStringLiteral("fc"));
                const QJsonObject hits = c.call.result.toObject();
                for (const QJsonValue &v :
                     hits.value(contact ? QStringLiteral("CONTACT") : QStringLiteral("LEAD"))
                         .toArray()) {
                    if (const auto id = idOf(v))
                        (contact ? phoneContacts : phoneLeads).insert(*id);
                }
            }
        }
        run->phoneContactIds = QList<qint64>(phoneContacts.begin(), phoneContacts.end());
        run->phoneLeadIds = QList<qint64>(phoneLeads.begin(), phoneLeads.end());
        std::sort(run->phoneContactIds.begin(), run->phoneContactIds.end());
        std::sort(run->phoneLeadIds.begin(), run->phoneLeadIds.end());
        second(run);
    });
}

void PortalResolver::second(const std::shared_ptr<Run> &run)
{
    PortalSnapshot &s = run->snap;
    // Every contact a reception may end up with: its open keyless deals are auto-bind candidates.
    QSet<qint64> candidates(run->phoneContactIds.begin(), run->phoneContactIds.end());
    for (const auto &list : std::as_const(s.contactsByPatient)) {
        for (const PortalContact &c : list)
            candidates.insert(c.id);
    }
    for (const PlanInput &in : std::as_const(run->inputs)) {
        if (in.knownContactId)
            candidates.insert(*in.knownContactId);
    }
    QList<qint64> contactIds(candidates.begin(), candidates.end());
    std::sort(contactIds.begin(), contactIds.end());

    QList<BatchCommand> cmds;
    int n = 0;
    for (const QList<qint64> &part : chunks(run->phoneContactIds, 50))
        cmds << BatchCommand{QStringLiteral("cc%1").arg(n++), QStringLiteral("crm.contact.list"),
                             listParams({{QStringLiteral("@ID"), toArray(part)}},
                                        {QStringLiteral("ID"), QStringLiteral("PHONE"),
                                         m_settings.contactPatientField})};
    n = 0;
    for (const QList<qint64> &part : chunks(run->phoneLeadIds, 50))
        cmds << BatchCommand{
            QStringLiteral("ll%1").arg(n++), QStringLiteral("crm.lead.list"),
            listParams(
                {{QStringLiteral("@ID"), toArray(part)},
                 {QStringLiteral("!@STATUS_ID"), toArray(m_settings.closedLeadStatuses)}},
                {QStringLiteral("ID"), QStringLiteral("STATUS_ID"), QStringLiteral("PHONE")})};
    n = 0;
    if (m_settings.autoBind) {
        for (const QList<qint64> &part : chunks(contactIds, kContactsPerDealLookup))
            cmds << BatchCommand{
                QStringLiteral("od%1").arg(n++), QStringLiteral("crm.deal.list"),
                listParams({{QStringLiteral("@CONTACT_ID"), toArray(part)},
                            {QStringLiteral("STAGE_SEMANTIC_ID"), QStringLiteral("P")},
                            {m_settings.dealKeyField, QString()}},
                           dealSelect(m_settings.dealKeyField))};
    }
    auto finish = [run] {
        if (run->context)
            run->done(run->snap, run->requests);
    };
    if (cmds.isEmpty()) {
        s.openDealsOk = true;
        finish();
        return;
    }
    ++run->requests;
    m_client.batch(cmds, false)->then(run->context, [this, run, finish](const BatchResult &r) {
        PortalSnapshot &snap = run->snap;
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
                    // A portal may ignore the empty-key filter: check again here.
                    PortalDeal d = dealOf(row, m_settings.dealKeyField);
                    if (!d.identKey.isEmpty() ||
                        row.value(QStringLiteral("STAGE_SEMANTIC_ID")).toString() != u"P")
                        continue;
                    d.semantics = StageSemantics::Process;
                    if (d.contactId)
                        snap.openKeylessDeals[*d.contactId] << d;
                }
            }
        }
        finish();
    });
}

} // namespace identsync
