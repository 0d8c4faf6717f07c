#include "crmfinder.h"

#include "bitrixlog.h"

#include "core/phonenormalizer.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace identsync {

namespace {

constexpr int kPageSize = 50;

QStringList unique(const QStringList &values)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &v : values) {
        if (!seen.contains(v)) {
            seen.insert(v);
            out.append(v);
        }
    }
    return out;
}

QStringList withSelect(QStringList defaults, const QStringList &extra, const QString &must)
{
    for (const QString &s : extra) {
        if (!defaults.contains(s))
            defaults.append(s);
    }
    if (!must.isEmpty() && !defaults.contains(must))
        defaults.append(must);
    return defaults;
}

// The values a row holds in `field`: one for a plain field, several for a multiple one.
QStringList rowValues(const QJsonObject &row, const QString &field)
{
    const QJsonValue v = row.value(field);
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out.append(CrmValue::text(item));
    } else {
        out.append(CrmValue::text(v));
    }
    return out;
}

// One form for a phone, to compare what the portal stores with what we asked for.
QString phoneKey(const QString &raw)
{
    const PhoneResult normalized = PhoneNormalizer::normalize(raw);
    if (normalized.ok())
        return normalized.e164;
    QString digits;
    for (const QChar c : raw) {
        if (c.isDigit())
            digits.append(c);
    }
    return QLatin1Char('+') + digits;
}

// Runs lists of batch commands, at most 50 a batch, all batches at once (the client paces
// them), and calls `done` when every batch has answered.
class BatchFanOut
{
public:
    using Done = std::function<void(const QList<CommandResult> &)>;

    static void run(const QPointer<Bitrix24Client> &client, QObject *context,
                    const QList<BatchCommand> &commands, int *requests, Done done)
    {
        if (!client) {
            const ErrorInfo gone{ErrorClass::Transient,
                                 TransportError::Cancelled,
                                 0,
                                 QString(),
                                 QStringLiteral("the Bitrix24 client was shut down"),
                                 std::nullopt};
            QList<CommandResult> results;
            for (const BatchCommand &c : commands) {
                CallResult call;
                call.error = gone;
                results.append(CommandResult{c.key, c.method, call});
            }
            done(results);
            return;
        }
        if (commands.isEmpty()) {
            done({});
            return;
        }
        struct State
        {
            QList<CommandResult> results;
            int outstanding = 0;
        };
        auto state = std::make_shared<State>();
        state->results.resize(commands.size());
        const int perBatch = CrmFinder::commandsPerBatch;
        const CallOptions options{Bitrix24Client::newCorrelationId(), false};
        for (qsizetype first = 0; first < commands.size(); first += perBatch) {
            const QList<BatchCommand> part = commands.mid(first, perBatch);
            ++state->outstanding;
            ++*requests;
            client->batch(part, false, options)
                ->then(context, [state, first, done](const BatchResult &batch) {
                    for (qsizetype i = 0; i < batch.commands.size(); ++i)
                        state->results[first + i] = batch.commands.at(i);
                    if (--state->outstanding == 0)
                        done(state->results);
                });
        }
    }
};

