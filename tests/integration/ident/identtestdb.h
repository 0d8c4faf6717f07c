#pragma once

#include "ident-sample/samplegenerator.h"
#include "ident/identsourceconfig.h"

#include "testenv.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace identsync::testing {

// A fresh sample IDENT database for one test: a file in a temporary directory (SQLite) or a
// database of its own on the test cluster (PostgreSQL), dropped afterwards.
class IdentTestDb
{
public:
    static std::unique_ptr<IdentTestDb> sqlite();
    static std::unique_ptr<IdentTestDb> postgres(const testutils::PgParams &pg);
    ~IdentTestDb();

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const sample::SampleConnection &connection() const { return m_connection; }
    // A read-only source profile for the connector (encryption off: the test cluster has no TLS).
    IdentSourceConfig sourceConfig() const;

private:
    IdentTestDb() = default;
    sample::SampleConnection m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<testutils::PgParams> m_pg;
    QString m_error;
};

// Every reception as the database holds it, read with the test's own SQL (not the connector's
// queries): a content fingerprint and the change time per Receptions.ID.
struct RowState
{
    QString changeTime; // 'yyyy-MM-dd HH:mm:ss.zzz'
    QByteArray fingerprint;
    qint64 ownCompany = 0; // the chair's company; 0 without a chair
    bool operator==(const RowState &) const = default;
};
QHash<qint64, RowState> snapshot(QSqlDatabase db, IdentSourceConfig::Driver driver, QString *error);

} // namespace identsync::testing

// Yields `var` (std::unique_ptr<IdentTestDb>) for the backend of the current global data row;
// skips PostgreSQL when no test cluster is configured (fails when one is required).
#define IDENT_TEST_DB(var)                                                                         \
    QFETCH_GLOBAL(QString, backend);                                                               \
    std::unique_ptr<identsync::testing::IdentTestDb> var;                                          \
    if (backend == QLatin1String("postgres")) {                                                    \
        IDENTSYNC_PG_OR_SKIP(pg);                                                                  \
        var = identsync::testing::IdentTestDb::postgres(pg);                                       \
    } else {                                                                                       \
        var = identsync::testing::IdentTestDb::sqlite();                                           \
    }                                                                                              \
    QVERIFY2(var->ok(), qPrintable(var->error()))
