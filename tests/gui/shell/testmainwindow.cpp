#include "data/consolesession.h"
#include "engine/translations.h"
#include "shell/mainwindow.h"
#include "shell/messagestrip.h"
#include "shell/statusindicator.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest/QTest>

using namespace identsync;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("identsync-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testmainwindow"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QSettings().clear();
        StoreConfig store;
        store.sqlitePath = m_dir.filePath(QStringLiteral("state.db"));
        m_session = std::make_unique<ConsoleSession>(store);
        installTranslations(QLocale::Russian);
    }
    void cleanup()
    {
        m_session.reset();
        installTranslations(QLocale::Russian);
    }

    void sidebarSwitchesPages_data()
    {
        QTest::addColumn<MainWindow::Page>("page");
        QTest::addColumn<QString>("pageName");
        QTest::newRow("queue") << MainWindow::Page::Queue << QStringLiteral("queue");
        QTest::newRow("log") << MainWindow::Page::Log << QStringLiteral("log");
        QTest::newRow("settings") << MainWindow::Page::Settings << QStringLiteral("settings");
        QTest::newRow("overview") << MainWindow::Page::Overview << QStringLiteral("overview");
    }
    void sidebarSwitchesPages()
    {
        QFETCH(MainWindow::Page, page);
        QFETCH(QString, pageName);
        MainWindow window(m_session.get());
        window.showPage(MainWindow::Page::Transitions);
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("nav"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("stack"));
        QVERIFY(nav && stack);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(window.navItem(page)).center());
        QCOMPARE(stack->currentWidget()->objectName(), pageName);
        QCOMPARE(window.currentPage(), page);
    }

    // Наблюдение / Работа / Настройка: group headers are not pages and cannot be selected.
    void sidebarIsGrouped()
    {
        MainWindow window(m_session.get());
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("nav"));
        QStringList rows;
        for (int i = 0; i < nav->count(); ++i)
            rows << nav->item(i)->text();
        QCOMPARE(rows, (QStringList{QStringLiteral("НАБЛЮДЕНИЕ"), QStringLiteral("Обзор"),
                                    QStringLiteral("Переходы стадий"), QStringLiteral("Журнал"),
                                    QStringLiteral("РАБОТА"), QStringLiteral("Очередь"),
                                    QStringLiteral("Проблемы"), QStringLiteral("Привязка"),
                                    QStringLiteral("НАСТРОЙКА"), QStringLiteral("Настройки")}));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Queue);
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(nav->item(0)).center());
        QCOMPARE(window.currentPage(), MainWindow::Page::Queue);
        // Down from the last page of a group skips the next group's header.
        window.showPage(MainWindow::Page::Log);
        nav->setFocus();
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(window.currentPage(), MainWindow::Page::Queue);
    }

    void ctrlNumberOpensPagesInSidebarOrder_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<MainWindow::Page>("page");
        QTest::newRow("Ctrl+1") << int(Qt::Key_1) << MainWindow::Page::Overview;
        QTest::newRow("Ctrl+3") << int(Qt::Key_3) << MainWindow::Page::Log;
        QTest::newRow("Ctrl+4") << int(Qt::Key_4) << MainWindow::Page::Queue;
        QTest::newRow("Ctrl+7") << int(Qt::Key_7) << MainWindow::Page::Settings;
    }
    void ctrlNumberOpensPagesInSidebarOrder()
    {
        QFETCH(int, key);
        QFETCH(MainWindow::Page, page);
        MainWindow window(m_session.get());
        window.showPage(MainWindow::Page::Binding);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(window.currentPage(), page);
    }

    void lastPageAndGeometryAreRemembered()
    {
        QRect geometry;
        {
            MainWindow window(m_session.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 700);
            window.showPage(MainWindow::Page::Queue);
            geometry = window.geometry();
            window.close();
        }
        MainWindow again(m_session.get());
        QCOMPARE(again.currentPage(), MainWindow::Page::Queue);
        QCOMPARE(again.size(), geometry.size());
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
        QCOMPARE(window.navItem(MainWindow::Page::Queue)->text(), queueTitle);
    }

    // The most serious message shows; withdrawing it brings back the next; the action runs.
    void messageStripShowsTheMostSeriousAndRunsItsAction()
    {
        MainWindow window(m_session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageStrip *strip = window.messageStrip();
        auto *text = strip->findChild<QLabel *>(QStringLiteral("bannerText"));
        auto *action = strip->findChild<QPushButton *>(QStringLiteral("bannerAction"));
        auto *close = strip->findChild<QToolButton *>(QStringLiteral("bannerClose"));
        QVERIFY(text && action && close);

        int retried = 0;
        strip->post(QStringLiteral("info"), Tone::Info, QStringLiteral("Settings re-read"));
        strip->post(QStringLiteral("engine"), Tone::Danger, QStringLiteral("Portal refused"),
                    QStringLiteral("Retry"), [&] { ++retried; });
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->property("tone").toString(), QStringLiteral("danger"));
        QCOMPARE(text->text(), QStringLiteral("Portal refused"));
        QVERIFY(action->isVisible());
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(retried, 1);

        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(strip->currentKey(), QStringLiteral("info"));
        QCOMPARE(text->text(), QStringLiteral("Settings re-read"));
        QVERIFY(!action->isVisible());
        strip->withdraw(QStringLiteral("info"));
        QVERIFY(!strip->isVisible());
    }

    // No configuration: say so and offer the next step, which opens Settings.
    void noConfigurationOffersSettings()
    {
        m_session->setConfigProblems(m_dir.filePath(QStringLiteral("missing.ini")), {});
        MainWindow window(m_session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageStrip *strip = window.messageStrip();
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->currentKey(), QStringLiteral("config"));
        QCOMPARE(strip->property("tone").toString(), QStringLiteral("warning"));
        auto *action = strip->findChild<QPushButton *>(QStringLiteral("bannerAction"));
        QCOMPARE(action->text(), QStringLiteral("Открыть настройки"));
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
        auto *headline = window.page(MainWindow::Page::Overview)
                             ->findChild<QLabel *>(QStringLiteral("headline"));
        QVERIFY(headline->text().startsWith(QStringLiteral("Не работает")));
    }

    // Each indicator says its state in words, has an accessible name and a tooltip.
    void statusBarIndicatorsSpeak_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("ident") << QStringLiteral("identIndicator") << QStringLiteral("IDENT");
        QTest::newRow("portal") << QStringLiteral("portalIndicator") << QStringLiteral("Портал");
        QTest::newRow("circuit") << QStringLiteral("circuitIndicator") << QStringLiteral("Цепь");
        QTest::newRow("pacer") << QStringLiteral("pacerIndicator") << QStringLiteral("Лимит");
    }
    void statusBarIndicatorsSpeak()
    {
        QFETCH(QString, name);
        QFETCH(QString, prefix);
        MainWindow window(m_session.get());
        auto *indicator = window.statusBar()->findChild<StatusIndicator *>(name);
        QVERIFY(indicator);
        QVERIFY2(indicator->accessibleName().startsWith(prefix),
                 qPrintable(indicator->accessibleName()));
        QVERIFY(!indicator->toolTip().isEmpty());
        QVERIFY(!indicator->property("tone").toString().isEmpty());
    }

    void countersOpenTheQueue()
    {
        MainWindow window(m_session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dead = window.findChild<QToolButton *>(QStringLiteral("deadCounter"));
        QVERIFY(dead);
        QTest::mouseClick(dead, Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Queue);
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<ConsoleSession> m_session;
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
