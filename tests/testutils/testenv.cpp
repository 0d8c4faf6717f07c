#include "testenv.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace identsync::testutils {

std::optional<PgParams> pgParams()
{
    const QString host = qEnvironmentVariable("IDENTSYNC_TEST_PG_HOST");
    const int port = qEnvironmentVariableIntValue("IDENTSYNC_TEST_PG_PORT");
    if (host.isEmpty() || port <= 0)
        return std::nullopt;
    PgParams p;
    p.host = host;
    p.port = port;
    p.user = qEnvironmentVariable("IDENTSYNC_TEST_PG_USER", QStringLiteral("postgres"));
    return p;
}

bool pgRequired()
{
    return qEnvironmentVariableIntValue("IDENTSYNC_REQUIRE_PG") == 1;
}

namespace {

template <typename Fn> bool withAdminConnection(const PgParams &params, QString *error, Fn &&fn)
{
    const QString name = QStringLiteral("pgadmin_") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(params.host);
        db.setPort(params.port);
        db.setUserName(params.user);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            ok = fn(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString createPgDatabase(const PgParams &params, const QString &prefix, QString *error)
{
    const QString dbName =
        prefix.toLower() + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const bool ok = withAdminConnection(params, error, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0")
                        .arg(dbName))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    });
    return ok ? dbName : QString();
}

void dropPgDatabase(const PgParams &params, const QString &name)
{
    withAdminConnection(params, nullptr, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    });
}

} // namespace identsync::testutils
