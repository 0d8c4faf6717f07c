#include "fake-bitrix24/crmstore.h"

#include "fake-bitrix24/filterengine.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace identsync::fake {

namespace {

const QString kPhone = QStringLiteral("PHONE");
const QString kEmail = QStringLiteral("EMAIL");

QString yn(bool v)
{
    return v ? QStringLiteral("Y") : QStringLiteral("N");
}

// The message texts of CCrm*::CheckFields (CRM_ERROR_FIELD_INCORRECT / _IS_MISSING).
QString incorrect(const QString &label)
{
    return QStringLiteral("The field \"%1\" is incorrect.").arg(label);
}

QString missing(const QString &label)
{
    return QStringLiteral("The field \"%1\" is required.").arg(label);
}

// LAST_ERROR joins its lines with "<br />" and a newline.
QString joinProblems(const QStringList &problems)
{
    QStringList lines;
    for (const QString &p : problems)
        lines << p + QStringLiteral("<br />");
    return lines.join(u'\n');
}

bool isValidEmail(const QString &value)
{
    static const QRegularExpression rx(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return rx.match(value).hasMatch();
}

QString emailLabel(const QString &valueType)
{
    if (valueType == u"HOME")
        return QStringLiteral("Personal e-mail");
    if (valueType == u"MAILING")
        return QStringLiteral("Newsletter e-mail");
    if (valueType == u"OTHER")
        return QStringLiteral("Other e-mail");
    return QStringLiteral("Work e-mail");
}

PhpValue multiToRest(const QString &typeId, const QList<MultiValue> &items)
{
    PhpValue list = PhpValue::array();
    for (const MultiValue &m : items) {
        PhpValue row = PhpValue::array();
        row.insert("ID", QString::number(m.id));
        row.insert("VALUE_TYPE", m.valueType);
        row.insert("VALUE", m.value);
        row.insert("TYPE_ID", typeId);
        list.append(row);
    }
    return list;
}

class EntityRow : public FilterRow
{
public:
    EntityRow(const Entity &e, const QHash<QString, qsizetype> &index,
              const QList<FieldDef> &fields)
        : m_entity(e)
        , m_index(index)
        , m_fields(fields)
    {}

    QStringList values(const QString &field) const override
    {
        const auto it = m_index.constFind(field);
        if (it != m_index.cend() && m_fields[*it].kind == ValueKind::Multifield) {
            QStringList out;
            for (const MultiValue &m : m_entity.multi.value(field))
                out << m.value;
            return out;
        }
        const auto v = m_entity.values.constFind(field);
        if (v == m_entity.values.cend() || v->isNull())
            return {};
        if (v->isArray()) {
            QStringList out;
            for (const auto &e : v->entries())
                out << e.second.toString();
            return out;
        }
        return {v->toString()};
    }

private:
    const Entity &m_entity;
    const QHash<QString, qsizetype> &m_index;
    const QList<FieldDef> &m_fields;
};

} // namespace

CrmStore::CrmStore(int utcOffsetSeconds, qint64 userId)
    : m_utcOffset(utcOffsetSeconds)
    , m_userId(userId)
{
    resetToDefaults();
}

QMap<qint64, Entity> &CrmStore::entities(EntityType type)
{
    switch (type) {
    case EntityType::Deal:
        return m_deals;
    case EntityType::Contact:
        return m_contacts;
    case EntityType::Lead:
    case EntityType::Count:
        break;
    }
    return m_leads;
}

const QMap<qint64, Entity> &CrmStore::entities(EntityType type) const
{
    return const_cast<CrmStore *>(this)->entities(type);
}

void CrmStore::resetToDefaults()
{
    m_deals.clear();
    m_contacts.clear();
    m_leads.clear();
    m_statuses.clear();
    m_categories.clear();
    m_userFields.clear();
    for (qint64 &n : m_nextId)
        n = 1;
    m_nextMultiId = 1;
    m_nextStatusId = 101;
    m_nextUserFieldId = 101;
    m_nextEnumId = 1;
    seedStatuses();
    seedUserFields();
    for (int i = 0; i < int(EntityType::Count); ++i)
        rebuildSchema(EntityType(i));
    touch();
}

void CrmStore::seedStatuses()
{
    m_categories = {{0, QStringLiteral("Общая"), 100}, {1, QStringLiteral("Ортодонтия"), 200}};
    struct Seed
    {
        const char *id;
        const char *name;
        int sort;
        const char *semantics;
        const char *color;
        bool system;
    };
    // The default pipeline of a Russian portal, plus the clinic's treatment stage UC_NO40X0
    // after PREPARATION (SPEC §2.3).
    const Seed deal[] = {
        {"NEW", "Новая", 10, "process", "#39A8EF", true},
        {"PREPARATION", "Подготовка документов", 20, "process", "#2FC6F6", false},
        {"UC_NO40X0", "Лечение", 25, "process", "#1EC6FA", false},
        {"PREPAYMENT_INVOICE", "Счёт на предоплату", 30, "process", "#55D0E0", false},
        {"EXECUTING", "В работе", 40, "process", "#47E4C2", false},
        {"FINAL_INVOICE", "Финальный счёт", 50, "process", "#FFA900", false},
        {"WON", "Сделка успешна", 60, "success", "#7BD500", true},
        {"LOSE", "Сделка провалена", 70, "failure", "#FF5752", true},
        {"APOLOGY", "Анализ причины провала", 80, "apology", "#FF5752", false},
    };
    const Seed second[] = {
        {"NEW", "Консультация", 10, "process", "#39A8EF", true},
        {"PREPARATION", "План лечения", 20, "process", "#2FC6F6", false},
        {"EXECUTING", "Лечение", 30, "process", "#47E4C2", false},
        {"WON", "Лечение завершено", 60, "success", "#7BD500", true},
        {"LOSE", "Отказ", 70, "failure", "#FF5752", true},
    };
    const Seed lead[] = {
        {"NEW", "Не обработан", 10, "process", "#39A8EF", true},
        {"IN_PROCESS", "В работе", 20, "process", "#2FC6F6", false},
        {"PROCESSED", "Обработан", 30, "process", "#55D0E0", false},
        {"CONVERTED", "Качественный лид", 40, "success", "#7BD500", true},
        {"JUNK", "Некачественный лид", 50, "failure", "#FF5752", true},
    };
    auto add = [this](const QString &entityId, int category, const Seed &s) {
        StatusItem item;
        item.id = m_nextStatusId++;
        item.entityId = entityId;
        item.statusId = stageIdInCategory(category, QString::fromLatin1(s.id));
        item.name = QString::fromUtf8(s.name);
        item.nameInit = s.system ? item.name : QString();
        item.sort = s.sort;
        item.system = s.system;
        item.categoryId = entityId.startsWith(u"DEAL_STAGE") ? category : -1;
        item.color = QString::fromLatin1(s.color);
        item.semantics = QString::fromLatin1(s.semantics);
        m_statuses.append(item);
    };
    for (const Seed &s : deal)
        add(stageEntityId(0), 0, s);
    for (const Seed &s : second)
        add(stageEntityId(1), 1, s);
    for (const Seed &s : lead)
        add(QStringLiteral("STATUS"), 0, s);
    struct Plain
    {
        const char *entity;
        const char *id;
        const char *name;
    };
    const Plain plain[] = {
        {"SOURCE", "CALL", "Звонок"},
        {"SOURCE", "WEB", "Веб-сайт"},
        {"SOURCE", "OTHER", "Другое"},
        {"DEAL_TYPE", "SALE", "Продажа"},
        {"DEAL_TYPE", "SERVICE", "Сервисное обслуживание"},
        {"CONTACT_TYPE", "CLIENT", "Клиенты"},
    };
    int sort = 10;
    for (const Plain &p : plain) {
        StatusItem item;
        item.id = m_nextStatusId++;
        item.entityId = QString::fromLatin1(p.entity);
        item.statusId = QString::fromLatin1(p.id);
        item.name = QString::fromUtf8(p.name);
        item.nameInit = item.name;
        item.sort = sort;
        sort += 10;
        item.system = true;
        m_statuses.append(item);
    }
}

void CrmStore::seedUserFields()
{
    struct Seed
    {
        EntityType entity;
        const char *name;
        const char *type;
        const char *label;
    };
    // The user fields the default field map writes (SPEC §2.2).
    const Seed seeds[] = {
        {EntityType::Deal, "UF_CRM_IDENT_KEY", "string", "IDENT: ключ приёма"},
        {EntityType::Deal, "UF_CRM_IDENT_START", "datetime", "IDENT: начало приёма"},
        {EntityType::Deal, "UF_CRM_IDENT_END", "datetime", "IDENT: окончание приёма"},
        {EntityType::Deal, "UF_CRM_IDENT_DOCTOR", "string", "IDENT: врач"},
        {EntityType::Deal, "UF_CRM_IDENT_SPECIALITY", "string", "IDENT: специальность"},
        {EntityType::Deal, "UF_CRM_IDENT_BRANCH", "string", "IDENT: филиал"},
        {EntityType::Deal, "UF_CRM_IDENT_CHAIR", "string", "IDENT: кресло"},
        {EntityType::Deal, "UF_CRM_IDENT_STATUS", "string", "IDENT: статус приёма"},
        {EntityType::Deal, "UF_CRM_IDENT_CARD", "string", "IDENT: номер карты"},
        {EntityType::Deal, "UF_CRM_IDENT_GUARDIAN", "string", "IDENT: представитель"},
        {EntityType::Deal, "UF_CRM_IDENT_COMMENT", "string", "IDENT: комментарий"},
        {EntityType::Deal, "UF_CRM_IDENT_SERVICES", "string", "IDENT: услуги"},
        {EntityType::Deal, "UF_CRM_IDENT_ORDER_DATE", "datetime", "IDENT: дата счёта"},
        {EntityType::Deal, "UF_CRM_IDENT_CANCEL_REASON", "string", "IDENT: причина отмены"},
        {EntityType::Deal, "UF_CRM_IDENT_PLAN", "string", "IDENT: план лечения"},
        {EntityType::Deal, "UF_CRM_IDENT_PLAN_HASH", "string", "IDENT: хеш плана"},
        {EntityType::Deal, "UF_CRM_IDENT_REGISTRAR", "string", "IDENT: регистратор"},
        {EntityType::Contact, "UF_CRM_IDENT_PATIENT", "string", "IDENT: пациент"},
    };
    int sort = 100;
    for (const Seed &s : seeds) {
        UserField uf;
        uf.id = m_nextUserFieldId++;
        uf.entity = s.entity;
        uf.fieldName = QString::fromLatin1(s.name);
        uf.userTypeId = QString::fromLatin1(s.type);
        uf.sort = sort;
        sort += 10;
        uf.showFilter = QStringLiteral("E");
        uf.editFormLabel = uf.listColumnLabel = uf.listFilterLabel = QString::fromUtf8(s.label);
        uf.settings = PhpValue::array();
        if (uf.userTypeId == u"string") {
            uf.settings.insert("SIZE", 20);
            uf.settings.insert("ROWS", 1);
            uf.settings.insert("REGEXP", QString(""));
            uf.settings.insert("MIN_LENGTH", 0);
            uf.settings.insert("MAX_LENGTH", 0);
            uf.settings.insert("DEFAULT_VALUE", QString(""));
        } else {
            PhpValue def = PhpValue::array();
            def.insert("TYPE", QStringLiteral("NONE"));
            def.insert("VALUE", QString(""));
            uf.settings.insert("DEFAULT_VALUE", def);
            uf.settings.insert("USE_SECOND", QStringLiteral("Y"));
            uf.settings.insert("USE_TIMEZONE", QStringLiteral("N"));
        }
        m_userFields.append(uf);
    }
}

void CrmStore::rebuildSchema(EntityType type)
{
    Schema &s = m_schema[int(type)];
    s.ordered = systemFields(type);
    // User fields come after the system fields and before the multifields, as get prints them.
    qsizetype insertAt = s.ordered.size();
    while (insertAt > 0 && s.ordered[insertAt - 1].kind == ValueKind::Multifield)
        --insertAt;
    for (const UserField &uf : m_userFields) {
        if (uf.entity == type)
            s.ordered.insert(insertAt++, uf.toFieldDef());
    }
    s.index.clear();
    s.camel.clear();
    for (qsizetype i = 0; i < s.ordered.size(); ++i) {
        s.index.insert(s.ordered[i].name, i);
        s.camel.insert(camelCaseName(s.ordered[i].name), s.ordered[i].name);
    }
}

const QList<FieldDef> &CrmStore::fields(EntityType type) const
{
    return m_schema[int(type)].ordered;
}

const FieldDef *CrmStore::field(EntityType type, const QString &name) const
{
    const Schema &s = m_schema[int(type)];
    const auto it = s.index.constFind(name);
    return it == s.index.cend() ? nullptr : &s.ordered[*it];
}

QString CrmStore::fieldFromCamelCase(EntityType type, const QString &camel) const
{
    return m_schema[int(type)].camel.value(camel);
}

PhpValue CrmStore::fieldsDescription(EntityType type) const
{
    PhpValue out = PhpValue::array();
    for (const FieldDef &f : fields(type)) {
        PhpValue d = PhpValue::array();
        d.insert("type", f.type);
        d.insert("isRequired", f.required);
        d.insert("isReadOnly", f.readOnly);
        d.insert("isImmutable", f.immutable);
        d.insert("isMultiple", f.multiple);
        d.insert("isDynamic", f.dynamic);
        if (f.deprecated)
            d.insert("isDeprecated", true);
        if (!f.statusType.isEmpty())
            d.insert("statusType", f.statusType);
        d.insert("title", f.title);
        if (f.dynamic) {
            d.insert("listLabel", f.listLabel);
            d.insert("formLabel", f.formLabel);
            d.insert("filterLabel", f.filterLabel);
            if (!f.items.isNull())
                d.insert("items", f.items);
        }
        if (f.settings.isArray())
            d.insert("settings", f.settings);
        out.insert(f.name, d);
    }
    return out;
}

QString CrmStore::formatDateTime(const QDateTime &dt) const
{
    const QDateTime local = dt.toOffsetFromUtc(m_utcOffset);
    const int abs = std::abs(m_utcOffset);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QString(QChar(m_utcOffset < 0 ? u'-' : u'+')) +
           QStringLiteral("%1:%2")
               .arg(abs / 3600, 2, 10, QLatin1Char('0'))
               .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString CrmStore::formatDate(const QDate &date) const
{
    return formatDateTime(QDateTime(date, QTime(0, 0), QTimeZone(m_utcOffset)));
}

std::optional<QDateTime> CrmStore::parseDateTime(const QString &raw) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QTimeZone zone = QTimeZone(m_utcOffset);
    if (text.size() == 10 && text.at(4) == u'-') {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), zone);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime)
            dt = QDateTime(dt.date(), dt.time(), zone);
        return dt;
    }
    static const char *formats[] = {"dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy",
                                    "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"};
    for (const char *f : formats) {
        const QDateTime parsed = QDateTime::fromString(text, QString::fromLatin1(f));
        if (parsed.isValid())
            return QDateTime(parsed.date(), parsed.time(), zone);
    }
    return std::nullopt;
}

