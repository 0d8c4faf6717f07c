#include "fieldmap.h"

#include "portaltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace identsync {

namespace {

struct FieldSpec
{
    const char *key;
    const char *defaultName;
    FieldEntity entity;
    bool createOnly;
    bool required;
};

FieldSpec specOf(MappedField field)
{
    constexpr auto D = FieldEntity::Deal;
    constexpr auto C = FieldEntity::Contact;
    switch (field) {
    case MappedField::IdentKey:
        return {"ident_key", "UF_CRM_IDENT_KEY", D, false, true};
    case MappedField::Title:
        return {"title", "TITLE", D, true, false};
    case MappedField::Start:
        return {"start", "UF_CRM_IDENT_START", D, false, false};
    case MappedField::End:
        return {"end", "UF_CRM_IDENT_END", D, false, false};
    case MappedField::Doctor:
        return {"doctor", "UF_CRM_IDENT_DOCTOR", D, false, false};
    case MappedField::Speciality:
        return {"speciality", "UF_CRM_IDENT_SPECIALITY", D, false, false};
    case MappedField::Branch:
        return {"branch", "UF_CRM_IDENT_BRANCH", D, false, false};
    case MappedField::Chair:
        return {"chair", "UF_CRM_IDENT_CHAIR", D, false, false};
    case MappedField::Status:
        return {"status", "UF_CRM_IDENT_STATUS", D, false, false};
    case MappedField::CardNumber:
        return {"card_number", "UF_CRM_IDENT_CARD", D, false, false};
    case MappedField::Guardian:
        return {"guardian", "UF_CRM_IDENT_GUARDIAN", D, false, false};
    case MappedField::Comment:
        return {"comment", "UF_CRM_IDENT_COMMENT", D, false, false};
    case MappedField::Services:
        return {"services", "UF_CRM_IDENT_SERVICES", D, false, false};
    case MappedField::Amount:
        return {"amount", "OPPORTUNITY", D, false, false};
    case MappedField::OrderDate:
        return {"order_date", "UF_CRM_IDENT_ORDER_DATE", D, false, false};
    case MappedField::CancelReason:
        return {"cancel_reason", "UF_CRM_IDENT_CANCEL_REASON", D, false, false};
    case MappedField::TreatmentPlan:
        return {"treatment_plan", "UF_CRM_IDENT_PLAN", D, false, false};
    case MappedField::TreatmentPlanHash:
        return {"treatment_plan_hash", "UF_CRM_IDENT_PLAN_HASH", D, false, false};
    case MappedField::Registrar:
        return {"registrar", "UF_CRM_IDENT_REGISTRAR", D, true, false};
    case MappedField::ContactName:
        return {"contact_name", "NAME", C, false, false};
    case MappedField::ContactLastName:
        return {"contact_last_name", "LAST_NAME", C, false, false};
    case MappedField::ContactSecondName:
        return {"contact_second_name", "SECOND_NAME", C, false, false};
    case MappedField::ContactBirthdate:
        return {"contact_birthdate", "BIRTHDATE", C, false, false};
    case MappedField::ContactPhone:
        return {"contact_phone", "PHONE", C, true, false};
    case MappedField::ContactPatientId:
        return {"contact_patient_id", "UF_CRM_IDENT_PATIENT", C, false, true};
    case MappedField::Count:
        break;
    }
    return {"", "", D, false, false};
}

QList<MappedField> allFields()
{
    QList<MappedField> out;
    for (int i = 0; i < enumCount<MappedField>(); ++i)
        out << static_cast<MappedField>(i);
    return out;
}

QString entityName(FieldEntity e)
{
    switch (e) {
    case FieldEntity::Deal:
        return QStringLiteral("deal");
    case FieldEntity::Contact:
        return QStringLiteral("contact");
    }
    return {};
}

// IDENT text columns are nchar/nvarchar: trailing padding is noise, not data.
QString clean(const QString &s)
{
    return s.trimmed();
}

QString fieldLabel(MappedField f, const QString &name)
{
    return QStringLiteral("%1 (%2)").arg(fieldConfigKey(f), name);
}

// `value` made fit for the field `name`; what had to change goes to `notes`, naming `record`.
QString fitted(MappedField f, const QString &name, const QString &value, const QString &record,
               QStringList *notes)
{
    const FittedText t = fitPortalText(value, portalTextLimit(name));
    if (notes && t.removedControls > 0)
        *notes << QCoreApplication::translate("FieldMap",
                                              "%1: %2 control characters (such as NUL) in %3 "
                                              "cannot be stored in Bitrix24 and were left out.")
                      .arg(record)
                      .arg(t.removedControls)
                      .arg(fieldLabel(f, name));
    if (notes && t.cut) {
        const TextLimit limit = portalTextLimit(name);
        const QString what =
            limit.maxCharacters > 0
                ? QCoreApplication::translate("FieldMap", "%n characters", nullptr,
                                              limit.maxCharacters)
                : QCoreApplication::translate("FieldMap", "%n bytes", nullptr, limit.maxUtf8Bytes);
        *notes << QCoreApplication::translate("FieldMap",
                                              "%1: %2 has %3 characters, more than Bitrix24 stores "
                                              "(%4); it was cut and ends with «%5».")
                      .arg(record, fieldLabel(f, name))
                      .arg(t.originalCharacters)
                      .arg(what, kCutMarker.trimmed().toString());
    }
    return t.text;
}

// IDENT's wall-clock time in the clinic's zone, as a UTC-labelled value whose date and time are
// the clinic's (so formatting it never consults the machine's zone). IDENT stores no zone, so a
// value labelled local or UTC is that wall clock as read; only a real offset or zone converts.
QDateTime clinicWallClock(const QDateTime &t, int utcOffsetSeconds)
{
    bool naive = false;
    switch (t.timeSpec()) {
    case Qt::LocalTime:
    case Qt::UTC:
        naive = true;
        break;
    case Qt::OffsetFromUTC:
        break;
    case Qt::TimeZone:
        naive = t.timeZone() == QTimeZone::utc();
        break;
    }
    if (naive)
        return QDateTime(t.date(), t.time(), QTimeZone::utc());
    return t.toUTC().addSecs(utcOffsetSeconds);
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int abs = seconds < 0 ? -seconds : seconds;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString titleOf(const Reception &r, int utcOffsetSeconds)
{
    const QString name = r.patient.fullName();
    QString when;
    if (r.planStart.isValid()) {
        when = clinicWallClock(r.planStart, utcOffsetSeconds)
                   .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    }
    QString title = QStringLiteral("Приём");
    if (!when.isEmpty())
        title += QLatin1Char(' ') + when;
    return title + QStringLiteral(" — ") + (name.isEmpty() ? r.key().toString() : name);
}

} // namespace

QString fieldConfigKey(MappedField field)
{
    return QString::fromLatin1(specOf(field).key);
}

std::optional<MappedField> fieldFromConfigKey(QStringView key)
{
    for (MappedField f : allFields()) {
        if (fieldConfigKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString defaultFieldName(MappedField field)
{
    return QString::fromLatin1(specOf(field).defaultName);
}

FieldEntity fieldEntity(MappedField field)
{
    return specOf(field).entity;
}
bool isCreateOnly(MappedField field)
{
    return specOf(field).createOnly;
}
bool isRequiredMapping(MappedField field)
{
    return specOf(field).required;
}

FieldMap::FieldMap()
{
    for (MappedField f : allFields())
        m_names.insert(f, defaultFieldName(f));
}

std::optional<FieldMap> FieldMap::fromConfig(const QMap<QString, QString> &config, QString *error)
{
    // Bitrix24 field names: upper-case letters, digits, underscores, at most 50 characters.
    static const QRegularExpression nameRe(QStringLiteral("^[A-Z][A-Z0-9_]{0,49}$"));
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    FieldMap map;
    for (auto it = config.cbegin(); it != config.cend(); ++it) {
        const auto field = fieldFromConfigKey(it.key().trimmed());
        if (!field) {
            QStringList known;
            for (MappedField f : allFields())
                known << fieldConfigKey(f);
            return fail(QStringLiteral("Field map: unknown key \"%1\"; known keys: %2")
                            .arg(it.key(), known.join(QLatin1String(", "))));
        }
        const QString name = it.value().trimmed().toUpper();
        if (name.isEmpty() && isRequiredMapping(*field)) {
            return fail(QStringLiteral("Field map: \"%1\" cannot be switched off; deals and "
                                       "contacts are found again by it. Give it a field name.")
                            .arg(it.key()));
        }
        if (!name.isEmpty() && !nameRe.match(name).hasMatch()) {
            return fail(QStringLiteral("Field map: \"%1\" = \"%2\" is not a Bitrix24 field name "
                                       "(letters, digits and underscores, at most 50, e.g. "
                                       "UF_CRM_IDENT_DOCTOR)")
                            .arg(it.key(), it.value()));
        }
        map.m_names.insert(*field, name);
    }

    for (MappedField a : allFields()) {
        for (MappedField b : allFields()) {
            if (static_cast<int>(b) <= static_cast<int>(a) || fieldEntity(a) != fieldEntity(b))
                continue;
            const QString name = map.m_names.value(a);
            if (!name.isEmpty() && name == map.m_names.value(b)) {
                return fail(QStringLiteral("Field map: \"%1\" and \"%2\" both point at %3 field "
                                           "%4; each needs a field of its own")
                                .arg(fieldConfigKey(a), fieldConfigKey(b),
                                     entityName(fieldEntity(a)), name));
            }
        }
    }
    if (error)
        error->clear();
    return map;
}

QMap<QString, QString> FieldMap::toConfig() const
{
    QMap<QString, QString> out;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        out.insert(fieldConfigKey(it.key()), it.value());
    return out;
}

QString FieldMap::fieldName(MappedField field) const
{
    return m_names.value(field);
}

QList<FieldMapProblem> FieldMap::validate(const QJsonObject &dealFieldsDescription,
                                          const QJsonObject &contactFieldsDescription) const
{
    auto unwrap = [](const QJsonObject &o) {
        const QJsonValue result = o.value(QLatin1String("result"));
        if (result.isObject() && !o.contains(QLatin1String("ID")))
            return result.toObject();
        return o;
    };
    const QJsonObject deal = unwrap(dealFieldsDescription);
    const QJsonObject contact = unwrap(contactFieldsDescription);

    QList<FieldMapProblem> problems;
    for (MappedField f : allFields()) {
        const QString name = fieldName(f);
        if (name.isEmpty())
            continue;
        const FieldEntity entity = fieldEntity(f);
        const QJsonObject &described = entity == FieldEntity::Deal ? deal : contact;
        const QJsonValue d = described.value(name);

        FieldMapProblem p;
        p.configKey = fieldConfigKey(f);
        p.fieldName = name;
        const QString what = QStringLiteral("Field map: \"%1\" points at %2 field %3")
                                 .arg(p.configKey, entityName(entity), name);
        if (!d.isObject()) {
            p.kind = FieldMapProblem::Kind::Missing;
            p.message = what + QStringLiteral(", which the portal does not have; create the "
                                              "field in Bitrix24 or change the map");
        } else if (d.toObject().value(QLatin1String("isReadOnly")).toBool()) {
            p.kind = FieldMapProblem::Kind::ReadOnly;
            p.message = what + QStringLiteral(", which is read-only on the portal; map it to a "
                                              "writable field");
        } else if (!isCreateOnly(f) && d.toObject().value(QLatin1String("isImmutable")).toBool()) {
            p.kind = FieldMapProblem::Kind::Immutable;
            p.message = what + QStringLiteral(", which cannot change after creation but is "
                                              "written on every update; map it to another field");
        } else {
            continue;
        }
        problems << p;
    }
    return problems;
}

QString FieldMap::isoTime(const QDateTime &time, int utcOffsetSeconds)
{
    if (!time.isValid())
        return {};
    const QDateTime wall = clinicWallClock(time, utcOffsetSeconds);
    return wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + offsetText(utcOffsetSeconds);
}

QString FieldMap::cutToCharacters(const QString &text, int maxCharacters)
{
    qsizetype i = 0;
    int characters = 0;
    while (i < text.size() && characters < maxCharacters) {
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        i += pair ? 2 : 1;
        ++characters;
    }
    return text.left(i);
}

QString FieldMap::formatAmount(qint64 kopecks)
{
    // Integer arithmetic: a double would turn 0.29 into 0.28999….
    const bool negative = kopecks < 0;
    const quint64 abs =
        negative ? 0 - static_cast<quint64>(kopecks) : static_cast<quint64>(kopecks);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject FieldMap::dealFields(const Reception &reception, const QString &statusText,
                                 bool isCreate, int utcOffsetSeconds, QStringList *notes) const
{
    QJsonObject out;
    const QString record = reception.key().toString();
    auto put = [&](MappedField f, const QString &value) {
        const QString name = fieldName(f);
        if (name.isEmpty() || value.isEmpty() || (isCreateOnly(f) && !isCreate))
            return;
        const QString text = fitted(f, name, value, record, notes);
        if (!text.isEmpty())
            out.insert(name, text);
    };
    auto putText = [&](MappedField f, const QString &value) { put(f, clean(value)); };
    auto putTime = [&](MappedField f, const QDateTime &t) { put(f, isoTime(t, utcOffsetSeconds)); };

    put(MappedField::IdentKey, reception.key().toString());
    put(MappedField::Title, titleOf(reception, utcOffsetSeconds));
    putTime(MappedField::Start, reception.planStart);
    putTime(MappedField::End, reception.planEnd);
    putText(MappedField::Doctor, reception.doctor);
    putText(MappedField::Speciality, reception.speciality);
    putText(MappedField::Branch, reception.branchName);
    putText(MappedField::Chair, reception.chair);
    putText(MappedField::Status, statusText);
    putText(MappedField::CardNumber, reception.patient.cardNumber);
    putText(MappedField::Guardian, reception.patient.guardian);
    putText(MappedField::Comment, reception.comment);
    put(MappedField::Services,
        cutToCharacters(clean(reception.servicesText), kServicesMaxCharacters));
    if (reception.amountKopecks)
        put(MappedField::Amount, formatAmount(*reception.amountKopecks));
    putTime(MappedField::OrderDate, reception.orderDate);
    putText(MappedField::CancelReason, reception.cancelReason);
    putText(MappedField::TreatmentPlan, reception.treatmentPlanText);
    putText(MappedField::TreatmentPlanHash, reception.treatmentPlanHash);
    putText(MappedField::Registrar, reception.registrar);
    return out;
}

QJsonObject FieldMap::keyOnlyFields(const DealKey &key) const
{
    return QJsonObject{{fieldName(MappedField::IdentKey), key.toString()}};
}

QJsonObject FieldMap::contactFields(const ContactDraft &contact, bool isCreate,
                                    QStringList *notes) const
{
    QJsonObject out;
    const QString record =
        QCoreApplication::translate("FieldMap", "patient %1").arg(contact.patientId);
    auto put = [&](MappedField f, const QJsonValue &value) {
        const QString name = fieldName(f);
        if (name.isEmpty() || (isCreateOnly(f) && !isCreate))
            return;
        if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
            return;
        if (value.isString())
            out.insert(name, fitted(f, name, value.toString(), record, notes));
        else
            out.insert(name, value);
    };
    put(MappedField::ContactName, clean(contact.firstName));
    put(MappedField::ContactLastName, clean(contact.lastName));
    put(MappedField::ContactSecondName, clean(contact.secondName));
    if (contact.birthday && contact.birthday->isValid())
        put(MappedField::ContactBirthdate, contact.birthday->toString(Qt::ISODate));
    if (!contact.phoneE164.isEmpty()) {
        put(MappedField::ContactPhone,
            QJsonArray{QJsonObject{{QStringLiteral("VALUE"), contact.phoneE164},
                                   {QStringLiteral("VALUE_TYPE"), QStringLiteral("MOBILE")}}});
    }
    if (contact.patientId > 0)
        put(MappedField::ContactPatientId, contact.patientIdValue());
    return out;
}

std::optional<DealDraft> FieldMap::draft(const Reception &reception, const QString &statusText,
                                         const StageDecision &decision, bool isCreate,
                                         int utcOffsetSeconds, const DealKey &dealsKey) const
{
    DealDraft d;
    d.key = dealsKey.isValid() ? dealsKey : reception.key();
    switch (decision.scope) {
    case WriteScope::Nothing:
        return std::nullopt;
    case WriteScope::KeyOnly:
        d.fields = keyOnlyFields(d.key);
        return d;
    case WriteScope::FieldsOnly:
    case WriteScope::Full:
        d.fields = dealFields(reception, statusText, isCreate, utcOffsetSeconds, &d.notes);
        // The key a deal already carries stays: it may be another branch variant of this
        // reception's key, written by the replaced product, and other tools may look for it.
        if (const QString keyField = fieldName(MappedField::IdentKey); !keyField.isEmpty())
            d.fields.insert(keyField, d.key.toString());
        if (decision.scope == WriteScope::Full)
            d.stage = decision.stageToWrite;
        return d;
    }
    return std::nullopt;
}

} // namespace identsync
