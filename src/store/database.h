#pragma once

#include "store/storeconfig.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

class QThread;

namespace identsync {

class SqliteWriteGate;

// One connection to the state database, owned by one thread: create it, open() it and use it on
// the same thread (each engine worker and the console have their own). Opening connects, applies
// the connection settings and brings the schema up to date with forward-only migrations.
//
// Times are stored as integer milliseconds since the Unix epoch (UTC): the same BIGINT on SQLite
// and PostgreSQL, so ordering, comparisons and keyset paging behave identically on both.
class Database
{
public:
    explicit Database(StoreConfig config);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    StoreResult<> open();
    bool isOpen() const { return m_open; }

    StoreConfig::Driver driver() const { return m_config.driver; }
    bool isPostgres() const { return m_config.driver == StoreConfig::Driver::Postgres; }
    // "SQLite /path/state.db" or "PostgreSQL identsync@db.local:5432": for messages; no secrets.
    QString describe() const;

    StoreResult<int> schemaVersion();
    static int latestSchemaVersion();

    // The clock every store call uses; tests move it instead of sleeping.
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock);

    static qint64 toMs(const QDateTime &t);
    static QDateTime fromMs(qint64 ms);

    // Appended to a SELECT that precedes an UPDATE of the same rows. PostgreSQL needs the row
    // lock (READ COMMITTED); SQLite has a single writer, taken by BEGIN IMMEDIATE.
    QString forUpdate() const;

    // A sub-select yielding the elements of a JSON array bound to `placeholder`, so a list of
    // keys or ids is one bound value and the statement text (and its prepared plan) stays fixed.
    enum class ListType
    {
        Integer,
        Text
    };
    QString jsonList(const QString &placeholder, ListType type) const;

    bool inTransaction() const { return m_inTransaction; }

private:
    friend class Transaction;
    friend class SqlStatement;

    struct CachedStatement
    {
        explicit CachedStatement(const QSqlDatabase &db)
            : query(db)
        {}
        QSqlQuery query;
        bool prepared = false;
        bool inUse = false;
    };

    QSqlDatabase &connection();
    std::shared_ptr<CachedStatement> cachedStatement(const QString &sql);
    StoreResult<> openSqlite();
    StoreResult<> openPostgres();
    StoreResult<> execDirect(const QString &sql, const QString &doing);
    StoreResult<> migrate();
    StoreError error(const QString &doing, const QString &detail) const;

    StoreConfig m_config;
    QString m_connectionName;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    bool m_open = false;
    bool m_inTransaction = false;
    std::function<QDateTime()> m_clock;
    QHash<QString, std::shared_ptr<CachedStatement>> m_statements;
    std::shared_ptr<SqliteWriteGate> m_writeGate;
};

} // namespace identsync
