#include "lookupcommands.h"

#include "bitrix/responseparser.h"
#include "core/phonenormalizer.h"

namespace identsync::lookup {

QJsonArray toArray(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v);
    return a;
}

QJsonArray toArray(const QList<qint64> &values)
{
    QJsonArray a;
    for (qint64 v : values)
        a.append(QString::number(v));
    return a;
}

QJsonObject listParams(const QJsonObject &filter, const QStringList &select)
{
    return QJsonObject{
        {QStringLiteral("filter"), filter},
        {QStringLiteral("select"), toArray(select)},
        {QStringLiteral("order"), QJsonObject{{QStringLiteral("ID"), QStringLiteral("ASC")}}},
        {QStringLiteral("start"), -1}};
}

QList<QJsonObject> rowsOf(const CommandResult &c)
{
    QList<QJsonObject> rows;
    for (const QJsonValue &v : c.call.result.toArray())
        rows << v.toObject();
    return rows;
}

std::optional<qint64> idOf(const QJsonValue &v)
{
    return ResponseParser::toId(v);
}

QStringList phonesOf(const QJsonObject &row)
{
    QStringList out;
    for (const QJsonValue &v : row.value(QStringLiteral("PHONE")).toArray()) {
        const PhoneResult p =
            PhoneNormalizer::normalize(v.toObject().value(QStringLiteral("VALUE")).toString());
        if (p.ok())
            out << p.e164;
    }
    return out;
}

std::optional<ErrorInfo> firstFailure(const BatchResult &r)
{
    if (!r.ok)
        return r.error;
    for (const CommandResult &c : r.commands) {
        if (!c.call.ok)
            return c.call.error;
    }
    return std::nullopt;
}

bool allOk(const BatchResult &r, const QString &prefix)
{
    if (!r.ok)
        return false;
    for (const CommandResult &c : r.commands) {
        if (c.key.startsWith(prefix) && !c.call.ok)
            return false;
    }
    return true;
}

} // namespace identsync::lookup
