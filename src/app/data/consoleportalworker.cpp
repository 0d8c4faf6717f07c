#include "consoleportalworker.h"

#include "applogging.h"

#include "bitrix/bitrix24client.h"
#include "bitrix/crmclient.h"
#include "core/phonenormalizer.h"
#include "core/piimask.h"
#include "engine/secretstore.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace identsync {

namespace {

QString describe(const ErrorInfo &e)
{
    const QString what = e.message.isEmpty() ? e.code : e.message;
    return e.httpStatus > 0 ? QStringLiteral("%1 (HTTP %2)").arg(what).arg(e.httpStatus) : what;
}

} // namespace

ConsolePortalWorker::ConsolePortalWorker(EngineConfig config, QString webhookCode)
    : m_config(std::move(config))
    , m_webhookCode(std::move(webhookCode))
{}

ConsolePortalWorker::~ConsolePortalWorker() = default;

bool ConsolePortalWorker::ensureClient(QString *error)
{
    if (m_client)
        return true;
    if (m_config.portalUrl.isEmpty()) {
        *error = tr("No portal is configured: enter the webhook URL in Settings.");
        return false;
    }
    if (m_webhookCode.isEmpty()) {
        const auto secret = SecretStore().read(SecretStore::webhookKey());
        if (!secret.ok) {
            *error = tr("The webhook code is not in the keychain: %1 Enter it in Settings.")
                         .arg(secret.error);
            return false;
        }
        m_webhookCode = secret.value;
    }
    QString base = m_config.portalUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const auto endpoint = PortalEndpoint::parse(base + m_webhookCode + QLatin1Char('/'), error);
    if (!endpoint)
        return false;
    ClientConfig cc;
    cc.plan = m_config.pacingPlan;
    cc.limits = m_config.bucket;
    cc.timeScale = m_config.timeScale;
    cc.requestTimeout = m_config.requestTimeout;
    cc.retry = m_config.retry;
    cc.breaker = m_config.breaker;
    cc.operating = m_config.operating;
    m_client = std::make_unique<Bitrix24Client>(*endpoint, cc);
    m_crm = std::make_unique<CrmClient>(m_client.get());
    return true;
}

void ConsolePortalWorker::loadStages()
{
    QString error;
    if (!ensureClient(&error)) {
        Q_EMIT stagesFailed(error);
        return;
    }
    m_client
        ->call(QStringLiteral("crm.status.list"),
               QJsonObject{{QStringLiteral("order"),
                            QJsonObject{{QStringLiteral("SORT"), QStringLiteral("ASC")}}}})
        ->then(this, [this](const CallResult &call) {
            if (!call.ok) {
                Q_EMIT stagesFailed(describe(call.error));
                return;
            }
            QHash<int, QJsonArray> byCategory;
            static const QRegularExpression stageDictionary(
                QStringLiteral("^DEAL_STAGE(?:_(\\d+))?$"));
            for (const QJsonValue &row : call.result.toArray()) {
                const auto m = stageDictionary.match(
                    row.toObject().value(QLatin1String("ENTITY_ID")).toString());
                if (m.hasMatch())
                    byCategory[m.captured(1).toInt()].append(row);
            }
            StageCatalog catalog;
            for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
                QString problem;
                if (!catalog.addPipeline(it.key(), it.value(), &problem))
                    qCWarning(lcApp) << "stage list:" << problem;
            }
            Q_EMIT stagesLoaded(catalog);
        });
}

QStringList ConsolePortalWorker::dealSelect() const
{
    QStringList select = CrmDeal::defaultSelect();
    select << QStringList{QStringLiteral("OPPORTUNITY"), QStringLiteral("CURRENCY_ID"),
                          QStringLiteral("BEGINDATE"), QStringLiteral("DATE_CREATE")};
    if (const QString key = m_config.fieldMap.fieldName(MappedField::IdentKey); !key.isEmpty())
        select << key;
    return select;
}

void ConsolePortalWorker::search(quint64 requestId, const QString &query,
                                 const QString &receptionKey)
{
    QString error;
    if (!ensureClient(&error)) {
        Q_EMIT searchFailed(requestId, error);
        return;
    }
    const QString keyField = m_config.fieldMap.fieldName(MappedField::IdentKey);
    if (receptionKey.isEmpty() || keyField.isEmpty()) {
        searchQuery(requestId, query, {});
        return;
    }
    m_crm->listDeals(QJsonObject{{keyField, receptionKey}}, dealSelect())
        ->then(this, [this, requestId, query](const Result<QList<CrmDeal>> &found) {
            if (!found.ok) {
                Q_EMIT searchFailed(requestId, describe(found.error));
                return;
            }
            searchQuery(requestId, query, found.value);
        });
}

