#include "fake-bitrix24/crmschema.h"

namespace identsync::fake {

QString entityKey(EntityType type)
{
    switch (type) {
    case EntityType::Deal:
        return QStringLiteral("deal");
    case EntityType::Contact:
        return QStringLiteral("contact");
    case EntityType::Lead:
        return QStringLiteral("lead");
    case EntityType::Count:
        break;
    }
    return {};
}

QString entityTitle(EntityType type)
{
    switch (type) {
    case EntityType::Deal:
        return QStringLiteral("Deal");
    case EntityType::Contact:
        return QStringLiteral("Contact");
    case EntityType::Lead:
        return QStringLiteral("Lead");
    case EntityType::Count:
        break;
    }
    return {};
}

QString userFieldEntityId(EntityType type)
{
    return QStringLiteral("CRM_") + entityKey(type).toUpper();
}

std::optional<EntityType> entityFromKey(const QString &key)
{
    for (int i = 0; i < int(EntityType::Count); ++i) {
        if (entityKey(EntityType(i)) == key.trimmed().toLower())
            return EntityType(i);
    }
    return std::nullopt;
}

namespace {

enum Flag : unsigned
{
    RO = 1,     // isReadOnly
    IMM = 2,    // isImmutable
    MULT = 4,   // isMultiple
    REQ = 8,    // isRequired
    NORET = 16, // not returned by get/list
    DEPR = 32,  // isDeprecated
};

FieldDef def(const char *name, const char *type, ValueKind kind, const char *title,
             unsigned flags = 0, const char *statusType = nullptr, int parentEntityTypeId = 0)
{
    FieldDef f;
    f.name = QString::fromLatin1(name);
    f.type = QString::fromLatin1(type);
    f.kind = kind;
    f.title = QString::fromUtf8(title);
    f.readOnly = flags & RO;
    f.immutable = flags & IMM;
    f.multiple = flags & MULT;
    f.required = flags & REQ;
    f.returned = !(flags & NORET);
    f.deprecated = flags & DEPR;
    f.inStar = !f.multiple;
    if (statusType)
        f.statusType = QString::fromLatin1(statusType);
    if (parentEntityTypeId) {
        f.settings = PhpValue::array();
        f.settings.insert("parentEntityTypeId", parentEntityTypeId);
    }
    return f;
}

using K = ValueKind;

QList<FieldDef> dealFields()
{
    return {
        def("ID", "integer", K::Integer, "ID", RO),
        def("TITLE", "string", K::Text, "Title"),
        def("TYPE_ID", "crm_status", K::Status, "Type", 0, "DEAL_TYPE"),
        def("STAGE_ID", "crm_status", K::Status, "Deal Stage", 0, "DEAL_STAGE"),
        def("PROBABILITY", "integer", K::Integer, "Probability"),
        def("CURRENCY_ID", "crm_currency", K::Text, "Currency"),
        def("OPPORTUNITY", "double", K::Money, "Amount"),
        def("IS_MANUAL_OPPORTUNITY", "char", K::Char, "IS_MANUAL_OPPORTUNITY"),
        def("TAX_VALUE", "double", K::Money, "Tax Rate"),
        def("LEAD_ID", "crm_lead", K::Integer, "Lead", RO, nullptr, 1),
        def("COMPANY_ID", "crm_company", K::Integer, "Company", 0, nullptr, 4),
        def("CONTACT_ID", "crm_contact", K::Integer, "Contact", DEPR),
        def("CONTACT_IDS", "crm_contact", K::Integer, "Contacts", MULT | NORET),
        def("QUOTE_ID", "crm_quote", K::Integer, "Estimate", RO, nullptr, 7),
        def("BEGINDATE", "date", K::Date, "Start Date"),
        def("CLOSEDATE", "date", K::Date, "Close Date"),
        def("ASSIGNED_BY_ID", "user", K::Integer, "Responsible"),
        def("CREATED_BY_ID", "user", K::Integer, "Created By", RO),
        def("MODIFY_BY_ID", "user", K::Integer, "Modified By", RO),
        def("DATE_CREATE", "datetime", K::DateTime, "Creation Date", RO),
        def("DATE_MODIFY", "datetime", K::DateTime, "Modification Date", RO),
        def("OPENED", "char", K::Char, "Available to All"),
        def("CLOSED", "char", K::Char, "Closed"),
        def("COMMENTS", "string", K::Text, "Comment"),
        def("ADDITIONAL_INFO", "string", K::Text, "Additional Information"),
        def("LOCATION_ID", "location", K::Text, "Location"),
        def("CATEGORY_ID", "crm_category", K::Integer, "Sales Funnel", IMM),
        def("STAGE_SEMANTIC_ID", "string", K::Text, "Stage Group", RO),
        def("IS_NEW", "char", K::Char, "New Deal", RO),
        def("IS_RECURRING", "char", K::Char, "Recurring Deal"),
        def("IS_RETURN_CUSTOMER", "char", K::Char, "Repeat Deal"),
        def("IS_REPEATED_APPROACH", "char", K::Char, "Repeated Approach"),
        def("SOURCE_ID", "crm_status", K::Status, "Source", 0, "SOURCE"),
        def("SOURCE_DESCRIPTION", "string", K::Text, "Additional Info about Source"),
        def("ORIGINATOR_ID", "string", K::Text, "External Source"),
        def("ORIGIN_ID", "string", K::Text, "Identifier in External Source"),
        def("MOVED_BY_ID", "user", K::Integer, "MOVED_BY_ID", RO),
        def("MOVED_TIME", "datetime", K::DateTime, "MOVED_TIME", RO),
        def("LAST_ACTIVITY_TIME", "datetime", K::DateTime, "LAST_ACTIVITY_TIME", RO),
        def("UTM_SOURCE", "string", K::Text, "Advertising System"),
        def("UTM_MEDIUM", "string", K::Text, "Traffic Type"),
        def("UTM_CAMPAIGN", "string", K::Text, "Campaign Identifier"),
        def("UTM_CONTENT", "string", K::Text, "Campaign Content"),
        def("UTM_TERM", "string", K::Text, "Campaign Search Condition"),
        def("LAST_ACTIVITY_BY", "user", K::Integer, "LAST_ACTIVITY_BY", RO),
    };
}

QList<FieldDef> multifieldDefs()
{
    return {
        def("PHONE", "crm_multifield", K::Multifield, "Phone", MULT),
        def("EMAIL", "crm_multifield", K::Multifield, "E-mail", MULT),
        def("WEB", "crm_multifield", K::Multifield, "Website", MULT),
        def("IM", "crm_multifield", K::Multifield, "Messenger", MULT),
        def("LINK", "crm_multifield", K::Multifield, "LINK", MULT),
    };
}

QList<FieldDef> contactFields()
{
    QList<FieldDef> fields{
        def("ID", "integer", K::Integer, "ID", RO),
        def("HONORIFIC", "crm_status", K::Status, "Salutation", 0, "HONORIFIC"),
        def("NAME", "string", K::Text, "First Name", REQ),
        def("SECOND_NAME", "string", K::Text, "Middle Name", REQ),
        def("LAST_NAME", "string", K::Text, "Last Name", REQ),
        def("PHOTO", "file", K::Text, "Photo"),
        def("BIRTHDATE", "date", K::Date, "Birthdate"),
        def("TYPE_ID", "crm_status", K::Status, "Contact Type", 0, "CONTACT_TYPE"),
        def("SOURCE_ID", "crm_status", K::Status, "Source", 0, "SOURCE"),
        def("SOURCE_DESCRIPTION", "string", K::Text, "Additional Source Info"),
        def("POST", "string", K::Text, "Position"),
        def("ADDRESS", "string", K::Text, "Address"),
        def("ADDRESS_2", "string", K::Text, "Address (line 2)"),
        def("ADDRESS_CITY", "string", K::Text, "City"),
        def("ADDRESS_POSTAL_CODE", "string", K::Text, "Postal Code"),
        def("ADDRESS_REGION", "string", K::Text, "Region"),
        def("ADDRESS_PROVINCE", "string", K::Text, "State"),
        def("ADDRESS_COUNTRY", "string", K::Text, "Country"),
        def("ADDRESS_COUNTRY_CODE", "string", K::Text, "Country Code"),
        def("ADDRESS_LOC_ADDR_ID", "integer", K::Integer, "Location Address ID"),
        def("COMMENTS", "string", K::Text, "Comment"),
        def("OPENED", "char", K::Char, "Available to all"),
        def("EXPORT", "char", K::Char, "Participates in contact export"),
        def("HAS_PHONE", "char", K::Char, "Phone set", RO),
        def("HAS_EMAIL", "char", K::Char, "E-mail set", RO),
        def("HAS_IMOL", "char", K::Char, "Open channel set", RO),
        def("ASSIGNED_BY_ID", "user", K::Integer, "Responsible"),
        def("CREATED_BY_ID", "user", K::Integer, "Created by", RO),
        def("MODIFY_BY_ID", "user", K::Integer, "Modified by", RO),
        def("DATE_CREATE", "datetime", K::DateTime, "Creation Date", RO),
        def("DATE_MODIFY", "datetime", K::DateTime, "Modification Date", RO),
        def("COMPANY_ID", "crm_company", K::Integer, "Company", DEPR),
        def("COMPANY_IDS", "crm_company", K::Integer, "COMPANY_IDS", MULT | NORET),
        def("LEAD_ID", "crm_lead", K::Integer, "Lead", RO, nullptr, 1),
        def("ORIGINATOR_ID", "string", K::Text, "External Source"),
        def("ORIGIN_ID", "string", K::Text, "Identifier in External Source"),
        def("ORIGIN_VERSION", "string", K::Text, "Original Version"),
        def("UTM_SOURCE", "string", K::Text, "Advertising System"),
        def("UTM_MEDIUM", "string", K::Text, "Traffic Type"),
        def("UTM_CAMPAIGN", "string", K::Text, "Campaign Identifier"),
        def("UTM_CONTENT", "string", K::Text, "Campaign Content"),
        def("UTM_TERM", "string", K::Text, "Campaign Search Condition"),
        def("LAST_ACTIVITY_TIME", "datetime", K::DateTime, "Last Activity", RO),
        def("LAST_ACTIVITY_BY", "user", K::Integer, "Last Activity Author", RO),
    };
    fields += multifieldDefs();
    return fields;
}

QList<FieldDef> leadFields()
{
    QList<FieldDef> fields{
        def("ID", "integer", K::Integer, "ID", RO),
        def("TITLE", "string", K::Text, "Lead Name"),
        def("HONORIFIC", "crm_status", K::Status, "Salutation", 0, "HONORIFIC"),
        def("NAME", "string", K::Text, "First Name"),
        def("SECOND_NAME", "string", K::Text, "Middle Name"),
        def("LAST_NAME", "string", K::Text, "Last Name"),
        def("COMPANY_TITLE", "string", K::Text, "Company Name"),
        def("COMPANY_ID", "crm_company", K::Integer, "Company"),
        def("CONTACT_ID", "crm_contact", K::Integer, "Contact"),
        def("IS_RETURN_CUSTOMER", "char", K::Char, "Repeat inquiry", RO),
        def("BIRTHDATE", "date", K::Date, "Birthdate"),
        def("SOURCE_ID", "crm_status", K::Status, "Source", 0, "SOURCE"),
        def("SOURCE_DESCRIPTION", "string", K::Text, "Source information"),
        def("STATUS_ID", "crm_status", K::Status, "Status", 0, "STATUS"),
        def("STATUS_DESCRIPTION", "string", K::Text, "Status information"),
        def("POST", "string", K::Text, "Position"),
        def("COMMENTS", "string", K::Text, "Comment"),
        def("CURRENCY_ID", "crm_currency", K::Text, "Currency"),
        def("OPPORTUNITY", "double", K::Money, "Amount"),
        def("IS_MANUAL_OPPORTUNITY", "char", K::Char, "IS_MANUAL_OPPORTUNITY"),
        def("HAS_PHONE", "char", K::Char, "Has phone", RO),
        def("HAS_EMAIL", "char", K::Char, "Has email", RO),
        def("HAS_IMOL", "char", K::Char, "Has Open Channel", RO),
        def("ASSIGNED_BY_ID", "user", K::Integer, "Responsible person"),
        def("CREATED_BY_ID", "user", K::Integer, "Created by", RO),
        def("MODIFY_BY_ID", "user", K::Integer, "Modified by", RO),
        def("MOVED_BY_ID", "user", K::Integer, "MOVED_BY_ID", RO),
        def("DATE_CREATE", "datetime", K::DateTime, "Created", RO),
        def("DATE_MODIFY", "datetime", K::DateTime, "Modified", RO),
        def("DATE_CLOSED", "datetime", K::DateTime, "Completed", RO),
        def("STATUS_SEMANTIC_ID", "string", K::Text, "Status details", RO),
        def("OPENED", "char", K::Char, "Available to everyone"),
        def("ORIGINATOR_ID", "string", K::Text, "External source"),
        def("ORIGIN_ID", "string", K::Text, "Item ID in data source"),
        def("MOVED_TIME", "datetime", K::DateTime, "MOVED_TIME", RO),
        def("ADDRESS", "string", K::Text, "Address"),
        def("ADDRESS_2", "string", K::Text, "Address (line 2)"),
        def("ADDRESS_CITY", "string", K::Text, "City"),
        def("ADDRESS_POSTAL_CODE", "string", K::Text, "Zip"),
        def("ADDRESS_REGION", "string", K::Text, "Region"),
        def("ADDRESS_PROVINCE", "string", K::Text, "State / Province"),
        def("ADDRESS_COUNTRY", "string", K::Text, "Country"),
        def("ADDRESS_COUNTRY_CODE", "string", K::Text, "Country Code"),
        def("ADDRESS_LOC_ADDR_ID", "integer", K::Integer, "Location address ID"),
        def("UTM_SOURCE", "string", K::Text, "Ad system"),
        def("UTM_MEDIUM", "string", K::Text, "Medium"),
        def("UTM_CAMPAIGN", "string", K::Text, "Ad campaign UTM"),
        def("UTM_CONTENT", "string", K::Text, "Campaign contents"),
        def("UTM_TERM", "string", K::Text, "Campaign search term"),
        def("LAST_ACTIVITY_BY", "user", K::Integer, "Last Activity By", RO),
        def("LAST_ACTIVITY_TIME", "datetime", K::DateTime, "Last Activity Time", RO),
    };
    fields += multifieldDefs();
    return fields;
}

} // namespace

const QList<FieldDef> &systemFields(EntityType type)
{
    static const QList<FieldDef> deal = dealFields();
    static const QList<FieldDef> contact = contactFields();
    static const QList<FieldDef> lead = leadFields();
    switch (type) {
    case EntityType::Deal:
        return deal;
    case EntityType::Contact:
        return contact;
    case EntityType::Lead:
    case EntityType::Count:
        break;
    }
    return lead;
}

const QStringList &multifieldTypes()
{
    static const QStringList types{QStringLiteral("PHONE"), QStringLiteral("EMAIL"),
                                   QStringLiteral("WEB"), QStringLiteral("IM"),
                                   QStringLiteral("LINK")};
    return types;
}

QString camelCaseName(const QString &upperName)
{
    const QStringList parts = upperName.split(u'_', Qt::SkipEmptyParts);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].toLower();
        if (i == 0) {
            out += part;
        } else if (part.at(0).isDigit()) {
            out += u'_' + part;
        } else {
            out += part.at(0).toUpper() + part.mid(1);
        }
    }
    return out;
}