// "field IN values" over every value, with continuation pages; calls `done` once.
template <typename T> class FieldSearch
{
public:
    using Done = std::function<void(FindResult<T>)>;

    struct Chunk
    {
        QStringList values;
        qint64 lastId = 0;
        QList<T> rows;
        std::optional<ErrorInfo> error;
    };

    static void run(Bitrix24Client *client, QObject *context, const QString &listMethod,
                    const QString &field, const QStringList &values, const QStringList &select,
                    const QJsonObject &extraFilter, Done done)
    {
        auto self = std::make_shared<FieldSearch>();
        self->m_client = client;
        self->m_context = context;
        self->m_method = listMethod;
        self->m_field = field;
        self->m_select = select;
        self->m_extraFilter = extraFilter;
        self->m_done = std::move(done);
        const QStringList distinct = unique(values);
        self->m_unique = field == QLatin1String("ID");
        const int perCommand =
            self->m_unique ? CrmFinder::idsPerCommand : CrmFinder::valuesPerCommand;
        for (qsizetype i = 0; i < distinct.size(); i += perCommand) {
            Chunk chunk;
            chunk.values = distinct.mid(i, perCommand);
            self->m_chunks.append(chunk);
            self->m_todo.append(int(self->m_chunks.size() - 1));
        }
        // From the event loop, so that even a search that needs no request finishes after the
        // caller has connected to its Pending.
        QTimer::singleShot(0, context, [self] { self->round(self); });
    }

private:
    void round(const std::shared_ptr<FieldSearch> &self)
    {
        if (m_todo.isEmpty()) {
            finish();
            return;
        }
        QList<BatchCommand> commands;
        const QList<int> todo = std::exchange(m_todo, {});
        for (const int index : todo) {
            const Chunk &chunk = m_chunks.at(index);
            QJsonObject filter = m_extraFilter;
            filter.insert(QLatin1Char('@') + m_field, QJsonArray::fromStringList(chunk.values));
            if (chunk.lastId > 0)
                filter.insert(QStringLiteral(">ID"), chunk.lastId);
            commands.append(BatchCommand{
                QStringLiteral("q%1").arg(index), m_method,
                QJsonObject{{QStringLiteral("filter"), filter},
                            {QStringLiteral("select"), QJsonArray::fromStringList(m_select)},
                            {QStringLiteral("order"),
                             QJsonObject{{QStringLiteral("ID"), QStringLiteral("ASC")}}},
                            {QStringLiteral("start"), -1}}});
        }
        BatchFanOut::run(m_client, m_context, commands, &m_requests,
                         [self, todo](const QList<CommandResult> &results) {
                             for (qsizetype i = 0; i < results.size(); ++i)
                                 self->absorb(todo.at(i), results.at(i).call);
                             self->round(self);
                         });
    }

    void absorb(int index, const CallResult &call)
    {
        Chunk &chunk = m_chunks[index];
        if (!call.ok) {
            chunk.error = call.error;
            return;
        }
        if (!call.result.isArray()) {
            chunk.error = ErrorInfo{
                ErrorClass::Internal,
                TransportError::None,
                200,
                QString(),
                QStringLiteral("%1 answered with something other than a list").arg(m_method),
                std::nullopt};
            return;
        }
        const QJsonArray rows = call.result.toArray();
        qint64 maxId = chunk.lastId;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QString error;
            const auto row = T::fromJson(rows.at(i), &error);
            if (!row) {
                chunk.error =
                    ErrorInfo{ErrorClass::Internal,
                              TransportError::None,
                              200,
                              QString(),
                              QStringLiteral("%1, row %2: %3").arg(m_method).arg(i + 1).arg(error),
                              std::nullopt};
                return;
            }
            maxId = std::max(maxId, row->id);
            chunk.rows.append(*row);
        }
        // A full page may hide more rows (duplicates of a key): continue after the last id.
        if (rows.size() >= kPageSize && !m_unique) {
            if (maxId <= chunk.lastId) {
                chunk.error =
                    ErrorInfo{ErrorClass::Internal,
                              TransportError::None,
                              200,
                              QString(),
                              QStringLiteral("%1 returned the same page again").arg(m_method),
                              std::nullopt};
                return;
            }
            chunk.lastId = maxId;
            m_todo.append(index);
        }
    }

    void finish()
    {
        FindResult<T> result;
        result.requests = m_requests;
        for (const Chunk &chunk : std::as_const(m_chunks)) {
            if (chunk.error) {
                for (const QString &v : chunk.values)
                    result.failures.insert(v, *chunk.error);
                continue;
            }
            // The portal's database may compare text without case: exact first, then folded.
            const QSet<QString> exact(chunk.values.cbegin(), chunk.values.cend());
            QHash<QString, QString> folded;
            for (const QString &v : chunk.values) {
                result.matches.insert(v, {});
                folded.insert(v.toCaseFolded(), v);
            }
            for (const T &row : chunk.rows) {
                QSet<QString> hit;
                for (const QString &held : rowValues(row.fields, m_field)) {
                    if (exact.contains(held))
                        hit.insert(held);
                    else if (const auto it = folded.constFind(held.toCaseFolded());
                             it != folded.constEnd())
                        hit.insert(it.value());
                }
                for (const QString &v : std::as_const(hit))
                    result.matches[v].append(row);
            }
        }
        const Done done = std::move(m_done);
        done(std::move(result));
    }

    QPointer<Bitrix24Client> m_client;
    QPointer<QObject> m_context;
    QString m_method;
    QString m_field;
    QStringList m_select;
    QJsonObject m_extraFilter;
    Done m_done;
    QList<Chunk> m_chunks;
    QList<int> m_todo;
    int m_requests = 0;
    bool m_unique = false; // searching by ID: one row per value at most
};

