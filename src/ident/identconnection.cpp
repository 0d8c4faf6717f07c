#include "identconnection.h"

#include "identlogging.h"
#include "odbcconnectionstring.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace identsync {

namespace {

QString qtDriverName(IdentSourceConfig::Driver driver)
{
    switch (driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("QODBC");
    case IdentSourceConfig::Driver::Sqlite:
        return QStringLiteral("QSQLITE");
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral("QPSQL");
    }
    return {};
}

QString sourceName(const IdentSourceConfig &c)
{
    return c.sourceId.isEmpty() ? QStringLiteral("IDENT")
                                : QStringLiteral("IDENT «%1»").arg(c.sourceId);
}

ErrorInfo makeError(ErrorClass cls, const QString &message, const QString &code = {})
{
    ErrorInfo e;
    e.cls = cls;
    e.code = code;
    e.message = message;
    return e;
}

// A driver may echo parts of the connection string; the password must not travel further.
void scrub(ErrorInfo &e, const QString &password)
{
    if (!password.isEmpty())
        e.message.replace(password, QStringLiteral("***"));
}

bool containsAny(const QString &haystack, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (haystack.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QStringList sessionSetup(const IdentSourceConfig &c)
{
    const qint64 queryMs = qint64(c.queryTimeout.count()) * 1000;
    switch (c.driver) {
    case IdentSourceConfig::Driver::SqlServer:
        // Qt's ODBC driver has no per-statement timeout; a lock wait is what makes a read hang
        // on a busy IDENT, so the lock timeout carries the query timeout.
        return {QStringLiteral("SET LOCK_TIMEOUT %1").arg(queryMs)};
    case IdentSourceConfig::Driver::Sqlite:
        return {QStringLiteral("PRAGMA query_only = ON")};
    case IdentSourceConfig::Driver::Postgres:
        // The correlated aggregates make the planner's estimates large enough to trigger JIT
        // compilation, which costs more than the short keyset queries themselves.
        return {QStringLiteral("SET default_transaction_read_only = on"),
                QStringLiteral("SET statement_timeout = %1").arg(queryMs),
                QStringLiteral("SET application_name = 'IdentSync'"),
                QStringLiteral("SET jit = off")};
    }
    return {};
}

} // namespace

IdentConnection::IdentConnection(const IdentSourceConfig &config, QString connectionName)
    : m_config(config)
    , m_dialect(config.driver)
    , m_connectionName(std::move(connectionName))
{}

IdentConnection::~IdentConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase IdentConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<IdentConnection> IdentConnection::open(const IdentSourceConfig &config,
                                                       const QString &password, ErrorInfo *error)
{
    const auto fail = [&](ErrorInfo e) {
        scrub(e, password);
        qCWarning(lcIdent).noquote() << e.message;
        if (error)
            *error = e;
        return nullptr;
    };

    const QStringList problems = config.validate();
    if (!problems.isEmpty())
        return fail(makeError(ErrorClass::Config, problems.join(QLatin1Char(' '))));

    const QString qtDriver = qtDriverName(config.driver);
    if (!QSqlDatabase::isDriverAvailable(qtDriver)) {
        return fail(makeError(ErrorClass::Config,
                              QStringLiteral("%1: Qt's %2 database driver is not installed "
                                             "(reinstall IdentSync, or on Linux install the "
                                             "libqt6sql6 package for it).")
                                  .arg(sourceName(config), qtDriver)));
    }
    if (config.driver == IdentSourceConfig::Driver::Sqlite &&
        !QFileInfo(config.database).isFile()) {
        return fail(makeError(ErrorClass::Config,
                              QStringLiteral("%1: the database file %2 does not exist; check the "
                                             "path in the source settings.")
                                  .arg(sourceName(config), config.database)));
    }

    const QString name = QStringLiteral("ident_%1_%2")
                             .arg(config.sourceId, QUuid::createUuid().toString(QUuid::Id128));
    std::optional<ErrorInfo> openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(qtDriver, name);
        switch (config.driver) {
        case IdentSourceConfig::Driver::Sqlite:
            db.setDatabaseName(config.database);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                     .arg(qint64(config.queryTimeout.count()) * 1000));
            break;
        case IdentSourceConfig::Driver::Postgres:
            db.setHostName(config.server);
            if (config.port > 0)
                db.setPort(config.port);
            db.setDatabaseName(config.database);
            db.setUserName(config.user);
            db.setPassword(password);
            db.setConnectOptions(
                QStringLiteral("connect_timeout=%1;sslmode=%2")
                    .arg(config.loginTimeout.count())
                    .arg(config.encrypt ? QStringLiteral("require") : QStringLiteral("prefer")));
            break;
        case IdentSourceConfig::Driver::SqlServer: {
            QString why;
            const auto conn = OdbcConnectionString::build(config, password, &why);
            if (!conn) {
                openError = makeError(ErrorClass::Config, why);
                break;
            }
            // UID/PWD go inside the string, escaped: QODBC would append setUserName() /
            // setPassword() values unescaped.
            db.setDatabaseName(*conn);
            db.setConnectOptions(OdbcConnectionString::connectOptions(config));
            qCInfo(lcIdent).noquote()
                << sourceName(config) << "connecting with" << OdbcConnectionString::forLog(config);
            break;
        }
        }

        if (!openError && !db.open())
            openError = classify(db.lastError(), QStringLiteral("connecting to the database"));

        if (!openError) {
            // The live session keeps its credentials; the Qt object need not.
            db.setPassword(QString());
            if (config.driver == IdentSourceConfig::Driver::SqlServer)
                db.setDatabaseName(OdbcConnectionString::forLog(config));
            QSqlQuery q(db);
            for (const QString &stmt : sessionSetup(config)) {
                if (!q.exec(stmt)) {
                    openError = classify(q.lastError(), QStringLiteral("preparing the session"));
                    break;
                }
            }
        }
        if (openError)
            db.close();
    }
    if (openError) {
        QSqlDatabase::removeDatabase(name);
        openError->message = sourceName(config) + QStringLiteral(": ") + openError->message;
        return fail(*openError);
    }
    return std::unique_ptr<IdentConnection>(new IdentConnection(config, name));
}

