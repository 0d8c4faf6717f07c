// The dialect layer and the reception queries as SQL text. SQLite and PostgreSQL also run these
// queries in the integration tests; for SQL Server this text is all the coverage there is.

#include "ident/receptionquery.h"
#include "ident/sqldialect.h"

#include <QRegularExpression>
#include <QtTest>

using namespace identsync;
using Driver = IdentSourceConfig::Driver;

Q_DECLARE_METATYPE(IdentSourceConfig::Driver)

class TestSqlDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippets_data()
    {
        QTest::addColumn<Driver>("driver");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");

        const auto row = [](Driver d, const char *what, const QString &expected) {
            QTest::addRow("%s %s", qPrintable(driverKey(d)), what) << d << what << expected;
        };
        row(Driver::SqlServer, "quote", "[Order]");
        row(Driver::Sqlite, "quote", "\"Order\"");
        row(Driver::Postgres, "quote", "\"Order\"");
        row(Driver::SqlServer, "quote odd", "[a]]b]");
        row(Driver::Postgres, "quote odd", "\"a\"\"b\"");
        row(Driver::SqlServer, "top", "TOP (50) ");
        row(Driver::Sqlite, "top", "");
        row(Driver::SqlServer, "limit", "");
        row(Driver::Postgres, "limit", " LIMIT 50");
        row(Driver::SqlServer, "concat", "(a + b + c)");
        row(Driver::Sqlite, "concat", "(a || b || c)");
        row(Driver::SqlServer, "ifNull", "ISNULL(x, 0)");
        row(Driver::Postgres, "ifNull", "COALESCE(x, 0)");
        row(Driver::SqlServer, "greatest", "(SELECT MAX(g.v) FROM (VALUES (a), (b)) AS g(v))");
        row(Driver::Sqlite, "greatest", "NULLIF(MAX(COALESCE(a, ''), COALESCE(b, '')), '')");
        row(Driver::Postgres, "greatest", "GREATEST(a, b)");
        row(Driver::SqlServer, "dateTimeText", "CONVERT(varchar(23), t, 121)");
        row(Driver::Sqlite, "dateTimeText", "t");
        row(Driver::Postgres, "dateTimeText",
            "(to_char(t, 'YYYY-MM-DD HH24:MI:SS.MS') COLLATE \"C\")");
        row(Driver::SqlServer, "dateTimeParam", "CONVERT(datetime, ?, 121)");
        row(Driver::Sqlite, "dateTimeParam", "?");
        row(Driver::Postgres, "dateTimeParam", "CAST(? AS timestamp)");
        row(Driver::SqlServer, "isTrue", "x = 1");
        row(Driver::Postgres, "isTrue", "x IS TRUE");
        row(Driver::SqlServer, "isNotTrue", "ISNULL(x, 0) = 0");
        row(Driver::Sqlite, "isNotTrue", "COALESCE(x, 0) = 0");
        row(Driver::Postgres, "isNotTrue", "x IS NOT TRUE");
        row(Driver::Sqlite, "boolLiteral", "1");
        row(Driver::Postgres, "boolLiteral", "TRUE");
        row(Driver::SqlServer, "toKopecks", "CAST(ROUND((s) * 100, 0) AS bigint)");
        row(Driver::Sqlite, "toKopecks", "CAST(ROUND((s) * 100) AS INTEGER)");
        row(Driver::Postgres, "toKopecks", "CAST(ROUND((s) * 100) AS bigint)");
        row(Driver::SqlServer, "literal", "N'O''Brien'");
        row(Driver::Postgres, "literal", "'O''Brien'");
        row(Driver::SqlServer, "stringAgg",
            "STUFF((SELECT N', ' + x.n FROM X x WHERE x.k = r.ID ORDER BY x.id FOR XML PATH(''), "
            "TYPE).value('.', 'nvarchar(max)'), 1, 2, N'')");
        row(Driver::Sqlite, "stringAgg",
            "(SELECT group_concat(agg.v, ', ') FROM (SELECT x.n AS v FROM X x WHERE x.k = r.ID "
            "ORDER BY x.id) AS agg)");
        row(Driver::Postgres, "stringAgg",
            "(SELECT string_agg(x.n, ', ' ORDER BY x.id) FROM X x WHERE x.k = r.ID)");
    }

    void snippets()
    {
        QFETCH(Driver, driver);
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const SqlDialect d(driver);
        QString got;
        if (what == "quote")
            got = d.quote(QStringLiteral("Order"));
        else if (what == "quote odd")
            got = d.quote(driver == Driver::SqlServer ? QStringLiteral("a]b")
                                                      : QStringLiteral("a\"b"));
        else if (what == "top")
            got = d.top(50);
        else if (what == "limit")
            got = d.limit(50);
        else if (what == "concat")
            got = d.concat({"a", "b", "c"});
        else if (what == "ifNull")
            got = d.ifNull("x", "0");
        else if (what == "greatest")
            got = d.greatest({"a", "b"});
        else if (what == "dateTimeText")
            got = d.dateTimeText("t");
        else if (what == "dateTimeParam")
            got = d.dateTimeParam();
        else if (what == "isTrue")
            got = d.isTrue("x");
        else if (what == "isNotTrue")
            got = d.isNotTrue("x");
        else if (what == "boolLiteral")
            got = d.boolLiteral(true);
        else if (what == "toKopecks")
            got = d.toKopecks("s");
        else if (what == "literal")
            got = d.literal(QStringLiteral("O'Brien"));
        else if (what == "stringAgg")
            got = d.stringAgg("x.n", "FROM X x WHERE x.k = r.ID", "x.id", ", ");
        QCOMPARE(got, expected);
    }

    void dateTimeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("canonical")
            << "2025-03-03 18:00:35.120" << true << "2025-03-03 18:00:35.120";
        QTest::newRow("no milliseconds")
            << "2025-03-03 18:00:35" << true << "2025-03-03 18:00:35.000";
        QTest::newRow("ISO T") << "2025-03-03T18:00:35.120" << true << "2025-03-03 18:00:35.120";
        QTest::newRow("month 13") << "2025-13-03 18:00:35.120" << false << "";
        QTest::newRow("letter in seconds") << "2025-03-03 18:00:3x.120" << false << "";
        QTest::newRow("leap day") << "2024-02-29 00:00:00.000" << true << "2024-02-29 00:00:00.000";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("garbage") << "31.02.2025" << false << "";
    }

    void dateTimeText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const QDateTime dt = SqlDialect::parseDateTime(text);
        QCOMPARE(dt.isValid(), valid);
        QCOMPARE(SqlDialect::formatDateTime(dt), canonical);
        // Fixed width: text order is time order.
        QVERIFY(SqlDialect::formatDateTime(QDateTime(QDate(2025, 1, 9), QTime(9, 5))) <
                SqlDialect::formatDateTime(QDateTime(QDate(2025, 1, 10), QTime(0, 0))));
    }

    void changedKeys_data()
    {
        QTest::addColumn<Driver>("driver");
        QTest::newRow("sqlserver") << Driver::SqlServer;
        QTest::newRow("sqlite") << Driver::Sqlite;
        QTest::newRow("postgres") << Driver::Postgres;
    }

    void changedKeys()
    {
        QFETCH(Driver, driver);
        const ReceptionQuery rq(SqlDialect(driver), {2, 5});
        const QString sql = rq.changedKeys(250);

        // Ascending keyset, never TOP … DESC.
        QVERIFY(!sql.contains(QStringLiteral(" DESC"), Qt::CaseInsensitive));
        QVERIFY(sql.contains(QStringLiteral("WHERE (c.ct > ? OR (c.ct = ? AND c.rid > ?)) AND "
                                            "c.ct < ? AND c.own IN (2, 5) ORDER BY c.ct, c.rid")));
        QCOMPARE(sql.count(QLatin1Char('?')), 2 * ReceptionQuery::changeColumnCount() + 4);
        QCOMPARE(ReceptionQuery::changeColumnCount(), 8);
        // Every change column has its own index range, OrderBillFormed included.
        for (const char *c :
             {"DateTimeAdded", "DateTimeChanged", "PatientAppeared", "ReceptionStarted",
              "ReceptionEnded", "ReceptionCanceled", "CheckIssued"})
            QVERIFY2(sql.contains(QStringLiteral("FROM Receptions x WHERE x.%1 >= ").arg(c)), c);
        QVERIFY(sql.contains(QStringLiteral("FROM Orders o WHERE o.DateTimeBillFormed >= ")));
        QCOMPARE(sql.count(QStringLiteral(" UNION ")), 7);
        // Keys only: the folded rows are read by id for the keys not delivered yet.
        QVERIFY(!sql.contains(QStringLiteral("JOIN Patients")));
        QVERIFY(!sql.contains(QStringLiteral("LEFT JOIN Orders")));

        switch (driver) {
        case Driver::SqlServer:
            QVERIFY(sql.startsWith(QStringLiteral("SELECT TOP (250) c.ct, c.rid FROM (")));
            QVERIFY(!sql.contains(QStringLiteral("LIMIT")));
            QVERIFY(sql.contains(QStringLiteral("(VALUES (r.DateTimeAdded)")));
            QVERIFY(sql.contains(QStringLiteral("CONVERT(datetime, ?, 121)")));
            QVERIFY(!sql.contains(QStringLiteral("||")));
            QVERIFY(!sql.contains(QStringLiteral("COALESCE")));
            break;
        case Driver::Sqlite:
        case Driver::Postgres:
            QVERIFY(sql.contains(QStringLiteral("ORDER BY c.ct, c.rid LIMIT 250")));
            QVERIFY(!sql.contains(QStringLiteral("TOP (")));
            QVERIFY(!sql.contains(QStringLiteral("ISNULL")));
            break;
        }
    }

    void byIdsAndNewest()
    {
        const ReceptionQuery rq(SqlDialect(Driver::SqlServer), {});
        const QString sql = rq.byIds({3, 14, 15});
        QVERIFY(sql.contains(QStringLiteral("WHERE r.ID IN (3, 14, 15)")));
        QVERIFY(!sql.contains(QLatin1Char('?')));
        QVERIFY(!sql.contains(QStringLiteral("c.own IN")));
        QVERIFY(sql.endsWith(QStringLiteral("ORDER BY k.ct, k.rid")));
        // Folding: the joins that multiply rows appear only inside aggregates.
        QVERIFY(!sql.contains(QStringLiteral("LEFT JOIN Orders")));
        QVERIFY(!sql.contains(QStringLiteral("LEFT JOIN Items")));
        QVERIFY(sql.contains(QStringLiteral("SUM(osr.CountService * sip.Price - "
                                            "ISNULL(osr.DiscountSum, 0))")));
        QVERIFY(sql.contains(QStringLiteral("FOR XML PATH('')")));
        QVERIFY(!sql.contains(QStringLiteral(" DESC")));
        const QString newest = rq.newestChange();
        QCOMPARE(newest.count(QStringLiteral("SELECT MAX(")), 8);
        QVERIFY(!newest.contains(QStringLiteral("ORDER BY")));
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "testsqldialect.moc"
