#include "engine/engineconfig.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace identsync;

namespace {

const char *kValid = R"(
[portal]
url=https://clinic.bitrix24.ru/rest/1/
[source.main]
driver=sqlite
database=ident.db
)";

QString writeIni(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("identsync.ini"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path;
}

} // namespace

class TestEngineConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleLoadsWithoutProblems()
    {
        const QString sample = qEnvironmentVariable("IDENTSYNC_SOURCE_DIR") +
                               QStringLiteral("/resources/identsync.sample.ini");
        QList<ConfigProblem> problems;
        const EngineConfig c = EngineConfig::load(sample, &problems);
        for (const auto &p : problems)
            qWarning() << p.key << p.message;
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.portalUrl, QStringLiteral("https://clinic.bitrix24.ru/rest/1/"));
        QCOMPARE(c.sources.size(), 1);
        QCOMPARE(c.sources.first().sourceId, QStringLiteral("main"));
        QCOMPARE(c.sources.first().driver, IdentSourceConfig::Driver::SqlServer);
        QCOMPARE(c.stageMapping, StageMappingConfig::defaults());
        QCOMPARE(c.utcOffsetSeconds, 3 * 3600);
        QCOMPARE(c.closedLeadStatuses,
                 (QStringList{QStringLiteral("CONVERTED"), QStringLiteral("JUNK")}));
        QVERIFY(c.stageGuard.protectedStages.contains(QStringLiteral("EXECUTING")));
        QCOMPARE(c.bucket.capacity, 50.0);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("key");

        QTest::newRow("valid") << QByteArray() << QString();
        QTest::newRow("plain http to a real portal")
            << QByteArray("[portal]\nurl=http://clinic.bitrix24.ru/rest/1/\n") << "portal/url";
        QTest::newRow("plain http to loopback is fine")
            << QByteArray("[portal]\nurl=http://127.0.0.1:8080/rest/1/\n") << QString();
        QTest::newRow("unknown plan") << QByteArray("[portal]\nplan=gold\n") << "portal/plan";
        QTest::newRow("bad poll interval")
            << QByteArray("[sync]\npoll_interval_seconds=soon\n") << "sync/poll_interval_seconds";
        QTest::newRow("zero poll interval")
            << QByteArray("[sync]\npoll_interval_seconds=0\n") << "sync/poll_interval_seconds";
        QTest::newRow("bad offset") << QByteArray("[sync]\nutc_offset=MSK\n") << "sync/utc_offset";
        QTest::newRow("bad boolean") << QByteArray("[sync]\nauto_bind=maybe\n") << "sync/auto_bind";
        QTest::newRow("bad stage mapping")
            << QByteArray("[stages]\nmapping=\"Запланирован NEW\"\n") << "stages/mapping";
        QTest::newRow("unknown field key")
            << QByteArray("[fields]\nshoe_size=UF_CRM_SHOE\n") << "fields";
        QTest::newRow("required field off") << QByteArray("[fields]\nident_key=\n") << "fields";
        QTest::newRow("cap below base")
            << QByteArray("[retry]\nbase_seconds=60\ncap_seconds=10\n") << "retry/cap_seconds";
        QTest::newRow("unknown state driver")
            << QByteArray("[state]\ndriver=oracle\n") << "state/driver";
        QTest::newRow("postgres without a database")
            << QByteArray("[state]\ndriver=postgres\n") << "state/database";
        QTest::newRow("bad branch numbers") << QByteArray("[source.main]\nbranch_numbers=\"3:1\"\n")
                                            << "source.main/branch_numbers";
        QTest::newRow("bad source driver")
            << QByteArray("[source.main]\ndriver=mysql\n") << "source.main/driver";
    }

    void problems()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, key);
        QTemporaryDir dir;
        // Later sections of the same name override the base: QSettings merges them.
        const QString path = writeIni(dir, QByteArray(kValid) + '\n' + extra);
        QList<ConfigProblem> problems;
        EngineConfig::load(path, &problems);
        if (key.isEmpty()) {
            for (const auto &p : problems)
                qWarning() << p.key << p.message;
            QVERIFY(problems.isEmpty());
            return;
        }
        QVERIFY(!problems.isEmpty());
        bool found = false;
        for (const auto &p : problems) {
            QVERIFY(!p.message.isEmpty());
            found = found || p.key == key;
        }
        QVERIFY2(found, qPrintable(problems.first().key + QStringLiteral(": ") +
                                   problems.first().message));
    }

    void missingFileAndMissingSource()
    {
        QList<ConfigProblem> problems;
        EngineConfig::load(QStringLiteral("/nonexistent/identsync.ini"), &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("/nonexistent/identsync.ini")));

        QTemporaryDir dir;
        problems.clear();
        EngineConfig::load(writeIni(dir, "[portal]\nurl=https://x.bitrix24.ru/rest/1/\n"),
                           &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().key, QStringLiteral("source.<id>"));
    }

    void relativePathsFollowTheConfigFile()
    {
        QTemporaryDir dir;
        const QString path = writeIni(dir, QByteArray(kValid) + "[state]\npath=state.db\n");
        QList<ConfigProblem> problems;
        const EngineConfig c = EngineConfig::load(path, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.store.sqlitePath, dir.filePath(QStringLiteral("state.db")));
        QCOMPARE(c.sources.first().database, dir.filePath(QStringLiteral("ident.db")));
    }
};

QTEST_GUILESS_MAIN(TestEngineConfig)
#include "testengineconfig.moc"
