#include "watermark.h"

#include "sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace identsync {

namespace {

constexpr int kFormatVersion = 1;

} // namespace

QByteArray Watermark::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), kFormatVersion);
    o.insert(QStringLiteral("changeTime"), SqlDialect::formatDateTime(changeTime));
    o.insert(QStringLiteral("lastId"), lastId);
    o.insert(QStringLiteral("seenFrom"), SqlDialect::formatDateTime(seenFrom));
    o.insert(QStringLiteral("seenFromId"), seenFromId);
    // Sorted so that equal watermarks serialise identically (QHash order is random per process).
    QList<qint64> ids = seen.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray arr;
    for (qint64 id : ids)
        arr.append(QJsonArray{id, SqlDialect::formatDateTime(seen.value(id))});
    o.insert(QStringLiteral("seen"), arr);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Watermark> Watermark::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Watermark> {
        if (error)
            *error = QStringLiteral("The stored IDENT watermark is unreadable (%1); reset the "
                                    "source's position to read again from the first-run depth.")
                         .arg(why);
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != kFormatVersion)
        return fail(QStringLiteral("unknown format version"));

    Watermark w;
    const QString ct = o.value(QStringLiteral("changeTime")).toString();
    w.changeTime = SqlDialect::parseDateTime(ct);
    if (!ct.isEmpty() && !w.changeTime.isValid())
        return fail(QStringLiteral("bad changeTime"));
    w.lastId = o.value(QStringLiteral("lastId")).toInteger();
    const QString sf = o.value(QStringLiteral("seenFrom")).toString();
    w.seenFrom = SqlDialect::parseDateTime(sf);
    if (!sf.isEmpty() && !w.seenFrom.isValid())
        return fail(QStringLiteral("bad seenFrom"));
    w.seenFromId = o.value(QStringLiteral("seenFromId")).toInteger();
    const QJsonArray arr = o.value(QStringLiteral("seen")).toArray();
    w.seen.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        const QJsonArray pair = v.toArray();
        const QDateTime t = SqlDialect::parseDateTime(pair.at(1).toString());
        if (pair.size() != 2 || !t.isValid() || pair.at(0).toInteger() <= 0)
            return fail(QStringLiteral("bad seen entry"));
        w.seen.insert(pair.at(0).toInteger(), t);
    }
    return w;
}

} // namespace identsync