void ConsolePortalWorker::searchQuery(quint64 requestId, const QString &query,
                                      const QList<CrmDeal> &seed)
{
    const QString q = query.trimmed();
    if (q.isEmpty()) {
        withContacts(requestId, seed);
        return;
    }
    static const QRegularExpression dealId(QStringLiteral("^\\d{1,9}$"));
    if (dealId.match(q).hasMatch()) {
        m_crm->listDeals(QJsonObject{{QStringLiteral("ID"), q}}, dealSelect())
            ->then(this, [this, requestId, seed](const Result<QList<CrmDeal>> &found) {
                if (!found.ok) {
                    Q_EMIT searchFailed(requestId, describe(found.error));
                    return;
                }
                withContacts(requestId, seed + found.value);
            });
        return;
    }
    if (const PhoneResult phone = PhoneNormalizer::normalize(q); phone.ok()) {
        m_client
            ->call(QStringLiteral("crm.duplicate.findbycomm"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("PHONE")},
                               {QStringLiteral("values"), QJsonArray{phone.e164}},
                               {QStringLiteral("entity_type"), QStringLiteral("CONTACT")}})
            ->then(this, [this, requestId, seed](const CallResult &call) {
                if (!call.ok) {
                    Q_EMIT searchFailed(requestId, describe(call.error));
                    return;
                }
                QList<qint64> ids;
                for (const QJsonValue &v :
                     call.result.toObject().value(QLatin1String("CONTACT")).toArray())
                    if (const auto id = CrmValue::integer(v))
                        ids << *id;
                dealsOfContacts(requestId, ids, seed);
            });
        return;
    }
    // A name: contacts by surname, deals by title.
    const QString surname = q.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    m_crm->listContacts(QJsonObject{{QStringLiteral("%LAST_NAME"), surname}})
        ->then(this, [this, requestId, q, seed](const Result<QList<CrmContact>> &contacts) {
            if (!contacts.ok) {
                Q_EMIT searchFailed(requestId, describe(contacts.error));
                return;
            }
            QList<qint64> ids;
            for (const CrmContact &c : contacts.value)
                ids << c.id;
            m_crm->listDeals(QJsonObject{{QStringLiteral("%TITLE"), q}}, dealSelect())
                ->then(this, [this, requestId, ids, seed](const Result<QList<CrmDeal>> &deals) {
                    if (!deals.ok) {
                        Q_EMIT searchFailed(requestId, describe(deals.error));
                        return;
                    }
                    dealsOfContacts(requestId, ids, seed + deals.value);
                });
        });
}

void ConsolePortalWorker::dealsOfContacts(quint64 requestId, const QList<qint64> &contactIds,
                                          QList<CrmDeal> alreadyFound)
{
    if (contactIds.isEmpty()) {
        withContacts(requestId, alreadyFound);
        return;
    }
    QJsonArray ids;
    for (qint64 id : contactIds)
        ids.append(QString::number(id));
    m_crm->listDeals(QJsonObject{{QStringLiteral("@CONTACT_ID"), ids}}, dealSelect())
        ->then(this, [this, requestId, alreadyFound](const Result<QList<CrmDeal>> &found) {
            if (!found.ok) {
                Q_EMIT searchFailed(requestId, describe(found.error));
                return;
            }
            withContacts(requestId, alreadyFound + found.value);
        });
}

void ConsolePortalWorker::withContacts(quint64 requestId, const QList<CrmDeal> &found)
{
    QList<CrmDeal> deals;
    QSet<qint64> seen;
    for (const CrmDeal &d : found)
        if (!seen.contains(d.id)) {
            seen.insert(d.id);
            deals << d;
        }
    std::sort(deals.begin(), deals.end(),
              [](const CrmDeal &a, const CrmDeal &b) { return a.id > b.id; });
    if (deals.size() > maxCandidates)
        deals.resize(maxCandidates);
    QJsonArray contactIds;
    for (const CrmDeal &d : std::as_const(deals))
        if (d.contactId > 0 && !contactIds.contains(QString::number(d.contactId)))
            contactIds.append(QString::number(d.contactId));
    if (contactIds.isEmpty()) {
        QList<DealCandidate> out;
        for (const CrmDeal &d : std::as_const(deals))
            out << candidate(d, nullptr);
        Q_EMIT searchFinished(requestId, out);
        return;
    }
    m_crm->listContacts(QJsonObject{{QStringLiteral("@ID"), contactIds}})
        ->then(this, [this, requestId, deals](const Result<QList<CrmContact>> &people) {
            // Names only decorate the list: a failed read leaves them empty, not the search.
            QHash<qint64, CrmContact> contacts;
            for (const CrmContact &c : people.value)
                contacts.insert(c.id, c);
            QList<DealCandidate> out;
            for (const CrmDeal &d : deals) {
                const auto it = contacts.constFind(d.contactId);
                out << candidate(d, it == contacts.cend() ? nullptr : &*it);
            }
            Q_EMIT searchFinished(requestId, out);
        });
}

DealCandidate ConsolePortalWorker::candidate(const CrmDeal &deal, const CrmContact *contact) const
{
    DealCandidate c;
    c.id = deal.id;
    c.title = deal.title;
    c.categoryId = deal.categoryId;
    c.stage = StageId::parse(deal.stageId);
    if (c.stage.categoryId() == 0 && deal.categoryId > 0)
        c.stage = c.stage.inCategory(deal.categoryId);
    c.semantics = CurrentStage::semanticsFromCode(deal.stageSemanticId);
    c.contactId = deal.contactId;
    if (contact)
        c.contactName = PiiMask::name(contact->lastName, contact->name, contact->secondName);
    if (const QString key = m_config.fieldMap.fieldName(MappedField::IdentKey); !key.isEmpty())
        c.identKey = CrmValue::text(deal.fields.value(key));
    const QString begin = CrmValue::text(deal.fields.value(QLatin1String("BEGINDATE")));
    c.date = QDateTime::fromString(
        begin.isEmpty() ? CrmValue::text(deal.fields.value(QLatin1String("DATE_CREATE"))) : begin,
        Qt::ISODate);
    c.amount = CrmValue::text(deal.fields.value(QLatin1String("OPPORTUNITY"))).toDouble();
    c.currency = CrmValue::text(deal.fields.value(QLatin1String("CURRENCY_ID")));
    return c;
}

} // namespace identsync
