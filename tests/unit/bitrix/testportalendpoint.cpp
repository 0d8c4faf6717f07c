#include "bitrix/portalendpoint.h"

#include <QtTest/QTest>

using namespace identsync;

class TestPortalEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void methodUrlCarriesCodeDisplayDoesNot();
    void movedToKeepsCredentials();
    void movedToRefusesPlainHttpOffLoopback();
    void redactsTheCode_data();
    void redactsTheCode();
};

void TestPortalEndpoint::accepts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("userId");
    QTest::addColumn<QString>("display");

    QTest::newRow("cloud") << "https://clinic.bitrix24.ru/rest/1/abcdEF123456/"
                           << "clinic.bitrix24.ru" << 443 << 1
                           << "https://clinic.bitrix24.ru/rest/1/****/";
    QTest::newRow("no trailing slash")
        << "https://clinic.bitrix24.ru/rest/17/abc"
        << "clinic.bitrix24.ru" << 443 << 17 << "https://clinic.bitrix24.ru/rest/17/****/";
    QTest::newRow("with method") << "https://Clinic.Bitrix24.RU/rest/1/abc/crm.deal.add.json"
                                 << "clinic.bitrix24.ru" << 443 << 1
                                 << "https://clinic.bitrix24.ru/rest/1/****/";
    QTest::newRow("surrounding spaces")
        << "  https://a.example/rest/2/xyz/ \n"
        << "a.example" << 443 << 2 << "https://a.example/rest/2/****/";
    QTest::newRow("port and prefix")
        << "https://crm.example:8443/bx/rest/3/k_1/"
        << "crm.example" << 8443 << 3 << "https://crm.example:8443/bx/rest/3/****/";
    QTest::newRow("http loopback v4")
        << "http://127.0.0.1:8080/rest/1/code/"
        << "127.0.0.1" << 8080 << 1 << "http://127.0.0.1:8080/rest/1/****/";
    QTest::newRow("http loopback 127/8")
        << "http://127.8.9.10/rest/1/code/"
        << "127.8.9.10" << 80 << 1 << "http://127.8.9.10/rest/1/****/";
    QTest::newRow("http localhost") << "http://localhost:1/rest/1/code/"
                                    << "localhost" << 1 << 1 << "http://localhost:1/rest/1/****/";
    QTest::newRow("http ::1") << "http://[::1]:9000/rest/1/code/"
                              << "::1" << 9000 << 1 << "http://[::1]:9000/rest/1/****/";
}

void TestPortalEndpoint::accepts()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, userId);
    QFETCH(QString, display);
    QString error;
    const auto endpoint = PortalEndpoint::parse(url, &error);
    QVERIFY2(endpoint.has_value(), qPrintable(error));
    QCOMPARE(endpoint->host(), host);
    QCOMPARE(endpoint->port(), port);
    QCOMPARE(endpoint->userId(), userId);
    QCOMPARE(endpoint->displayUrl(), display);
    QCOMPARE(endpoint->isLoopback(), url.trimmed().startsWith(QLatin1String("http:")) ||
                                         host == QLatin1String("localhost"));
}

void TestPortalEndpoint::rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("plain http") << "http://clinic.bitrix24.ru/rest/1/secretcode/"
                                << "https://";
    QTest::newRow("http private LAN") << "http://192.168.1.5/rest/1/secretcode/"
                                      << "https://";
    QTest::newRow("ftp") << "ftp://clinic.bitrix24.ru/rest/1/secretcode/"
                         << "https://";
    QTest::newRow("no rest part") << "https://clinic.bitrix24.ru/secretcode/"
                                  << "/rest/";
    QTest::newRow("no user id") << "https://clinic.bitrix24.ru/rest/secretcode/"
                                << "/rest/";
    QTest::newRow("user id zero") << "https://clinic.bitrix24.ru/rest/0/secretcode/"
                                  << "positive";
    QTest::newRow("query") << "https://clinic.bitrix24.ru/rest/1/secretcode/?auth=x"
                           << "query";
    QTest::newRow("user info") << "https://u:secretcode@clinic.bitrix24.ru/rest/1/secretcode/"
                               << "user name";
    QTest::newRow("no host") << "https:///rest/1/secretcode/"
                             << "valid";
    QTest::newRow("garbage") << "секрет secretcode"
                             << "https://";
}

