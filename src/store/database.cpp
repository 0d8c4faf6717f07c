#include "database.h"

#include "store/migrations.h"
#include "store/sqlitewritegate.h"
#include "store/storelogging.h"
#include "store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace identsync {

namespace {

// Serialises schema upgrades of one PostgreSQL database when several processes start at once.
constexpr qint64 MigrationLockKey = 0x1D5E7C5700000001;

} // namespace

Database::Database(StoreConfig config)
    : m_config(std::move(config))
    , m_connectionName(QStringLiteral("identsync_store_") +
                       QUuid::createUuid().toString(QUuid::Id128))
    , m_thread(QThread::currentThread())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

Database::~Database()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "a state database connection must be destroyed on the thread that created it");
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::describe() const
{
    switch (m_config.driver) {
    case StoreConfig::Driver::Sqlite:
        return QStringLiteral("SQLite %1")
            .arg(m_config.sqlitePath.isEmpty() ? StoreConfig::defaultSqlitePath()
                                               : m_config.sqlitePath);
    case StoreConfig::Driver::Postgres: {
        QString where = QStringLiteral("PostgreSQL %1@%2:%3/%4")
                            .arg(m_config.user, m_config.host)
                            .arg(m_config.port)
                            .arg(m_config.database);
        if (!m_config.schema.isEmpty())
            where += QStringLiteral(" schema %1").arg(m_config.schema);
        return where;
    }
    }
    return {};
}

QSqlDatabase &Database::connection()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "a state database connection is used only on the thread that created it");
    return m_db;
}

StoreError Database::error(const QString &doing, const QString &detail) const
{
    return StoreError{QStringLiteral("%1: %2 (%3)").arg(doing, detail.trimmed(), describe())};
}

StoreResult<> Database::execDirect(const QString &sql, const QString &doing)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return error(doing, q.lastError().text());
    return {};
}

StoreResult<> Database::open()
{
    if (m_open)
        return {};
    // A failed earlier attempt left its connection registered: start clean so open() can retry.
    m_statements.clear();
    m_writeGate.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    const StoreResult<> connected = isPostgres() ? openPostgres() : openSqlite();
    if (!connected) {
        m_db.close();
        return connected;
    }
    if (const StoreResult<> migrated = migrate(); !migrated) {
        m_statements.clear();
        m_db.close();
        return migrated;
    }
    m_open = true;
    qCInfo(lcStore).noquote() << "opened the state database" << describe() << "at schema version"
                              << latestSchemaVersion();
    return {};
}

StoreResult<> Database::openSqlite()
{
    if (m_config.sqlitePath.isEmpty())
        m_config.sqlitePath = StoreConfig::defaultSqlitePath();
    const QString doing = QStringLiteral("opening the state database");
    const QFileInfo file(m_config.sqlitePath);
    if (!QDir().mkpath(file.absolutePath()))
        return error(doing, QStringLiteral("cannot create the folder %1; check its permissions or "
                                           "set another database path in the configuration")
                                .arg(file.absolutePath()));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return error(doing, QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
    m_db.setDatabaseName(m_config.sqlitePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_config.lockTimeoutMs));
    if (!m_db.open())
        return error(doing, m_db.lastError().text() +
                                QStringLiteral("; check the path and its permissions"));

    const QString damaged =
        QStringLiteral("; if the file is damaged, move it aside and a new one is created on the "
                       "next start (the jobs in it are then forgotten)");
    if (auto r = execDirect(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_config.lockTimeoutMs),
                            doing);
        !r)
        return r;
    QSqlQuery mode(m_db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !mode.next())
        return error(doing, mode.lastError().text() + damaged);
    if (mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // Some network and FAT file systems cannot share WAL's memory map. The rollback journal
        // is just as durable; readers then wait for writers.
        qCWarning(lcStore).noquote()
            << "the state database" << m_config.sqlitePath
            << "cannot use WAL on this file system and stays in journal mode"
            << mode.value(0).toString();
    }
    mode.finish();
    // synchronous = FULL: every commit reaches the disk before COMMIT returns. NORMAL in WAL mode
    // survives a killed process but may lose the last commits on power loss or an OS crash, and
    // here a lost commit is not harmless: if the commit that leased a job (and so marks its
    // outcome unknown after a crash) vanishes while the portal already holds the deal, the job
    // is sent again as a fresh create and the deal is duplicated. The price is one fsync per
    // transaction; the engine leases and completes in batches, so that is a few per second of
    // portal traffic.
    if (auto r = execDirect(QStringLiteral("PRAGMA synchronous = FULL"), doing); !r)
        return r;
    if (auto r = execDirect(QStringLiteral("PRAGMA foreign_keys = ON"), doing); !r)
        return r;
    const QString canonical = file.canonicalFilePath();
    m_writeGate =
        SqliteWriteGate::forFile(canonical.isEmpty() ? file.absoluteFilePath() : canonical);
    return {};
}

