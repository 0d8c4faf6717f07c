// The ident-sample executable: its command line, its JSON summary, determinism per seed, and the
// generated data's realism (names, phones, families, two-order receptions).

#include "identtestdb.h"

#include "core/phonenormalizer.h"
#include "core/receptioncheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace identsync;
using namespace identsync::sample;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runTool(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("IDENT_SAMPLE_EXE"), args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList target(const SampleConnection &c)
{
    QStringList a = {QStringLiteral("--driver"), driverKey(c.driver), QStringLiteral("--database"),
                     c.database};
    if (c.driver == IdentSourceConfig::Driver::Postgres)
        a << QStringLiteral("--host") << c.host << QStringLiteral("--port")
          << QString::number(c.port) << QStringLiteral("--user") << c.user;
    return a;
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.trimmed()).object();
}

} // namespace

class TestIdentSampleTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("IDENT_SAMPLE_EXE")).isExecutable(),
                 "IDENT_SAMPLE_EXE must point at the built ident-sample");
    }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void createAndAdvance()
    {
        IDENT_TEST_DB(t);
        const QStringList where = target(t->connection());
        const Run created = runTool(QStringList{QStringLiteral("create")} + where +
                                    QStringList{"--patients", "120", "--receptions", "600",
                                                "--seed", "9", "--branches", "3", "--json"});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonObject c = json(created);
        QCOMPARE(c.value("command").toString(), QStringLiteral("create"));
        QCOMPARE(c.value("receptions").toInt(), 600);
        QCOMPARE(c.value("patients").toInt(), 120);
        QCOMPARE(c.value("branches").toInt(), 3);
        QVERIFY(c.value("twoOrderReceptions").toInt() >= 1);
        QVERIFY(c.value("sharedPhones").toInt() >= 1);
        QVERIFY(c.value("badRows").toArray().size() >= 5);
        for (const char *s : {"scheduled", "arrived", "in_progress", "completed",
                              "completed_invoiced", "cancelled", "cancelled_by_reason", "no_show"})
            QVERIFY2(c.value("statuses").toObject().value(QLatin1String(s)).toInt() > 0, s);

        const Run again = runTool(QStringList{QStringLiteral("create")} + where +
                                  QStringList{"--patients", "120", "--receptions", "600"});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already holds"));

        const Run advanced = runTool(QStringList{QStringLiteral("advance")} + where +
                                     QStringList{"--minutes", "90", "--seed", "2", "--json"});
        QVERIFY2(advanced.exitCode == 0, advanced.err.constData());
        const QJsonObject a = json(advanced);
        QCOMPARE(a.value("command").toString(), QStringLiteral("advance"));
        QVERIFY(a.value("changed").toInt() > 0);
        QVERIFY(a.value("late").toInt() > 0);
        QVERIFY(a.value("to").toString() > a.value("from").toString());

        const Run exact = runTool(QStringList{QStringLiteral("advance")} + where +
                                  QStringList{"--minutes", "5", "--changes", "10", "--json"});
        QVERIFY2(exact.exitCode == 0, exact.err.constData());
        QCOMPARE(json(exact).value("changed").toInt(), 10);

        const Run plain = runTool(QStringList{QStringLiteral("advance")} + where +
                                  QStringList{"--minutes", "30"});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith("advanced "));
        QCOMPARE(plain.out.count('\n'), 1);
    }

    void sameSeedSameDatabase()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("determinism is the generator's, checked once on SQLite files");
        QTemporaryDir dir;
        const auto make = [&](const QString &name, const QString &seed) {
            return runTool({"create", "--driver", "sqlite", "--database", dir.filePath(name),
                            "--patients", "80", "--receptions", "300", "--seed", seed});
        };
        QCOMPARE(make("a.db", "5").exitCode, 0);
        QCOMPARE(make("b.db", "5").exitCode, 0);
        QCOMPARE(make("c.db", "6").exitCode, 0);
        const auto state = [&](const QString &name) {
            SampleConnection c;
            c.database = dir.filePath(name);
            SampleDatabase db(c);
            QString error;
            auto snap = identsync::testing::snapshot(db.database(), c.driver, &error);
            QSqlQuery q(db.database());
            q.exec(QStringLiteral("SELECT Surname || Name || COALESCE(MobilePhone, '') FROM "
                                  "Persons ORDER BY ID"));
            QStringList people;
            while (q.next())
                people << q.value(0).toString();
            return std::make_pair(snap, people);
        };
        QCOMPARE(state("a.db"), state("b.db"));
        QVERIFY(state("a.db") != state("c.db"));

        const auto advance = [&](const QString &name) {
            return json(runTool({"advance", "--driver", "sqlite", "--database", dir.filePath(name),
                                 "--minutes", "45", "--seed", "3", "--json"}));
        };
        QJsonObject a = advance("a.db");
        QJsonObject b = advance("b.db");
        a.remove("elapsedMs");
        b.remove("elapsedMs");
        QCOMPARE(a, b);
        QCOMPARE(state("a.db"), state("b.db"));
    }

    void realisticPeople()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("checked once on SQLite");
        QTemporaryDir dir;
        const QString file = dir.filePath("people.db");
        QCOMPARE(runTool({"create", "--driver", "sqlite", "--database", file, "--patients", "2000",
                          "--receptions", "200", "--seed", "17"})
                     .exitCode,
                 0);
        SampleConnection c;
        c.database = file;
        SampleDatabase db(c);
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.Surname, p.Name, p.Patronymic, p.MobilePhone, p.Birthday, pa.ParentSNP "
            "FROM Persons p JOIN Patients pa ON pa.ID_Persons = p.ID ORDER BY p.ID")));
        int rows = 0;
        int female = 0;
        int children = 0;
        int extensions = 0;
        int landlines = 0;
        int empty = 0;
        QSet<QString> spellings;
        QHash<QString, int> byNumber;
        const QRegularExpression cyrillic(QStringLiteral("^[А-ЯЁ][а-яё-]+$"));
        while (q.next()) {
            ++rows;
            const QString surname = q.value(0).toString();
            const QString patronymic = q.value(2).toString();
            const QString phone = q.value(3).toString();
            if (rows <= SampleGenerator::kSpecialPatients)
                continue; // the deliberately bad patients
            QVERIFY2(cyrillic.match(surname).hasMatch(), qPrintable(surname));
            QVERIFY2(cyrillic.match(q.value(1).toString()).hasMatch(),
                     qPrintable(q.value(1).toString()));
            // Gender agreement between patronymic and surname.
            const bool fem = patronymic.endsWith(QStringLiteral("на"));
            QVERIFY2(fem || patronymic.endsWith(QStringLiteral("ич")), qPrintable(patronymic));
            if (fem) {
                ++female;
                QVERIFY2(!surname.endsWith(QStringLiteral("ов")) &&
                             !surname.endsWith(QStringLiteral("ев")) &&
                             !surname.endsWith(QStringLiteral("ский")),
                         qPrintable(surname + " " + patronymic));
            } else {
                QVERIFY2(!surname.endsWith(QStringLiteral("ова")) &&
                             !surname.endsWith(QStringLiteral("ская")),
                         qPrintable(surname + " " + patronymic));
            }
            if (!q.value(5).isNull())
                ++children;
            if (phone.isEmpty()) {
                ++empty;
                continue;
            }
            const PhoneResult normal = PhoneNormalizer::normalize(phone);
            QVERIFY2(normal.ok(), qPrintable(phone + ": " + normal.error));
            ++byNumber[normal.e164];
            if (!normal.extension.isEmpty())
                ++extensions;
            if (!normal.e164.startsWith(QStringLiteral("+79")))
                ++landlines;
            QString shape = phone;
            shape.replace(QRegularExpression(QStringLiteral("\\d")), QStringLiteral("9"));
            spellings.insert(shape);
            QVERIFY(q.value(4).toString().isEmpty() || parseIdentBirthday(q.value(4).toString()));
        }
        QCOMPARE(rows, 2000);
        QVERIFY(female > 600 && female < 1400);
        QVERIFY(children > 100);
        QVERIFY(extensions > 0);
        QVERIFY(landlines > 0);
        QVERIFY(empty > 0);
        QVERIFY2(spellings.size() >= 8,
                 qPrintable(QStringList(spellings.cbegin(), spellings.cend()).join(" | ")));
        const int shared =
            int(std::count_if(byNumber.cbegin(), byNumber.cend(), [](int n) { return n > 1; }));
        QVERIFY(shared > 50);
    }

    void usageErrors()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("once");
        QCOMPARE(runTool({"create"}).exitCode, 2);
        QCOMPARE(runTool({"explode", "--database", "x.db"}).exitCode, 2);
        QCOMPARE(runTool({"create", "--driver", "oracle", "--database", "x.db"}).exitCode, 2);
        QCOMPARE(runTool({"create", "--database", "x.db", "--receptions", "many"}).exitCode, 2);
        QTemporaryDir dir;
        const Run r = runTool({"advance", "--driver", "sqlite", "--database",
                               dir.filePath("missing.db"), "--minutes", "10"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("does not exist"));
        QVERIFY(!QFileInfo::exists(dir.filePath("missing.db")));
        QFile empty(dir.filePath("empty.db"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const Run e = runTool({"advance", "--driver", "sqlite", "--database",
                               dir.filePath("empty.db"), "--minutes", "10"});
        QCOMPARE(e.exitCode, 1);
        QVERIFY(!e.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdentSampleTool)
#include "testidentsampletool.moc"