std::optional<qint64> CrmStore::parseInstant(const QString &text) const
{
    const auto dt = parseDateTime(text);
    if (!dt)
        return std::nullopt;
    return dt->toSecsSinceEpoch();
}

QString CrmStore::nowText() const
{
    return formatDateTime(QDateTime::currentDateTimeUtc());
}

QString CrmStore::fieldLabel(EntityType type, const FieldDef &field) const
{
    if (field.dynamic) {
        for (const UserField &uf : m_userFields) {
            if (uf.entity == type && uf.fieldName == field.name && !uf.editFormLabel.isEmpty())
                return uf.editFormLabel;
        }
        return field.name;
    }
    return field.title;
}

bool CrmStore::normalize(const FieldDef &field, const PhpValue &in, PhpValue *out, QString *problem,
                         bool *isEmailError) const
{
    Q_UNUSED(isEmailError);
    if (field.multiple) {
        PhpValue list = PhpValue::array();
        const PhpValue items = in.isArray() ? in : (in.isNull() ? PhpValue::array() : [&] {
            PhpValue one = PhpValue::array();
            one.append(in);
            return one;
        }());
        FieldDef single = field;
        single.multiple = false;
        for (const auto &e : items.entries()) {
            PhpValue v;
            if (!normalize(single, e.second, &v, problem, isEmailError))
                return false;
            if (!v.isNull())
                list.append(v);
        }
        *out = list.size() ? list : PhpValue();
        return true;
    }
    if (in.isNull() || (in.isString() && in.toString().trimmed().isEmpty())) {
        *out = PhpValue();
        return true;
    }
    if (in.isArray()) {
        *problem = QString(); // caller fills the label
        return false;
    }
    const QString text = in.toString().trimmed();
    switch (field.kind) {
    case ValueKind::Integer: {
        bool ok = false;
        const qint64 v = in.toInt(&ok);
        if (!ok || double(v) != in.toDouble())
            return false;
        if (field.type == u"enumeration") {
            bool known = false;
            for (const UserField &uf : m_userFields) {
                if (uf.fieldName != field.name)
                    continue;
                for (const UserField::EnumItem &item : uf.list)
                    known = known || item.id == v;
            }
            if (!known)
                return false;
        }
        *out = QString::number(v);
        return true;
    }
    case ValueKind::Money: {
        bool ok = false;
        const double v = in.toDouble(&ok);
        if (!ok)
            return false;
        *out = QString::number(v, 'f', 2);
        return true;
    }
    case ValueKind::Double: {
        bool ok = false;
        const double v = in.toDouble(&ok);
        if (!ok)
            return false;
        *out = QString::number(v, 'g', 15);
        return true;
    }
    case ValueKind::Char: {
        if (in.type() == PhpValue::Type::Bool) {
            *out = yn(in.toBool());
            return true;
        }
        const QString upper = text.toUpper();
        if (upper == u"Y" || upper == u"1" || upper == u"TRUE") {
            *out = QStringLiteral("Y");
            return true;
        }
        if (upper == u"N" || upper == u"0" || upper == u"FALSE") {
            *out = QStringLiteral("N");
            return true;
        }
        return false;
    }
    case ValueKind::Boolean: {
        const QString upper = text.toUpper();
        const bool truthy = in.type() == PhpValue::Type::Bool
                                ? in.toBool()
                                : !(upper == u"0" || upper == u"N" || upper == u"FALSE");
        *out = truthy ? QStringLiteral("1") : QStringLiteral("0");
        return true;
    }
    case ValueKind::Date: {
        const auto dt = parseDateTime(text);
        if (!dt)
            return false;
        *out = formatDate(dt->toOffsetFromUtc(m_utcOffset).date());
        return true;
    }
    case ValueKind::DateTime: {
        const auto dt = parseDateTime(text);
        if (!dt)
            return false;
        *out = formatDateTime(*dt);
        return true;
    }
    case ValueKind::Text:
    case ValueKind::Status:
        *out = in.toString();
        return true;
    case ValueKind::Multifield:
    case ValueKind::Count:
        break;
    }
    return false;
}

