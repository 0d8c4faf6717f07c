#include "batchcommand.h"

#include "phpquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace identsync {

bool BatchCommand::isValidMethod(QStringView method)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"));
    return method.size() <= 128 && re.match(method.toString()).hasMatch();
}

bool BatchCommand::isReadMethod(QStringView method)
{
    const QString m = method.toString().trimmed().toLower();
    if (m.endsWith(QLatin1String(".get")) || m.endsWith(QLatin1String(".list")) ||
        m.endsWith(QLatin1String(".fields")))
        return true;
    return m == QLatin1String("crm.duplicate.findbycomm") ||
           m == QLatin1String("crm.dealcategory.status") || m == QLatin1String("profile") ||
           m == QLatin1String("user.current") || m == QLatin1String("scope") ||
           m == QLatin1String("methods");
}

namespace {

// A string as a JSON string literal, quotes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip [ ]
}

} // namespace

std::optional<QByteArray> BatchCommand::buildBody(const QList<BatchCommand> &commands, bool halt,
                                                  QString *error)
{
    static const QRegularExpression keyRe(QStringLiteral("^[A-Za-z0-9_]{1,64}$"));
    QByteArray cmd;
    QSet<QString> seen;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const BatchCommand &c = commands.at(i);
        const auto fail = [&](const QString &what) {
            if (error)
                *error = QStringLiteral("Batch command %1 (\"%2\", %3): %4")
                             .arg(i + 1)
                             .arg(c.key.left(64), c.method.left(64), what);
            return std::nullopt;
        };
        if (!keyRe.match(c.key).hasMatch())
            return fail(QStringLiteral("the key must be 1-64 letters, digits or \"_\"."));
        if (seen.contains(c.key))
            return fail(QStringLiteral("the key is used twice."));
        seen.insert(c.key);
        if (!isValidMethod(c.method))
            return fail(QStringLiteral("not a REST method name."));
        if (c.method.compare(QLatin1String("batch"), Qt::CaseInsensitive) == 0)
            return fail(QStringLiteral("a batch cannot contain a batch."));
        QString encodeError;
        const auto query = PhpQuery::encode(c.params, &encodeError);
        if (!query)
            return fail(encodeError);
        if (!cmd.isEmpty())
            cmd += ',';
        cmd += jsonString(c.key) + ':' + jsonString(c.method + QLatin1Char('?') + *query);
    }
    return QByteArrayLiteral("{\"halt\":") + (halt ? "1" : "0") + ",\"cmd\":{" + cmd + "}}";
}

} // namespace identsync