namespace {

struct UserTypeInfo
{
    const char *id;
    ValueKind kind;
};

const UserTypeInfo kUserTypes[] = {
    {"string", ValueKind::Text},
    {"integer", ValueKind::Integer},
    {"double", ValueKind::Double},
    {"boolean", ValueKind::Boolean},
    {"datetime", ValueKind::DateTime},
    {"date", ValueKind::Date},
    {"enumeration", ValueKind::Integer},
    {"url", ValueKind::Text},
    {"money", ValueKind::Text},
    {"address", ValueKind::Text},
    {"file", ValueKind::Text},
    {"employee", ValueKind::Integer},
    {"crm_status", ValueKind::Status},
    {"crm", ValueKind::Text},
    {"iblock_element", ValueKind::Integer},
    {"iblock_section", ValueKind::Integer},
};

} // namespace

bool isKnownUserType(const QString &userTypeId)
{
    for (const UserTypeInfo &t : kUserTypes) {
        if (userTypeId == QLatin1String(t.id))
            return true;
    }
    return false;
}

ValueKind kindForUserType(const QString &userTypeId)
{
    for (const UserTypeInfo &t : kUserTypes) {
        if (userTypeId == QLatin1String(t.id))
            return t.kind;
    }
    return ValueKind::Text;
}

