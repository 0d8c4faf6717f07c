#include "data/consolesession.h"
#include "engine/translations.h"
#include "shell/mainwindow.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace identsync;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        StoreConfig store;
        store.sqlitePath = m_dir.filePath(QStringLiteral("state.db"));
        m_session = std::make_unique<ConsoleSession>(store);
    }
    void cleanup()
    {
        m_session.reset();
        installTranslations(QLocale::Russian);
    }

    void sidebarSwitchesPages_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("pageName");
        QTest::newRow("queue") << int(MainWindow::Page::Queue) << QStringLiteral("queue");
        QTest::newRow("log") << int(MainWindow::Page::Log) << QStringLiteral("log");
        QTest::newRow("overview") << int(MainWindow::Page::Overview) << QStringLiteral("overview");
    }
    void sidebarSwitchesPages()
    {
        QFETCH(int, row);
        QFETCH(QString, pageName);
        MainWindow window(m_session.get());
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("nav"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("stack"));
        QVERIFY(nav && stack);
        QCOMPARE(nav->count(), int(MainWindow::Page::Count));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(nav->item(row)).center());
        QCOMPARE(stack->currentWidget()->objectName(), pageName);
        QCOMPARE(int(window.currentPage()), row);
    }

    void languageFollowsLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("queueTitle");
        QTest::newRow("russian") << QLocale(QLocale::Russian) << QStringLiteral("Очередь");
        QTest::newRow("english") << QLocale(QLocale::English) << QStringLiteral("Queue");
        QTest::newRow("german falls back to russian")
            << QLocale(QLocale::German) << QStringLiteral("Очередь");
    }
    void languageFollowsLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, queueTitle);
        installTranslations(consoleLanguage(locale));
        MainWindow window(m_session.get());
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("nav"));
        QCOMPARE(nav->item(int(MainWindow::Page::Queue))->text(), queueTitle);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSession> m_session;
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
