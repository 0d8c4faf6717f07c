#include <QProcess>
#include <QtTest>

// `identsync-cli --version`, `--help` and `COMMAND --help` as a person (or the package check)
// types them: no configuration, no keychain, no state database needed.
class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("--version")
            << QStringList{"--version"} << 0
            << QStringLiteral("identsync-cli " IDENTSYNC_VERSION "\n") << QString();
        QTest::newRow("--help lists every command")
            << QStringList{"--help"} << 0 << QString() << QStringLiteral("transitions [--since T]");
        QTest::newRow("queue --help")
            << QStringList{"queue", "--help"} << 0
            << QStringLiteral("queue retry (ID... | --class C | --all-dead)") << QString();
        QTest::newRow("--help before the command")
            << QStringList{"--help", "sync"} << 0 << QStringLiteral("sync --once") << QString();
        QTest::newRow("secret --help names credentials")
            << QStringList{"secret", "--help"} << 0 << QStringLiteral("credentials") << QString();
        QTest::newRow("unknown command --help")
            << QStringList{"frobnicate", "--help"} << 2 << QString() << QStringLiteral("usage:");
        QTest::newRow("no command") << QStringList{} << 2 << QString() << QStringLiteral("usage:");
    }

    void answers()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("IDENTSYNC_CONFIG"),
                   QStringLiteral("/nonexistent/identsync.ini"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(IDENTSYNC_CLI_EXE), args);
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), exitCode);
        if (!stdoutHas.isEmpty())
            QVERIFY2(out.contains(stdoutHas), qPrintable(out));
        if (!stderrHas.isEmpty())
            QVERIFY2(err.contains(stderrHas), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestHelp)
#include "testhelp.moc"