FieldDef UserField::toFieldDef() const
{
    FieldDef f;
    f.name = fieldName;
    f.type = userTypeId;
    f.kind = kindForUserType(userTypeId);
    f.title = fieldName;
    f.required = mandatory;
    f.multiple = multiple;
    f.dynamic = true;
    f.inStar = false;
    f.listLabel = listColumnLabel;
    f.formLabel = editFormLabel;
    f.filterLabel = listFilterLabel;
    f.settings = settings.isArray() ? settings : PhpValue::array();
    if (userTypeId == u"enumeration") {
        PhpValue items = PhpValue::array();
        for (const EnumItem &item : list) {
            PhpValue row = PhpValue::array();
            row.insert("ID", QString::number(item.id));
            row.insert("VALUE", item.value);
            items.append(row);
        }
        f.items = items;
    }
    return f;
}

namespace {

PhpValue nullableString(const QString &s)
{
    return s.isNull() ? PhpValue() : PhpValue(s);
}

QString yn(bool v)
{
    return v ? QStringLiteral("Y") : QStringLiteral("N");
}

} // namespace

PhpValue UserField::toRest(bool withLabels) const
{
    PhpValue r = PhpValue::array();
    r.insert("ID", QString::number(id));
    r.insert("ENTITY_ID", userFieldEntityId(entity));
    r.insert("FIELD_NAME", fieldName);
    r.insert("USER_TYPE_ID", userTypeId);
    r.insert("XML_ID", nullableString(xmlId));
    r.insert("SORT", QString::number(sort));
    r.insert("MULTIPLE", yn(multiple));
    r.insert("MANDATORY", yn(mandatory));
    r.insert("SHOW_FILTER", showFilter);
    r.insert("SHOW_IN_LIST", yn(showInList));
    r.insert("EDIT_IN_LIST", yn(editInList));
    r.insert("IS_SEARCHABLE", yn(isSearchable));
    r.insert("SETTINGS", settings.isArray() ? settings : PhpValue::array());
    if (withLabels) {
        r.insert("EDIT_FORM_LABEL", editFormLabel);
        r.insert("LIST_COLUMN_LABEL", listColumnLabel);
        r.insert("LIST_FILTER_LABEL", listFilterLabel);
        r.insert("ERROR_MESSAGE", nullableString(errorMessage));
        r.insert("HELP_MESSAGE", nullableString(helpMessage));
    }
    if (userTypeId == u"enumeration") {
        PhpValue items = PhpValue::array();
        for (const EnumItem &item : list) {
            PhpValue row = PhpValue::array();
            row.insert("ID", QString::number(item.id));
            row.insert("SORT", QString::number(item.sort));
            row.insert("VALUE", item.value);
            row.insert("DEF", yn(item.isDefault));
            row.insert("XML_ID", item.xmlId);
            items.append(row);
        }
        r.insert("LIST", items);
    }
    return r;
}

