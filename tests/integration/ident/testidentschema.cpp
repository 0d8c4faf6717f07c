// IDENT's schema varies between versions and the network fails: checkSchema() names exactly what
// is missing, and every failure becomes a classified error with a message, never a crash and
// never the password.

#include "identtestdb.h"

#include "ident-sample/samplegenerator.h"
#include "ident/identconnection.h"
#include "ident/incrementalreader.h"
#include "ident/treatmentplanreader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace identsync;
using namespace identsync::sample;

namespace {

const QString kPassword = QStringLiteral("S3cr;et}{pw=");

bool createSample(const identsync::testing::IdentTestDb &t)
{
    SampleDatabase db(t.connection());
    CreateOptions o;
    o.patients = 40;
    o.receptions = 120;
    QString error;
    const bool ok = SampleGenerator::create(db, o, &error).has_value();
    if (!ok)
        qWarning() << error;
    return ok;
}

void verifyFailure(const IdentSourceConfig &cfg, ErrorClass expected, const QString &mentions)
{
    ErrorInfo e;
    const auto conn = IdentConnection::open(cfg, kPassword, &e);
    QVERIFY(!conn);
    QVERIFY2(
        e.cls == expected,
        qPrintable(
            QStringLiteral("%1 instead of %2: %3").arg(toKey(e.cls), toKey(expected), e.message)));
    QVERIFY(!e.message.contains(kPassword));
    QVERIFY(!e.message.contains(QStringLiteral("S3cr")));
    QVERIFY2(e.message.contains(mentions, Qt::CaseInsensitive), qPrintable(e.message));
}

} // namespace

class TestIdentSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void completeSchema()
    {
        IDENT_TEST_DB(t);
        QVERIFY(createSample(*t));
        ErrorInfo e;
        auto conn = IdentConnection::open(t->sourceConfig(), QString(), &e);
        QVERIFY2(conn, qPrintable(e.message));
        const auto report = conn->schema(&e);
        QVERIFY2(report, qPrintable(e.message));
        QVERIFY2(report->isComplete(), qPrintable(report->message(QStringLiteral("test"))));
        QVERIFY(report->receptionsReadable);
        QVERIFY(report->treatmentPlansReadable);
    }

    void droppedColumnIsNamed_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("receptionsReadable");
        QTest::addColumn<bool>("plansReadable");
        QTest::newRow("Receptions.CheckIssued") << "Receptions"
                                                << "CheckIssued" << false << true;
        QTest::newRow("ReceptionCancelReasons.Name") << "ReceptionCancelReasons"
                                                     << "Name" << false << true;
        QTest::newRow("Orders.DateTimeBillFormed") << "Orders"
                                                   << "DateTimeBillFormed" << false << false;
        QTest::newRow("TreatmentPlanElements.Order") << "TreatmentPlanElements"
                                                     << "Order" << true << false;
    }

    void droppedColumnIsNamed()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(bool, receptionsReadable);
        QFETCH(bool, plansReadable);
        IDENT_TEST_DB(t);
        QVERIFY(createSample(*t));
        {
            SampleDatabase raw(t->connection());
            QSqlQuery q(raw.database());
            const SqlDialect d(t->connection().driver);
            // SQLite refuses to drop an indexed column; PostgreSQL drops the index with it.
            for (const QString &ix : {QStringLiteral("IX_Receptions_CheckIssued"),
                                      QStringLiteral("IX_Orders_BillFormed")})
                q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(ix));
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                .arg(table,
                                     column == QLatin1String("Order") ? d.quote(column) : column)),
                     qPrintable(q.lastError().text()));
        }
        ErrorInfo e;
        auto conn = IdentConnection::open(t->sourceConfig(), QString(), &e);
        QVERIFY2(conn, qPrintable(e.message));
        const auto report = conn->schema(&e);
        QVERIFY2(report, qPrintable(e.message));
        const QString name = table + QLatin1Char('.') + column;
        QCOMPARE(report->missingColumns, QStringList{name});
        QVERIFY(report->missingTables.isEmpty());
        QCOMPARE(report->receptionsReadable, receptionsReadable);
        QCOMPARE(report->treatmentPlansReadable, plansReadable);
        QVERIFY(report->message(QStringLiteral("main")).contains(name));

        IncrementalReader reader(*conn);
        reader.start(Watermark{}, CreateOptions().now);
        const auto page = reader.nextPage(&e);
        QCOMPARE(page.has_value(), receptionsReadable);
        if (!receptionsReadable) {
            QCOMPARE(e.cls, ErrorClass::Config);
            QVERIFY2(e.message.contains(name), qPrintable(e.message));
        }
        TreatmentPlanReader plans(*conn);
        const auto planRows = plans.read({1, 2, 3}, &e);
        QCOMPARE(planRows.has_value(), plansReadable);
        if (!plansReadable) {
            QCOMPARE(e.cls, ErrorClass::Config);
            QVERIFY2(e.message.contains(name), qPrintable(e.message));
        }
    }

    void droppedTableIsNamed()
    {
        IDENT_TEST_DB(t);
        QVERIFY(createSample(*t));
        {
            SampleDatabase raw(t->connection());
            QSqlQuery q(raw.database());
            const QString cascade = t->connection().driver == IdentSourceConfig::Driver::Postgres
                                        ? QStringLiteral(" CASCADE")
                                        : QString();
            QVERIFY(q.exec(QStringLiteral("DROP TABLE ReceptionCancelReasons") + cascade));
        }
        ErrorInfo e;
        auto conn = IdentConnection::open(t->sourceConfig(), QString(), &e);
        QVERIFY2(conn, qPrintable(e.message));
        const auto report = conn->schema(&e);
        QVERIFY(report);
        QCOMPARE(report->missingTables, QStringList{QStringLiteral("ReceptionCancelReasons")});
        QVERIFY(!report->receptionsReadable);
        QVERIFY(report->treatmentPlansReadable);
    }

    void sqliteFailures()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("SQLite only");
        IdentSourceConfig cfg;
        cfg.sourceId = QStringLiteral("main");
        cfg.driver = IdentSourceConfig::Driver::Sqlite;
        cfg.database = QStringLiteral("/nonexistent/dir/ident.db");
        verifyFailure(cfg, ErrorClass::Config, QStringLiteral("/nonexistent/dir/ident.db"));

        QTemporaryDir dir;
        const QString garbage = dir.filePath(QStringLiteral("garbage.db"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        cfg.database = garbage;
        ErrorInfo e;
        auto conn = IdentConnection::open(cfg, kPassword, &e);
        // SQLite opens lazily: the garbage shows on the first read.
        if (conn) {
            const auto report = conn->schema(&e);
            QVERIFY(!report);
        }
        QCOMPARE(e.cls, ErrorClass::Config);
        QVERIFY(!e.message.isEmpty());
    }

    void postgresFailures_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unreachable") << "port" << int(ErrorClass::Transient) << "main";
        QTest::newRow("unknown role") << "user" << int(ErrorClass::Auth) << "password";
        QTest::newRow("no such database") << "database" << int(ErrorClass::Config) << "nosuchdb";
    }

    void postgresFailures()
    {
        QFETCH(QString, what);
        QFETCH(int, expected);
        QFETCH(QString, mentions);
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            QSKIP("PostgreSQL only");
        IDENTSYNC_PG_OR_SKIP(pg);
        IdentSourceConfig cfg;
        cfg.sourceId = QStringLiteral("main");
        cfg.driver = IdentSourceConfig::Driver::Postgres;
        cfg.server = pg.host;
        cfg.port = pg.port;
        cfg.user = pg.user;
        cfg.database = QStringLiteral("postgres");
        cfg.encrypt = false;
        cfg.loginTimeout = std::chrono::seconds(3);
        if (what == QLatin1String("port"))
            cfg.port = 1;
        else if (what == QLatin1String("user"))
            cfg.user = QStringLiteral("nosuchrole");
        else
            cfg.database = QStringLiteral("nosuchdb");
        verifyFailure(cfg, ErrorClass(expected), mentions);
    }

    void odbcFailures_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<int>("expected");
        QTest::newRow("driver not installed")
            << "No Such ODBC Driver 99" << int(ErrorClass::Config);
        QTest::newRow("FreeTDS, nothing listening") << "FreeTDS" << int(ErrorClass::Transient);
    }

    void odbcFailures()
    {
        QFETCH(QString, driver);
        QFETCH(int, expected);
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("driver independent; run once");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")))
            QSKIP("Qt's ODBC driver plugin is not installed");
        IdentSourceConfig cfg;
        cfg.sourceId = QStringLiteral("main");
        cfg.driver = IdentSourceConfig::Driver::SqlServer;
        cfg.odbcDriver = driver;
        cfg.server = QStringLiteral("127.0.0.1");
        cfg.port = 1;
        cfg.database = QStringLiteral("PZ");
        cfg.user = QStringLiteral("identsync_reader");
        cfg.loginTimeout = std::chrono::seconds(2);
        verifyFailure(cfg, ErrorClass(expected), QStringLiteral("main"));
    }
};

QTEST_GUILESS_MAIN(TestIdentSchema)
#include "testidentschema.moc"