bool CrmStore::applyMultifield(const QString &typeId, const PhpValue &items, Entity &entity,
                               bool isNew, QStringList *problems, bool *emailError)
{
    QList<MultiValue> &list = entity.multi[typeId];
    for (const auto &e : items.entries()) {
        const PhpValue &item = e.second;
        if (!item.isArray())
            continue;
        const QString value = item.value("VALUE").toString().trimmed();
        QString valueType = item.value("VALUE_TYPE").toString().trimmed().toUpper();
        const qint64 itemId = item.value("ID").toInt();
        if (typeId == kEmail && !value.isEmpty() && !isValidEmail(value)) {
            problems->append(
                QStringLiteral("The field %1 contains an invalid address")
                    .arg(emailLabel(valueType.isEmpty() ? QStringLiteral("WORK") : valueType)));
            *emailError = true;
            continue;
        }
        if (!isNew && itemId > 0) {
            auto it = std::find_if(list.begin(), list.end(),
                                   [&](const MultiValue &m) { return m.id == itemId; });
            if (it == list.end())
                continue;
            // crm_multifield update rules: DELETE=Y, an empty VALUE or no VALUE at all removes
            // the entry; otherwise it changes in place.
            if (item.value("DELETE").toString().toUpper() == u"Y" || !item.contains("VALUE") ||
                value.isEmpty()) {
                list.erase(it);
                continue;
            }
            it->value = value;
            if (!valueType.isEmpty())
                it->valueType = valueType;
            continue;
        }
        if (value.isEmpty())
            continue;
        list.append(
            {m_nextMultiId++, valueType.isEmpty() ? QStringLiteral("WORK") : valueType, value});
    }
    if (list.isEmpty())
        entity.multi.remove(typeId);
    return true;
}