PhpValue UserField::toState() const
{
    PhpValue r = toRest(true);
    r.insert("ENTITY", entityKey(entity));
    return r;
}

std::optional<UserField> UserField::fromState(const PhpValue &v)
{
    const auto entity = entityFromKey(v.value("ENTITY").toString());
    if (!entity || v.value("FIELD_NAME").toString().isEmpty())
        return std::nullopt;
    UserField uf;
    uf.id = v.value("ID").toInt();
    uf.entity = *entity;
    uf.fieldName = v.value("FIELD_NAME").toString();
    uf.userTypeId = v.value("USER_TYPE_ID").toString();
    if (!v.value("XML_ID").isNull())
        uf.xmlId = v.value("XML_ID").toString();
    uf.sort = int(v.value("SORT").toInt());
    uf.multiple = v.value("MULTIPLE").toString() == u"Y";
    uf.mandatory = v.value("MANDATORY").toString() == u"Y";
    uf.showFilter = v.value("SHOW_FILTER").toString();
    uf.showInList = v.value("SHOW_IN_LIST").toString() == u"Y";
    uf.editInList = v.value("EDIT_IN_LIST").toString() == u"Y";
    uf.isSearchable = v.value("IS_SEARCHABLE").toString() == u"Y";
    uf.settings = v.value("SETTINGS");
    uf.editFormLabel = v.value("EDIT_FORM_LABEL").toString();
    uf.listColumnLabel = v.value("LIST_COLUMN_LABEL").toString();
    uf.listFilterLabel = v.value("LIST_FILTER_LABEL").toString();
    if (!v.value("ERROR_MESSAGE").isNull())
        uf.errorMessage = v.value("ERROR_MESSAGE").toString();
    if (!v.value("HELP_MESSAGE").isNull())
        uf.helpMessage = v.value("HELP_MESSAGE").toString();
    for (const auto &e : v.value("LIST").entries()) {
        EnumItem item;
        item.id = e.second.value("ID").toInt();
        item.sort = int(e.second.value("SORT").toInt());
        item.value = e.second.value("VALUE").toString();
        item.isDefault = e.second.value("DEF").toString() == u"Y";
        item.xmlId = e.second.value("XML_ID").toString();
        uf.list.append(item);
    }
    return uf;
}