StoreResult<> Database::openPostgres()
{
    const QString doing = QStringLiteral("connecting to the state database");
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        return error(doing, QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"));
    m_db.setHostName(m_config.host);
    m_db.setPort(m_config.port);
    m_db.setDatabaseName(m_config.database);
    m_db.setUserName(m_config.user);
    m_db.setPassword(m_config.password);
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=identsync"));
    if (!m_db.open())
        return error(doing, m_db.lastError().text() +
                                QStringLiteral("; check host, port, database, user and the "
                                               "password in the keychain"));

    if (!m_config.schema.isEmpty()) {
        static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
        if (!identifier.match(m_config.schema).hasMatch())
            return error(doing, QStringLiteral("schema name \"%1\" is not allowed; use lower-case "
                                               "letters, digits and underscores")
                                    .arg(m_config.schema));
        if (auto r = execDirect(
                QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(m_config.schema), doing);
            !r)
            return r;
        if (auto r =
                execDirect(QStringLiteral("SET search_path TO \"%1\"").arg(m_config.schema), doing);
            !r)
            return r;
    }
    // Migrations use CREATE ... IF NOT EXISTS, whose notices would go to stderr on every start.
    if (auto r = execDirect(QStringLiteral("SET client_min_messages = warning"), doing); !r)
        return r;
    return execDirect(QStringLiteral("SET lock_timeout = %1").arg(m_config.lockTimeoutMs), doing);
}

StoreResult<> Database::migrate()
{
    const QList<Migration> steps = schemaMigrations(m_config.driver);
    const QString doing = QStringLiteral("upgrading the state database schema");
    for (;;) {
        Transaction tx(*this, doing);
        if (!tx.begun())
            return tx.begun();
        if (isPostgres()) {
            auto r = execDirect(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey), doing);
            if (!r)
                return r;
        }
        if (auto r = execDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                               "version INTEGER PRIMARY KEY, "
                                               "description TEXT NOT NULL, "
                                               "applied_at BIGINT NOT NULL)"),
                                doing);
            !r)
            return r;
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
            !q.next())
            return error(doing, q.lastError().text());
        const int current = q.value(0).toInt();
        q.finish();
        if (current > latestSchemaVersion())
            return error(doing,
                         QStringLiteral("the database has schema version %1, newer than this "
                                        "IdentSync understands (%2); run the newer IdentSync "
                                        "or configure another database")
                             .arg(current)
                             .arg(latestSchemaVersion()));
        if (current == latestSchemaVersion())
            return tx.commit();

        const Migration &step = steps.at(current);
        Q_ASSERT(step.version == current + 1);
        for (const QString &sql : step.statements) {
            if (auto r = execDirect(sql, QStringLiteral("%1 to version %2 (%3)")
                                             .arg(doing)
                                             .arg(step.version)
                                             .arg(step.description));
                !r)
                return r;
        }
        QSqlQuery record(connection());
        record.prepare(QStringLiteral("INSERT INTO schema_version (version, description, "
                                      "applied_at) VALUES (:v, :d, :t)"));
        record.bindValue(QStringLiteral(":v"), step.version);
        record.bindValue(QStringLiteral(":d"), step.description);
        record.bindValue(QStringLiteral(":t"), toMs(now()));
        if (!record.exec())
            return error(doing, record.lastError().text());
        if (auto r = tx.commit(); !r)
            return r;
        qCInfo(lcStore).noquote() << "state database" << describe() << "upgraded to schema version"
                                  << step.version << "-" << step.description;
    }
}

StoreResult<int> Database::schemaVersion()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !q.next())
        return error(QStringLiteral("reading the schema version"), q.lastError().text());
    return q.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(schemaMigrations(StoreConfig::Driver::Sqlite).size());
}

QDateTime Database::now() const
{
    return m_clock().toUTC();
}

void Database::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

qint64 Database::toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime Database::fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString Database::forUpdate() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QString Database::jsonList(const QString &placeholder, ListType type) const
{
    if (!isPostgres())
        return QStringLiteral("(SELECT value FROM json_each(%1))").arg(placeholder);
    switch (type) {
    case ListType::Integer:
        return QStringLiteral(
                   "(SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(%1 AS json)))")
            .arg(placeholder);
    case ListType::Text:
        return QStringLiteral("(SELECT value FROM json_array_elements_text(CAST(%1 AS json)))")
            .arg(placeholder);
    }
    return {};
}

std::shared_ptr<Database::CachedStatement> Database::cachedStatement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto statement = std::make_shared<CachedStatement>(connection());
        // QPSQL runs forward-only queries in single-row mode, which forbids a second statement
        // while one is being read; PostgreSQL results here are small pages, read whole.
        if (!isPostgres())
            statement->query.setForwardOnly(true);
        it = m_statements.insert(sql, statement);
    }
    if ((*it)->inUse)
        return nullptr;
    return *it;
}

} // namespace identsync
