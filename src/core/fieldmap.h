#pragma once

#include "dealdraft.h"
#include "dealkey.h"
#include "reception.h"
#include "stageguard.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace identsync {

// Every piece of IDENT data the field map can send (SPEC §2.2). Deal fields first, then contact
// fields; the config key of each is fieldConfigKey().
enum class MappedField
{
    IdentKey,
    Title,
    Start,
    End,
    Doctor,
    Speciality,
    Branch,
    Chair,
    Status,
    CardNumber,
    Guardian,
    Comment,
    Services,
    Amount,
    OrderDate,
    CancelReason,
    TreatmentPlan,
    TreatmentPlanHash,
    Registrar,
    ContactName,
    ContactLastName,
    ContactSecondName,
    ContactBirthdate,
    ContactPhone,
    ContactPatientId,
    Count
};

enum class FieldEntity
{
    Deal,
    Contact
};

QString fieldConfigKey(MappedField field); // "ident_key", "start", "contact_phone", …
std::optional<MappedField> fieldFromConfigKey(QStringView key);
QString defaultFieldName(MappedField field); // "UF_CRM_IDENT_KEY", "OPPORTUNITY", "NAME", …
FieldEntity fieldEntity(MappedField field);
// Written when the deal is created and never again: later edits in the CRM are people's work.
bool isCreateOnly(MappedField field);
// Cannot be switched off: deals and contacts are found again by these.
bool isRequiredMapping(MappedField field);

struct FieldMapProblem
{
    enum class Kind
    {
        Missing,
        ReadOnly,
        Immutable
    };
    Kind kind = Kind::Missing;
    QString configKey; // "doctor"
    QString fieldName; // "UF_CRM_IDENT_DOCTOR"
    QString message;   // names both and says what to do

    bool operator==(const FieldMapProblem &) const = default;
};

// Which Bitrix24 field receives which piece of IDENT data, and the builders of the field sets.
class FieldMap
{
public:
    static constexpr int kServicesMaxCharacters = 3000;

    FieldMap(); // the defaults, matching the user fields the setup creates on the portal

    // `config` maps config keys to Bitrix24 field names and overrides the defaults; an empty
    // name switches a field off. Unknown keys, bad names, a required field switched off and two
    // keys on one field are errors naming the key.
    static std::optional<FieldMap> fromConfig(const QMap<QString, QString> &config, QString *error);
    QMap<QString, QString> toConfig() const;

    QString fieldName(MappedField field) const; // empty when switched off

    // Checks every mapped field against crm.deal.fields / crm.contact.fields results (the
    // `result` object, or the whole envelope): one problem per field that is missing, read-only,
    // or immutable though written on every update.
    QList<FieldMapProblem> validate(const QJsonObject &dealFieldsDescription,
                                    const QJsonObject &contactFieldsDescription) const;

    // The deal's fields for a reception. Reception times are IDENT's wall-clock times (IDENT
    // stores no zone): values labelled local time or UTC (Qt::LocalTime, Qt::UTC, the UTC zone)
    // are taken as clinic time as they are; values with another offset or zone are converted.
    // All are written with the clinic's offset. Empty optional values are left out; create-only
    // fields only on create.
    // Text is made fit for the portal (portaltext.h); what had to change is added to `notes`.
    QJsonObject dealFields(const Reception &reception, const QString &statusText, bool isCreate,
                           int utcOffsetSeconds, QStringList *notes = nullptr) const;
    // What a deal in a final stage may receive: its IDENT key and nothing else.
    QJsonObject keyOnlyFields(const DealKey &key) const;
    // PHONE only on create: a multifield entry without an ID is appended on update, so sending
    // it again would pile up copies of the number.
    QJsonObject contactFields(const ContactDraft &contact, bool isCreate,
                              QStringList *notes = nullptr) const;

    // The draft a stage decision allows: nothing, the key only, the fields, or fields and stage.
    // `dealsKey`: the IDENT key the deal already carries (a branch variant of the reception's
    // key); it is kept. Invalid: the reception's own key is written.
    std::optional<DealDraft> draft(const Reception &reception, const QString &statusText,
                                   const StageDecision &decision, bool isCreate,
                                   int utcOffsetSeconds, const DealKey &dealsKey = {}) const;

    // "2026-03-01T10:30:00+03:00"; empty for an invalid time.
    static QString isoTime(const QDateTime &time, int utcOffsetSeconds);
    // At most `maxCharacters` Unicode characters; a surrogate pair is never split.
    static QString cutToCharacters(const QString &text, int maxCharacters);
    // 150050 -> "1500.50", -5 -> "-0.05".
    static QString formatAmount(qint64 kopecks);

    bool operator==(const FieldMap &) const = default;

private:
    QMap<MappedField, QString> m_names;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::FieldMapProblem)
Q_DECLARE_METATYPE(identsync::FieldMap)