QString StatusItem::semanticLetter() const
{
    if (semantics == u"success")
        return QStringLiteral("S");
    if (semantics == u"failure" || semantics == u"apology")
        return QStringLiteral("F");
    return QStringLiteral("P");
}

PhpValue StatusItem::toRest() const
{
    PhpValue r = PhpValue::array();
    r.insert("ID", QString::number(id));
    r.insert("ENTITY_ID", entityId);
    r.insert("STATUS_ID", statusId);
    r.insert("NAME", name);
    r.insert("NAME_INIT", nameInit);
    r.insert("SORT", QString::number(sort));
    r.insert("SYSTEM", system ? QStringLiteral("Y") : QStringLiteral("N"));
    r.insert("CATEGORY_ID", categoryId > 0 ? PhpValue(QString::number(categoryId)) : PhpValue());
    r.insert("COLOR", color.isEmpty() ? PhpValue() : PhpValue(color));
    const QString letter = semanticLetter();
    r.insert("SEMANTICS", semantics.isEmpty() || letter == u"P" ? PhpValue() : PhpValue(letter));
    if (!semantics.isEmpty()) {
        PhpValue extra = PhpValue::array();
        extra.insert("SEMANTICS", semantics);
        extra.insert("COLOR", color);
        r.insert("EXTRA", extra);
    }
    return r;
}

