#pragma once

#include "bitrix24client.h"
#include "callresult.h"
#include "crmtypes.h"
#include "pendingoperation.h"

#include "core/pipeline.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace identsync {

// Typed CRM operations on top of a Bitrix24Client (same thread). Each returns a Pending that
// finishes with a Result<T>: ok with the decoded value, failed with an ErrorInfo, or (writes)
// outcome unknown. A write the portal confirmed but whose answer cannot be decoded (an add
// without an id) is reported as outcome unknown, never as a plain failure: the engine must
// look before writing again.
class CrmClient : public QObject
{
    Q_OBJECT

public:
    enum class Entity
    {
        Deal,
        Contact,
        Lead,
        Count
    };
    Q_ENUM(Entity)

    explicit CrmClient(Bitrix24Client *client, QObject *parent = nullptr);

    Bitrix24Client *client() const { return m_client; }

    // crm.{deal,contact,lead}.add: the new id.
    Pending<Result<qint64>> *add(Entity entity, const QJsonObject &fields,
                                 const QJsonObject &params = {}, const CallOptions &options = {});
    // crm.*.update: only the given fields change.
    Pending<Result<bool>> *update(Entity entity, qint64 id, const QJsonObject &fields,
                                  const QJsonObject &params = {}, const CallOptions &options = {});

    Pending<Result<CrmDeal>> *getDeal(qint64 id, const CallOptions &options = {});
    Pending<Result<CrmContact>> *getContact(qint64 id, const CallOptions &options = {});
    Pending<Result<CrmLead>> *getLead(qint64 id, const CallOptions &options = {});

    // Every matching row, page by page with keyset paging (order ID ASC, filter >ID, start=-1:
    // no counting on the portal, no offsets that shift while records are added). `select`
    // empty: the entity's default select. Stops at the first failed page (the error is
    // returned, the rows read so far are dropped).
    Pending<Result<QList<CrmDeal>>> *listDeals(const QJsonObject &filter,
                                               const QStringList &select = {});
    Pending<Result<QList<CrmContact>>> *listContacts(const QJsonObject &filter,
                                                     const QStringList &select = {});
    Pending<Result<QList<CrmLead>>> *listLeads(const QJsonObject &filter,
                                               const QStringList &select = {});

    // crm.deal.fields / crm.contact.fields / crm.lead.fields.
    Pending<Result<QMap<QString, CrmField>>> *fields(Entity entity);

    // Deal pipelines (crm.category.list, entityTypeId 2), ordered by sort then id.
    Pending<Result<QList<CrmCategory>>> *dealCategories();
    // The stages of one pipeline (crm.status.list for DEAL_STAGE / DEAL_STAGE_{n}), ordered by
    // sort, with their success/failure semantics.
    Pending<Result<Pipeline>> *pipeline(int categoryId);

    static QString methodPrefix(Entity entity); // "crm.deal"
    static QString displayName(Entity entity);  // "deal"

private:
    template <typename T>
    Pending<Result<QList<T>>> *listAll(Entity entity, QJsonObject filter, QStringList select);
    template <typename T>
    Pending<Result<T>> *getOne(Entity entity, qint64 id, const CallOptions &options);

    QPointer<Bitrix24Client> m_client;
};

} // namespace identsync
