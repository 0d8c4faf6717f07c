#include "responseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace identsync {

namespace {

constexpr int maxQuotedChars = 160;

std::optional<double> toFiniteDouble(const QJsonValue &value)
{
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

// The readable text of an HTML error page: its <title>, else the start of its text.
QString htmlSummary(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression titleRe(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    QString summary;
    const auto match = titleRe.match(text);
    if (match.hasMatch()) {
        summary = match.captured(1);
    } else {
        static const QRegularExpression tagRe(QStringLiteral("<[^>]*>"));
        summary = QString(text).replace(tagRe, QStringLiteral(" "));
    }
    summary = summary.simplified();
    if (summary.size() > maxQuotedChars)
        summary = summary.left(maxQuotedChars) + QStringLiteral("…");
    return summary;
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith('<');
}

QString quoted(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(maxQuotedChars)).simplified();
    if (body.size() > maxQuotedChars)
        text += QStringLiteral("…");
    return text;
}

ParsedResponse malformed(QString problem)
{
    ParsedResponse r;
    r.kind = ParsedResponse::Kind::Malformed;
    r.problem = std::move(problem);
    return r;
}

QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

// A per-command map of a batch result: a JSON object, a list (keys 0..n-1), [] or absent.
class CommandMap
{
public:
    static std::optional<CommandMap> from(const QJsonObject &batch, const QString &name,
                                          QString *problem)
    {
        CommandMap map;
        const QJsonValue value = batch.value(name);
        if (value.isObject()) {
            map.m_object = value.toObject();
        } else if (value.isArray()) {
            map.m_array = value.toArray();
        } else if (!value.isUndefined() && !value.isNull()) {
            if (problem)
                *problem = QStringLiteral("the batch answer's \"%1\" is neither a map nor a list")
                               .arg(name);
            return std::nullopt;
        }
        return map;
    }

    std::optional<QJsonValue> find(const QString &key) const
    {
        const auto it = m_object.constFind(key);
        if (it != m_object.constEnd())
            return it.value();
        bool ok = false;
        const qsizetype index = key.toLongLong(&ok);
        if (ok && index >= 0 && index < m_array.size() && QString::number(index) == key)
            return m_array.at(index);
        return std::nullopt;
    }

private:
    QJsonObject m_object;
    QJsonArray m_array;
};

} // namespace

std::optional<int> ResponseParser::toCount(const QJsonValue &value)
{
    const auto d = toFiniteDouble(value);
    if (!d || *d < 0 || *d > std::numeric_limits<int>::max() || std::trunc(*d) != *d)
        return std::nullopt;
    return static_cast<int>(*d);
}

std::optional<qint64> ResponseParser::toId(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        return id;
    }
    const auto d = toFiniteDouble(value);
    if (!d || *d < 1 || *d > 9007199254740992.0 || std::trunc(*d) != *d)
        return std::nullopt;
    return static_cast<qint64>(*d);
}

PortalTime ResponseParser::parseTime(const QJsonValue &time)
{
    // Ill-typed timing is ignored rather than failing the call: it must never turn a write the
    // portal confirmed into a failure.
    PortalTime t;
    if (!time.isObject())
        return t;
    const QJsonObject object = time.toObject();
    if (const auto operating = toFiniteDouble(object.value(QLatin1String("operating")));
        operating && *operating >= 0)
        t.operating = *operating;
    if (const auto reset = toFiniteDouble(object.value(QLatin1String("operating_reset_at")));
        reset && *reset > 0 && *reset < 1e12)
        t.operatingResetAt = static_cast<qint64>(*reset);
    if (const auto finish = toFiniteDouble(object.value(QLatin1String("finish")));
        finish && *finish > 0 && *finish < 1e12)
        t.finish = *finish;
    return t;
}

