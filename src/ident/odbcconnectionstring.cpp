#include "odbcconnectionstring.h"

#include <QRegularExpression>

namespace identsync {

namespace {

const QString kMs18 = QStringLiteral("ODBC Driver 18 for SQL Server");
const QString kMs17 = QStringLiteral("ODBC Driver 17 for SQL Server");
const QString kMsLegacy = QStringLiteral("SQL Server");
const QString kFreeTds = QStringLiteral("FreeTDS");

bool needsBraces(const QString &value)
{
    if (value.isEmpty())
        return false;
    if (value.front().isSpace() || value.back().isSpace())
        return true;
    static const QString reserved = QStringLiteral("[]{}(),;?*=!@");
    for (const QChar c : value) {
        if (reserved.contains(c))
            return true;
    }
    return false;
}

QString braced(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('}'), QStringLiteral("}}"));
    return QLatin1Char('{') + escaped + QLatin1Char('}');
}

QString yesNo(bool v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

OdbcConnectionString::Flavour OdbcConnectionString::flavourOf(const QString &driverName)
{
    const QString n = driverName.trimmed();
    if (n.contains(QLatin1String("tds"), Qt::CaseInsensitive))
        return Flavour::FreeTds;
    if (n.compare(kMsLegacy, Qt::CaseInsensitive) == 0)
        return Flavour::MsLegacy;
    // "ODBC Driver 17 for SQL Server", or a driver path such as libmsodbcsql-17.10.so.
    static const QRegularExpression version(QStringLiteral(R"((?:ODBC Driver |msodbcsql-?)(\d+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = version.match(n);
    if (m.hasMatch() && m.captured(1).toInt() < 18)
        return Flavour::MsOdbc17;
    return Flavour::MsOdbc18;
}

QString OdbcConnectionString::defaultDriverName()
{
#ifdef Q_OS_WIN
    return kMs18;
#else
    return kFreeTds;
#endif
}

QStringList OdbcConnectionString::knownDriverNames()
{
#ifdef Q_OS_WIN
    return {kMs18, kMs17, kMsLegacy};
#else
    return {kFreeTds, kMs18, kMs17};
#endif
}

QString OdbcConnectionString::escapeValue(const QString &value)
{
    return needsBraces(value) ? braced(value) : value;
}

std::optional<QString> OdbcConnectionString::build(const IdentSourceConfig &config,
                                                   const QString &password, QString *error)
{
    const QString driverName =
        config.odbcDriver.trimmed().isEmpty() ? defaultDriverName() : config.odbcDriver.trimmed();
    const Flavour flavour = flavourOf(driverName);

    // A NUL cannot travel inside an ODBC connection string, braced or not.
    const auto hasNul = [](const QString &s) { return s.contains(QChar(u'\0')); };
    if (hasNul(config.server) || hasNul(config.instance) || hasNul(config.database) ||
        hasNul(config.user) || hasNul(driverName)) {
        if (error)
            *error = QStringLiteral("IDENT source «%1»: a connection setting contains a NUL "
                                    "character; retype the server, database and user names.")
                         .arg(config.sourceId);
        return std::nullopt;
    }
    if (hasNul(password)) {
        if (error)
            *error = QStringLiteral("IDENT source «%1»: the stored SQL password contains a NUL "
                                    "character, which ODBC cannot pass; set the password again.")
                         .arg(config.sourceId);
        return std::nullopt;
    }

    QStringList parts;
    const auto add = [&parts](const QString &key, const QString &value) {
        parts << key + QLatin1Char('=') + OdbcConnectionString::escapeValue(value);
    };
    // The driver name and the password are always braced: a password that happens to start with
    // '{' or hold ';' must never change how the rest of the string is parsed.
    parts << QStringLiteral("DRIVER=") + braced(driverName);

    const QString server = config.server.trimmed();
    switch (flavour) {
    case Flavour::FreeTds:
        add(QStringLiteral("Server"), config.port == 0 && !config.instance.isEmpty()
                                          ? server + QLatin1Char('\\') + config.instance
                                          : server);
        if (config.port > 0)
            add(QStringLiteral("Port"), QString::number(config.port));
        add(QStringLiteral("Database"), config.database);
        add(QStringLiteral("UID"), config.user);
        if (!password.isEmpty())
            parts << QStringLiteral("PWD=") + braced(password);
        parts << QStringLiteral("TDS_Version=7.4") << QStringLiteral("ClientCharset=UTF-8");
        // FreeTDS checks the certificate only when freetds.conf names a "ca file", so
        // TrustServerCertificate has no keyword here (docs/ident-access.md).
        parts << QStringLiteral("Encryption=") +
                     (config.encrypt ? QStringLiteral("require") : QStringLiteral("request"));
        if (config.readOnlyIntent)
            parts << QStringLiteral("ApplicationIntent=ReadOnly");
        parts << QStringLiteral("Timeout=") + QString::number(config.queryTimeout.count());
        parts << QStringLiteral("APP=IdentSync");
        break;
    case Flavour::MsOdbc18:
    case Flavour::MsOdbc17:
    case Flavour::MsLegacy: {
        QString address = server;
        if (config.port > 0)
            address =
                QStringLiteral("tcp:") + server + QLatin1Char(',') + QString::number(config.port);
        else if (!config.instance.isEmpty())
            address = server + QLatin1Char('\\') + config.instance;
        add(QStringLiteral("Server"), address);
        add(QStringLiteral("Database"), config.database);
        if (config.user.isEmpty()) {
            parts << QStringLiteral("Trusted_Connection=yes");
        } else {
            add(QStringLiteral("UID"), config.user);
            if (!password.isEmpty())
                parts << QStringLiteral("PWD=") + braced(password);
        }
        parts << QStringLiteral("Encrypt=") + yesNo(config.encrypt);
        parts << QStringLiteral("TrustServerCertificate=") + yesNo(config.trustServerCertificate);
        // The legacy SQLSRV32 driver predates availability groups and rejects the keyword.
        if (config.readOnlyIntent && flavour != Flavour::MsLegacy)
            parts << QStringLiteral("ApplicationIntent=ReadOnly");
        parts << QStringLiteral("APP=IdentSync");
        break;
    }
    }
    return parts.join(QLatin1Char(';')) + QLatin1Char(';');
}

QString OdbcConnectionString::forLog(const IdentSourceConfig &config)
{
    // "***" goes through the same path as a real password, so the logged form shows exactly
    // which keywords were sent.
    return build(config, QStringLiteral("***"), nullptr).value_or(QStringLiteral("(invalid)"));
}

QString OdbcConnectionString::connectOptions(const IdentSourceConfig &config)
{
    return QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1;SQL_ATTR_ACCESS_MODE=SQL_MODE_READ_ONLY")
        .arg(config.loginTimeout.count());
}

} // namespace identsync
