#pragma once

#include <QString>

namespace identsync {

// Where the state database lives. SQLite is the default (one file per installation); PostgreSQL
// serves shared setups where the service and several consoles reach one database.
struct StoreConfig
{
    enum class Driver
    {
        Sqlite,
        Postgres
    };

    Driver driver = Driver::Sqlite;

    // SQLite: the database file; empty means defaultSqlitePath().
    QString sqlitePath;

    // PostgreSQL connection. `password` is filled at run time from the OS keychain and is never
    // written to the configuration file, the database or a log.
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    // Optional schema (created if missing) so the state tables can share a database with others.
    QString schema;

    // How long a write waits for another connection's lock before failing (SQLite busy_timeout,
    // PostgreSQL lock_timeout).
    int lockTimeoutMs = 10000;

    // <generic data dir>/identsync/state.db, e.g. ~/.local/share/identsync/state.db or
    // %LOCALAPPDATA%/identsync/state.db. Not AppDataLocation: that one depends on the executable's
    // application name, and the console and identsync-cli must find the same file.
    static QString defaultSqlitePath();
};

} // namespace identsync