ParsedResponse ResponseParser::parse(int httpStatus, const QByteArray &body,
                                     const QByteArray &contentType)
{
    if (body.trimmed().isEmpty())
        return malformed(QStringLiteral("the portal sent an empty body (HTTP %1)").arg(httpStatus));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (looksLikeHtml(body, contentType)) {
            const QString summary = htmlSummary(body);
            return malformed(
                QStringLiteral("the portal sent an HTML page instead of JSON (HTTP %1)%2")
                    .arg(httpStatus)
                    .arg(summary.isEmpty() ? QString() : QStringLiteral(": ") + summary));
        }
        // Qt reports where it gave up; at the very end of the body means the body stopped early.
        const bool truncated = parseError.offset >= body.trimmed().size() - 1;
        return malformed(
            QStringLiteral("the portal's JSON is %1 at byte %2 of %3 (HTTP %4: %5)")
                .arg(truncated ? QStringLiteral("truncated") : QStringLiteral("invalid"))
                .arg(parseError.offset)
                .arg(body.size())
                .arg(httpStatus)
                .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return malformed(QStringLiteral("the portal's JSON is not an object (HTTP %1): %2")
                             .arg(httpStatus)
                             .arg(quoted(body)));

    const QJsonObject object = doc.object();
    const auto errorIt = object.constFind(QLatin1String("error"));
    if (errorIt != object.constEnd()) {
        ParsedResponse r;
        r.kind = ParsedResponse::Kind::Error;
        r.errorCode = textOf(errorIt.value()).trimmed();
        r.errorDescription = textOf(object.value(QLatin1String("error_description")));
        return r;
    }
    const auto resultIt = object.constFind(QLatin1String("result"));
    if (resultIt == object.constEnd())
        return malformed(
            QStringLiteral("the portal's JSON has neither \"result\" nor \"error\" (HTTP %1): %2")
                .arg(httpStatus)
                .arg(quoted(body)));
    if (httpStatus >= 300)
        return malformed(
            QStringLiteral("the portal answered HTTP %1 with a success body").arg(httpStatus));

    ParsedResponse r;
    r.kind = ParsedResponse::Kind::Success;
    r.result = resultIt.value();
    r.total = toCount(object.value(QLatin1String("total")));
    r.next = toCount(object.value(QLatin1String("next")));
    r.time = parseTime(object.value(QLatin1String("time")));
    return r;
}

std::optional<QList<ParsedCommand>> ResponseParser::unpackBatch(const QJsonValue &batchResult,
                                                                const QStringList &keys,
                                                                QString *problem)
{
    if (!batchResult.isObject()) {
        if (problem)
            *problem = QStringLiteral("the batch answer's \"result\" is not a map");
        return std::nullopt;
    }
    const QJsonObject batch = batchResult.toObject();
    const auto results = CommandMap::from(batch, QStringLiteral("result"), problem);
    const auto errors = CommandMap::from(batch, QStringLiteral("result_error"), problem);
    const auto totals = CommandMap::from(batch, QStringLiteral("result_total"), problem);
    const auto nexts = CommandMap::from(batch, QStringLiteral("result_next"), problem);
    const auto times = CommandMap::from(batch, QStringLiteral("result_time"), problem);
    if (!results || !errors || !totals || !nexts || !times)
        return std::nullopt;

    QList<ParsedCommand> commands;
    commands.reserve(keys.size());
    for (const QString &key : keys) {
        ParsedCommand command;
        command.key = key;
        if (const auto error = errors->find(key)) {
            command.state = ParsedCommand::State::Failed;
            if (error->isObject()) {
                const QJsonObject e = error->toObject();
                command.errorCode = textOf(e.value(QLatin1String("error"))).trimmed();
                command.errorDescription = textOf(e.value(QLatin1String("error_description")));
            } else {
                command.errorDescription = textOf(*error);
            }
        } else if (const auto result = results->find(key)) {
            command.state = ParsedCommand::State::Ok;
            command.result = *result;
            if (const auto total = totals->find(key))
                command.total = toCount(*total);
            if (const auto next = nexts->find(key))
                command.next = toCount(*next);
        }
        if (const auto time = times->find(key))
            command.time = parseTime(*time);
        commands.append(command);
    }
    return commands;
}

} // namespace identsync
