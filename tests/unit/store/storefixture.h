#pragma once

#include "store/database.h"
#include "testenv.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace identsync::testutils {

// A fresh state database for one test function, on the driver of the current global data row
// ("sqlite": a file in a temporary directory; "postgres": a new database on the test cluster),
// with a fake clock that tests move instead of sleeping.
class StoreFixture
{
public:
    ~StoreFixture();

    void useSqlite();
    void usePostgres(const PgParams &pg);
    bool isPostgres() const { return m_pg.has_value(); }

    // Opens `db` (another call opens a second connection to the same database).
    StoreResult<> open();
    std::unique_ptr<Database> connect() const;
    void close();

    void advance(qint64 ms) { *m_now = m_now->addMSecs(ms); }
    QDateTime now() const { return *m_now; }

    StoreConfig config;
    std::unique_ptr<Database> db;
    QString setupError;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<PgParams> m_pg;
    QString m_pgDatabase;
    std::shared_ptr<QDateTime> m_now =
        std::make_shared<QDateTime>(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
};

// Adds the "sqlite" and "postgres" global rows; call from initTestCase_data().
void addDriverRows();

} // namespace identsync::testutils

// In init(): a fresh database for this test function on the row's driver, or skip/fail.
#define IDENTSYNC_STORE_FRESH(fixture)                                                             \
    do {                                                                                           \
        QFETCH_GLOBAL(QString, driver);                                                            \
        if (driver == QLatin1String("postgres")) {                                                 \
            IDENTSYNC_PG_OR_SKIP(pg);                                                              \
            (fixture).usePostgres(pg);                                                             \
        } else {                                                                                   \
            (fixture).useSqlite();                                                                 \
        }                                                                                          \
        QVERIFY2((fixture).setupError.isEmpty(), qPrintable((fixture).setupError));                \
        const auto opened = (fixture).open();                                                      \
        QVERIFY2(opened.ok(), qPrintable(opened.error()));                                         \
    } while (false)

// `auto var = <value of expr>`, or the test fails with the store's message.
#define STORE_GET(var, expr)                                                                       \
    auto var##_result = (expr);                                                                    \
    QVERIFY2(var##_result.ok(), qPrintable(var##_result.error()));                                 \
    auto var = std::move(var##_result).value()

// Runs a StoreResult<> call; the test fails with the store's message.
#define STORE_DO(expr)                                                                             \
    do {                                                                                           \
        const auto done_ = (expr);                                                                 \
        QVERIFY2(done_.ok(), qPrintable(done_.error()));                                           \
    } while (false)