bool CrmStore::applyFields(EntityType type, Entity &entity, const PhpValue &input, WriteMode mode,
                           bool isNew, CrmError *error)
{
    QStringList problems;
    bool emailError = false;
    for (const auto &e : input.entries()) {
        const QString name = e.first.toString();
        const FieldDef *f = field(type, name);
        if (!f || name == u"ID")
            continue;
        if (f->kind == ValueKind::Multifield) {
            if (e.second.isArray())
                applyMultifield(name, e.second, entity, isNew, &problems, &emailError);
            continue;
        }
        bool writable = !f->readOnly;
        switch (mode) {
        case WriteMode::Rest:
            break;
        case WriteMode::Item:
            writable = writable || name == u"LEAD_ID";
            break;
        case WriteMode::Import:
            writable = true;
            break;
        case WriteMode::Count:
            break;
        }
        // Immutable fields (CATEGORY_ID) are set on create and ignored afterwards.
        if (!writable || (f->immutable && !isNew && mode != WriteMode::Import))
            continue;
        PhpValue v;
        QString problem;
        if (!normalize(*f, e.second, &v, &problem, &emailError)) {
            problems << incorrect(fieldLabel(type, *f));
            continue;
        }
        if (v.isNull())
            entity.values.remove(name);
        else
            entity.values.insert(name, v);
    }

    if (type == EntityType::Deal) {
        // CONTACT_IDS replaces the list and CONTACT_ID follows its first entry; CONTACT_ID alone
        // (deprecated) sets a one-contact list.
        if (input.contains("CONTACT_IDS")) {
            const PhpValue ids = entity.values.value(QStringLiteral("CONTACT_IDS"));
            if (ids.size())
                entity.values.insert(QStringLiteral("CONTACT_ID"), ids.entries().front().second);
            else
                entity.values.remove(QStringLiteral("CONTACT_ID"));
        } else if (input.contains("CONTACT_ID")) {
            const PhpValue id = entity.values.value(QStringLiteral("CONTACT_ID"));
            if (id.isNull()) {
                entity.values.remove(QStringLiteral("CONTACT_IDS"));
            } else {
                PhpValue list = PhpValue::array();
                list.append(id);
                entity.values.insert(QStringLiteral("CONTACT_IDS"), list);
            }
        }
        const int category = int(entity.values.value(QStringLiteral("CATEGORY_ID")).toInt());
        if (!hasCategory(category)) {
            problems << incorrect(QStringLiteral("Sales Funnel"));
        } else {
            const QString stage = entity.values.value(QStringLiteral("STAGE_ID")).toString();
            if (stage.isEmpty()) {
                const QList<StatusItem> list = stages(category);
                if (!list.isEmpty())
                    entity.values.insert(QStringLiteral("STAGE_ID"), list.front().statusId);
            } else if (!status(stageEntityId(category), stage)) {
                problems << incorrect(QStringLiteral("Deal Stage"));
            }
        }
    }
    if (type == EntityType::Lead) {
        const QString st = entity.values.value(QStringLiteral("STATUS_ID")).toString();
        if (st.isEmpty())
            entity.values.insert(QStringLiteral("STATUS_ID"), QStringLiteral("NEW"));
        else if (!status(QStringLiteral("STATUS"), st))
            problems << incorrect(QStringLiteral("Status"));
    }
    if (type == EntityType::Contact && isNew) {
        const bool named = !entity.values.value(QStringLiteral("NAME")).isNull() ||
                           !entity.values.value(QStringLiteral("LAST_NAME")).isNull() ||
                           !entity.values.value(QStringLiteral("SECOND_NAME")).isNull();
        if (!named)
            problems.prepend(missing(QStringLiteral("Name")));
    }
    for (const FieldDef &f : fields(type)) {
        if (f.dynamic && f.required && entity.values.value(f.name).isNull())
            problems << missing(fieldLabel(type, f));
    }
    if (!problems.isEmpty()) {
        error->httpStatus = 400;
        error->code = emailError ? QStringLiteral("ERROR_CORE") : QString();
        error->description =
            emailError && problems.size() == 1 ? problems.front() : joinProblems(problems);
        return false;
    }
    return true;
}

