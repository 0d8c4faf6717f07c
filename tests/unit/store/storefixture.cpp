#include "storefixture.h"

#include <QtTest>

namespace identsync::testutils {

StoreFixture::~StoreFixture()
{
    close();
}

void StoreFixture::useSqlite()
{
    config = StoreConfig();
    config.driver = StoreConfig::Driver::Sqlite;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        setupError = QStringLiteral("cannot create a temporary directory");
    config.sqlitePath = m_dir->filePath(QStringLiteral("state.db"));
}

void StoreFixture::usePostgres(const PgParams &pg)
{
    QString error;
    m_pgDatabase = createPgDatabase(pg, QStringLiteral("store"), &error);
    if (m_pgDatabase.isEmpty()) {
        setupError = QStringLiteral("cannot create a PostgreSQL test database: ") + error;
        return;
    }
    m_pg = pg;
    config = StoreConfig();
    config.driver = StoreConfig::Driver::Postgres;
    config.host = pg.host;
    config.port = pg.port;
    config.user = pg.user;
    config.database = m_pgDatabase;
}

std::unique_ptr<Database> StoreFixture::connect() const
{
    auto d = std::make_unique<Database>(config);
    const std::shared_ptr<QDateTime> clock = m_now;
    d->setClock([clock] { return *clock; });
    return d;
}

StoreResult<> StoreFixture::open()
{
    db = connect();
    return db->open();
}

void StoreFixture::close()
{
    db.reset();
    if (m_pg && !m_pgDatabase.isEmpty())
        dropPgDatabase(*m_pg, m_pgDatabase);
    m_pg.reset();
    m_pgDatabase.clear();
    m_dir.reset();
}

void addDriverRows()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

} // namespace identsync::testutils