std::optional<SchemaReport> IdentConnection::schema(ErrorInfo *error)
{
    if (!m_schema) {
        m_schema = IdentSchema::check(database(), m_dialect, error);
        if (m_schema && !m_schema->isComplete())
            qCWarning(lcIdent).noquote() << m_schema->message(m_config.sourceId);
    }
    return m_schema;
}

ErrorInfo IdentConnection::classify(const QSqlError &error, const QString &doing)
{
    const QString text = error.text().simplified();
    const QString code = error.nativeErrorCode();
    const auto is = [&code](std::initializer_list<const char *> codes) {
        for (const char *c : codes) {
            if (code.contains(QLatin1String(c)))
                return true;
        }
        return false;
    };

    // Qt's own text ("Unable to connect") says nothing; the database's text decides. Network
    // failures are tested before "does not exist", which FreeTDS also says of unreachable
    // servers ("Adaptive Server is unavailable or does not exist").
    const QString db = error.databaseText();
    ErrorClass cls = ErrorClass::Internal;
    QString advice;
    if (is({"28000", "28P01"}) ||
        containsAny(db, {"password authentication failed", "authentication failed", "login failed",
                         "no pg_hba.conf entry", "role \""})) {
        cls = ErrorClass::Auth;
        advice = QStringLiteral("The SQL login was refused: check the user name and enter the "
                                "password again in the source settings (it is kept in the "
                                "system keychain).");
    } else if (is({"08001", "08S01", "08004", "HYT00", "HYT01", "57014"}) ||
               containsAny(db, {"could not connect", "connection refused", "timeout", "timed out",
                                "time out", "could not translate host name", "unreachable",
                                "server closed the connection", "adaptive server is unavailable",
                                "no route to host", "database is locked", "connection reset",
                                "network"})) {
        cls = ErrorClass::Transient;
    } else if (is({"42703", "42P01", "42S02", "42S22"}) ||
               containsAny(db, {"no such column", "no such table", "invalid column name",
                                "invalid object name", "does not exist"})) {
        cls = ErrorClass::Config;
        advice = QStringLiteral("A table, column or database IdentSync reads is missing: run "
                                "\"check schema\" in the source settings; this IDENT version's "
                                "schema may differ.");
    } else if (is({"42501"}) || containsAny(db, {"permission denied", "permission was denied"})) {
        cls = ErrorClass::Config;
        advice = QStringLiteral("The SQL login may not read this table: grant SELECT as "
                                "docs/ident-access.md shows.");
    } else if (is({"IM002", "IM003"}) ||
               containsAny(db, {"data source name not found", "can't open lib",
                                "unable to open database file", "cannot open database",
                                "file is not a database"})) {
        cls = ErrorClass::Config;
        advice = QStringLiteral("The database or the ODBC driver named in the settings cannot "
                                "be found: check the database name and the ODBC driver.");
    } else if (error.type() == QSqlError::ConnectionError) {
        cls = ErrorClass::Transient;
    } else {
        advice = QStringLiteral("Unexpected database error; the details are in the log.");
    }
    if (cls == ErrorClass::Transient)
        advice = QStringLiteral("The IDENT server cannot be reached right now; IdentSync will "
                                "retry. If this persists, check that SQL Server is running, the "
                                "address, port or instance, and the firewall.");

    ErrorInfo e;
    e.cls = cls;
    e.code = code;
    e.message = QStringLiteral("%1 failed: %2. %3").arg(doing, text, advice);
    return e;
}

} // namespace identsync
