#pragma once

#include <QString>
#include <QtTest/QTest>

#include <optional>

namespace identsync::testutils {

// Connection parameters of the throwaway PostgreSQL cluster that scripts/pg-test-cluster.sh
// starts; read from IDENTSYNC_TEST_PG_{HOST,PORT,USER}.
struct PgParams
{
    QString host;
    int port = 0;
    QString user;
};

std::optional<PgParams> pgParams();

// CI sets IDENTSYNC_REQUIRE_PG=1: a PostgreSQL test must then fail, not skip, without a server.
bool pgRequired();

// Creates a fresh, uniquely named database on the test cluster and returns its name, or an empty
// string with `error` set. Each test case gets its own database so runs never see each other.
QString createPgDatabase(const PgParams &params, const QString &prefix, QString *error);
void dropPgDatabase(const PgParams &params, const QString &name);

} // namespace identsync::testutils

// Use at the top of a PostgreSQL test function: yields `pg` (PgParams) or skips / fails.
#define IDENTSYNC_PG_OR_SKIP(pg)                                                                   \
    const auto pg##_opt = identsync::testutils::pgParams();                                        \
    if (!pg##_opt) {                                                                               \
        if (identsync::testutils::pgRequired())                                                    \
            QFAIL("IDENTSYNC_REQUIRE_PG=1 but IDENTSYNC_TEST_PG_HOST/PORT/USER are not set");      \
        QSKIP("no PostgreSQL test cluster (run scripts/pg-test-cluster.sh start)");                \
    }                                                                                              \
    const identsync::testutils::PgParams &pg = *pg##_opt
