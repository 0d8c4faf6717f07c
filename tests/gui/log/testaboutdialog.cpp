#include "data/applogging.h"
#include "data/consolesession.h"
#include "data/loghub.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"

#include "engine/translations.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace identsync;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        LogHubOptions options;
        options.directory = m_dir->filePath(QStringLiteral("logs"));
        m_hub = std::make_unique<LogHub>(options);
        m_hub->install();
    }
    void cleanup()
    {
        m_hub.reset();
        installTranslations(QLocale::Russian);
    }

    // F1 in the window opens it; it names the version, the log file (which really receives the
    // messages) and the state database. With IDENTSYNC_SHOTS=DIR it is saved as about-<lang>.png.
    void f1ShowsVersionLogAndDatabase_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("versionWord");
        QTest::newRow("ru") << QLocale::Russian << QStringLiteral("Версия");
        QTest::newRow("en") << QLocale::English << QStringLiteral("Version");
    }
    void f1ShowsVersionLogAndDatabase()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(QString, versionWord);
        installTranslations(language);
        StoreConfig store;
        store.sqlitePath = m_dir->filePath(QStringLiteral("state.db"));
        ConsoleSession session(store);
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        AboutDialog *about = nullptr;
        QTRY_VERIFY((about = window.findChild<AboutDialog *>(QStringLiteral("about"))));
        QVERIFY(QTest::qWaitForWindowExposed(about));

        const auto label = [&](const char *name) {
            auto *l = about->findChild<QLabel *>(QLatin1String(name));
            return l ? l->text() : QString();
        };
        QCOMPARE(label("versionLabel"),
                 QStringLiteral("%1 %2").arg(versionWord, QStringLiteral(EXPECTED_VERSION)));
        QVERIFY(label("logPathLabel").endsWith(QStringLiteral("identsync.log")));
        QCOMPARE(label("logPathLabel"), QDir::toNativeSeparators(m_hub->filePath()));
        QCOMPARE(label("databasePathLabel"), QDir::toNativeSeparators(store.sqlitePath));

        qCWarning(lcApp) << "a warning for the about test";
        m_hub->flush();
        QFile file(m_hub->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("a warning for the about test"));

        for (auto *l : about->findChildren<QLabel *>())
            QVERIFY2(l->width() >= l->minimumSizeHint().width(), qPrintable(l->objectName()));
        if (const QString dir = qEnvironmentVariable("IDENTSYNC_SHOTS"); !dir.isEmpty())
            QVERIFY(about->grab().save(
                QStringLiteral("%1/about-%2.png").arg(dir, QLocale(language).name().left(2))));
        QTest::keyClick(about, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<AboutDialog *>(QStringLiteral("about")));
    }

    void describesPostgresWithoutThePassword()
    {
        StoreConfig store;
        store.driver = StoreConfig::Driver::Postgres;
        store.host = QStringLiteral("db.clinic.local");
        store.database = QStringLiteral("identsync");
        store.user = QStringLiteral("sync");
        store.password = QStringLiteral("s3cret");
        store.schema = QStringLiteral("state");
        installTranslations(QLocale::English);
        const QString text = AboutDialog::describe(store);
        QCOMPARE(text,
                 QStringLiteral("PostgreSQL sync@db.clinic.local:5432/identsync, schema state"));
        QVERIFY(!text.contains(QStringLiteral("s3cret")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LogHub> m_hub;
};

QTEST_MAIN(TestAboutDialog)
#include "testaboutdialog.moc"
