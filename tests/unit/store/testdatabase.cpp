#include "storefixture.h"

#include "store/auditlog.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

#include <QFile>
#include <QtTest>

using namespace identsync;
using namespace identsync::testutils;

// Opening, migrations, connection settings and the transaction guard.
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_f;

    qint64 countAudit(Database &db)
    {
        SqlStatement q(db, QStringLiteral("SELECT COUNT(*) FROM audit"));
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    bool isSqlite()
    {
        QFETCH_GLOBAL(QString, driver);
        return driver == QLatin1String("sqlite");
    }

private Q_SLOTS:
    void initTestCase_data() { addDriverRows(); }
    void init() { IDENTSYNC_STORE_FRESH(m_f); }
    void cleanup() { m_f.close(); }

    void createsEveryTableAtTheLatestVersion_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *t :
             {"jobs", "bindings", "patient_contacts", "stage_transitions", "error_events",
              "cursors", "engine_lease", "commands", "audit", "schema_version"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void createsEveryTableAtTheLatestVersion()
    {
        QFETCH(QString, table);
        STORE_GET(version, m_f.db->schemaVersion());
        QCOMPARE(version, Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        SqlStatement q(*m_f.db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        QVERIFY2(q.exec(), qPrintable(q.error(table).message));
        QVERIFY(q.next());
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        STORE_DO(AuditLog(*m_f.db).append(QStringLiteral("anna"), QStringLiteral("retry"),
                                          QStringLiteral("jobs 1"), QStringLiteral("1 jobs")));
        m_f.db.reset();
        auto again = m_f.connect();
        STORE_DO(again->open());
        STORE_GET(version, again->schemaVersion());
        QCOMPARE(version, Database::latestSchemaVersion());
        SqlStatement q(*again, QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.int64(0), qint64(Database::latestSchemaVersion()));
        QCOMPARE(countAudit(*again), qint64(1));
    }

    void refusesASchemaNewerThanItKnows()
    {
        {
            SqlStatement q(*m_f.db,
                           QStringLiteral("INSERT INTO schema_version (version, "
                                          "description, applied_at) VALUES (:v, 'future', 0)"));
            q.bind(QStringLiteral(":v"), Database::latestSchemaVersion() + 1);
            QVERIFY(q.exec());
        }
        m_f.db.reset();
        auto again = m_f.connect();
        const auto opened = again->open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("newer than this IdentSync")),
                 qPrintable(opened.error()));
        QVERIFY(!again->isOpen());
    }

    void sqliteConnectionSettings_data()
    {
        QTest::addColumn<QString>("pragma");
        QTest::addColumn<QString>("expected");
        QTest::newRow("WAL journal") << "journal_mode"
                                     << "wal";
        QTest::newRow("synchronous FULL") << "synchronous"
                                          << "2";
        QTest::newRow("foreign keys on") << "foreign_keys"
                                         << "1";
        QTest::newRow("busy timeout") << "busy_timeout"
                                      << "10000";
    }
    void sqliteConnectionSettings()
    {
        if (!isSqlite())
            QSKIP("SQLite pragmas");
        QFETCH(QString, pragma);
        QFETCH(QString, expected);
        SqlStatement q(*m_f.db, QStringLiteral("PRAGMA %1").arg(pragma));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.text(0).toLower(), expected);
    }

    void foreignKeysAreEnforced()
    {
        SqlStatement q(*m_f.db, QStringLiteral("INSERT INTO error_events (job_id, at, attempt, "
                                               "error_class, transport, next_state) VALUES "
                                               "(424242, 0, 1, 'transient', 'none', 'pending')"));
        QVERIFY(!q.exec());
    }

    void transactionRollsBackUnlessCommitted()
    {
        {
            Transaction tx(*m_f.db, QStringLiteral("test"));
            QVERIFY(tx.begun().ok());
            STORE_DO(AuditLog(*m_f.db).append(QStringLiteral("a"), QStringLiteral("x"), {}, {}));
            STORE_DO(AuditLog(*m_f.db).append(QStringLiteral("a"), QStringLiteral("y"), {}, {}));
            QCOMPARE(countAudit(*m_f.db), qint64(2));
        }
        QCOMPARE(countAudit(*m_f.db), qint64(0));
        QVERIFY(!m_f.db->inTransaction());
        {
            Transaction tx(*m_f.db, QStringLiteral("test"));
            STORE_DO(AuditLog(*m_f.db).append(QStringLiteral("a"), QStringLiteral("x"), {}, {}));
            STORE_DO(tx.commit());
        }
        QCOMPARE(countAudit(*m_f.db), qint64(1));
    }

    void failedStatementRollsBackTheWholeUnit()
    {
        const auto result =
            withTransaction(*m_f.db, QStringLiteral("test"), [&]() -> StoreResult<> {
                if (auto r =
                        AuditLog(*m_f.db).append(QStringLiteral("a"), QStringLiteral("x"), {}, {});
                    !r)
                    return r.failure();
                SqlStatement bad(*m_f.db, QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
                if (!bad.exec())
                    return bad.error(QStringLiteral("inserting into a missing table"));
                return {};
            });
        QVERIFY(!result.ok());
        QVERIFY2(result.error().startsWith(QLatin1String("inserting into a missing table: ")),
                 qPrintable(result.error()));
        QCOMPARE(countAudit(*m_f.db), qint64(0));
        QVERIFY(!m_f.db->inTransaction());
    }

    void nestedTransactionIsRefusedButWithTransactionJoins()
    {
        Transaction outer(*m_f.db, QStringLiteral("outer"));
        QVERIFY(outer.begun().ok());
        Transaction inner(*m_f.db, QStringLiteral("inner"));
        QVERIFY(!inner.begun().ok());
        QVERIFY(inner.begun().error().contains(QLatin1String("already open")));
        QVERIFY(!inner.commit().ok());
        const auto joined = withTransaction(*m_f.db, QStringLiteral("joined"), [&] {
            return AuditLog(*m_f.db).append(QStringLiteral("a"), QStringLiteral("x"), {}, {});
        });
        QVERIFY(joined.ok());
        QVERIFY(m_f.db->inTransaction());
        STORE_DO(outer.commit());
        QCOMPARE(countAudit(*m_f.db), qint64(1));
    }

    void textWithNulCharactersIsStored()
    {
        const QString hostile = QStringLiteral("O'Brien \"x\"; DROP TABLE audit; --") + QChar(0) +
                                QStringLiteral("после NUL 😀");
        STORE_GET(id,
                  AuditLog(*m_f.db).append(QStringLiteral("a"), QStringLiteral("x"), hostile, {}));
        STORE_GET(rows, AuditLog(*m_f.db).page(std::nullopt, 10));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, id);
        QString expected = hostile;
        expected.replace(QChar(0), QChar(0xFFFD));
        QCOMPARE(rows.first().target, expected);
    }

    void damagedSqliteFileGivesAClearError()
    {
        if (!isSqlite())
            QSKIP("SQLite file handling");
        const QString path = m_f.config.sqlitePath + QStringLiteral(".damaged");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        StoreConfig config = m_f.config;
        config.sqlitePath = path;
        Database db(config);
        const auto opened = db.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QLatin1String("move it aside")),
                 qPrintable(opened.error()));
    }

    void unusableSqliteFolderGivesAClearError()
    {
        if (!isSqlite())
            QSKIP("SQLite file handling");
        const QString blocker = m_f.config.sqlitePath + QStringLiteral(".file");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        StoreConfig config = m_f.config;
        config.sqlitePath = blocker + QStringLiteral("/sub/state.db");
        Database db(config);
        const auto opened = db.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("cannot create the folder")),
                 qPrintable(opened.error()));
    }

    void openCanBeRetriedAfterAFailure()
    {
        if (!isSqlite())
            QSKIP("the cause is made and fixed with a file");
        const QString blocker = m_f.config.sqlitePath + QStringLiteral(".blocker");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        StoreConfig config = m_f.config;
        config.sqlitePath = blocker + QStringLiteral("/state.db");
        Database db(config);
        QVERIFY(!db.open().ok());
        QVERIFY(!db.isOpen());
        QVERIFY(QFile::remove(blocker));
        STORE_DO(db.open());
        QVERIFY(db.isOpen());
        STORE_DO(AuditLog(db).append(QStringLiteral("a"), QStringLiteral("x"), {}, {}));
        QCOMPARE(countAudit(db), qint64(1));
    }

    void unreachablePostgresGivesAClearError()
    {
        if (isSqlite())
            QSKIP("PostgreSQL connection handling");
        StoreConfig config = m_f.config;
        config.database = QStringLiteral("identsync_no_such_database");
        Database db(config);
        const auto opened = db.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("identsync_no_such_database")),
                 qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QLatin1String("password in the keychain")),
                 qPrintable(opened.error()));
    }

    void postgresSchemaKeepsTablesApart()
    {
        if (isSqlite())
            QSKIP("PostgreSQL schemas");
        StoreConfig config = m_f.config;
        config.schema = QStringLiteral("identsync_state");
        Database db(config);
        STORE_DO(db.open());
        STORE_DO(AuditLog(db).append(QStringLiteral("a"), QStringLiteral("x"), {}, {}));
        QCOMPARE(countAudit(db), qint64(1));
        QCOMPARE(countAudit(*m_f.db), qint64(0));
        SqlStatement q(db, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                          "WHERE table_schema = 'identsync_state'"));
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.int64(0) >= 10);
    }

    void badSchemaNameIsRefused()
    {
        if (isSqlite())
            QSKIP("PostgreSQL schemas");
        StoreConfig config = m_f.config;
        config.schema = QStringLiteral("x\"; DROP TABLE jobs; --");
        Database db(config);
        const auto opened = db.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("is not allowed")),
                 qPrintable(opened.error()));
    }

    void timesRoundTripAsUtcMilliseconds()
    {
        const QDateTime t(QDate(2026, 11, 22), QTime(7, 15, 50, 123), Qt::UTC);
        QCOMPARE(Database::fromMs(Database::toMs(t)), t);
        QCOMPARE(Database::fromMs(Database::toMs(t)).timeSpec(), Qt::UTC);
        const QDateTime moscow = t.toOffsetFromUtc(3 * 3600);
        QCOMPARE(Database::toMs(moscow), Database::toMs(t));
        QCOMPARE(m_f.db->now(), m_f.now());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "testdatabase.moc"
