#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace identsync {

// Typed views of the classic crm.* answers (bitrix24-rest.md §5). The portal sends ids and
// numbers as strings and empty values as null; decoding accepts both forms. Only the ID is
// required: a row without a usable ID is an error that names the row, anything else that is
// missing or ill-typed reads as empty. `fields` keeps the whole row for the fields the engine maps
// itself (UF_CRM_*).

struct CrmPhone
{
    qint64 id = 0; // multifield entry id; 0 for a value not yet stored
    QString value;
    QString valueType; // WORK, MOBILE, HOME, ...

    bool operator==(const CrmPhone &) const = default;
};

struct CrmDeal
{
    qint64 id = 0;
    QString title;
    int categoryId = 0;
    QString stageId;
    QString stageSemanticId; // P, S or F
    qint64 contactId = 0;
    QJsonObject fields;

    static std::optional<CrmDeal> fromJson(const QJsonValue &row, QString *error);
    // Everything CrmClient reads; callers add their UF_* fields.
    static QStringList defaultSelect();
};

struct CrmContact
{
    qint64 id = 0;
    QString name;
    QString secondName;
    QString lastName;
    QList<CrmPhone> phones;
    QJsonObject fields;

    static std::optional<CrmContact> fromJson(const QJsonValue &row, QString *error);
    static QStringList defaultSelect();
};

struct CrmLead
{
    qint64 id = 0;
    QString title;
    QString statusId;
    QString statusSemanticId;
    qint64 contactId = 0;
    QString name;
    QString secondName;
    QString lastName;
    QList<CrmPhone> phones;
    QJsonObject fields;

    static std::optional<CrmLead> fromJson(const QJsonValue &row, QString *error);
    static QStringList defaultSelect();
};

// One entry of crm.deal.fields / crm.contact.fields.
struct CrmField
{
    QString name;
    QString type; // string, integer, double, enumeration, crm_status, ...
    QString title;
    QString label; // listLabel / formLabel of a user field: what people see in the portal
    bool isRequired = false;
    bool isReadOnly = false;
    bool isImmutable = false;
    bool isMultiple = false;
    bool isDynamic = false; // a user field (UF_CRM_*)
    QString statusType;     // for crm_status fields: the dictionary (e.g. DEAL_STAGE)
    QJsonObject raw;

    // The whole `result` map of a *.fields call.
    static std::optional<QMap<QString, CrmField>> mapFromJson(const QJsonValue &result,
                                                              QString *error);
};

// A deal pipeline from crm.category.list (entityTypeId 2).
struct CrmCategory
{
    int id = 0;
    QString name;
    int sort = 0;
    bool isDefault = false;

    static std::optional<CrmCategory> fromJson(const QJsonValue &row, QString *error);
};

// Helpers shared by the decoders.
class CrmValue
{
public:
    // A string, number or bool as text; null and containers give an empty string.
    static QString text(const QJsonValue &value);
    // A string or number holding an integer; nullopt otherwise (including null and "").
    static std::optional<qint64> integer(const QJsonValue &value);
    // The PHONE multifield: a list of {ID, VALUE, VALUE_TYPE}; anything else gives none.
    static QList<CrmPhone> phones(const QJsonValue &value);
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::CrmDeal)
Q_DECLARE_METATYPE(identsync::CrmContact)
Q_DECLARE_METATYPE(identsync::CrmLead)