void TestPortalEndpoint::rejects()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);
    QString error;
    const auto endpoint = PortalEndpoint::parse(url, &error);
    QVERIFY(!endpoint.has_value());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("secretcode")), qPrintable(error));
}

void TestPortalEndpoint::methodUrlCarriesCodeDisplayDoesNot()
{
    const auto endpoint = PortalEndpoint::parse(
        QStringLiteral("https://clinic.bitrix24.ru/rest/5/s3cretC0de/"), nullptr);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->methodUrl(QStringLiteral("crm.deal.add")).toString(),
             QStringLiteral("https://clinic.bitrix24.ru/rest/5/s3cretC0de/crm.deal.add"));
    QVERIFY(!endpoint->displayUrl().contains(QLatin1String("s3cretC0de")));
    QVERIFY(!endpoint->portalUrl().contains(QLatin1String("s3cretC0de")));
    QCOMPARE(endpoint->userId(), 5);
}

void TestPortalEndpoint::movedToKeepsCredentials()
{
    const auto endpoint = PortalEndpoint::parse(
        QStringLiteral("https://old.bitrix24.ru/rest/5/s3cretC0de/"), nullptr);
    QVERIFY(endpoint);
    QString error;
    const auto moved = endpoint->movedTo(
        QUrl(QStringLiteral("https://new.bitrix24.ru/rest/5/s3cretC0de/batch")), &error);
    QVERIFY2(moved, qPrintable(error));
    QCOMPARE(moved->host(), QStringLiteral("new.bitrix24.ru"));
    QCOMPARE(moved->methodUrl(QStringLiteral("batch")).toString(),
             QStringLiteral("https://new.bitrix24.ru/rest/5/s3cretC0de/batch"));
    QVERIFY(!(*moved == *endpoint));
}

void TestPortalEndpoint::movedToRefusesPlainHttpOffLoopback()
{
    const auto endpoint = PortalEndpoint::parse(
        QStringLiteral("https://old.bitrix24.ru/rest/5/s3cretC0de/"), nullptr);
    QVERIFY(endpoint);
    QString error;
    QVERIFY(!endpoint->movedTo(QUrl(QStringLiteral("http://evil.example/rest/5/x/")), &error));
    QVERIFY(error.contains(QLatin1String("https://")));
    QVERIFY(!endpoint->movedTo(QUrl(QStringLiteral("/relative/only")), &error));
}

void TestPortalEndpoint::redactsTheCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("qt error text")
        << "Error transferring https://clinic.bitrix24.ru/rest/5/s3cretC0de/crm.deal.add - "
           "server replied: Bad Gateway"
        << "Error transferring https://clinic.bitrix24.ru/rest/5/****/crm.deal.add - server "
           "replied: Bad Gateway";
    QTest::newRow("twice") << "/rest/5/s3cretC0de and /rest/5/s3cretC0de/x"
                           << "/rest/5/**** and /rest/5/****/x";
    QTest::newRow("other user untouched") << "/rest/6/s3cretC0de"
                                          << "/rest/6/s3cretC0de";
    QTest::newRow("nothing to hide") << "Connection refused"
                                     << "Connection refused";
}

void TestPortalEndpoint::redactsTheCode()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto endpoint = PortalEndpoint::parse(
        QStringLiteral("https://clinic.bitrix24.ru/rest/5/s3cretC0de/"), nullptr);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->redact(text), expected);
}

QTEST_GUILESS_MAIN(TestPortalEndpoint)
#include "testportalendpoint.moc"