// Records by phone through crm.duplicate.findbycomm (bitrix24-rest.md §5.7). The call says
// which records carry *one of* its numbers, not which number, and it answers at most 20 ids. So:
//  1. up to 20 numbers a command;
//  2. a command that came back with 20 ids may have been cut short: its numbers are asked again
//     one by one;
//  3. the records are fetched by "@ID" and each is matched to the numbers it carries itself;
//  4. numbers whose records do not carry them in a comparable form are asked one by one.
template <typename T> class PhoneSearch
{
public:
    using Done = std::function<void(FindResult<T>)>;

    static void run(Bitrix24Client *client, QObject *context, const QString &entityType,
                    const QString &listMethod, const QStringList &phones, const QStringList &select,
                    Done done)
    {
        auto self = std::make_shared<PhoneSearch>();
        self->m_client = client;
        self->m_context = context;
        self->m_entityType = entityType;
        self->m_listMethod = listMethod;
        self->m_select = select;
        self->m_done = std::move(done);
        self->m_phones = unique(phones);
        for (const QString &p : std::as_const(self->m_phones))
            self->m_keyOf.insert(p, phoneKey(p));
        // From the event loop, like FieldSearch.
        QTimer::singleShot(0, context, [self] { self->findIds(self); });
    }

private:
    static constexpr int kIdLimit = 20; // findbycomm answers at most this many ids

    struct Chunk
    {
        QStringList phones;
        QList<qint64> ids;
        std::optional<ErrorInfo> error;
        bool perPhone = false; // its numbers were asked one by one (m_exact)
    };

    BatchCommand findCommand(const QString &key, const QStringList &phones) const
    {
        QJsonArray values;
        for (const QString &p : phones)
            values.append(m_keyOf.value(p));
        return BatchCommand{key, QStringLiteral("crm.duplicate.findbycomm"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("PHONE")},
                                        {QStringLiteral("values"), values},
                                        {QStringLiteral("entity_type"), m_entityType}}};
    }

    // `{"CONTACT":[275,2297]}`, or [] when nothing was found.
    std::optional<QList<qint64>> idsOf(const CallResult &call, ErrorInfo *error) const
    {
        if (!call.ok) {
            *error = call.error;
            return std::nullopt;
        }
        if (call.result.isArray() && call.result.toArray().isEmpty())
            return QList<qint64>{};
        if (!call.result.isObject()) {
            *error = ErrorInfo{ErrorClass::Internal,
                               TransportError::None,
                               200,
                               QString(),
                               QStringLiteral("crm.duplicate.findbycomm answered with neither a "
                                              "map nor []"),
                               std::nullopt};
            return std::nullopt;
        }
        QList<qint64> ids;
        for (const QJsonValue &v : call.result.toObject().value(m_entityType).toArray()) {
            if (const auto id = ResponseParser::toId(v))
                ids.append(*id);
        }
        return ids;
    }

    void findIds(const std::shared_ptr<PhoneSearch> &self)
    {
        QList<BatchCommand> commands;
        for (qsizetype i = 0; i < m_phones.size(); i += CrmFinder::phonesPerCommand) {
            Chunk chunk;
            chunk.phones = m_phones.mid(i, CrmFinder::phonesPerCommand);
            commands.append(findCommand(QStringLiteral("p%1").arg(m_chunks.size()), chunk.phones));
            m_chunks.append(chunk);
        }
        BatchFanOut::run(m_client, m_context, commands, &m_requests,
                         [self](const QList<CommandResult> &results) {
                             QStringList cutShort;
                             for (qsizetype i = 0; i < results.size(); ++i) {
                                 Chunk &chunk = self->m_chunks[i];
                                 ErrorInfo error;
                                 const auto ids = self->idsOf(results.at(i).call, &error);
                                 if (!ids) {
                                     chunk.error = error;
                                     continue;
                                 }
                                 chunk.ids = *ids;
                                 if (chunk.ids.size() >= kIdLimit && chunk.phones.size() > 1) {
                                     chunk.perPhone = true;
                                     cutShort.append(chunk.phones);
                                 }
                             }
                             self->perPhone(self, cutShort, [self] { self->fetchRecords(self); });
                         });
    }

    // Asks for each of `phones` alone; fills m_exact or m_phoneErrors, then calls `next`.
    void perPhone(const std::shared_ptr<PhoneSearch> &self, const QStringList &phones,
                  std::function<void()> next)
    {
        if (phones.isEmpty()) {
            next();
            return;
        }
        QList<BatchCommand> commands;
        for (qsizetype i = 0; i < phones.size(); ++i)
            commands.append(
                findCommand(QStringLiteral("s%1_%2").arg(m_rounds).arg(i), {phones.at(i)}));
        ++m_rounds;
        BatchFanOut::run(m_client, m_context, commands, &m_requests,
                         [self, phones, next](const QList<CommandResult> &results) {
                             for (qsizetype i = 0; i < results.size(); ++i) {
                                 ErrorInfo error;
                                 const auto ids = self->idsOf(results.at(i).call, &error);
                                 if (ids)
                                     self->m_exact.insert(phones.at(i), *ids);
                                 else
                                     self->m_phoneErrors.insert(phones.at(i), error);
                             }
                             next();
                         });
    }

    void fetchRecords(const std::shared_ptr<PhoneSearch> &self)
    {
        QStringList ids;
        QSet<qint64> seen;
        const auto collect = [&](const QList<qint64> &list) {
            for (const qint64 id : list) {
                if (!seen.contains(id)) {
                    seen.insert(id);
                    ids.append(QString::number(id));
                }
            }
        };
        for (const Chunk &chunk : std::as_const(m_chunks)) {
            if (!chunk.perPhone)
                collect(chunk.ids);
        }
        for (auto it = m_exact.cbegin(); it != m_exact.cend(); ++it)
            collect(it.value());
        FieldSearch<T>::run(m_client, m_context, m_listMethod, QStringLiteral("ID"), ids, m_select,
                            {}, [self](FindResult<T> byId) {
                                self->m_byId = std::move(byId);
                                self->m_requests += self->m_byId.requests;
                                self->attribute(self);
                            });
    }

    // Which asked-for numbers a record carries itself.
    QStringList carriedBy(const T &record, const QStringList &phones) const
    {
        QSet<QString> held;
        for (const CrmPhone &p : record.phones)
            held.insert(phoneKey(p.value));
        QStringList out;
        for (const QString &p : phones) {
            if (held.contains(m_keyOf.value(p)))
                out.append(p);
        }
        return out;
    }

    // The error that spoils `ids`, if fetching any of them failed.
    std::optional<ErrorInfo> fetchError(const QList<qint64> &ids) const
    {
        for (const qint64 id : ids) {
            const auto it = m_byId.failures.constFind(QString::number(id));
            if (it != m_byId.failures.constEnd())
                return it.value();
        }
        return std::nullopt;
    }

    void attribute(const std::shared_ptr<PhoneSearch> &self)
    {
        QStringList unresolved;
        for (const Chunk &chunk : std::as_const(m_chunks)) {
            if (chunk.perPhone)
                continue;
            const std::optional<ErrorInfo> error =
                chunk.error ? chunk.error : fetchError(chunk.ids);
            if (error) {
                for (const QString &p : chunk.phones)
                    m_result.failures.insert(p, *error);
                continue;
            }
            for (const QString &p : chunk.phones)
                m_result.matches.insert(p, {});
            bool resolved = true;
            for (const qint64 id : chunk.ids) {
                const QList<T> records = m_byId.matches.value(QString::number(id));
                if (records.isEmpty())
                    continue; // deleted between the two calls
                const T &record = records.constFirst();
                QStringList carried = carriedBy(record, chunk.phones);
                if (carried.isEmpty() && chunk.phones.size() == 1)
                    carried = chunk.phones;
                if (carried.isEmpty()) {
                    resolved = false;
                    continue;
                }
                for (const QString &p : std::as_const(carried))
                    add(p, record);
            }
            if (!resolved) {
                for (const QString &p : chunk.phones)
                    m_result.matches[p].clear();
                unresolved.append(chunk.phones);
            }
        }
        if (!unresolved.isEmpty())
            qCDebug(lcBitrix) << "phone search:" << unresolved.size()
                              << "numbers need a look-up of their own";
        perPhone(self, unresolved, [self] { self->finish(); });
    }

    void add(const QString &phone, const T &record)
    {
        QList<T> &list = m_result.matches[phone];
        const bool known =
            std::any_of(list.cbegin(), list.cend(), [&](const T &r) { return r.id == record.id; });
        if (!known)
            list.append(record);
    }

    void finish()
    {
        // Numbers asked one by one: their answer is exact.
        for (auto it = m_exact.cbegin(); it != m_exact.cend(); ++it) {
            if (const auto error = fetchError(it.value())) {
                m_result.matches.remove(it.key());
                m_result.failures.insert(it.key(), *error);
                continue;
            }
            m_result.matches[it.key()].clear();
            for (const qint64 id : it.value()) {
                const QList<T> records = m_byId.matches.value(QString::number(id));
                if (!records.isEmpty())
                    add(it.key(), records.constFirst());
            }
        }
        for (auto it = m_phoneErrors.cbegin(); it != m_phoneErrors.cend(); ++it) {
            m_result.matches.remove(it.key());
            m_result.failures.insert(it.key(), it.value());
        }
        m_result.requests = m_requests;
        const Done done = std::move(m_done);
        done(std::move(m_result));
    }

    QPointer<Bitrix24Client> m_client;
    QPointer<QObject> m_context;
    QString m_entityType;
    QString m_listMethod;
    QStringList m_select;
    Done m_done;
    QStringList m_phones;
    QHash<QString, QString> m_keyOf;
    QList<Chunk> m_chunks;
    QHash<QString, QList<qint64>> m_exact;
    QHash<QString, ErrorInfo> m_phoneErrors;
    FindResult<T> m_byId;
    FindResult<T> m_result;
    int m_requests = 0;
    int m_rounds = 0;
};

