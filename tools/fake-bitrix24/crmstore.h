#pragma once

#include "fake-bitrix24/crmschema.h"
#include "fake-bitrix24/phpvalue.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace identsync::fake {

// An error as a CRM handler raises it: HTTP 400 and an empty code unless said otherwise.
struct CrmError
{
    int httpStatus = 400;
    QString code;
    QString description;
};

struct MultiValue
{
    qint64 id = 0;
    QString valueType;
    QString value;
};

// One deal, contact or lead. Values are kept in the form get returns them (strings, null when
// absent), so get, list, filters and /_fake/state all read the same data.
struct Entity
{
    qint64 id = 0;
    QHash<QString, PhpValue> values;
    QHash<QString, QList<MultiValue>> multi; // PHONE, EMAIL, WEB, IM, LINK
};

struct ListRequest
{
    PhpValue filter;
    PhpValue order;
    PhpValue select;
    qint64 start = 0;
};

struct ListResult
{
    PhpValue rows = PhpValue::array();
    qint64 total = 0;
    std::optional<qint64> next;
};

// How much of an entity a write may set: REST methods skip read-only fields, crm.item.add may
// also link a lead, and seeding (POST /_fake/seed, state files) may set anything, ID included.
enum class WriteMode
{
    Rest,
    Item,
    Import,
    Count
};

// The portal's CRM data: deals, contacts, leads, their multifields, pipelines and stages, lead
// statuses and user fields. Single-threaded: it lives on the portal's thread.
class CrmStore
{
public:
    static constexpr int kPageSize = 50;

    CrmStore(int utcOffsetSeconds, qint64 userId);

    // The reference portal: pipelines 0 and 1 with their stages, lead statuses, the user fields
    // of the default field map, and no entities.
    void resetToDefaults();

    // Schema.
    const QList<FieldDef> &fields(EntityType type) const;
    const FieldDef *field(EntityType type, const QString &name) const;
    // crm.item.* camelCase name -> field name.
    QString fieldFromCamelCase(EntityType type, const QString &camel) const;
    PhpValue fieldsDescription(EntityType type) const;

    // Entities.
    bool add(EntityType type, const PhpValue &fields, WriteMode mode, qint64 *id, CrmError *error);
    bool update(EntityType type, qint64 id, const PhpValue &fields, CrmError *error);
    const Entity *find(EntityType type, qint64 id) const;
    // Exactly what crm.{entity}.get returns; with `select`, the fields list returns.
    PhpValue toRest(EntityType type, const Entity &entity,
                    const QSet<QString> *select = nullptr) const;
    // The crm.item.* shape (camelCase keys, typed values).
    PhpValue toItem(EntityType type, const Entity &entity) const;
    bool list(EntityType type, const ListRequest &request, ListResult *result,
              CrmError *error) const;
    // Every entity as get returns it, ordered by ID.
    PhpValue allToRest(EntityType type) const;
    int count(EntityType type) const;
    // Entities whose multifield `commType` (PHONE/EMAIL) holds `value` exactly.
    QList<qint64> findByCommunication(EntityType type, const QString &commType,
                                      const QString &value) const;

    // Dictionaries.
    const QList<StatusItem> &statuses() const { return m_statuses; }
    QList<StatusItem> stages(int categoryId) const;
    const StatusItem *status(const QString &entityId, const QString &statusId) const;
    const QList<Category> &categories() const { return m_categories; }
    bool hasCategory(int id) const;
    void upsertCategory(const Category &category);
    // Replaces the stage list of a pipeline (or the lead statuses when `entityId` is STATUS).
    void replaceStatuses(const QString &entityId, int categoryId, QList<StatusItem> items);

    // User fields.
    QList<UserField> userFields(EntityType type) const;
    bool addUserField(EntityType type, const PhpValue &fields, qint64 *id, CrmError *error);
    bool removeUserField(EntityType type, const QString &fieldName);

    // Persistence (--state FILE) and change tracking.
    PhpValue toState() const;
    bool fromState(const PhpValue &state, QString *error);
    quint64 revision() const { return m_revision; }

    // Dates in the portal's zone, as the REST API prints them ("2024-08-30T14:29:00+03:00").
    QString formatDateTime(const QDateTime &dt) const;
    QString formatDate(const QDate &date) const;
    std::optional<QDateTime> parseDateTime(const QString &text) const;
    std::optional<qint64> parseInstant(const QString &text) const;

private:
    struct Schema
    {
        QList<FieldDef> ordered;
        QHash<QString, qsizetype> index;
        QHash<QString, QString> camel;
    };

    QMap<qint64, Entity> &entities(EntityType type);
    const QMap<qint64, Entity> &entities(EntityType type) const;
    void rebuildSchema(EntityType type);
    void touch() { ++m_revision; }
    QString nowText() const;

    // Converts one input value to its stored form; returns false with `problem` set when the
    // value does not fit the field.
    bool normalize(const FieldDef &field, const PhpValue &in, PhpValue *out, QString *problem,
                   bool *isEmailError) const;
    bool applyFields(EntityType type, Entity &entity, const PhpValue &fields, WriteMode mode,
                     bool isNew, CrmError *error);
    bool applyMultifield(const QString &typeId, const PhpValue &items, Entity &entity, bool isNew,
                         QStringList *problems, bool *emailError);
    void recompute(EntityType type, Entity &entity, const QString &previousStage);
    QString fieldLabel(EntityType type, const FieldDef &field) const;

    void seedStatuses();
    void seedUserFields();

    int m_utcOffset;
    qint64 m_userId;
    QMap<qint64, Entity> m_deals;
    QMap<qint64, Entity> m_contacts;
    QMap<qint64, Entity> m_leads;
    QList<StatusItem> m_statuses;
    QList<Category> m_categories;
    QList<UserField> m_userFields;
    Schema m_schema[int(EntityType::Count)];
    qint64 m_nextId[int(EntityType::Count)] = {1, 1, 1};
    qint64 m_nextMultiId = 1;
    qint64 m_nextStatusId = 1;
    qint64 m_nextUserFieldId = 1;
    qint64 m_nextEnumId = 1;
    quint64 m_revision = 0;
};

} // namespace identsync::fake
