#include "receptionjson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace identsync {

namespace {

// Wall-clock times from IDENT carry no zone; they round-trip as local date-times without an
// offset ("2026-03-01T10:30:00.000").
const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz");

void putText(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), t.toString(kTimeFormat));
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool readTime(const QJsonObject &o, const char *key, QDateTime *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    const QDateTime t = QDateTime::fromString(v.toString(), kTimeFormat);
    if (!t.isValid()) {
        if (error)
            *error =
                QStringLiteral("payload field \"%1\" is not a date-time").arg(QLatin1String(key));
        return false;
    }
    *out = t;
    return true;
}

// Ids travel as strings: JSON numbers are doubles and would round ids past 2^53.
void putId(QJsonObject &o, const char *key, qint64 v)
{
    o.insert(QLatin1String(key), QString::number(v));
}

bool readId(const QJsonObject &o, const char *key, qint64 *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (!ok) {
        if (error)
            *error = QStringLiteral("payload field \"%1\" is not an id").arg(QLatin1String(key));
        return false;
    }
    *out = n;
    return true;
}

} // namespace

QJsonObject receptionToJson(const Reception &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("branchId"), r.branchId);
    putText(o, "branchName", r.branchName);
    putId(o, "id", r.id);

    QJsonObject p;
    putId(p, "id", r.patient.id);
    putText(p, "surname", r.patient.surname);
    putText(p, "name", r.patient.name);
    putText(p, "patronymic", r.patient.patronymic);
    putText(p, "phone", r.patient.phoneRaw);
    putText(p, "birthday", r.patient.birthdayRaw);
    putText(p, "card", r.patient.cardNumber);
    putText(p, "guardian", r.patient.guardian);
    o.insert(QStringLiteral("patient"), p);

    putTime(o, "planStart", r.planStart);
    putTime(o, "planEnd", r.planEnd);
    putTime(o, "added", r.dateTimeAdded);
    putTime(o, "changed", r.dateTimeChanged);
    putTime(o, "appeared", r.patientAppeared);
    putTime(o, "started", r.receptionStarted);
    putTime(o, "ended", r.receptionEnded);
    putTime(o, "checkIssued", r.checkIssued);
    putTime(o, "canceled", r.receptionCanceled);
    if (r.cancelReasonId)
        putId(o, "cancelReasonId", *r.cancelReasonId);
    putText(o, "cancelReason", r.cancelReason);
    putText(o, "doctor", r.doctor);
    putText(o, "speciality", r.speciality);
    putText(o, "chair", r.chair);
    putText(o, "comment", r.comment);
    putText(o, "registrar", r.registrar);
    putText(o, "services", r.servicesText);
    if (r.amountKopecks)
        putId(o, "amountKopecks", *r.amountKopecks);
    putTime(o, "orderDate", r.orderDate);
    putTime(o, "billFormed", r.billFormed);
    putText(o, "plan", r.treatmentPlanText);
    putText(o, "planHash", r.treatmentPlanHash);
    // Only when present, so the payload (and its hash) of an ordinary reception stays as it was.
    if (!r.otherKeyBranches.isEmpty()) {
        QJsonArray branches;
        for (int b : r.otherKeyBranches)
            branches.append(b);
        o.insert(QStringLiteral("otherKeyBranches"), branches);
    }
    if (!r.unreadable.isEmpty()) {
        QJsonArray values;
        for (const UnreadableValue &v : r.unreadable)
            values.append(QJsonObject{{QStringLiteral("column"), v.column},
                                      {QStringLiteral("text"), v.text}});
        o.insert(QStringLiteral("unreadable"), values);
    }
    return o;
}

std::optional<Reception> receptionFromJson(const QJsonObject &o, QString *error)
{
    Reception r;
    if (!o.value(QStringLiteral("branchId")).isDouble() || !o.contains(QStringLiteral("id"))) {
        if (error)
            *error = QStringLiteral("payload is not a reception (no branchId or id)");
        return std::nullopt;
    }
    r.branchId = o.value(QStringLiteral("branchId")).toInt();
    r.branchName = text(o, "branchName");
    if (!readId(o, "id", &r.id, error))
        return std::nullopt;

    const QJsonObject p = o.value(QStringLiteral("patient")).toObject();
    r.patient.branchId = r.branchId;
    if (!readId(p, "id", &r.patient.id, error))
        return std::nullopt;
    r.patient.surname = text(p, "surname");
    r.patient.name = text(p, "name");
    r.patient.patronymic = text(p, "patronymic");
    r.patient.phoneRaw = text(p, "phone");
    r.patient.birthdayRaw = text(p, "birthday");
    r.patient.cardNumber = text(p, "card");
    r.patient.guardian = text(p, "guardian");

    const bool timesOk = readTime(o, "planStart", &r.planStart, error) &&
                         readTime(o, "planEnd", &r.planEnd, error) &&
                         readTime(o, "added", &r.dateTimeAdded, error) &&
                         readTime(o, "changed", &r.dateTimeChanged, error) &&
                         readTime(o, "appeared", &r.patientAppeared, error) &&
                         readTime(o, "started", &r.receptionStarted, error) &&
                         readTime(o, "ended", &r.receptionEnded, error) &&
                         readTime(o, "checkIssued", &r.checkIssued, error) &&
                         readTime(o, "canceled", &r.receptionCanceled, error) &&
                         readTime(o, "orderDate", &r.orderDate, error) &&
                         readTime(o, "billFormed", &r.billFormed, error);
    if (!timesOk)
        return std::nullopt;
    if (o.contains(QStringLiteral("cancelReasonId"))) {
        qint64 v = 0;
        if (!readId(o, "cancelReasonId", &v, error))
            return std::nullopt;
        r.cancelReasonId = v;
    }
    if (o.contains(QStringLiteral("amountKopecks"))) {
        qint64 v = 0;
        if (!readId(o, "amountKopecks", &v, error))
            return std::nullopt;
        r.amountKopecks = v;
    }
    r.cancelReason = text(o, "cancelReason");
    r.doctor = text(o, "doctor");
    r.speciality = text(o, "speciality");
    r.chair = text(o, "chair");
    r.comment = text(o, "comment");
    r.registrar = text(o, "registrar");
    r.servicesText = text(o, "services");
    r.treatmentPlanText = text(o, "plan");
    r.treatmentPlanHash = text(o, "planHash");
    for (const QJsonValue &b : o.value(QStringLiteral("otherKeyBranches")).toArray()) {
        if (!b.isDouble()) {
            if (error)
                *error = QStringLiteral("payload field \"otherKeyBranches\" is not a list of "
                                        "branch numbers");
            return std::nullopt;
        }
        r.otherKeyBranches << b.toInt();
    }
    for (const QJsonValue &v : o.value(QStringLiteral("unreadable")).toArray())
        r.unreadable << UnreadableValue{v.toObject().value(QStringLiteral("column")).toString(),
                                        v.toObject().value(QStringLiteral("text")).toString()};
    return r;
}

} // namespace identsync