template <typename T> Pending<FindResult<T>> *startSearch(QObject *owner)
{
    return new Pending<FindResult<T>>(owner);
}

} // namespace

CrmFinder::CrmFinder(Bitrix24Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

Pending<FindResult<CrmDeal>> *CrmFinder::dealsByKeys(const QString &keyField,
                                                     const QStringList &keys,
                                                     const QStringList &extraSelect)
{
    return dealsByField(keyField, keys, extraSelect);
}

Pending<FindResult<CrmDeal>> *CrmFinder::dealsByField(const QString &field,
                                                      const QStringList &values,
                                                      const QStringList &extraSelect,
                                                      const QJsonObject &extraFilter)
{
    auto *pending = startSearch<CrmDeal>(this);
    FieldSearch<CrmDeal>::run(m_client, pending, QStringLiteral("crm.deal.list"), field, values,
                              withSelect(CrmDeal::defaultSelect(), extraSelect, field), extraFilter,
                              [pending](FindResult<CrmDeal> r) { pending->finish(std::move(r)); });
    return pending;
}

Pending<FindResult<CrmContact>> *CrmFinder::contactsByField(const QString &field,
                                                            const QStringList &values,
                                                            const QStringList &extraSelect)
{
    auto *pending = startSearch<CrmContact>(this);
    FieldSearch<CrmContact>::run(
        m_client, pending, QStringLiteral("crm.contact.list"), field, values,
        withSelect(CrmContact::defaultSelect(), extraSelect, field), {},
        [pending](FindResult<CrmContact> r) { pending->finish(std::move(r)); });
    return pending;
}

Pending<FindResult<CrmLead>> *CrmFinder::leadsByField(const QString &field,
                                                      const QStringList &values,
                                                      const QStringList &extraSelect,
                                                      const QJsonObject &extraFilter)
{
    auto *pending = startSearch<CrmLead>(this);
    FieldSearch<CrmLead>::run(m_client, pending, QStringLiteral("crm.lead.list"), field, values,
                              withSelect(CrmLead::defaultSelect(), extraSelect, field), extraFilter,
                              [pending](FindResult<CrmLead> r) { pending->finish(std::move(r)); });
    return pending;
}

Pending<FindResult<CrmContact>> *CrmFinder::contactsByPhones(const QStringList &phones,
                                                             const QStringList &extraSelect)
{
    auto *pending = startSearch<CrmContact>(this);
    PhoneSearch<CrmContact>::run(
        m_client, pending, QStringLiteral("CONTACT"), QStringLiteral("crm.contact.list"), phones,
        withSelect(CrmContact::defaultSelect(), extraSelect, QStringLiteral("PHONE")),
        [pending](FindResult<CrmContact> r) { pending->finish(std::move(r)); });
    return pending;
}

Pending<FindResult<CrmLead>> *CrmFinder::openLeadsByPhones(const QStringList &phones,
                                                           const QStringList &closedStatuses,
                                                           const QStringList &extraSelect)
{
    auto *pending = startSearch<CrmLead>(this);
    QSet<QString> closed;
    for (const QString &s : closedStatuses)
        closed.insert(s.trimmed().toUpper());
    PhoneSearch<CrmLead>::run(
        m_client, pending, QStringLiteral("LEAD"), QStringLiteral("crm.lead.list"), phones,
        withSelect(CrmLead::defaultSelect(), extraSelect, QStringLiteral("PHONE")),
        [pending, closed](FindResult<CrmLead> r) {
            for (auto it = r.matches.begin(); it != r.matches.end(); ++it) {
                it.value().removeIf([&](const CrmLead &lead) {
                    return closed.contains(lead.statusId.trimmed().toUpper());
                });
            }
            pending->finish(std::move(r));
        });
    return pending;
}

} // namespace identsync
