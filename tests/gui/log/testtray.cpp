#include "data/consolesession.h"
#include "data/enginehealth.h"
#include "shell/notifier.h"
#include "shell/traypresenter.h"
#include "shell/traywiring.h"

#include "core/clock.h"
#include "engine/engine.h"
#include "engine/translations.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace identsync;
using namespace std::chrono_literals;

namespace {

EngineHealth health(EngineHealth::State state, const QString &reason = {},
                    std::optional<ErrorClass> cause = {}, qint64 dead = 0)
{
    EngineHealth h;
    h.state = state;
    h.reason = reason;
    h.pauseCause = cause;
    h.dead = dead;
    return h;
}

} // namespace

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { installTranslations(QLocale::Russian); }

    void iconAndToolTipSayTheState_data()
    {
        QTest::addColumn<EngineHealth>("input");
        QTest::addColumn<QString>("iconName");
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("ok") << health(EngineHealth::State::Ok) << QStringLiteral("ok")
                            << QStringLiteral("IdentSync: работает, очередь пуста");
        QTest::newRow("working") << health(EngineHealth::State::Working)
                                 << QStringLiteral("working")
                                 << QStringLiteral("IdentSync: идёт синхронизация");
        QTest::newRow("paused by a person")
            << health(EngineHealth::State::Paused, QStringLiteral("приостановлено из консоли"))
            << QStringLiteral("paused")
            << QStringLiteral("IdentSync: пауза — приостановлено из консоли");
        QTest::newRow("auth") << health(EngineHealth::State::Error,
                                        QStringLiteral("портал отклонил вебхук"), ErrorClass::Auth)
                              << QStringLiteral("error")
                              << QStringLiteral("IdentSync: пауза — портал отклонил вебхук");
        QTest::newRow("stopped") << health(EngineHealth::State::Stopped) << QStringLiteral("paused")
                                 << QStringLiteral("IdentSync: не запущена");
    }
    void iconAndToolTipSayTheState()
    {
        QFETCH(EngineHealth, input);
        QFETCH(QString, iconName);
        QFETCH(QString, toolTip);
        TrayPresenter tray;
        tray.setHealth(input);
        QCOMPARE(tray.iconName(), iconName);
        QCOMPARE(tray.toolTip(), toolTip);
        QVERIFY(!tray.icon().isNull());
    }

    // Each state icon is in the resources and renders at 16 px (the SVG plugins are there).
    void iconsRenderAtSixteenPixels_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *name :
             {"state-ok", "state-working", "state-paused", "state-error", "identsync"})
            QTest::newRow(name) << QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    }
    void iconsRenderAtSixteenPixels()
    {
        QFETCH(QString, path);
        QVERIFY(QFile::exists(path));
        const QImage image = QIcon(path).pixmap(16, 16).toImage();
        QCOMPARE(image.size(), QSize(16, 16));
        int opaque = 0;
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x)
                opaque += qAlpha(image.pixel(x, y)) > 200;
        QVERIFY2(opaque > 100, qPrintable(QString::number(opaque)));
        if (const QString dir = qEnvironmentVariable("IDENTSYNC_SHOTS"); !dir.isEmpty()) {
            QImage sheet(128 + 16 + 64, 128, QImage::Format_ARGB32);
            sheet.fill(Qt::white);
            QPainter painter(&sheet);
            painter.drawImage(QRect(0, 0, 128, 128), image); // 16 px, magnified
            painter.drawPixmap(144, 0, QIcon(path).pixmap(64, 64));
            painter.end();
            sheet.save(QStringLiteral("%1/icon-%2.png").arg(dir, QFileInfo(path).baseName()));
        }
    }

    void menuActionsEmitRequests()
    {
        TrayPresenter tray;
        tray.setHealth(health(EngineHealth::State::Ok));
        QSignalSpy pause(&tray, &TrayPresenter::pauseRequested);
        QSignalSpy resume(&tray, &TrayPresenter::resumeRequested);
        QSignalSpy sync(&tray, &TrayPresenter::syncNowRequested);
        QSignalSpy open(&tray, &TrayPresenter::openRequested);
        QSignalSpy quit(&tray, &TrayPresenter::quitRequested);
        QCOMPARE(tray.menu()->actions().size(), 5); // with the separator
        QCOMPARE(tray.pauseAction()->text(), QStringLiteral("Пауза"));
        tray.pauseAction()->trigger();
        QCOMPARE(pause.count(), 1);
        tray.syncNowAction()->trigger();
        QCOMPARE(sync.count(), 1);

        tray.setHealth(health(EngineHealth::State::Paused, QStringLiteral("x")));
        QCOMPARE(tray.pauseAction()->text(), QStringLiteral("Продолжить"));
        QVERIFY(!tray.syncNowAction()->isEnabled());
        tray.pauseAction()->trigger();
        QCOMPARE(resume.count(), 1);
        QCOMPARE(pause.count(), 1);

        tray.setHealth(health(EngineHealth::State::Stopped));
        QVERIFY(!tray.pauseAction()->isEnabled());
        tray.openAction()->trigger();
        tray.quitAction()->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(quit.count(), 1);
        QCOMPARE(tray.openAction()->text(), QStringLiteral("Открыть"));
        QCOMPARE(tray.syncNowAction()->text(), QStringLiteral("Синхронизировать сейчас"));
        QCOMPARE(tray.quitAction()->text(), QStringLiteral("Выход"));
        if (const QString dir = qEnvironmentVariable("IDENTSYNC_SHOTS"); !dir.isEmpty()) {
            tray.setHealth(health(EngineHealth::State::Ok));
            tray.menu()->adjustSize();
            QVERIFY(tray.menu()->grab().save(dir + QStringLiteral("/tray-menu-ru.png")));
        }
    }

    void followsTheLanguage()
    {
        TrayPresenter tray;
        installTranslations(QLocale::English);
        QCOMPARE(tray.openAction()->text(), QStringLiteral("Open"));
        QCOMPARE(tray.toolTip(), QStringLiteral("IdentSync: not running"));
    }

    void closeToTrayOnlyWithATray_data()
    {
        QTest::addColumn<bool>("trayAvailable");
        QTest::addColumn<bool>("setting");
        QTest::addColumn<bool>("quitOnClose");
        QTest::newRow("tray, close to tray") << true << true << false;
        QTest::newRow("tray, setting off") << true << false << true;
        QTest::newRow("no tray (offscreen)") << false << true << true;
    }
    void closeToTrayOnlyWithATray()
    {
        QFETCH(bool, trayAvailable);
        QFETCH(bool, setting);
        QFETCH(bool, quitOnClose);
        TrayPresenter tray;
        QCOMPARE(tray.showInSystemTray(trayAvailable), trayAvailable);
        tray.setCloseToTray(setting);
        QCOMPARE(QApplication::quitOnLastWindowClosed(), quitOnClose);
        QApplication::setQuitOnLastWindowClosed(true);
    }

    void notificationClickOpensItsPage()
    {
        TrayPresenter tray;
        QSignalSpy pages(&tray, &TrayPresenter::pageRequested);
        Notification n;
        n.page = MainWindow::Page::Problems;
        tray.showNotification(n);
        tray.openLastNotification();
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.first().first().value<MainWindow::Page>(), MainWindow::Page::Problems);
    }

    void pauseForAFixNotifiesOncePerEvent_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("page");
        QTest::newRow("auth") << int(ErrorClass::Auth) << QStringLiteral("новый код вебхука")
                              << int(MainWindow::Page::Settings);
        QTest::newRow("permission") << int(ErrorClass::Permission) << QStringLiteral("Выдайте его")
                                    << int(MainWindow::Page::Settings);
        QTest::newRow("config") << int(ErrorClass::Config) << QStringLiteral("Настройки")
                                << int(MainWindow::Page::Settings);
    }
    void pauseForAFixNotifiesOncePerEvent()
    {
        QFETCH(int, cause);
        QFETCH(QString, phrase);
        QFETCH(int, page);
        ManualClock clock;
        Notifier notifier;
        notifier.setClock(clock.monotonic());
        QSignalSpy spy(&notifier, &Notifier::notify);
        const auto paused =
            health(EngineHealth::State::Error, QStringLiteral("причина"), ErrorClass(cause));
        notifier.setHealth(health(EngineHealth::State::Ok));
        notifier.setHealth(paused);
        notifier.setHealth(paused); // the same pause, reported again
        QCOMPARE(spy.count(), 1);
        const auto n = spy.first().first().value<Notification>();
        QCOMPARE(n.kind, Notification::Kind::Paused);
        QVERIFY2(n.message.contains(phrase), qPrintable(n.message));
        QVERIFY(n.message.contains(QStringLiteral("причина")));
        QCOMPARE(int(n.page), page);

        // Resumed and paused again at once: quiet within the period, heard after it.
        notifier.setHealth(health(EngineHealth::State::Ok));
        clock.advance(1min);
        notifier.setHealth(paused);
        QCOMPARE(spy.count(), 1);
        notifier.setHealth(health(EngineHealth::State::Ok));
        clock.advance(Notifier::kDefaultPeriod);
        notifier.setHealth(paused);
        QCOMPARE(spy.count(), 2);
    }

    void personsPauseIsNotNews()
    {
        Notifier notifier;
        QSignalSpy spy(&notifier, &Notifier::notify);
        notifier.setHealth(health(EngineHealth::State::Ok));
        notifier.setHealth(health(EngineHealth::State::Paused, QStringLiteral("по просьбе")));
        QCOMPARE(spy.count(), 0);
    }

    void deadItemsAreGatheredAndThrottled()
    {
        ManualClock clock;
        Notifier notifier;
        notifier.setClock(clock.monotonic());
        QSignalSpy spy(&notifier, &Notifier::notify);
        notifier.setHealth(health(EngineHealth::State::Ok, {}, {}, 7)); // dead before: not news
        clock.advance(1min);
        notifier.flushHeldBack();
        QCOMPARE(spy.count(), 0);

        // Three die within a few seconds: one notification saying 3.
        notifier.setHealth(health(EngineHealth::State::Working, {}, {}, 8));
        clock.advance(2s);
        notifier.setHealth(health(EngineHealth::State::Working, {}, {}, 10));
        QCOMPARE(spy.count(), 0);
        clock.advance(Notifier::kGather);
        notifier.flushHeldBack();
        QCOMPARE(spy.count(), 1);
        auto n = spy.last().first().value<Notification>();
        QCOMPARE(n.kind, Notification::Kind::ItemsDead);
        QCOMPARE(n.page, MainWindow::Page::Problems);
        QVERIFY2(n.message.contains(QStringLiteral(": 3.")), qPrintable(n.message));

        // Two more soon after: held until the period ends, then one saying 2.
        clock.advance(1min);
        notifier.setHealth(health(EngineHealth::State::Working, {}, {}, 12));
        clock.advance(5min);
        notifier.flushHeldBack();
        QCOMPARE(spy.count(), 1);
        clock.advance(Notifier::kDefaultPeriod);
        notifier.flushHeldBack();
        QCOMPARE(spy.count(), 2);
        n = spy.last().first().value<Notification>();
        QVERIFY2(n.message.contains(QStringLiteral(": 2.")), qPrintable(n.message));
    }

    // In the real window: the session's status reaches the tray, the tray's actions reach the
    // commands table, a notification's click opens its page.
    void wiredToTheSessionAndTheWindow()
    {
        QTemporaryDir dir;
        StoreConfig store;
        store.sqlitePath = dir.filePath(QStringLiteral("state.db"));
        ConsoleSession session(store);
        MainWindow window(&session);
        TrayPresenter tray;
        Notifier notifier;
        connectTray(tray, notifier, session, window, true);
        QVERIFY(QApplication::quitOnLastWindowClosed()); // offscreen: no tray to close to

        EngineStatus status;
        status.phase = QStringLiteral("running");
        Q_EMIT session.statusChanged(status);
        QCOMPARE(tray.iconName(), QStringLiteral("ok"));

        QSignalSpy posted(&session, &ConsoleSession::commandPosted);
        tray.pauseAction()->trigger();
        QVERIFY(posted.wait(30000));
        QCOMPARE(posted.first().at(1).value<CommandKind>(), CommandKind::Pause);

        status.phase = QStringLiteral("paused");
        status.reason = QStringLiteral("приостановлено из консоли");
        Q_EMIT session.statusChanged(status);
        QCOMPARE(tray.toolTip(), QStringLiteral("IdentSync: пауза — приостановлено из консоли"));
        tray.pauseAction()->trigger();
        QVERIFY(posted.wait(30000));
        QCOMPARE(posted.last().at(1).value<CommandKind>(), CommandKind::Resume);

        Notification n;
        n.page = MainWindow::Page::Problems;
        Q_EMIT notifier.notify(n);
        tray.openLastNotification();
        QCOMPARE(window.currentPage(), MainWindow::Page::Problems);
        QVERIFY(window.isVisible());
    }

    void healthOfTheEngineStatus_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("state");
        QTest::newRow("running") << QStringLiteral("running") << int(EngineHealth::State::Ok);
        QTest::newRow("paused") << QStringLiteral("paused") << int(EngineHealth::State::Paused);
        QTest::newRow("stopped") << QStringLiteral("stopped") << int(EngineHealth::State::Stopped);
    }
    void healthOfTheEngineStatus()
    {
        QFETCH(QString, phase);
        QFETCH(int, state);
        EngineStatus status;
        status.phase = phase;
        status.reason = QStringLiteral("why");
        status.counts[size_t(JobState::Dead)] = 4;
        const EngineHealth h = EngineHealth::of(status);
        QCOMPARE(int(h.state), state);
        QCOMPARE(h.dead, qint64(4));
        QCOMPARE(h.reason, QStringLiteral("why"));
    }
};

QTEST_MAIN(TestTray)
#include "testtray.moc"