void CrmStore::recompute(EntityType type, Entity &entity, const QString &previousStage)
{
    auto set = [&](const char *name, const PhpValue &v) {
        if (v.isNull())
            entity.values.remove(QString::fromLatin1(name));
        else
            entity.values.insert(QString::fromLatin1(name), v);
    };
    entity.values.insert(QStringLiteral("ID"), QString::number(entity.id));
    const QString now = nowText();
    const QString user = QString::number(m_userId);
    switch (type) {
    case EntityType::Deal: {
        const int category = int(entity.values.value(QStringLiteral("CATEGORY_ID")).toInt());
        const QString stage = entity.values.value(QStringLiteral("STAGE_ID")).toString();
        const StatusItem *st = status(stageEntityId(category), stage);
        const QString letter = st ? st->semanticLetter() : QStringLiteral("P");
        set("STAGE_SEMANTIC_ID", letter);
        set("CLOSED", yn(letter != u"P"));
        const QList<StatusItem> list = stages(category);
        set("IS_NEW", yn(!list.isEmpty() && list.front().statusId == stage));
        if (stage != previousStage) {
            set("MOVED_TIME", now);
            set("MOVED_BY_ID", user);
        }
        break;
    }
    case EntityType::Contact:
        set("HAS_PHONE", yn(entity.multi.contains(kPhone)));
        set("HAS_EMAIL", yn(entity.multi.contains(kEmail)));
        set("HAS_IMOL", yn(false));
        break;
    case EntityType::Lead: {
        const QString st = entity.values.value(QStringLiteral("STATUS_ID")).toString();
        const StatusItem *item = status(QStringLiteral("STATUS"), st);
        const QString letter = item ? item->semanticLetter() : QStringLiteral("P");
        set("STATUS_SEMANTIC_ID", letter);
        set("HAS_PHONE", yn(entity.multi.contains(kPhone)));
        set("HAS_EMAIL", yn(entity.multi.contains(kEmail)));
        set("HAS_IMOL", yn(false));
        set("IS_RETURN_CUSTOMER", yn(!entity.values.value(QStringLiteral("CONTACT_ID")).isNull() ||
                                     !entity.values.value(QStringLiteral("COMPANY_ID")).isNull()));
        if (letter == u"P")
            set("DATE_CLOSED", PhpValue());
        else if (entity.values.value(QStringLiteral("DATE_CLOSED")).isNull())
            set("DATE_CLOSED", now);
        if (st != previousStage) {
            set("MOVED_TIME", now);
            set("MOVED_BY_ID", user);
        }
        break;
    }
    case EntityType::Count:
        break;
    }
}

bool CrmStore::add(EntityType type, const PhpValue &input, WriteMode mode, qint64 *id,
                   CrmError *error)
{
    Entity entity;
    const QString now = nowText();
    const QString user = QString::number(m_userId);
    const QString today =
        formatDate(QDateTime::currentDateTimeUtc().toOffsetFromUtc(m_utcOffset).date());
    auto def = [&](const char *name, const PhpValue &v) {
        entity.values.insert(QString::fromLatin1(name), v);
    };
    def("ASSIGNED_BY_ID", user);
    def("CREATED_BY_ID", user);
    def("MODIFY_BY_ID", user);
    def("DATE_CREATE", now);
    def("DATE_MODIFY", now);
    def("OPENED", QStringLiteral("Y"));
    def("LAST_ACTIVITY_TIME", now);
    def("LAST_ACTIVITY_BY", user);
    switch (type) {
    case EntityType::Deal:
        def("TYPE_ID", QStringLiteral("SALE"));
        def("CURRENCY_ID", QStringLiteral("RUB"));
        def("OPPORTUNITY", QStringLiteral("0.00"));
        def("IS_MANUAL_OPPORTUNITY", QStringLiteral("N"));
        def("TAX_VALUE", QStringLiteral("0.00"));
        def("BEGINDATE", today);
        def("CLOSEDATE",
            formatDate(
                QDateTime::currentDateTimeUtc().toOffsetFromUtc(m_utcOffset).date().addDays(7)));
        def("CATEGORY_ID", QStringLiteral("0"));
        def("IS_RECURRING", QStringLiteral("N"));
        def("IS_RETURN_CUSTOMER", QStringLiteral("N"));
        def("IS_REPEATED_APPROACH", QStringLiteral("N"));
        break;
    case EntityType::Contact:
        def("TYPE_ID", QStringLiteral("CLIENT"));
        def("EXPORT", QStringLiteral("Y"));
        break;
    case EntityType::Lead:
        def("CURRENCY_ID", QStringLiteral("RUB"));
        def("OPPORTUNITY", QStringLiteral("0.00"));
        def("IS_MANUAL_OPPORTUNITY", QStringLiteral("N"));
        break;
    case EntityType::Count:
        break;
    }
    if (!applyFields(type, entity, input, mode, true, error))
        return false;
    qint64 newId = 0;
    if (mode == WriteMode::Import && input.value("ID").toInt() > 0) {
        newId = input.value("ID").toInt();
        if (entities(type).contains(newId)) {
            error->description = QStringLiteral("ID %1 already exists").arg(newId);
            return false;
        }
    } else {
        newId = m_nextId[int(type)];
    }
    m_nextId[int(type)] = std::max(m_nextId[int(type)], newId + 1);
    entity.id = newId;
    if (!input.contains("TITLE") || entity.values.value(QStringLiteral("TITLE")).isNull()) {
        switch (type) {
        case EntityType::Deal:
            def("TITLE", QStringLiteral("Сделка #%1").arg(newId));
            break;
        case EntityType::Lead:
            def("TITLE", QStringLiteral("Лид #%1").arg(newId));
            break;
        case EntityType::Contact:
        case EntityType::Count:
            break;
        }
    }
    recompute(type, entity, QString());
    entities(type).insert(newId, entity);
    *id = newId;
    touch();
    return true;
}

