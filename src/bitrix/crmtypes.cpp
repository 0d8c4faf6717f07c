#include "crmtypes.h"

#include "responseparser.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace identsync {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The row as an object with a usable ID, or an error naming what is wrong.
std::optional<std::pair<QJsonObject, qint64>> rowWithId(const QJsonValue &row, const char *what,
                                                        QString *error)
{
    if (!row.isObject()) {
        fail(error, QStringLiteral("a %1 in the portal's answer is not an object")
                        .arg(QLatin1String(what)));
        return std::nullopt;
    }
    const QJsonObject object = row.toObject();
    const auto id = ResponseParser::toId(object.value(QLatin1String("ID")));
    if (!id) {
        fail(error, QStringLiteral("a %1 in the portal's answer has no valid ID (got \"%2\")")
                        .arg(QLatin1String(what))
                        .arg(CrmValue::text(object.value(QLatin1String("ID"))).left(32)));
        return std::nullopt;
    }
    return std::make_pair(object, *id);
}

QString field(const QJsonObject &o, const char *name)
{
    return CrmValue::text(o.value(QLatin1String(name)));
}

bool flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    const QString t = CrmValue::text(value).trimmed().toUpper();
    return t == QLatin1String("Y") || t == QLatin1String("1") || t == QLatin1String("TRUE");
}

} // namespace

QString CrmValue::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("Y") : QStringLiteral("N");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString();
    }
    return QString();
}

std::optional<qint64> CrmValue::integer(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(v) : std::nullopt;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            return qint64(d);
    }
    return std::nullopt;
}

QList<CrmPhone> CrmValue::phones(const QJsonValue &value)
{
    QList<CrmPhone> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        const QJsonObject o = item.toObject();
        CrmPhone phone;
        phone.id = integer(o.value(QLatin1String("ID"))).value_or(0);
        phone.value = field(o, "VALUE");
        phone.valueType = field(o, "VALUE_TYPE");
        if (!phone.value.trimmed().isEmpty())
            out.append(phone);
    }
    return out;
}

std::optional<CrmDeal> CrmDeal::fromJson(const QJsonValue &row, QString *error)
{
    const auto r = rowWithId(row, "deal", error);
    if (!r)
        return std::nullopt;
    const QJsonObject &o = r->first;
    CrmDeal deal;
    deal.id = r->second;
    deal.title = field(o, "TITLE");
    deal.categoryId = int(CrmValue::integer(o.value(QLatin1String("CATEGORY_ID"))).value_or(0));
    deal.stageId = field(o, "STAGE_ID");
    deal.stageSemanticId = field(o, "STAGE_SEMANTIC_ID");
    deal.contactId = CrmValue::integer(o.value(QLatin1String("CONTACT_ID"))).value_or(0);
    deal.fields = o;
    return deal;
}

QStringList CrmDeal::defaultSelect()
{
    return {QStringLiteral("ID"),
            QStringLiteral("TITLE"),
            QStringLiteral("CATEGORY_ID"),
            QStringLiteral("STAGE_ID"),
            QStringLiteral("STAGE_SEMANTIC_ID"),
            QStringLiteral("CONTACT_ID"),
            QStringLiteral("ASSIGNED_BY_ID"),
            QStringLiteral("OPPORTUNITY"),
            QStringLiteral("CLOSED"),
            QStringLiteral("DATE_MODIFY")};
}

std::optional<CrmContact> CrmContact::fromJson(const QJsonValue &row, QString *error)
{
    const auto r = rowWithId(row, "contact", error);
    if (!r)
        return std::nullopt;
    const QJsonObject &o = r->first;
    CrmContact contact;
    contact.id = r->second;
    contact.name = field(o, "NAME");
    contact.secondName = field(o, "SECOND_NAME");
    contact.lastName = field(o, "LAST_NAME");
    contact.phones = CrmValue::phones(o.value(QLatin1String("PHONE")));
    contact.fields = o;
    return contact;
}

