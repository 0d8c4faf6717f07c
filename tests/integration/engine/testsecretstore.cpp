#include "engine/secretstore.h"

#include <QUuid>
#include <QtTest>

using namespace identsync;

// Runs against a real Secret Service (scripts/run-tests.sh starts gnome-keyring in a private
// D-Bus session); there is no fake keychain.
class TestSecretStore : public QObject
{
    Q_OBJECT

    QString m_service;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIntValue("IDENTSYNC_REQUIRE_KEYRING") == 1)
                QFAIL("IDENTSYNC_REQUIRE_KEYRING=1 but there is no D-Bus session");
            QSKIP("no D-Bus session: run through scripts/run-tests.sh");
        }
        m_service = QStringLiteral("IdentSyncTest-") + QUuid::createUuid().toString(QUuid::Id128);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("webhook code") << SecretStore::webhookKey() << "k3y0fw3bh00k";
        QTest::newRow("ident password with symbols")
            << SecretStore::identPasswordKey(QStringLiteral("main")) << "p@ss;word}{=\"'";
        QTest::newRow("cyrillic and emoji")
            << SecretStore::statePasswordKey() << QString::fromUtf8("пароль-😀");
    }

    void roundTrip()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        SecretStore store(m_service);

        const auto w = store.write(key, value);
        QVERIFY2(w.ok, qPrintable(w.error));
        const auto r = store.read(key);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value, value);

        const auto overwrite = store.write(key, value + QStringLiteral("2"));
        QVERIFY(overwrite.ok);
        QCOMPARE(store.read(key).value, value + QStringLiteral("2"));

        QVERIFY(store.remove(key).ok);
        const auto gone = store.read(key);
        QVERIFY(!gone.ok);
        QVERIFY(gone.notFound);
        QVERIFY(!gone.error.isEmpty());
        QVERIFY(!gone.error.contains(value));
    }

    void servicesAreIsolated()
    {
        SecretStore a(m_service + QStringLiteral("-a"));
        SecretStore b(m_service + QStringLiteral("-b"));
        QVERIFY(a.write(SecretStore::webhookKey(), QStringLiteral("only-a")).ok);
        QVERIFY(b.read(SecretStore::webhookKey()).notFound);
        QCOMPARE(a.read(SecretStore::webhookKey()).value, QStringLiteral("only-a"));
        QVERIFY(a.remove(SecretStore::webhookKey()).ok);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "testsecretstore.moc"
