#include "fake-bitrix24/restrouter.h"

#include "fake-bitrix24/filterengine.h"

#include <QSet>

#include <algorithm>

namespace identsync::fake {

namespace {

MethodResult crmError(const QString &description)
{
    return MethodResult::failure(400, QString(), description);
}

// CCrmRestHelper: the id must be a positive integer.
std::optional<qint64> entityId(const PhpValue &params)
{
    const PhpValue raw = params.param("id");
    bool ok = false;
    const qint64 id = raw.toInt(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

class MapRow : public FilterRow
{
public:
    explicit MapRow(const PhpValue &row)
        : m_row(row)
    {}
    QStringList values(const QString &field) const override
    {
        const PhpValue v = m_row.value(field);
        if (v.isNull() || (v.isString() && v.toString().isEmpty()))
            return {};
        return {v.toString()};
    }

private:
    const PhpValue &m_row;
};

} // namespace

RestRouter::RestRouter(CrmStore *store)
    : m_store(store)
{
    registerEntity(EntityType::Deal);
    registerEntity(EntityType::Contact);
    registerEntity(EntityType::Lead);
    m_methods.insert(QStringLiteral("crm.item.add"),
                     [this](const PhpValue &p) { return itemAdd(p); });
    m_methods.insert(QStringLiteral("crm.duplicate.findbycomm"),
                     [this](const PhpValue &p) { return findByComm(p); });
    m_methods.insert(QStringLiteral("crm.status.list"),
                     [this](const PhpValue &p) { return statusList(p); });
    m_methods.insert(QStringLiteral("crm.category.list"),
                     [this](const PhpValue &p) { return categoryList(p); });
}

void RestRouter::registerEntity(EntityType type)
{
    const QString prefix = QStringLiteral("crm.") + entityKey(type) + u'.';
    m_methods.insert(prefix + QLatin1String("add"),
                     [this, type](const PhpValue &p) { return add(type, p); });
    m_methods.insert(prefix + QLatin1String("update"),
                     [this, type](const PhpValue &p) { return update(type, p); });
    m_methods.insert(prefix + QLatin1String("get"),
                     [this, type](const PhpValue &p) { return get(type, p); });
    m_methods.insert(prefix + QLatin1String("list"),
                     [this, type](const PhpValue &p) { return list(type, p); });
    m_methods.insert(prefix + QLatin1String("fields"), [this, type](const PhpValue &) {
        return MethodResult::success(m_store->fieldsDescription(type));
    });
    m_methods.insert(prefix + QLatin1String("userfield.list"),
                     [this, type](const PhpValue &p) { return userFieldList(type, p); });
    m_methods.insert(prefix + QLatin1String("userfield.add"),
                     [this, type](const PhpValue &p) { return userFieldAdd(type, p); });
}

QStringList RestRouter::methods() const
{
    QStringList names = m_methods.keys();
    names << QStringLiteral("batch");
    names.sort();
    return names;
}

MethodResult RestRouter::call(const QString &method, const PhpValue &params)
{
    const auto it = m_methods.constFind(method);
    if (it == m_methods.cend())
        return MethodResult::failure(404, QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                                     QStringLiteral("Method not found!"));
    return (*it)(params);
}

MethodResult RestRouter::add(EntityType type, const PhpValue &params)
{
    const PhpValue fields = params.param("fields");
    if (!fields.isArray())
        return crmError(QStringLiteral("Parameter 'fields' must be array."));
    qint64 id = 0;
    CrmError error;
    if (!m_store->add(type, fields, WriteMode::Rest, &id, &error))
        return MethodResult::failure(error);
    return MethodResult::success(id);
}

MethodResult RestRouter::update(EntityType type, const PhpValue &params)
{
    const auto id = entityId(params);
    if (!id)
        return crmError(QStringLiteral("ID is not defined or invalid."));
    const PhpValue fields = params.param("fields");
    if (!fields.isArray())
        return crmError(QStringLiteral("Parameter 'fields' must be array."));
    CrmError error;
    if (!m_store->update(type, *id, fields, &error))
        return MethodResult::failure(error);
    return MethodResult::success(true);
}

MethodResult RestRouter::get(EntityType type, const PhpValue &params)
{
    const auto id = entityId(params);
    if (!id)
        return crmError(QStringLiteral("ID is not defined or invalid."));
    const Entity *entity = m_store->find(type, *id);
    if (!entity)
        return crmError(QStringLiteral("Not found"));
    return MethodResult::success(m_store->toRest(type, *entity));
}

MethodResult RestRouter::list(EntityType type, const PhpValue &params)
{
    ListRequest request;
    request.filter = params.param("filter");
    request.order = params.param("order");
    request.select = params.param("select");
    if (!request.filter.isNull() && !request.filter.isArray() &&
        !request.filter.toString().isEmpty())
        return crmError(QStringLiteral("Parameter 'filter' must be array."));
    if (!request.order.isNull() && !request.order.isArray() && !request.order.toString().isEmpty())
        return crmError(QStringLiteral("Parameter 'order' must be array."));
    const PhpValue start = params.param("start");
    request.start = start.isNull() ? 0 : start.toInt();
    if (!request.order.isArray() || request.order.size() == 0) {
        request.order = PhpValue::array();
        request.order.insert("ID", QStringLiteral("ASC"));
    }
    ListResult result;
    CrmError error;
    if (!m_store->list(type, request, &result, &error))
        return MethodResult::failure(error);
    MethodResult r = MethodResult::success(result.rows);
    r.total = result.total;
    r.next = result.next;
    return r;
}

MethodResult RestRouter::userFieldList(EntityType type, const PhpValue &params)
{
    const PhpValue filter = params.param("filter");
    const PhpValue order = params.param("order");
    // Labels are printed only for a requested language (filter.LANG).
    const bool withLabels = filter.contains("LANG");
    QList<PhpValue> rows;
    for (const UserField &uf : m_store->userFields(type))
        rows.append(uf.toRest(withLabels));
    FilterEngine engine(
        [](const QString &field) -> std::optional<ValueKind> {
            if (field == u"LANG")
                return std::nullopt;
            return field == u"ID" || field == u"SORT" ? ValueKind::Integer : ValueKind::Text;
        },
        [](const QString &) { return std::optional<qint64>(); });
    engine.setFilter(filter);
    engine.setOrder(order);
    QList<PhpValue> matched;
    for (const PhpValue &row : rows) {
        if (engine.matches(MapRow(row)))
            matched.append(row);
    }
    if (engine.hasOrder()) {
        std::stable_sort(matched.begin(), matched.end(), [&](const PhpValue &a, const PhpValue &b) {
            return engine.lessThan(MapRow(a), MapRow(b));
        });
    }
    PhpValue list = PhpValue::array();
    for (const PhpValue &row : matched)
        list.append(row);
    MethodResult r = MethodResult::success(list);
    r.total = matched.size();
    return r;
}

MethodResult RestRouter::userFieldAdd(EntityType type, const PhpValue &params)
{
    const PhpValue fields = params.param("fields");
    if (!fields.isArray())
        return crmError(QStringLiteral("Parameter 'fields' must be array."));
    qint64 id = 0;
    CrmError error;
    if (!m_store->addUserField(type, fields, &id, &error))
        return MethodResult::failure(error);
    return MethodResult::success(id);
}

MethodResult RestRouter::itemAdd(const PhpValue &params)
{
    const PhpValue typeId = params.value("entityTypeId");
    if (typeId.toInt() != 2)
        return MethodResult::failure(400, QStringLiteral("NOT_FOUND"),
                                     QStringLiteral("Smart process not found"));
    const PhpValue fields = params.value("fields");
    if (!fields.isArray())
        return MethodResult::failure(400, QStringLiteral("INVALID_ARG_VALUE"),
                                     QStringLiteral("Parameter 'fields' must be array."));
    // crm.item.* names fields in camelCase (leadId, stageId, ufCrmIdentKey); original UF names
    // are accepted as well.
    PhpValue upper = PhpValue::array();
    for (const auto &e : fields.entries()) {
        const QString key = e.first.toString();
        QString name = m_store->fieldFromCamelCase(EntityType::Deal, key);
        if (name.isEmpty() && m_store->field(EntityType::Deal, key))
            name = key;
        if (!name.isEmpty())
            upper.insert(name, e.second);
    }
    qint64 id = 0;
    CrmError error;
    if (!m_store->add(EntityType::Deal, upper, WriteMode::Item, &id, &error)) {
        error.code = QStringLiteral("CRM_FIELD_ERROR_VALUE_NOT_VALID");
        return MethodResult::failure(error);
    }
    PhpValue result = PhpValue::array();
    result.insert("item", m_store->toItem(EntityType::Deal, *m_store->find(EntityType::Deal, id)));
    return MethodResult::success(result);
}

MethodResult RestRouter::findByComm(const PhpValue &params)
{
    const QString type = params.param("type").toString().trimmed().toUpper();
    if (type.isEmpty())
        return crmError(QStringLiteral("Communication type is not defined."));
    if (type != u"PHONE" && type != u"EMAIL")
        return crmError(
            QStringLiteral("Communication type '%1' is not supported in current context.")
                .arg(type));
    const PhpValue values = params.param("values");
    if (!values.isArray() || values.size() == 0)
        return crmError(QStringLiteral("Communication values is not defined."));
    QList<EntityType> types{EntityType::Lead, EntityType::Contact};
    const QString entityType = params.param("entity_type").toString().trimmed().toUpper();
    if (!entityType.isEmpty()) {
        if (entityType == u"LEAD")
            types = {EntityType::Lead};
        else if (entityType == u"CONTACT")
            types = {EntityType::Contact};
        else if (entityType == u"COMPANY")
            types = {};
        else
            return crmError(QStringLiteral("%1 is not supported in current context.")
                                .arg(entityType.left(1) + entityType.mid(1).toLower()));
    }
    // The source stops after 20 distinct values and ignores the rest silently.
    QStringList distinct;
    for (const auto &e : values.entries()) {
        const QString v = e.second.toString().trimmed();
        if (!v.isEmpty() && !distinct.contains(v))
            distinct << v;
        if (distinct.size() == 20)
            break;
    }
    constexpr int kLimit = 20;
    PhpValue result = PhpValue::array();
    for (EntityType t : types) {
        QList<qint64> ids;
        for (const QString &v : distinct) {
            for (qint64 id : m_store->findByCommunication(t, type, v)) {
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
        if (ids.isEmpty())
            continue;
        std::sort(ids.begin(), ids.end());
        // When one type reaches the limit the other types are dropped.
        if (ids.size() >= kLimit) {
            PhpValue only = PhpValue::array();
            PhpValue list = PhpValue::array();
            for (int i = 0; i < kLimit; ++i)
                list.append(ids[i]);
            only.insert(entityKey(t).toUpper(), list);
            return MethodResult::success(only);
        }
        PhpValue list = PhpValue::array();
        for (qint64 id : ids)
            list.append(id);
        result.insert(entityKey(t).toUpper(), list);
    }
    return MethodResult::success(result);
}

MethodResult RestRouter::statusList(const PhpValue &params)
{
    const PhpValue filter = params.param("filter");
    PhpValue order = params.param("order");
    if (!filter.isNull() && !filter.isArray())
        return MethodResult::failure(400, QStringLiteral("Invalid parameters."),
                                     QStringLiteral("Incorrect parameters passed."));
    FilterEngine engine(
        [](const QString &field) -> std::optional<ValueKind> {
            return field == u"ID" || field == u"SORT" ? ValueKind::Integer : ValueKind::Status;
        },
        [](const QString &) { return std::optional<qint64>(); });
    engine.setFilter(filter);
    if (!order.isArray() || order.size() == 0) {
        order = PhpValue::array();
        order.insert("SORT", QStringLiteral("ASC"));
    }
    engine.setOrder(order);
    QList<PhpValue> rows;
    for (const StatusItem &s : m_store->statuses()) {
        const PhpValue row = s.toRest();
        if (engine.matches(MapRow(row)))
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const PhpValue &a, const PhpValue &b) {
        return engine.lessThan(MapRow(a), MapRow(b));
    });
    PhpValue list = PhpValue::array();
    for (const PhpValue &row : rows)
        list.append(row);
    MethodResult r = MethodResult::success(list);
    r.total = rows.size();
    return r;
}

MethodResult RestRouter::categoryList(const PhpValue &params)
{
    const qint64 typeId = params.value("entityTypeId").toInt();
    if (typeId == 1 || typeId == 3 || typeId == 4)
        return MethodResult::failure(400, QStringLiteral("ENTITY_TYPE_NOT_SUPPORTED"),
                                     QStringLiteral("Entity type `%1` is not supported")
                                         .arg(typeId == 1   ? u"LEAD"
                                              : typeId == 3 ? u"CONTACT"
                                                            : u"COMPANY"));
    if (typeId != 2)
        return MethodResult::failure(400, QStringLiteral("NOT_FOUND"),
                                     QStringLiteral("Smart process not found"));
    QList<Category> categories = m_store->categories();
    std::stable_sort(categories.begin(), categories.end(),
                     [](const Category &a, const Category &b) {
                         return a.sort != b.sort ? a.sort < b.sort : a.id < b.id;
                     });
    PhpValue list = PhpValue::array();
    for (const Category &c : categories)
        list.append(c.toRest());
    PhpValue result = PhpValue::array();
    result.insert("categories", list);
    MethodResult r = MethodResult::success(result);
    r.total = categories.size();
    return r;
}

} // namespace identsync::fake