PhpValue StatusItem::toState() const
{
    PhpValue r = toRest();
    r.insert("CATEGORY_ID", categoryId);
    r.insert("SEMANTICS", semantics);
    return r;
}

std::optional<StatusItem> StatusItem::fromState(const PhpValue &v)
{
    StatusItem s;
    s.id = v.value("ID").toInt();
    s.entityId = v.value("ENTITY_ID").toString();
    s.statusId = v.value("STATUS_ID").toString();
    if (s.entityId.isEmpty() || s.statusId.isEmpty())
        return std::nullopt;
    s.name = v.value("NAME").toString();
    s.nameInit = v.value("NAME_INIT").toString();
    s.sort = int(v.value("SORT").toInt());
    s.system = v.value("SYSTEM").toString() == u"Y";
    s.categoryId = int(v.value("CATEGORY_ID").toInt());
    s.color = v.value("COLOR").toString();
    s.semantics = v.value("SEMANTICS").toString();
    return s;
}

PhpValue Category::toRest() const
{
    PhpValue r = PhpValue::array();
    r.insert("id", id);
    r.insert("name", name);
    r.insert("sort", sort);
    r.insert("entityTypeId", 2);
    r.insert("isDefault", id == 0 ? QStringLiteral("Y") : QStringLiteral("N"));
    if (id != 0) {
        r.insert("originId", QString(""));
        r.insert("originatorId", QString(""));
    }
    return r;
}

QString stageEntityId(int categoryId)
{
    return categoryId == 0 ? QStringLiteral("DEAL_STAGE")
                           : QStringLiteral("DEAL_STAGE_%1").arg(categoryId);
}

QString stageIdInCategory(int categoryId, const QString &statusId)
{
    if (categoryId == 0)
        return statusId;
    const QString prefix = QStringLiteral("C%1:").arg(categoryId);
    return statusId.startsWith(prefix) ? statusId : prefix + statusId;
}

} // namespace identsync::fake
