#include "phpquery.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

#include <cmath>

namespace identsync {

namespace {

constexpr double maxExactInteger = 9007199254740992.0; // 2^53

QString escaped(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

class Encoder
{
public:
    bool add(const QString &name, const QJsonValue &value, QString *error)
    {
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            append(name, QString());
            return true;
        case QJsonValue::Bool:
            append(name, value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
            return true;
        case QJsonValue::Double:
            append(name, PhpQuery::number(value.toDouble()));
            return true;
        case QJsonValue::String:
            append(name, value.toString());
            return true;
        case QJsonValue::Array: {
            const QJsonArray array = value.toArray();
            if (array.isEmpty()) {
                append(name, QString());
                return true;
            }
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!add(name + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                         array.at(i), error))
                    return false;
            }
            return true;
        }
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            if (object.isEmpty()) {
                append(name, QString());
                return true;
            }
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!validName(it.key(), false, error))
                    return false;
                if (!add(name + QLatin1Char('[') + escaped(it.key()) + QLatin1Char(']'), it.value(),
                         error))
                    return false;
            }
            return true;
        }
        }
        return true;
    }

    static bool validName(const QString &key, bool topLevel, QString *error)
    {
        if (key.isEmpty()) {
            if (error)
                *error = QStringLiteral("A parameter name is empty; a batch command cannot carry "
                                        "it.");
            return false;
        }
        if (key.contains(QLatin1Char('[')) || key.contains(QLatin1Char(']'))) {
            if (error)
                *error = QStringLiteral("The parameter name \"%1\" contains \"[\" or \"]\", which "
                                        "a batch command cannot carry.")
                             .arg(key.left(64));
            return false;
        }
        if (topLevel && (key.contains(QLatin1Char('.')) || key.contains(QLatin1Char(' ')))) {
            if (error)
                *error = QStringLiteral("The parameter name \"%1\" contains \".\" or a space, "
                                        "which the portal would turn into \"_\".")
                             .arg(key.left(64));
            return false;
        }
        return true;
    }

    QString result() const { return m_out; }

private:
    void append(const QString &name, const QString &value)
    {
        if (!m_out.isEmpty())
            m_out += QLatin1Char('&');
        m_out += name;
        m_out += QLatin1Char('=');
        m_out += escaped(value);
    }

    QString m_out;
};

} // namespace

QString PhpQuery::number(double value)
{
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= maxExactInteger)
        return QString::number(static_cast<qint64>(value));
    if (!std::isfinite(value))
        return QString(); // JSON cannot hold these; QJsonValue never produces them
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<QString> PhpQuery::encode(const QJsonObject &params, QString *error)
{
    Encoder encoder;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!Encoder::validName(it.key(), true, error))
            return std::nullopt;
        if (!encoder.add(escaped(it.key()), it.value(), error))
            return std::nullopt;
    }
    return encoder.result();
}

} // namespace identsync