bool CrmStore::update(EntityType type, qint64 id, const PhpValue &input, CrmError *error)
{
    auto &map = entities(type);
    const auto it = map.find(id);
    if (it == map.end()) {
        error->description = QStringLiteral("Not found");
        return false;
    }
    Entity copy = *it;
    const QString previous = copy.values
                                 .value(type == EntityType::Lead ? QStringLiteral("STATUS_ID")
                                                                 : QStringLiteral("STAGE_ID"))
                                 .toString();
    if (!applyFields(type, copy, input, WriteMode::Rest, false, error))
        return false;
    copy.values.insert(QStringLiteral("DATE_MODIFY"), nowText());
    copy.values.insert(QStringLiteral("MODIFY_BY_ID"), QString::number(m_userId));
    recompute(type, copy, previous);
    *it = copy;
    touch();
    return true;
}

const Entity *CrmStore::find(EntityType type, qint64 id) const
{
    const auto &map = entities(type);
    const auto it = map.constFind(id);
    return it == map.cend() ? nullptr : &*it;
}

PhpValue CrmStore::toRest(EntityType type, const Entity &entity, const QSet<QString> *select) const
{
    PhpValue out = PhpValue::array();
    for (const FieldDef &f : fields(type)) {
        if (!f.returned || (select && !select->contains(f.name)))
            continue;
        if (f.kind == ValueKind::Multifield) {
            const auto it = entity.multi.constFind(f.name);
            if (it != entity.multi.cend() && !it->isEmpty())
                out.insert(f.name, multiToRest(f.name, *it));
            continue;
        }
        const PhpValue v = entity.values.value(f.name);
        if (v.isNull() && f.multiple && f.dynamic)
            out.insert(f.name, PhpValue::array());
        else
            out.insert(f.name, v);
    }
    return out;
}

PhpValue CrmStore::toItem(EntityType type, const Entity &entity) const
{
    static const QHash<QString, QString> renamed{
        {QStringLiteral("DATE_CREATE"), QStringLiteral("createdTime")},
        {QStringLiteral("DATE_MODIFY"), QStringLiteral("updatedTime")},
        {QStringLiteral("CREATED_BY_ID"), QStringLiteral("createdBy")},
        {QStringLiteral("MODIFY_BY_ID"), QStringLiteral("updatedBy")},
        {QStringLiteral("MOVED_BY_ID"), QStringLiteral("movedBy")},
    };
    PhpValue out = PhpValue::array();
    for (const FieldDef &f : fields(type)) {
        if (f.kind == ValueKind::Multifield)
            continue;
        const QString key = renamed.value(f.name, camelCaseName(f.name));
        const PhpValue v = entity.values.value(f.name);
        if (v.isNull()) {
            out.insert(key, f.multiple ? PhpValue::array() : PhpValue());
            continue;
        }
        auto typed = [&](const PhpValue &raw) -> PhpValue {
            switch (f.kind) {
            case ValueKind::Integer:
                return raw.toInt();
            case ValueKind::Money:
            case ValueKind::Double:
                return raw.toDouble();
            case ValueKind::Text:
            case ValueKind::Char:
            case ValueKind::Date:
            case ValueKind::DateTime:
            case ValueKind::Status:
            case ValueKind::Boolean:
            case ValueKind::Multifield:
            case ValueKind::Count:
                break;
            }
            return raw;
        };
        if (v.isArray()) {
            PhpValue list = PhpValue::array();
            for (const auto &e : v.entries())
                list.append(typed(e.second));
            out.insert(key, list);
        } else {
            out.insert(key, typed(v));
        }
    }
    out.insert("entityTypeId", type == EntityType::Deal ? 2 : (type == EntityType::Lead ? 1 : 3));
    return out;
}

bool CrmStore::list(EntityType type, const ListRequest &request, ListResult *result,
                    CrmError *error) const
{
    Q_UNUSED(error);
    const Schema &schema = m_schema[int(type)];
    FilterEngine engine(
        [&](const QString &name) -> std::optional<ValueKind> {
            const FieldDef *f = field(type, name);
            if (!f)
                return std::nullopt;
            return f->kind;
        },
        [this](const QString &text) { return parseInstant(text); });
    engine.setFilter(request.filter);
    engine.setOrder(request.order);

    QList<const Entity *> matched;
    for (const Entity &e : entities(type)) {
        if (engine.matches(EntityRow(e, schema.index, schema.ordered)))
            matched.append(&e);
    }
    if (engine.hasOrder()) {
        std::stable_sort(matched.begin(), matched.end(), [&](const Entity *a, const Entity *b) {
            return engine.lessThan(EntityRow(*a, schema.index, schema.ordered),
                                   EntityRow(*b, schema.index, schema.ordered));
        });
    }

    // select: "*" is every system field that is not multiple, "UF_*" every user field; the
    // default is both. ID always comes back.
    QSet<QString> select;
    QStringList names;
    for (const auto &e : request.select.entries())
        names << e.second.toString().trimmed().toUpper();
    if (names.isEmpty())
        names << QStringLiteral("*") << QStringLiteral("UF_*");
    select.insert(QStringLiteral("ID"));
    for (const QString &n : names) {
        if (n == u"*") {
            for (const FieldDef &f : schema.ordered) {
                if (f.inStar)
                    select.insert(f.name);
            }
        } else if (n == u"UF_*") {
            for (const FieldDef &f : schema.ordered) {
                if (f.dynamic)
                    select.insert(f.name);
            }
        } else if (field(type, n)) {
            select.insert(n);
        }
    }

    // Paging is page-based: start is rounded down to a multiple of 50 (IRestService::getNavData).
    const bool counting = request.start >= 0;
    const qint64 offset = counting ? (request.start / kPageSize) * kPageSize : 0;
    result->rows = PhpValue::array();
    for (qint64 i = offset; i < matched.size() && i < offset + kPageSize; ++i)
        result->rows.append(toRest(type, *matched[i], &select));
    result->total = counting ? matched.size() : 0;
    if (counting && offset + kPageSize < matched.size())
        result->next = offset + kPageSize;
    return true;
}

PhpValue CrmStore::allToRest(EntityType type) const
{
    PhpValue list = PhpValue::array();
    for (const Entity &e : entities(type))
        list.append(toRest(type, e));
    return list;
}

int CrmStore::count(EntityType type) const
{
    return int(entities(type).size());
}

QList<qint64> CrmStore::findByCommunication(EntityType type, const QString &commType,
                                            const QString &value) const
{
    QList<qint64> ids;
    const QString needle = value.trimmed();
    if (needle.isEmpty())
        return ids;
    const Qt::CaseSensitivity cs = commType == kEmail ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const Entity &e : entities(type)) {
        for (const MultiValue &m : e.multi.value(commType)) {
            if (QString::compare(m.value, needle, cs) == 0) {
                ids.append(e.id);
                break;
            }
        }
    }
    return ids;
}

