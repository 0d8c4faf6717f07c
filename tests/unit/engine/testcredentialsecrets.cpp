#include "engine/secretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace identsync;

// A service started by systemd with LoadCredential=/LoadCredentialEncrypted= gets its secrets as
// files in $CREDENTIALS_DIRECTORY; SecretStore must read them there and never reach for a keychain
// (a headless server has no D-Bus session). The D-Bus address below points nowhere, so any
// keychain access would fail the reads.
class TestCredentialSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void writeCredential(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("CREDENTIALS_DIRECTORY", m_dir.path().toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/identsync-test-bus");
        qunsetenv("DISPLAY");
    }

    void credentialName_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("webhook") << SecretStore::webhookKey() << "webhook";
        QTest::newRow("state password") << SecretStore::statePasswordKey() << "state-password";
        QTest::newRow("ident password of a source")
            << SecretStore::identPasswordKey(QStringLiteral("main")) << "ident-password.main";
    }

    void credentialName()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QCOMPARE(SecretStore::credentialName(key), name);
        QVERIFY(!SecretStore::credentialName(key).contains(QLatin1Char('/')));
    }

    void readsTheCredentialFile_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("echo adds a newline")
            << SecretStore::webhookKey() << QByteArray("k3y0fw3bh00k\n") << "k3y0fw3bh00k";
        QTest::newRow("windows line end")
            << SecretStore::statePasswordKey() << QByteArray("pg-secret\r\n") << "pg-secret";
        QTest::newRow("no newline, symbols and cyrillic")
            << SecretStore::identPasswordKey(QStringLiteral("branch-2"))
            << QByteArray("p@ss; word=\"'\xd0\xbf") << QString::fromUtf8("p@ss; word=\"'п");
    }

    void readsTheCredentialFile()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        writeCredential(SecretStore::credentialName(key), bytes);
        const auto r = SecretStore(QStringLiteral("IdentSyncCredentialTest")).read(key);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value, expected);
    }

    void missingCredentialNamesItAndDoesNotFallBack()
    {
        const QString key = SecretStore::identPasswordKey(QStringLiteral("absent"));
        const auto r = SecretStore().read(key);
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        QVERIFY2(r.error.contains(QStringLiteral("ident-password.absent")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("LoadCredentialEncrypted")), qPrintable(r.error));
    }

    void emptyCredentialIsAnError()
    {
        writeCredential(QStringLiteral("webhook"), "\n");
        const auto r = SecretStore().read(SecretStore::webhookKey());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("empty")));
    }

    void writesAndRemovesAreRefused()
    {
        writeCredential(QStringLiteral("webhook"), "before\n");
        const auto w = SecretStore().write(SecretStore::webhookKey(), QStringLiteral("after"));
        QVERIFY(!w.ok);
        QVERIFY(w.error.contains(QStringLiteral("systemd-creds")));
        QVERIFY(!w.error.contains(QStringLiteral("after")));
        QVERIFY(!SecretStore().remove(SecretStore::webhookKey()).ok);
        QCOMPARE(SecretStore().read(SecretStore::webhookKey()).value, QStringLiteral("before"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialSecrets)
#include "testcredentialsecrets.moc"
