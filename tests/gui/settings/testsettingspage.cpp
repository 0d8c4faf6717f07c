// The Settings page driven as a person would: typing, clicking Apply, «Проверить», against the
// real Secret Service that scripts/run-tests.sh starts, the fake portal and a sample IDENT file.

#include "data/consolesession.h"
#include "engine/engineconfig.h"
#include "engine/secretstore.h"
#include "engine/translations.h"
#include "models/fieldmapmodel.h"
#include "pages/settings/settingspage.h"
#include "shell/mainwindow.h"

#include "fake-bitrix24/fakeportalthread.h"
#include "ident-sample/samplegenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest/QTest>

using namespace identsync;

namespace {

// Every log line of every thread, searched for the secret.
QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_messages << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIntValue("IDENTSYNC_REQUIRE_KEYRING") == 1)
                QFAIL("IDENTSYNC_REQUIRE_KEYRING=1 but there is no D-Bus session");
            QSKIP("no D-Bus session: run through scripts/run-tests.sh");
        }
        g_previous = qInstallMessageHandler(captureMessages);
        QCoreApplication::setOrganizationName(QStringLiteral("identsync-test"));
        QCoreApplication::setApplicationName(
            QStringLiteral("settings-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
        m_portal = std::make_unique<fake::FakePortalThread>(fake::PortalConfig{});
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));
        m_identDir = std::make_unique<QTemporaryDir>();
        m_identPath = m_identDir->filePath(QStringLiteral("ident.db"));
        sample::SampleConnection c;
        c.database = m_identPath;
        sample::SampleDatabase db(c);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        sample::CreateOptions o;
        o.patients = 20;
        o.receptions = 40;
        o.branches = 2;
        QVERIFY2(sample::SampleGenerator::create(db, o, &error), qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_service =
            QStringLiteral("IdentSyncSettingsTest-") + QUuid::createUuid().toString(QUuid::Id128);
        qputenv("IDENTSYNC_KEYCHAIN_SERVICE", m_service.toUtf8());
        m_configPath = m_dir->filePath(QStringLiteral("identsync.ini"));
        writeFile(m_configPath, QStringLiteral("; written by the test\n[portal]\nurl=%1rest/1/\n"
                                               "time_scale=100\n\n[state]\npath=state.db\n\n"
                                               "[source.main]\ndriver=sqlite\ndatabase=%2\n")
                                    .arg(m_portal->baseUrl().toString(), m_identPath)
                                    .toUtf8());
        StoreConfig store;
        store.sqlitePath = m_dir->filePath(QStringLiteral("state.db"));
        m_session = std::make_unique<ConsoleSession>(store);
        const QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        const SecretStore keychain(m_service);
        keychain.remove(SecretStore::webhookKey());
        keychain.remove(SecretStore::identPasswordKey(QStringLiteral("main")));
    }

    void cleanupTestCase()
    {
        if (m_portal)
            m_portal->stop();
        installTranslations(QLocale::Russian);
    }

    // The code typed on the page is in the keychain and nowhere else: not in the file, its
    // backups, the state database or any log line; the page does not show it back.
    void webhookCodeLandsInKeychainOnly()
    {
        openPage();
        auto *url = child<QLineEdit>("webhookUrlEdit");
        url->selectAll();
        QTest::keyClicks(url, m_portal->webhookUrl().toString());
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(url->text(), m_portal->baseUrl().toString() + QStringLiteral("rest/1/"));
        auto *code = child<QLineEdit>("webhookCodeEdit");
        QCOMPARE(code->echoMode(), QLineEdit::Password);
        QCOMPARE(code->text(), QStringLiteral("testcode"));

        QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>("confirmPanel")->isVisible());
        const QString changes = child<QPlainTextEdit>("changesView")->toPlainText();
        QVERIFY2(changes.contains(QStringLiteral("Webhook code (keychain): changed")),
                 qPrintable(changes));
        QVERIFY(!changes.contains(QStringLiteral("testcode")));
        apply();

        const SecretStore::Result stored = SecretStore(m_service).read(SecretStore::webhookKey());
        QVERIFY2(stored.ok, qPrintable(stored.error));
        QCOMPARE(stored.value, QStringLiteral("testcode"));
        QVERIFY(code->text().isEmpty());
        QVERIFY(!code->isEnabled());
        QVERIFY(child<QPushButton>("replaceCodeButton")->isVisible());

        QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int searched = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("testcode"), qPrintable(f.fileName()));
            ++searched;
        }
        QVERIFY(searched >= 2); // the file and its backup at least
        const QMutexLocker lock(&g_mutex);
        for (const QString &line : std::as_const(g_messages))
            QVERIFY2(!line.contains(QStringLiteral("testcode")), qPrintable(line));
    }

    void checkPortalUsesTypedValues_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("works");
        QTest::newRow("right code") << "testcode" << true;
        QTest::newRow("wrong code") << "wrongcode" << false;
    }
    void checkPortalUsesTypedValues()
    {
        QFETCH(QString, code);
        QFETCH(bool, works);
        openPage();
        auto *codeEdit = child<QLineEdit>("webhookCodeEdit");
        QTest::keyClicks(codeEdit, code);
        QTest::mouseClick(child<QPushButton>("testPortalButton"), Qt::LeftButton);
        auto *result = child<QLabel>("testPortalResult");
        QTRY_VERIFY_WITH_TIMEOUT(!result->text().startsWith(QStringLiteral("Checking")), 30000);
        QVERIFY2(result->text().startsWith(works ? QStringLiteral("✔") : QStringLiteral("✖")),
                 qPrintable(result->text()));
        if (works) {
            QVERIFY(result->text().contains(QStringLiteral(" ms)")));
            auto *model = qobject_cast<FieldMapModel *>(child<QTableView>("fieldTable")->model());
            QVERIFY(model->hasPortalFields());
            QVERIFY(!model->portalFields(FieldEntity::Deal).isEmpty());
            QVERIFY(child<QComboBox>("pipelineCombo")->count() >= 1);
        } else {
            QVERIFY(result->text().contains(QStringLiteral("What to do:")));
        }
        // Nothing was saved by checking.
        QVERIFY(!SecretStore(m_service).read(SecretStore::webhookKey()).ok);
    }

    void checkIdentUsesTypedValues_data()
    {
        QTest::addColumn<bool>("rightFile");
        QTest::newRow("typed path exists") << true;
        QTest::newRow("typed path missing") << false;
    }
    void checkIdentUsesTypedValues()
    {
        QFETCH(bool, rightFile);
        writeFile(m_configPath, QStringLiteral("[portal]\nurl=%1rest/1/\n[source.main]\n"
                                               "driver=sqlite\ndatabase=nothing-here.db\n")
                                    .arg(m_portal->baseUrl().toString())
                                    .toUtf8());
        openPage();
        auto *database = child<QLineEdit>("databaseEdit");
        database->selectAll();
        QTest::keyClicks(database,
                         rightFile ? m_identPath : m_dir->filePath(QStringLiteral("x.db")));
        QTest::mouseClick(child<QPushButton>("testIdentButton"), Qt::LeftButton);
        auto *result = child<QLabel>("testIdentResult");
        QTRY_VERIFY_WITH_TIMEOUT(!result->text().startsWith(QStringLiteral("Checking")), 30000);
        QVERIFY2(result->text().startsWith(rightFile ? QStringLiteral("✔") : QStringLiteral("✖")),
                 qPrintable(result->text()));
        if (rightFile)
            QCOMPARE(child<QListWidget>("branchList")->count(), 2);
        QVERIFY(readFile(m_configPath).contains("nothing-here.db"));
    }

    // A stage chosen in the table reaches the file, and the engine's reader sees it.
    void stageMappingIsSavedForTheEngine()
    {
        SecretStore(m_service).write(SecretStore::webhookKey(), QStringLiteral("testcode"));
        openPage();
        auto *table = child<QTableView>("stageTable");
        const QModelIndex cell = table->model()->index(int(ReceptionStatus::Cancelled), 1);
        table->setCurrentIndex(cell);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = table->findChild<QComboBox *>(QStringLiteral("choiceEditor"));
        QVERIFY(editor);
        editor->lineEdit()->selectAll();
        QTest::keyClicks(editor->lineEdit(), QStringLiteral("APOLOGY"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits a queued call after Return.
        QTRY_COMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("APOLOGY"));
        QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
        QVERIFY(child<QPlainTextEdit>("changesView")
                    ->toPlainText()
                    .contains(QStringLiteral("stages/mapping")));
        apply();
        QList<ConfigProblem> problems;
        const EngineConfig config = EngineConfig::load(m_configPath, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(config.stageMapping.targets.value(ReceptionStatus::Cancelled),
                 std::optional<StageId>(StageId(0, QStringLiteral("APOLOGY"))));
        QVERIFY(readFile(m_configPath).startsWith("; written by the test\n[portal]"));
    }

    void fileChangedOnDiskIsNotOverwritten()
    {
        SecretStore(m_service).write(SecretStore::webhookKey(), QStringLiteral("testcode"));
        openPage();
        auto *poll = child<QSpinBox>("pollIntervalSpin");
        poll->setValue(30);
        QFile f(m_configPath);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n[sync]\npoll_interval_seconds=45\n");
        f.close();
        QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("confirmApplyButton"), Qt::LeftButton);
        auto *overwrite = child<QPushButton>("overwriteButton");
        QTRY_VERIFY(overwrite->isVisible());
        QVERIFY(readFile(m_configPath).contains("poll_interval_seconds=45"));
        QTest::mouseClick(child<QPushButton>("reloadButton"), Qt::LeftButton);
        QTRY_COMPARE(poll->value(), 45);
        QVERIFY(!m_page->isDirty());
    }

    void tenBackupsAreKept()
    {
        SecretStore(m_service).write(SecretStore::webhookKey(), QStringLiteral("testcode"));
        openPage();
        auto *poll = child<QSpinBox>("pollIntervalSpin");
        for (int i = 0; i < 11; ++i) {
            poll->setValue(100 + i);
            QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
            apply();
        }
        const QStringList backups =
            QDir(m_dir->filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        QCOMPARE(backups.size(), 10);
        QVERIFY(readFile(m_configPath).contains("poll_interval_seconds=110"));
    }

    void wheelDoesNotChangeNumbers()
    {
        openPage();
        auto *poll = child<QSpinBox>("pollIntervalSpin");
        child<QTabWidget>("sections")->setCurrentIndex(3);
        const int before = poll->value();
        QWheelEvent wheel(QPointF(5, 5), poll->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(poll, &wheel);
        QCOMPARE(poll->value(), before);
    }

    void plainHttpToARemotePortalIsRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("remote http") << "http://clinic.bitrix24.ru/rest/1/" << false;
        QTest::newRow("remote https") << "https://clinic.bitrix24.ru/rest/1/" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:9/rest/1/" << true;
        QTest::newRow("no rest part") << "https://clinic.bitrix24.ru/" << false;
    }
    void plainHttpToARemotePortalIsRefused()
    {
        QFETCH(QString, address);
        QFETCH(bool, accepted);
        SecretStore(m_service).write(SecretStore::webhookKey(), QStringLiteral("testcode"));
        openPage();
        auto *url = child<QLineEdit>("webhookUrlEdit");
        url->selectAll();
        QTest::keyClicks(url, address);
        auto *apply = child<QPushButton>("applyButton");
        QCOMPARE(apply->isEnabled(), accepted);
        QCOMPARE(child<QLabel>("webhookUrlError")->isVisibleTo(m_page.get()), !accepted);
    }

    void sidebarMarksUnappliedEdits()
    {
        MainWindow window(m_session.get(), m_configPath);
        auto *page = window.page(MainWindow::Page::Settings);
        auto *sections = page->findChild<QTabWidget *>(QStringLiteral("sections"));
        QTRY_VERIFY(sections->isEnabled());
        QVERIFY(!window.navItem(MainWindow::Page::Settings)->text().contains(QStringLiteral("●")));
        page->findChild<QCheckBox *>(QStringLiteral("maskCheck"))->click();
        QVERIFY(window.navItem(MainWindow::Page::Settings)->text().contains(QStringLiteral("●")));
        page->findChild<QPushButton *>(QStringLiteral("revertButton"))->click();
        QVERIFY(!window.navItem(MainWindow::Page::Settings)->text().contains(QStringLiteral("●")));
    }

    // Not an assertion: pictures of every section for a person to look at, in both languages.
    void screenshots_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("ru") << QLocale(QLocale::Russian);
        QTest::newRow("en") << QLocale(QLocale::English);
    }
    void screenshots()
    {
        QFETCH(QLocale, locale);
        const QString dir = qEnvironmentVariable("IDENTSYNC_SHOTS_DIR");
        if (dir.isEmpty())
            QSKIP("set IDENTSYNC_SHOTS_DIR to write screenshots");
        installTranslations(consoleLanguage(locale));
        SecretStore(m_service).write(SecretStore::webhookKey(), QStringLiteral("testcode"));
        MainWindow window(m_session.get(), m_configPath);
        window.resize(1200, 860);
        window.show();
        window.showPage(MainWindow::Page::Settings);
        auto *page = window.page(MainWindow::Page::Settings);
        auto *sections = page->findChild<QTabWidget *>(QStringLiteral("sections"));
        QTRY_VERIFY(sections->isEnabled());
        page->findChild<QPushButton *>(QStringLiteral("testPortalButton"))->click();
        auto *result = page->findChild<QLabel *>(QStringLiteral("testPortalResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✔")), 30000);
        page->findChild<QPushButton *>(QStringLiteral("testIdentButton"))->click();
        auto *ident = page->findChild<QLabel *>(QStringLiteral("testIdentResult"));
        QTRY_VERIFY_WITH_TIMEOUT(ident->text().startsWith(QStringLiteral("✔")), 30000);
        page->findChild<QSpinBox *>(QStringLiteral("pollIntervalSpin"))->setValue(30);
        const QString lang = QLocale::languageToCode(locale.language());
        for (int i = 0; i < sections->count(); ++i) {
            sections->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(
                QStringLiteral("%1/settings-%2-%3.png").arg(dir).arg(i).arg(lang)));
        }
        page->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral("%1/settings-confirm-%2.png").arg(dir, lang)));
    }

private:
    template <class T> T *child(const char *name)
    {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    void openPage()
    {
        m_page = std::make_unique<SettingsPage>(m_session.get(), m_configPath);
        m_page->resize(1100, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY(child<QTabWidget>("sections")->isEnabled());
    }

    // Confirms the change list shown after Apply and waits until the file is written.
    void apply()
    {
        QSignalSpy applied(m_page.get(), &SettingsPage::applied);
        QTest::mouseClick(child<QPushButton>("confirmApplyButton"), Qt::LeftButton);
        QVERIFY2(applied.wait(30000), qPrintable(child<QLabel>("banner")->text()));
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<fake::FakePortalThread> m_portal;
    std::unique_ptr<QTemporaryDir> m_identDir;
    QString m_identPath;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_service;
    QString m_configPath;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<SettingsPage> m_page;
};

QTEST_MAIN(TestSettingsPage)
#include "testsettingspage.moc"