QList<StatusItem> CrmStore::stages(int categoryId) const
{
    QList<StatusItem> out;
    const QString entityId = stageEntityId(categoryId);
    for (const StatusItem &s : m_statuses) {
        if (s.entityId == entityId)
            out.append(s);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const StatusItem &a, const StatusItem &b) { return a.sort < b.sort; });
    return out;
}

const StatusItem *CrmStore::status(const QString &entityId, const QString &statusId) const
{
    for (const StatusItem &s : m_statuses) {
        if (s.entityId == entityId && s.statusId == statusId)
            return &s;
    }
    return nullptr;
}

bool CrmStore::hasCategory(int id) const
{
    return std::any_of(m_categories.cbegin(), m_categories.cend(),
                       [id](const Category &c) { return c.id == id; });
}

void CrmStore::upsertCategory(const Category &category)
{
    for (Category &c : m_categories) {
        if (c.id == category.id) {
            c = category;
            touch();
            return;
        }
    }
    m_categories.append(category);
    touch();
}

void CrmStore::replaceStatuses(const QString &entityId, int categoryId, QList<StatusItem> items)
{
    m_statuses.erase(std::remove_if(m_statuses.begin(), m_statuses.end(),
                                    [&](const StatusItem &s) { return s.entityId == entityId; }),
                     m_statuses.end());
    for (StatusItem &item : items) {
        item.id = m_nextStatusId++;
        item.entityId = entityId;
        if (entityId.startsWith(u"DEAL_STAGE")) {
            item.statusId = stageIdInCategory(categoryId, item.statusId);
            item.categoryId = categoryId;
        }
        if (item.nameInit.isNull())
            item.nameInit = item.system ? item.name : QString();
        m_statuses.append(item);
    }
    touch();
}

QList<UserField> CrmStore::userFields(EntityType type) const
{
    QList<UserField> out;
    for (const UserField &uf : m_userFields) {
        if (uf.entity == type)
            out.append(uf);
    }
    return out;
}

bool CrmStore::addUserField(EntityType type, const PhpValue &input, qint64 *id, CrmError *error)
{
    QString name = input.value("FIELD_NAME").toString().trimmed().toUpper();
    if (name.isEmpty()) {
        error->description = QStringLiteral("The 'FIELD_NAME' field is not found.");
        return false;
    }
    // FIELD_NAME always gets the UF_CRM_ prefix: X -> UF_CRM_X, UF_X -> UF_CRM_X.
    if (name.startsWith(u"UF_CRM_"))
        name = name.mid(7);
    else if (name.startsWith(u"UF_"))
        name = name.mid(3);
    name = QStringLiteral("UF_CRM_") + name;
    static const QRegularExpression valid(QStringLiteral("^[A-Z0-9_]+$"));
    if (name.size() > 50 || !valid.match(name).hasMatch() || name.size() <= 7) {
        error->code = QStringLiteral("ERROR_CORE");
        error->description =
            QStringLiteral("Invalid field name %1: use A-Z, 0-9 and _ and at most 50 characters.")
                .arg(name);
        return false;
    }
    for (const UserField &uf : m_userFields) {
        if (uf.entity == type && uf.fieldName == name) {
            error->code = QStringLiteral("ERROR_CORE");
            error->description = QStringLiteral("The field %1 already exists.").arg(name);
            return false;
        }
    }
    const QString userType = input.value("USER_TYPE_ID").toString().trimmed().toLower();
    if (userType.isEmpty()) {
        error->description = QStringLiteral("The 'USER_TYPE_ID' field is not found.");
        return false;
    }
    if (!isKnownUserType(userType)) {
        error->code = QStringLiteral("ERROR_CORE");
        error->description = QStringLiteral("Unknown user type %1.").arg(userType);
        return false;
    }
    UserField uf;
    uf.id = m_nextUserFieldId++;
    uf.entity = type;
    uf.fieldName = name;
    uf.userTypeId = userType;
    uf.xmlId = input.value("XML_ID").isNull() ? QString() : input.value("XML_ID").toString();
    uf.sort = input.contains("SORT") ? int(input.value("SORT").toInt()) : 100;
    const PhpValue multiple = input.value("MULTIPLE");
    uf.multiple = multiple.type() == PhpValue::Type::Bool ? multiple.toBool()
                                                          : multiple.toString().toUpper() == u"Y";
    uf.mandatory = input.value("MANDATORY").toString().toUpper() == u"Y";
    if (input.contains("SHOW_FILTER"))
        uf.showFilter = input.value("SHOW_FILTER").toString();
    uf.settings = input.value("SETTINGS").isArray() ? input.value("SETTINGS") : PhpValue::array();
    // Labels come as a string or per language ({"ru": ..., "en": ...}); the portal speaks Russian.
    auto label = [&](const char *key) -> QString {
        const PhpValue v = input.value(key);
        if (!v.isArray())
            return v.toString();
        if (v.contains("ru"))
            return v.value("ru").toString();
        return v.entries().empty() ? QString() : v.entries().front().second.toString();
    };
    const QString common = label("LABEL");
    uf.editFormLabel = label("EDIT_FORM_LABEL");
    uf.listColumnLabel = label("LIST_COLUMN_LABEL");
    uf.listFilterLabel = label("LIST_FILTER_LABEL");
    if (uf.editFormLabel.isEmpty())
        uf.editFormLabel = common.isEmpty() ? name : common;
    if (uf.listColumnLabel.isEmpty())
        uf.listColumnLabel = common.isEmpty() ? name : common;
    if (uf.listFilterLabel.isEmpty())
        uf.listFilterLabel = common.isEmpty() ? name : common;
    if (input.contains("ERROR_MESSAGE"))
        uf.errorMessage = label("ERROR_MESSAGE");
    if (input.contains("HELP_MESSAGE"))
        uf.helpMessage = label("HELP_MESSAGE");
    int sort = 10;
    for (const auto &e : input.value("LIST").entries()) {
        UserField::EnumItem item;
        item.id = m_nextEnumId++;
        item.value = e.second.isArray() ? e.second.value("VALUE").toString() : e.second.toString();
        item.sort = e.second.value("SORT").isNull() ? sort : int(e.second.value("SORT").toInt());
        item.isDefault = e.second.value("DEF").toString().toUpper() == u"Y";
        item.xmlId = e.second.value("XML_ID").toString();
        if (item.xmlId.isEmpty())
            item.xmlId = QStringLiteral("ENUM_%1").arg(item.id);
        sort += 10;
        uf.list.append(item);
    }
    m_userFields.append(uf);
    rebuildSchema(type);
    touch();
    *id = uf.id;
    return true;
}

