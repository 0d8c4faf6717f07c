#pragma once

#include "identsourceconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace identsync {

// Builds the ODBC connection string for SQL Server through Qt's QODBC driver. The keywords differ
// between Microsoft's drivers (Windows: "ODBC Driver 18/17 for SQL Server", the legacy "SQL
// Server") and FreeTDS (Linux, package tdsodbc), so the flavour is chosen from the driver name.
class OdbcConnectionString
{
public:
    enum class Flavour
    {
        MsOdbc18,
        MsOdbc17,
        MsLegacy,
        FreeTds
    };

    static Flavour flavourOf(const QString &driverName);
    // "ODBC Driver 18 for SQL Server" on Windows, "FreeTDS" elsewhere.
    static QString defaultDriverName();
    // The names offered in the settings dialog, most preferred first.
    static QStringList knownDriverNames();

    // ODBC rule: a value holding any of []{}(),;?*=!@ or surrounding spaces is wrapped in braces
    // and every '}' inside is doubled. Plain values stay as they are.
    static QString escapeValue(const QString &value);

    // The full string, password included: hand it to QSqlDatabase and nowhere else. nullopt with
    // `error` set (never mentioning the password) when a value cannot be represented.
    static std::optional<QString> build(const IdentSourceConfig &config, const QString &password,
                                        QString *error);
    // The same string with the password replaced by ***: the only form that may be logged.
    static QString forLog(const IdentSourceConfig &config);
    // Qt connect options (QSqlDatabase::setConnectOptions) for QODBC: login timeout, read-only
    // access mode.
    static QString connectOptions(const IdentSourceConfig &config);
};

} // namespace identsync
