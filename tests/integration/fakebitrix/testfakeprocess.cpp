// The fake-bitrix24 executable as scripts and the demo run it: command line, the one
// "listening on" line, a clean stop on SIGTERM that writes --state, and reloading that state.

#include "restclient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

namespace {

struct Running
{
    std::unique_ptr<QProcess> process;
    QUrl base;
};

// Starts the executable and reads its first stdout line. Fails the test on anything else.
Running launch(const QStringList &args)
{
    Running r;
    r.process = std::make_unique<QProcess>();
    r.process->setProgram(QStringLiteral(FAKE_BITRIX24_EXE));
    r.process->setArguments(args);
    r.process->start();
    if (!r.process->waitForStarted(30000))
        return r;
    while (!r.process->canReadLine() && r.process->state() == QProcess::Running)
        r.process->waitForReadyRead(30000);
    const QString line = QString::fromUtf8(r.process->readLine()).trimmed();
    static const QRegularExpression rx(
        QStringLiteral(R"(^listening on (http://127\.0\.0\.1:\d+)$)"));
    const auto m = rx.match(line);
    if (m.hasMatch())
        r.base = QUrl(m.captured(1) + u'/');
    else
        qWarning() << "unexpected first line:" << line << r.process->readAllStandardError();
    return r;
}

void stop(Running &r)
{
    r.process->terminate();
    QVERIFY(r.process->waitForFinished(30000));
    QCOMPARE(r.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(r.process->exitCode(), 0);
}

} // namespace

class TestFakeProcess : public QObject
{
    Q_OBJECT

private slots:
    void servesAndPersists();
    void rejectsBadCommandLines_data();
    void rejectsBadCommandLines();
    void faultsFromTheCommandLine();
};

void TestFakeProcess::servesAndPersists()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("state.json"));
    const QStringList args{QStringLiteral("--port"),         QStringLiteral("0"),
                           QStringLiteral("--plan"),         QStringLiteral("standard"),
                           QStringLiteral("--time-scale"),   QStringLiteral("0"),
                           QStringLiteral("--webhook-user"), QStringLiteral("7"),
                           QStringLiteral("--webhook-code"), QStringLiteral("procCode"),
                           QStringLiteral("--state"),        state,
                           QStringLiteral("--seed"),         QStringLiteral("3")};
    Running first = launch(args);
    QVERIFY(first.base.isValid());
    QVERIFY(first.base.port() > 0);
    RestClient client;
    const QUrl add = first.base.resolved(QUrl(QStringLiteral("rest/7/procCode/crm.deal.add.json")));
    const auto created = client.postJson(
        add, QByteArray(R"({"fields":{"TITLE":"Из процесса","UF_CRM_IDENT_KEY":"F1_42"}})"));
    QCOMPARE(created.status, 200);
    QCOMPARE(created.result().toInt(), 1);
    QCOMPARE(client.get(first.base.resolved(QUrl(QStringLiteral("rest/1/procCode/crm.deal.list"))))
                 .status,
             401);
    // Standard plan, frozen limiter clock: after 50 requests in total the 51st is refused.
    for (int i = 0; i < 48; ++i)
        QCOMPARE(
            client.get(first.base.resolved(QUrl(QStringLiteral("rest/7/procCode/crm.deal.list"))))
                .status,
            200);
    QCOMPARE(client.get(first.base.resolved(QUrl(QStringLiteral("rest/7/procCode/crm.deal.list"))))
                 .status,
             503);
    stop(first);
    QVERIFY(QFile::exists(state));

    Running second = launch(args);
    QVERIFY(second.base.isValid());
    const QJsonArray deals = client.get(second.base.resolved(QUrl(QStringLiteral("_fake/state"))))
                                 .object()
                                 .value(QStringLiteral("deals"))
                                 .toArray();
    QCOMPARE(deals.size(), 1);
    QCOMPARE(deals[0].toObject().value(QStringLiteral("TITLE")).toString(),
             QStringLiteral("Из процесса"));
    QCOMPARE(deals[0].toObject().value(QStringLiteral("UF_CRM_IDENT_KEY")).toString(),
             QStringLiteral("F1_42"));
    stop(second);
}

void TestFakeProcess::rejectsBadCommandLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing code") << QStringList{"--port",         "0", "--plan", "standard",
                                                 "--webhook-user", "1"}
                                  << QStringLiteral("missing --webhook-code");
    QTest::newRow("bad plan") << QStringList{"--port",         "0", "--plan",         "gold",
                                             "--webhook-user", "1", "--webhook-code", "c"}
                              << QStringLiteral("bad value 'gold' for --plan");
    QTest::newRow("bad faults") << QStringList{"--port",         "0",
                                               "--plan",         "standard",
                                               "--webhook-user", "1",
                                               "--webhook-code", "c",
                                               "--faults",       "boom:1"}
                                << QStringLiteral("unknown kind 'boom'");
    QTest::newRow("unknown flag") << QStringList{"--port", "0", "--color", "red"}
                                  << QStringLiteral("unknown flag --color");
}

void TestFakeProcess::rejectsBadCommandLines()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(FAKE_BITRIX24_EXE), args);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("usage: fake-bitrix24")));
}

void TestFakeProcess::faultsFromTheCommandLine()
{
    Running r = launch({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--plan"),
                        QStringLiteral("unlimited"), QStringLiteral("--webhook-user"),
                        QStringLiteral("1"), QStringLiteral("--webhook-code"), QStringLiteral("c"),
                        QStringLiteral("--faults"), QStringLiteral("html502:1@crm.deal.get#1"),
                        QStringLiteral("--auth-status"), QStringLiteral("403")});
    QVERIFY(r.base.isValid());
    RestClient client;
    const QUrl get = r.base.resolved(QUrl(QStringLiteral("rest/1/c/crm.deal.get?id=1")));
    const auto html = client.get(get);
    QCOMPARE(html.status, 502);
    QVERIFY(html.contentType.startsWith("text/html"));
    QCOMPARE(client.get(get).status, 400); // the rule fired once; now a plain "Not found"
    QCOMPARE(client.get(r.base.resolved(QUrl(QStringLiteral("rest/1/x/crm.deal.get?id=1")))).status,
             403);
    stop(r);
}

QTEST_GUILESS_MAIN(TestFakeProcess)
#include "testfakeprocess.moc"
