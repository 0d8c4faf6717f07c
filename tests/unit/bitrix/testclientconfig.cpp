#include "bitrix/clientconfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest/QTest>

#include <cmath>

using namespace identsync;

class TestClientConfig : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
};

void TestClientConfig::reads_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("capacity");
    QTest::addColumn<double>("drain");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<qint64>("maxBytes");

    QTest::newRow("defaults") << QByteArray("{}") << 50.0 << 2.0 << 30000 << 32LL * 1024 * 1024;
    QTest::newRow("enterprise") << QByteArray(R"({"plan":"Enterprise"})") << 250.0 << 5.0 << 30000
                                << 32LL * 1024 * 1024;
    QTest::newRow("custom")
        << QByteArray(
               R"({"plan":"custom","capacity":100,"drain_per_second":3,"request_timeout_s":10,"max_response_mb":1})")
        << 100.0 << 3.0 << 10000 << 1024LL * 1024;
    QTest::newRow("unlimited") << QByteArray(R"({"plan":"unlimited"})") << qInf() << qInf() << 30000
                               << 32LL * 1024 * 1024;
}

void TestClientConfig::reads()
{
    QFETCH(QByteArray, json);
    QFETCH(double, capacity);
    QFETCH(double, drain);
    QFETCH(int, timeoutMs);
    QFETCH(qint64, maxBytes);
    QString error;
    const auto config = ClientConfig::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->limits.capacity, capacity);
    QCOMPARE(config->limits.drainPerSecond, drain);
    QCOMPARE(config->requestTimeout.count(), timeoutMs);
    QCOMPARE(config->maxResponseBytes, maxBytes);
}

void TestClientConfig::refuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown plan") << QByteArray(R"({"plan":"gold"})") << "bitrix.plan \"gold\"";
    QTest::newRow("plan not text") << QByteArray(R"({"plan":3})") << "bitrix.plan";
    QTest::newRow("custom without numbers")
        << QByteArray(R"({"plan":"custom"})") << "bitrix.capacity";
    QTest::newRow("negative drain")
        << QByteArray(R"({"plan":"custom","capacity":5,"drain_per_second":-1})")
        << "bitrix.drain_per_second";
    QTest::newRow("capacity as text")
        << QByteArray(R"({"plan":"custom","capacity":"5","drain_per_second":1})")
        << "bitrix.capacity";
    QTest::newRow("margin over capacity")
        << QByteArray(R"({"safety_margin":60})") << "bitrix.safety_margin";
    QTest::newRow("huge timeout") << QByteArray(R"({"request_timeout_s":3600})")
                                  << "bitrix.request_timeout_s";
}

void TestClientConfig::refuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!ClientConfig::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestClientConfig)
#include "testclientconfig.moc"
