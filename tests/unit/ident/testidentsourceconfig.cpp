#include "ident/identsourceconfig.h"

#include <QtTest>

using namespace identsync;
using Driver = IdentSourceConfig::Driver;

namespace {

IdentSourceConfig good()
{
    IdentSourceConfig c;
    c.sourceId = QStringLiteral("main");
    c.driver = Driver::SqlServer;
    c.odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server");
    c.server = QStringLiteral("srv");
    c.database = QStringLiteral("PZ");
    c.user = QStringLiteral("reader");
    return c;
}

} // namespace

class TestIdentSourceConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("mentions"); // empty = valid
        QTest::newRow("valid") << 0 << "";
        QTest::newRow("no database") << 1 << "database name";
        QTest::newRow("no server") << 2 << "server address";
        QTest::newRow("port out of range") << 3 << "70000";
        QTest::newRow("FreeTDS without a login") << 4 << "FreeTDS";
        QTest::newRow("Windows authentication with Microsoft's driver") << 5 << "";
        QTest::newRow("PostgreSQL without a user") << 6 << "user name";
        QTest::newRow("SQLite without a file") << 7 << "database file";
        QTest::newRow("page size zero") << 8 << "page size";
        QTest::newRow("negative overlap") << 9 << "overlap";
        QTest::newRow("tiny de-duplication limit") << 10 << "de-duplication";
        QTest::newRow("negative branch number") << 11 << "company 4";
        QTest::newRow("login timeout zero") << 12 << "login timeout";
    }

    void validate()
    {
        QFETCH(int, mutation);
        QFETCH(QString, mentions);
        IdentSourceConfig c = good();
        switch (mutation) {
        case 1:
            c.database.clear();
            break;
        case 2:
            c.server = QStringLiteral("  ");
            break;
        case 3:
            c.port = 70000;
            break;
        case 4:
            c.odbcDriver = QStringLiteral("FreeTDS");
            c.user.clear();
            break;
        case 5:
            c.user.clear();
            break;
        case 6:
            c.driver = Driver::Postgres;
            c.user.clear();
            break;
        case 7:
            c.driver = Driver::Sqlite;
            c.database.clear();
            break;
        case 8:
            c.pageSize = 0;
            break;
        case 9:
            c.overlap = std::chrono::seconds(-1);
            break;
        case 10:
            c.seenLimit = 10;
            break;
        case 11:
            c.branchIds.insert(4, -1);
            break;
        case 12:
            c.loginTimeout = std::chrono::seconds(0);
            break;
        default:
            break;
        }
        const QStringList problems = c.validate();
        if (mentions.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(' ')));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(mentions), qPrintable(problems.first()));
        QVERIFY(problems.first().contains(QStringLiteral("«main»")));
    }

    void driverKeys()
    {
        for (auto d : {Driver::SqlServer, Driver::Sqlite, Driver::Postgres})
            QCOMPARE(driverFromKey(driverKey(d)), std::optional<Driver>(d));
        QCOMPARE(driverKey(Driver::SqlServer), QStringLiteral("sqlserver"));
        QVERIFY(!driverFromKey(u"mysql"));
        QVERIFY(!driverFromKey(u"SQLite"));
    }

    void branchNumbers()
    {
        IdentSourceConfig c = good();
        c.branchIds.insert(12, 1);
        c.defaultBranchId = 9;
        QCOMPARE(c.branchNumberFor(12), 1);
        QCOMPARE(c.branchNumberFor(3), 3);
        QCOMPARE(c.branchNumberFor(std::nullopt), 9);
    }
};

QTEST_GUILESS_MAIN(TestIdentSourceConfig)
#include "testidentsourceconfig.moc"
