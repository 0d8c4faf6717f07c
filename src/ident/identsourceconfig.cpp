#include "identsourceconfig.h"

#include "odbcconnectionstring.h"

namespace identsync {

QString driverKey(IdentSourceConfig::Driver driver)
{
    switch (driver) {
    case IdentSourceConfig::Driver::SqlServer:
        return QStringLiteral("sqlserver");
    case IdentSourceConfig::Driver::Sqlite:
        return QStringLiteral("sqlite");
    case IdentSourceConfig::Driver::Postgres:
        return QStringLiteral("postgres");
    }
    return {};
}

std::optional<IdentSourceConfig::Driver> driverFromKey(QStringView key)
{
    for (auto d : {IdentSourceConfig::Driver::SqlServer, IdentSourceConfig::Driver::Sqlite,
                   IdentSourceConfig::Driver::Postgres}) {
        if (driverKey(d) == key)
            return d;
    }
    return std::nullopt;
}

QStringList IdentSourceConfig::validate() const
{
    QStringList problems;
    const QString who = sourceId.isEmpty() ? QStringLiteral("IDENT source")
                                           : QStringLiteral("IDENT source «%1»").arg(sourceId);
    if (database.trimmed().isEmpty()) {
        problems << (driver == Driver::Sqlite
                         ? QStringLiteral("%1: the database file is not set.").arg(who)
                         : QStringLiteral("%1: the database name is not set (IDENT's is usually "
                                          "PZ).")
                               .arg(who));
    }
    if (driver != Driver::Sqlite && server.trimmed().isEmpty())
        problems << QStringLiteral("%1: the server address is not set.").arg(who);
    if (port < 0 || port > 65535)
        problems << QStringLiteral("%1: the port %2 is outside 1…65535.").arg(who).arg(port);
    if (driver == Driver::SqlServer && user.isEmpty() &&
        OdbcConnectionString::flavourOf(
            odbcDriver.isEmpty() ? OdbcConnectionString::defaultDriverName() : odbcDriver) ==
            OdbcConnectionString::Flavour::FreeTds) {
        problems << QStringLiteral("%1: FreeTDS needs a SQL login (user name); Windows "
                                   "authentication is only available with Microsoft's driver.")
                        .arg(who);
    }
    if (driver == Driver::Postgres && user.isEmpty())
        problems << QStringLiteral("%1: the user name is not set.").arg(who);
    if (loginTimeout.count() < 1)
        problems << QStringLiteral("%1: the login timeout must be at least 1 second.").arg(who);
    if (queryTimeout.count() < 1)
        problems << QStringLiteral("%1: the query timeout must be at least 1 second.").arg(who);
    if (pageSize < 1 || pageSize > 10000)
        problems
            << QStringLiteral("%1: the page size %2 is outside 1…10000.").arg(who).arg(pageSize);
    if (firstRunDepthDays < 0)
        problems << QStringLiteral("%1: the first-run depth cannot be negative.").arg(who);
    if (overlap.count() < 0)
        problems << QStringLiteral("%1: the overlap window cannot be negative.").arg(who);
    if (seenLimit < pageSize)
        problems << QStringLiteral("%1: the de-duplication limit must be at least the page size.")
                        .arg(who);
    for (auto it = branchIds.cbegin(); it != branchIds.cend(); ++it) {
        if (it.value() < 0)
            problems << QStringLiteral("%1: the branch number for company %2 is negative.")
                            .arg(who)
                            .arg(it.key());
    }
    if (defaultBranchId < 0)
        problems << QStringLiteral("%1: the default branch number is negative.").arg(who);
    return problems;
}

int IdentSourceConfig::branchNumberFor(std::optional<qint64> ownCompanyId) const
{
    if (!ownCompanyId)
        return defaultBranchId;
    const auto it = branchIds.constFind(*ownCompanyId);
    if (it != branchIds.cend())
        return it.value();
    return static_cast<int>(*ownCompanyId);
}

} // namespace identsync
