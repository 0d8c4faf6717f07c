#pragma once

#include "fake-bitrix24/phpvalue.h"

#include <QList>
#include <QString>

#include <optional>

namespace identsync::fake {

enum class EntityType
{
    Deal,
    Contact,
    Lead,
    Count
};

QString entityKey(EntityType type);         // "deal", "contact", "lead"
QString entityTitle(EntityType type);       // "Deal", "Contact", "Lead"
QString userFieldEntityId(EntityType type); // "CRM_DEAL", ...
std::optional<EntityType> entityFromKey(const QString &key);

// How a field's value is stored, compared, filtered and printed.
enum class ValueKind
{
    Integer, // "410"
    Money,   // "1000000.00"
    Double,  // UF double: "9999.9"
    Text,
    Char,       // "Y" / "N"
    Date,       // midnight in the portal's zone, ISO 8601 with offset
    DateTime,   // ISO 8601 with offset
    Status,     // a crm_status id: compared exactly, LIKE not applied
    Boolean,    // UF boolean: "1" / "0"
    Multifield, // PHONE, EMAIL, WEB, IM, LINK
    Count
};

// One entry of crm.{entity}.fields, plus what the store needs to handle the field.
struct FieldDef
{
    QString name;
    QString type; // as crm.*.fields names it: integer, string, crm_status, date ...
    ValueKind kind = ValueKind::Text;
    QString title;
    bool required = false;
    bool readOnly = false;
    bool immutable = false;
    bool multiple = false;
    bool dynamic = false;
    bool deprecated = false;
    QString statusType;
    PhpValue settings;
    // CONTACT_IDS / COMPANY_IDS are writable but never returned by get or list.
    bool returned = true;
    // Part of select "*": not user fields and not multiple fields.
    bool inStar = true;
    // User fields only.
    QString listLabel;
    QString formLabel;
    QString filterLabel;
    PhpValue items;
};

// crm.{entity}.userfield.* rows.
struct UserField
{
    qint64 id = 0;
    EntityType entity = EntityType::Deal;
    QString fieldName;
    QString userTypeId;
    QString xmlId;
    int sort = 100;
    bool multiple = false;
    bool mandatory = false;
    QString showFilter = QStringLiteral("N");
    bool showInList = true;
    bool editInList = true;
    bool isSearchable = false;
    PhpValue settings;
    QString editFormLabel;
    QString listColumnLabel;
    QString listFilterLabel;
    QString errorMessage;
    QString helpMessage;
    struct EnumItem
    {
        qint64 id = 0;
        int sort = 10;
        QString value;
        bool isDefault = false;
        QString xmlId;
    };
    QList<EnumItem> list;

    FieldDef toFieldDef() const;
    PhpValue toRest(bool withLabels) const;
    PhpValue toState() const;
    static std::optional<UserField> fromState(const PhpValue &value);
};

// crm.status.list rows: deal stages (DEAL_STAGE, DEAL_STAGE_{n}), lead statuses (STATUS), and
// a few plain dictionaries.
struct StatusItem
{
    qint64 id = 0;
    QString entityId;
    QString statusId;
    QString name;
    QString nameInit;
    int sort = 10;
    bool system = false;
    int categoryId = -1; // -1: not a pipeline stage, or the default pipeline (CATEGORY_ID null)
    QString color;
    QString semantics; // "process", "success", "failure", "apology"; empty for dictionaries

    // "P", "S" or "F" as STAGE_SEMANTIC_ID / STATUS_SEMANTIC_ID print it.
    QString semanticLetter() const;
    PhpValue toRest() const;
    PhpValue toState() const;
    static std::optional<StatusItem> fromState(const PhpValue &value);
};

struct Category
{
    int id = 0;
    QString name;
    int sort = 100;

    PhpValue toRest() const;
};

// The stage dictionary of a pipeline: DEAL_STAGE for 0, DEAL_STAGE_{n} otherwise.
QString stageEntityId(int categoryId);
// "NEW" in pipeline 3 is "C3:NEW"; pipeline 0 uses bare ids.
QString stageIdInCategory(int categoryId, const QString &statusId);

// The system fields of an entity, in crm.{entity}.fields / crm.{entity}.get order.
const QList<FieldDef> &systemFields(EntityType type);

// The multifield types; PHONE and EMAIL are the ones the sync uses.
const QStringList &multifieldTypes();

// crm.item.* spelling of an UPPER_SNAKE field: TITLE -> title, ASSIGNED_BY_ID -> assignedById,
// UF_CRM_IDENT_KEY -> ufCrmIdentKey, UF_CRM_1721244707107 -> ufCrm_1721244707107.
QString camelCaseName(const QString &upperName);

// The default user types crm.*.userfield.add accepts.
bool isKnownUserType(const QString &userTypeId);
ValueKind kindForUserType(const QString &userTypeId);

} // namespace identsync::fake
