#pragma once

#include "identschema.h"
#include "identsourceconfig.h"
#include "sqldialect.h"

#include "core/errorinfo.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>
#include <optional>

namespace identsync {

// One read-only connection to an IDENT database, owned by the thread that opened it (Qt SQL
// connections must not cross threads). Read-only is enforced on every backend, not only asked
// for: SQLite opens the file read-only, PostgreSQL sets default_transaction_read_only, SQL Server
// uses ApplicationIntent=ReadOnly plus the read-only login of docs/ident-access.md.
class IdentConnection
{
public:
    // `password` comes from the keychain and is used for this open only: it is wiped from the Qt
    // connection once the session exists and never appears in an error message.
    static std::unique_ptr<IdentConnection> open(const IdentSourceConfig &config,
                                                 const QString &password, ErrorInfo *error);
    ~IdentConnection();

    IdentConnection(const IdentConnection &) = delete;
    IdentConnection &operator=(const IdentConnection &) = delete;

    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const IdentSourceConfig &config() const { return m_config; }

    // The schema check, cached for the life of the connection.
    std::optional<SchemaReport> schema(ErrorInfo *error);

    // Turns a Qt SQL error into the error taxonomy: unreachable server / timeouts are transient,
    // a refused login is auth, a missing table or column or a denied SELECT is config. `doing`
    // says what was attempted ("reading receptions").
    static ErrorInfo classify(const QSqlError &error, const QString &doing);

private:
    IdentConnection(const IdentSourceConfig &config, QString connectionName);

    IdentSourceConfig m_config;
    SqlDialect m_dialect;
    QString m_connectionName;
    std::optional<SchemaReport> m_schema;
};

} // namespace identsync
