#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace identsync {

// One IDENT database the engine reads (SPEC §2.1 "several sources may feed one engine"). The SQL
// password is deliberately absent: the caller fetches it from the OS keychain at run time and
// passes it to IdentConnection::open(), which never stores it.
struct IdentSourceConfig
{
    enum class Driver
    {
        SqlServer,
        Sqlite,
        Postgres
    };

    QString sourceId;
    Driver driver = Driver::SqlServer;

    // SQL Server / PostgreSQL. For SQLite `database` is the file path.
    QString server;
    int port = 0;     // 0 = driver default (SQL Server: the instance or 1433; PostgreSQL: 5432)
    QString instance; // SQL Server named instance (SQLEXPRESS); ignored when a port is given
    QString database;
    QString user; // empty on SQL Server = Windows integrated authentication

    bool encrypt = true;
    bool trustServerCertificate = false;
    std::chrono::seconds loginTimeout{15};
    std::chrono::seconds queryTimeout{60};
    bool readOnlyIntent = true; // ApplicationIntent=ReadOnly
    // Empty = the platform default (OdbcConnectionString::defaultDriverName()).
    QString odbcDriver;

    // The branch number that goes into deal keys `F{branch}_{ID}` for a given OwnCompanies.ID;
    // an OwnCompanies id missing here is used as the branch number itself.
    QHash<qint64, int> branchIds;
    // The branch number of a reception that has neither a chair nor an order with a company.
    int defaultBranchId = 0;
    // OwnCompanies ids to read; empty = every branch (rows with no company included).
    QList<qint64> branchFilter;

    int firstRunDepthDays = 30;
    int pageSize = 500;
    std::chrono::seconds overlap{std::chrono::minutes(15)};
    // Upper bound of the de-duplication set carried in the watermark (memory bound).
    int seenLimit = 50000;

    // Every problem a person must fix before this profile can connect, in plain words; empty when
    // the profile is usable.
    QStringList validate() const;

    int branchNumberFor(std::optional<qint64> ownCompanyId) const;
};

QString driverKey(IdentSourceConfig::Driver driver);
std::optional<IdentSourceConfig::Driver> driverFromKey(QStringView key);

} // namespace identsync
