#include "crmclient.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <memory>

namespace identsync {

namespace {

constexpr int kPageSize = 50; // fixed by the portal (bitrix24-rest.md §2.3)

template <typename T> void decodeFailed(Result<T> &out, const QString &message, bool write)
{
    out.ok = false;
    // The portal ran the write; only its answer is unreadable.
    out.outcomeUnknown = write;
    out.error = ErrorInfo{ErrorClass::Internal, TransportError::None, 200, QString(), message,
                          std::nullopt};
}

// Finishes `outer` from `inner` through `decode(call, result)`; cancelling `outer` cancels
// `inner`.
template <typename T, typename F>
Pending<Result<T>> *chain(QObject *owner, Pending<CallResult> *inner, F decode)
{
    auto *outer = new Pending<Result<T>>(owner);
    QObject::connect(outer, &PendingOperation::cancelRequested, inner, &PendingOperation::cancel);
    inner->then(outer, [outer, decode](const CallResult &call) {
        Result<T> out = Result<T>::fromCall(call);
        if (call.ok)
            decode(call, out);
        outer->finish(std::move(out));
    });
    return outer;
}

template <typename T> std::optional<T> decodeRow(const QJsonValue &row, QString *error)
{
    return T::fromJson(row, error);
}

template <typename T> QStringList defaultSelectOf()
{
    return T::defaultSelect();
}

} // namespace

CrmClient::CrmClient(Bitrix24Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString CrmClient::methodPrefix(Entity entity)
{
    switch (entity) {
    case Entity::Deal:
        return QStringLiteral("crm.deal");
    case Entity::Contact:
        return QStringLiteral("crm.contact");
    case Entity::Lead:
        return QStringLiteral("crm.lead");
    case Entity::Count:
        break;
    }
    return QString();
}

QString CrmClient::displayName(Entity entity)
{
    switch (entity) {
    case Entity::Deal:
        return QStringLiteral("deal");
    case Entity::Contact:
        return QStringLiteral("contact");
    case Entity::Lead:
        return QStringLiteral("lead");
    case Entity::Count:
        break;
    }
    return QString();
}

Pending<Result<qint64>> *CrmClient::add(Entity entity, const QJsonObject &fields,
                                        const QJsonObject &params, const CallOptions &options)
{
    QJsonObject body{{QStringLiteral("fields"), fields}};
    if (!params.isEmpty())
        body.insert(QStringLiteral("params"), params);
    auto *inner = m_client->call(methodPrefix(entity) + QStringLiteral(".add"), body, options);
    return chain<qint64>(this, inner, [entity](const CallResult &call, Result<qint64> &out) {
        const auto id = ResponseParser::toId(call.result);
        if (!id) {
            decodeFailed(out,
                         QStringLiteral("The portal confirmed the new %1 but sent no id (got "
                                        "\"%2\"); look it up before creating it again.")
                             .arg(displayName(entity), CrmValue::text(call.result).left(32)),
                         true);
            return;
        }
        out.value = *id;
    });
}

Pending<Result<bool>> *CrmClient::update(Entity entity, qint64 id, const QJsonObject &fields,
                                         const QJsonObject &params, const CallOptions &options)
{
    QJsonObject body{{QStringLiteral("id"), QString::number(id)},
                     {QStringLiteral("fields"), fields}};
    if (!params.isEmpty())
        body.insert(QStringLiteral("params"), params);
    auto *inner = m_client->call(methodPrefix(entity) + QStringLiteral(".update"), body, options);
    return chain<bool>(this, inner, [entity, id](const CallResult &call, Result<bool> &out) {
        const bool confirmed = call.result.isBool()
                                   ? call.result.toBool()
                                   : CrmValue::integer(call.result).value_or(0) == 1 ||
                                         call.result.toString() == QLatin1String("true");
        if (!confirmed) {
            decodeFailed(out,
                         QStringLiteral("The portal answered the update of %1 %2 with \"%3\" "
                                        "instead of true.")
                             .arg(displayName(entity))
                             .arg(id)
                             .arg(CrmValue::text(call.result).left(32)),
                         true);
            return;
        }
        out.value = true;
    });
}

template <typename T>
Pending<Result<T>> *CrmClient::getOne(Entity entity, qint64 id, const CallOptions &options)
{
    auto *inner = m_client->call(methodPrefix(entity) + QStringLiteral(".get"),
                                 QJsonObject{{QStringLiteral("id"), QString::number(id)}}, options);
    return chain<T>(this, inner, [entity, id](const CallResult &call, Result<T> &out) {
        QString error;
        const auto value = decodeRow<T>(call.result, &error);
        if (!value) {
            decodeFailed(
                out,
                QStringLiteral("Unreadable %1 %2: %3").arg(displayName(entity)).arg(id).arg(error),
                false);
            return;
        }
        out.value = *value;
    });
}

Pending<Result<CrmDeal>> *CrmClient::getDeal(qint64 id, const CallOptions &options)
{
    return getOne<CrmDeal>(Entity::Deal, id, options);
}

Pending<Result<CrmContact>> *CrmClient::getContact(qint64 id, const CallOptions &options)
{
    return getOne<CrmContact>(Entity::Contact, id, options);
}

Pending<Result<CrmLead>> *CrmClient::getLead(qint64 id, const CallOptions &options)
{
    return getOne<CrmLead>(Entity::Lead, id, options);
}

template <typename T>
Pending<Result<QList<T>>> *CrmClient::listAll(Entity entity, QJsonObject filter, QStringList select)
{
    using Out = Result<QList<T>>;
    auto *outer = new Pending<Out>(this);
    if (select.isEmpty())
        select = defaultSelectOf<T>();
    if (!select.contains(QLatin1String("ID")))
        select.prepend(QStringLiteral("ID"));
    const qint64 floorId = CrmValue::integer(filter.value(QLatin1String(">ID"))).value_or(0);

    struct State
    {
        QList<T> rows;
        qint64 lastId = 0;
        QString correlationId = Bitrix24Client::newCorrelationId();
        QPointer<PendingOperation> current;
    };
    auto state = std::make_shared<State>();
    state->lastId = floorId;
    QObject::connect(outer, &PendingOperation::cancelRequested, outer, [state] {
        if (state->current)
            state->current->cancel();
    });

    auto fetch = std::make_shared<std::function<void()>>();
    *fetch = [this, outer, state, fetch, entity, filter, select] {
        QJsonObject pageFilter = filter;
        pageFilter.insert(QStringLiteral(">ID"), state->lastId);
        const QJsonObject params{
            {QStringLiteral("filter"), pageFilter},
            {QStringLiteral("select"), QJsonArray::fromStringList(select)},
            {QStringLiteral("order"), QJsonObject{{QStringLiteral("ID"), QStringLiteral("ASC")}}},
            {QStringLiteral("start"), -1}};
        CallOptions options;
        options.correlationId = state->correlationId;
        auto *page =
            m_client->call(methodPrefix(entity) + QStringLiteral(".list"), params, options);
        state->current = page;
        page->then(outer, [outer, state, fetch, entity](const CallResult &call) {
            Out out = Out::fromCall(call);
            if (!call.ok) {
                *fetch = nullptr; // break the self-reference
                outer->finish(std::move(out));
                return;
            }
            if (!call.result.isArray()) {
                decodeFailed(
                    out, QStringLiteral("The %1 list page is not a list").arg(displayName(entity)),
                    false);
                *fetch = nullptr;
                outer->finish(std::move(out));
                return;
            }
            const QJsonArray rows = call.result.toArray();
            qint64 maxId = state->lastId;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QString error;
                const auto row = decodeRow<T>(rows.at(i), &error);
                if (!row) {
                    decodeFailed(out,
                                 QStringLiteral("Row %1 of a %2 list page: %3")
                                     .arg(i + 1)
                                     .arg(displayName(entity), error),
                                 false);
                    *fetch = nullptr;
                    outer->finish(std::move(out));
                    return;
                }
                maxId = std::max(maxId, row->id);
                state->rows.append(*row);
            }
            if (rows.size() >= kPageSize) {
                if (maxId <= state->lastId) {
                    decodeFailed(out,
                                 QStringLiteral("The portal returned the same %1 page again (IDs "
                                                "not above %2); stopped to avoid a loop.")
                                     .arg(displayName(entity))
                                     .arg(state->lastId),
                                 false);
                    *fetch = nullptr;
                    outer->finish(std::move(out));
                    return;
                }
                state->lastId = maxId;
                (*fetch)();
                return;
            }
            out.value = std::move(state->rows);
            *fetch = nullptr;
            outer->finish(std::move(out));
        });
    };
    (*fetch)();
    return outer;
}

Pending<Result<QList<CrmDeal>>> *CrmClient::listDeals(const QJsonObject &filter,
                                                      const QStringList &select)
{
    return listAll<CrmDeal>(Entity::Deal, filter, select);
}

Pending<Result<QList<CrmContact>>> *CrmClient::listContacts(const QJsonObject &filter,
                                                            const QStringList &select)
{
    return listAll<CrmContact>(Entity::Contact, filter, select);
}

Pending<Result<QList<CrmLead>>> *CrmClient::listLeads(const QJsonObject &filter,
                                                      const QStringList &select)
{
    return listAll<CrmLead>(Entity::Lead, filter, select);
}

Pending<Result<QMap<QString, CrmField>>> *CrmClient::fields(Entity entity)
{
    using Map = QMap<QString, CrmField>;
    auto *inner = m_client->call(methodPrefix(entity) + QStringLiteral(".fields"));
    return chain<Map>(this, inner, [entity](const CallResult &call, Result<Map> &out) {
        QString error;
        const auto map = CrmField::mapFromJson(call.result, &error);
        if (!map) {
            decodeFailed(
                out, QStringLiteral("Unreadable %1 field list: %2").arg(displayName(entity), error),
                false);
            return;
        }
        out.value = *map;
    });
}

Pending<Result<QList<CrmCategory>>> *CrmClient::dealCategories()
{
    using Out = Result<QList<CrmCategory>>;
    auto *outer = new Pending<Out>(this);
    struct State
    {
        QList<CrmCategory> categories;
        QPointer<PendingOperation> current;
    };
    auto state = std::make_shared<State>();
    QObject::connect(outer, &PendingOperation::cancelRequested, outer, [state] {
        if (state->current)
            state->current->cancel();
    });
    auto fetch = std::make_shared<std::function<void(int)>>();
    *fetch = [this, outer, state, fetch](int start) {
        auto *page = m_client->call(
            QStringLiteral("crm.category.list"),
            QJsonObject{{QStringLiteral("entityTypeId"), 2}, {QStringLiteral("start"), start}});
        state->current = page;
        page->then(outer, [outer, state, fetch, start](const CallResult &call) {
            Out out = Out::fromCall(call);
            const auto done = [&] {
                *fetch = nullptr;
                outer->finish(std::move(out));
            };
            if (!call.ok)
                return done();
            const QJsonValue list = call.result.toObject().value(QLatin1String("categories"));
            if (!list.isArray()) {
                decodeFailed(out, QStringLiteral("The pipeline list has no \"categories\" list"),
                             false);
                return done();
            }
            for (const QJsonValue &row : list.toArray()) {
                QString error;
                const auto category = CrmCategory::fromJson(row, &error);
                if (!category) {
                    decodeFailed(out, error, false);
                    return done();
                }
                state->categories.append(*category);
            }
            if (call.next && *call.next > start) {
                (*fetch)(*call.next);
                return;
            }
            std::stable_sort(state->categories.begin(), state->categories.end(),
                             [](const CrmCategory &a, const CrmCategory &b) {
                                 return a.sort != b.sort ? a.sort < b.sort : a.id < b.id;
                             });
            out.value = state->categories;
            done();
        });
    };
    (*fetch)(0);
    return outer;
}

Pending<Result<Pipeline>> *CrmClient::pipeline(int categoryId)
{
    const QString entityId = categoryId == 0 ? QStringLiteral("DEAL_STAGE")
                                             : QStringLiteral("DEAL_STAGE_%1").arg(categoryId);
    auto *inner =
        m_client->call(QStringLiteral("crm.status.list"),
                       QJsonObject{{QStringLiteral("filter"),
                                    QJsonObject{{QStringLiteral("ENTITY_ID"), entityId}}},
                                   {QStringLiteral("order"),
                                    QJsonObject{{QStringLiteral("SORT"), QStringLiteral("ASC")}}}});
    return chain<Pipeline>(
        this, inner, [categoryId](const CallResult &call, Result<Pipeline> &out) {
            if (call.result.isArray() && call.result.toArray().isEmpty()) {
                out.ok = false;
                out.error =
                    ErrorInfo{ErrorClass::Config,
                              TransportError::None,
                              200,
                              QString(),
                              QStringLiteral("Pipeline %1 has no stages on the portal: check "
                                             "the pipeline chosen in the settings.")
                                  .arg(categoryId),
                              std::nullopt};
                return;
            }
            if (!call.result.isArray()) {
                decodeFailed(
                    out,
                    QStringLiteral("The stage list of pipeline %1 is not a list").arg(categoryId),
                    false);
                return;
            }
            QString error;
            Pipeline p = Pipeline::fromStatusList(categoryId, call.result.toArray(), &error);
            if (p.isEmpty()) {
                decodeFailed(out,
                             QStringLiteral("Unreadable stages of pipeline %1: %2")
                                 .arg(categoryId)
                                 .arg(error),
                             false);
                return;
            }
            out.value = p;
        });
}

} // namespace identsync