bool CrmStore::removeUserField(EntityType type, const QString &fieldName)
{
    const auto before = m_userFields.size();
    m_userFields.removeIf(
        [&](const UserField &uf) { return uf.entity == type && uf.fieldName == fieldName; });
    if (before == m_userFields.size())
        return false;
    for (Entity &e : entities(type))
        e.values.remove(fieldName);
    rebuildSchema(type);
    touch();
    return true;
}

PhpValue CrmStore::toState() const
{
    PhpValue state = PhpValue::array();
    state.insert("version", 1);
    PhpValue counters = PhpValue::array();
    for (int i = 0; i < int(EntityType::Count); ++i)
        counters.insert(entityKey(EntityType(i)), m_nextId[i]);
    counters.insert("multifield", m_nextMultiId);
    counters.insert("status", m_nextStatusId);
    counters.insert("userField", m_nextUserFieldId);
    counters.insert("enum", m_nextEnumId);
    state.insert("counters", counters);
    PhpValue categories = PhpValue::array();
    for (const Category &c : m_categories)
        categories.append(c.toRest());
    state.insert("categories", categories);
    PhpValue statuses = PhpValue::array();
    for (const StatusItem &s : m_statuses)
        statuses.append(s.toState());
    state.insert("statuses", statuses);
    PhpValue ufs = PhpValue::array();
    for (const UserField &uf : m_userFields)
        ufs.append(uf.toState());
    state.insert("userFields", ufs);
    for (int i = 0; i < int(EntityType::Count); ++i) {
        PhpValue list = PhpValue::array();
        for (const Entity &e : entities(EntityType(i))) {
            PhpValue row = PhpValue::array();
            row.insert("id", e.id);
            PhpValue values = PhpValue::array();
            QStringList keys = e.values.keys();
            keys.sort();
            for (const QString &k : keys)
                values.insert(k, e.values.value(k));
            row.insert("values", values);
            PhpValue multi = PhpValue::array();
            for (auto it = e.multi.cbegin(); it != e.multi.cend(); ++it) {
                PhpValue items = PhpValue::array();
                for (const MultiValue &m : *it) {
                    PhpValue item = PhpValue::array();
                    item.insert("ID", m.id);
                    item.insert("VALUE_TYPE", m.valueType);
                    item.insert("VALUE", m.value);
                    items.append(item);
                }
                multi.insert(it.key(), items);
            }
            row.insert("multi", multi);
            list.append(row);
        }
        state.insert(entityKey(EntityType(i)) + u's', list);
    }
    return state;
}

bool CrmStore::fromState(const PhpValue &state, QString *error)
{
    if (state.value("version").toInt() != 1) {
        *error = QStringLiteral("unsupported state version '%1' (expected 1)")
                     .arg(state.value("version").toString());
        return false;
    }
    QList<Category> categories;
    for (const auto &e : state.value("categories").entries())
        categories.append({int(e.second.value("id").toInt()), e.second.value("name").toString(),
                           int(e.second.value("sort").toInt())});
    QList<StatusItem> statuses;
    for (const auto &e : state.value("statuses").entries()) {
        const auto s = StatusItem::fromState(e.second);
        if (!s) {
            *error = QStringLiteral("status %1: ENTITY_ID and STATUS_ID are required")
                         .arg(e.first.toString());
            return false;
        }
        statuses.append(*s);
    }
    QList<UserField> ufs;
    for (const auto &e : state.value("userFields").entries()) {
        const auto uf = UserField::fromState(e.second);
        if (!uf) {
            *error = QStringLiteral("user field %1: ENTITY and FIELD_NAME are required")
                         .arg(e.first.toString());
            return false;
        }
        ufs.append(*uf);
    }
    QMap<qint64, Entity> loaded[int(EntityType::Count)];
    for (int i = 0; i < int(EntityType::Count); ++i) {
        for (const auto &e : state.value(entityKey(EntityType(i)) + u's').entries()) {
            Entity entity;
            entity.id = e.second.value("id").toInt();
            if (entity.id <= 0) {
                *error = QStringLiteral("%1 %2: id must be a positive integer")
                             .arg(entityKey(EntityType(i)), e.first.toString());
                return false;
            }
            for (const auto &v : e.second.value("values").entries())
                entity.values.insert(v.first.toString(), v.second);
            for (const auto &m : e.second.value("multi").entries()) {
                QList<MultiValue> items;
                for (const auto &item : m.second.entries())
                    items.append({item.second.value("ID").toInt(),
                                  item.second.value("VALUE_TYPE").toString(),
                                  item.second.value("VALUE").toString()});
                entity.multi.insert(m.first.toString(), items);
            }
            loaded[i].insert(entity.id, entity);
        }
    }
    m_categories = categories;
    m_statuses = statuses;
    m_userFields = ufs;
    m_deals = loaded[int(EntityType::Deal)];
    m_contacts = loaded[int(EntityType::Contact)];
    m_leads = loaded[int(EntityType::Lead)];
    const PhpValue counters = state.value("counters");
    for (int i = 0; i < int(EntityType::Count); ++i) {
        const QMap<qint64, Entity> &map = entities(EntityType(i));
        const qint64 maxId = map.isEmpty() ? 0 : map.lastKey();
        m_nextId[i] = std::max(counters.value(entityKey(EntityType(i))).toInt(), maxId + 1);
    }
    m_nextMultiId = std::max<qint64>(1, counters.value("multifield").toInt());
    m_nextStatusId = std::max<qint64>(1, counters.value("status").toInt());
    m_nextUserFieldId = std::max<qint64>(1, counters.value("userField").toInt());
    m_nextEnumId = std::max<qint64>(1, counters.value("enum").toInt());
    for (int i = 0; i < int(EntityType::Count); ++i)
        rebuildSchema(EntityType(i));
    touch();
    return true;
}

} // namespace identsync::fake