QStringList CrmContact::defaultSelect()
{
    return {QStringLiteral("ID"),
            QStringLiteral("NAME"),
            QStringLiteral("SECOND_NAME"),
            QStringLiteral("LAST_NAME"),
            QStringLiteral("PHONE"),
            QStringLiteral("BIRTHDATE"),
            QStringLiteral("ASSIGNED_BY_ID")};
}

std::optional<CrmLead> CrmLead::fromJson(const QJsonValue &row, QString *error)
{
    const auto r = rowWithId(row, "lead", error);
    if (!r)
        return std::nullopt;
    const QJsonObject &o = r->first;
    CrmLead lead;
    lead.id = r->second;
    lead.title = field(o, "TITLE");
    lead.statusId = field(o, "STATUS_ID");
    lead.statusSemanticId = field(o, "STATUS_SEMANTIC_ID");
    lead.contactId = CrmValue::integer(o.value(QLatin1String("CONTACT_ID"))).value_or(0);
    lead.name = field(o, "NAME");
    lead.secondName = field(o, "SECOND_NAME");
    lead.lastName = field(o, "LAST_NAME");
    lead.phones = CrmValue::phones(o.value(QLatin1String("PHONE")));
    lead.fields = o;
    return lead;
}

QStringList CrmLead::defaultSelect()
{
    return {QStringLiteral("ID"),          QStringLiteral("TITLE"),
            QStringLiteral("STATUS_ID"),   QStringLiteral("STATUS_SEMANTIC_ID"),
            QStringLiteral("CONTACT_ID"),  QStringLiteral("NAME"),
            QStringLiteral("SECOND_NAME"), QStringLiteral("LAST_NAME"),
            QStringLiteral("PHONE"),       QStringLiteral("ASSIGNED_BY_ID")};
}

std::optional<QMap<QString, CrmField>> CrmField::mapFromJson(const QJsonValue &result,
                                                             QString *error)
{
    if (!result.isObject()) {
        fail(error, QStringLiteral("the portal's field list is not a map of field names"));
        return std::nullopt;
    }
    QMap<QString, CrmField> out;
    const QJsonObject map = result.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.value().isObject()) {
            fail(error, QStringLiteral("the description of field %1 is not an object")
                            .arg(it.key().left(64)));
            return std::nullopt;
        }
        const QJsonObject o = it.value().toObject();
        CrmField f;
        f.name = it.key();
        f.type = field(o, "type");
        f.title = field(o, "title");
        f.label = field(o, "listLabel");
        if (f.label.isEmpty())
            f.label = field(o, "formLabel");
        if (f.label.isEmpty())
            f.label = f.title;
        f.isRequired = flag(o.value(QLatin1String("isRequired")));
        f.isReadOnly = flag(o.value(QLatin1String("isReadOnly")));
        f.isImmutable = flag(o.value(QLatin1String("isImmutable")));
        f.isMultiple = flag(o.value(QLatin1String("isMultiple")));
        f.isDynamic = flag(o.value(QLatin1String("isDynamic")));
        f.statusType = field(o, "statusType");
        f.raw = o;
        out.insert(f.name, f);
    }
    return out;
}

std::optional<CrmCategory> CrmCategory::fromJson(const QJsonValue &row, QString *error)
{
    if (!row.isObject()) {
        fail(error, QStringLiteral("a pipeline in the portal's answer is not an object"));
        return std::nullopt;
    }
    const QJsonObject o = row.toObject();
    const auto id = CrmValue::integer(o.value(QLatin1String("id")));
    if (!id || *id < 0 || *id > std::numeric_limits<int>::max()) {
        fail(error, QStringLiteral("a pipeline in the portal's answer has no valid id"));
        return std::nullopt;
    }
    CrmCategory c;
    c.id = int(*id);
    c.name = field(o, "name");
    c.sort = int(CrmValue::integer(o.value(QLatin1String("sort"))).value_or(0));
    c.isDefault = flag(o.value(QLatin1String("isDefault")));
    return c;
}

} // namespace identsync
