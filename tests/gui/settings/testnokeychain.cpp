// The Settings page when no keychain answers (no Secret Service on the session bus): it says so
// with cause and fix, and typing a secret never puts it anywhere else.

#include "data/consolesession.h"
#include "pages/settings/settingspage.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace identsync;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageSaysSoAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("identsync.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[portal]\nurl=https://clinic.bitrix24.ru/rest/1/\n"
                "[source.main]\ndriver=sqlite\ndatabase=ident.db\n");
        f.close();
        StoreConfig store;
        store.sqlitePath = dir.filePath(QStringLiteral("state.db"));
        ConsoleSession session(store);
        SettingsPage page(&session, path);
        page.show();
        auto *sections = page.findChild<QTabWidget *>(QStringLiteral("sections"));
        QTRY_VERIFY_WITH_TIMEOUT(sections->isEnabled(), 60000);

        auto *state = page.findChild<QLabel *>(QStringLiteral("webhookState"));
        QVERIFY2(state->text().contains(QStringLiteral("cannot be used")),
                 qPrintable(state->text()));
        QVERIFY2(state->text().contains(QStringLiteral("plain text")), qPrintable(state->text()));

        auto *code = page.findChild<QLineEdit *>(QStringLiteral("webhookCodeEdit"));
        QVERIFY(code->isEnabled());
        QTest::keyClicks(code, QStringLiteral("s3cr3tc0de"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("applyButton")),
                          Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("confirmApplyButton")),
                          Qt::LeftButton);
        auto *banner = page.findChild<QLabel *>(QStringLiteral("banner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().startsWith(QStringLiteral("Nothing was saved")),
                                 60000);
        QVERIFY2(banner->text().contains(QStringLiteral("webhook")), qPrintable(banner->text()));

        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("s3cr3tc0de"), qPrintable(file.fileName()));
        }
        QVERIFY(!QDir(dir.filePath(QStringLiteral("backups"))).exists());
    }
};

int main(int argc, char *argv[])
{
    // A session bus that does not exist: the keychain has no backend to talk to.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/identsync-test-bus");
    qputenv("IDENTSYNC_KEYCHAIN_SERVICE", "IdentSyncNoKeychainTest");
    QApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "testnokeychain.moc"
