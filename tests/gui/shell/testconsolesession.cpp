#include "data/consolesession.h"
#include "demo/democlinic.h"
#include "engine/secretstore.h"
#include "engine/translations.h"
#include "models/queuemodel.h"
#include "pages/queue/queuepage.h"
#include "shell/mainwindow.h"
#include "shell/messagestrip.h"
#include "store/commandqueue.h"
#include "store/database.h"
#include "store/enginelease.h"

#include "fake-bitrix24/fakeportalthread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest/QTest>

using namespace identsync;

namespace {

constexpr int kLong = 90000; // a cycle against the local portal; QTRY returns as soon as it holds

} // namespace

// The console against a real engine, the fake portal (on a thread of this process) and a sample
// IDENT database: hosted when the state database is free, a monitor of identsync-cli run when
// that holds it. Buttons are clicked; results are read from the portal and the state database.
class TestConsoleSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("identsync-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testconsolesession"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        installTranslations(QLocale::Russian);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        DemoClinic::Options o;
        o.dir = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        o.receptions = 40;
        o.plan = fake::Plan::Unlimited;
        o.pollSeconds = 3600; // only the buttons start cycles after the first
        o.keychainService = QStringLiteral("IdentSyncConsoleTest");
        m_clinic = std::make_unique<DemoClinic>(o);
        QString error;
        QVERIFY2(m_clinic->setUp(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_window.reset();
        if (m_session) {
            QSignalSpy down(m_session.get(), &ConsoleSession::shutDown);
            m_session->shutdown();
            if (down.isEmpty())
                QVERIFY(down.wait(kLong));
        }
        m_session.reset();
        if (m_service) {
            m_service->terminate();
            m_service->waitForFinished(30000);
        }
        m_service.reset();
        m_clinic.reset();
    }

    void syncNowSendsDealsAndUpdatesCounters()
    {
        openConsole();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->mode(), ConsoleSession::Mode::Host, kLong);
        waitForIdle();
        auto *synced = child<QToolButton>("syncedCounter");
        const QString countedBefore = synced->text();
        const QJsonArray before = deals();
        QVERIFY(!before.isEmpty());

        QString error;
        QVERIFY2(m_clinic->advance(240, 8, &error), qPrintable(error));
        QTest::mouseClick(child<QPushButton>("syncNowButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(deals() != before, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(synced->text() != countedBefore, kLong);

        // A counter opens the queue on exactly its records.
        waitForIdle();
        const qint64 done = m_session->status().counts[int(JobState::Done)];
        QTest::mouseClick(synced, Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Queue);
        auto *queue = static_cast<QueuePage *>(m_window->page(MainWindow::Page::Queue));
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), int(done), kLong);
    }

    void pauseStopsDispatchingAndSaysSo()
    {
        openConsole();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->mode(), ConsoleSession::Mode::Host, kLong);
        waitForIdle();

        QTest::mouseClick(child<QPushButton>("pauseButton"), Qt::LeftButton);
        auto *headline = child<QLabel>("headline");
        QTRY_VERIFY_WITH_TIMEOUT(headline->text().startsWith(QStringLiteral("Пауза")), kLong);
        QVERIFY(child<QPushButton>("resumeButton")->isVisible());
        QVERIFY(!child<QPushButton>("pauseButton")->isVisible());
        QVERIFY(!child<QPushButton>("syncNowButton")->isEnabled());
        QCOMPARE(m_window->messageStrip()->currentKey(), QStringLiteral("engine"));

        // A sync-now while paused is executed and dispatches nothing.
        const QJsonArray before = deals();
        QString error;
        QVERIFY2(m_clinic->advance(240, 8, &error), qPrintable(error));
        QSignalSpy posted(m_session.get(), &ConsoleSession::commandPosted);
        m_session->postCommand(CommandKind::SyncNow);
        QVERIFY(posted.wait(kLong));
        QTRY_VERIFY_WITH_TIMEOUT(commandDone(posted.at(0).at(0).toLongLong()), kLong);
        QCOMPARE(deals(), before);

        QTest::mouseClick(child<QPushButton>("resumeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(deals() != before, kLong);
        QTRY_VERIFY(!headline->text().startsWith(QStringLiteral("Пауза")));
    }

    void authFailureShowsTheMessageStrip()
    {
        QVERIFY(SecretStore().write(SecretStore::webhookKey(), QStringLiteral("wrong-code")).ok);
        openConsole();
        MessageStrip *strip = m_window->messageStrip();
        QTRY_COMPARE_WITH_TIMEOUT(strip->currentKey(), QStringLiteral("engine"), kLong);
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->property("tone").toString(), QStringLiteral("danger"));
        auto *text = strip->findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY2(text->text().startsWith(QStringLiteral("Синхронизация на паузе:")),
                 qPrintable(text->text()));
        QVERIFY(deals().isEmpty());
    }

    void secondProcessMakesTheConsoleAMonitor()
    {
        m_service = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IDENTSYNC_KEYCHAIN_SERVICE"),
                   QStringLiteral("IdentSyncConsoleTest"));
        m_service->setProcessEnvironment(env);
        m_service->setProcessChannelMode(QProcess::MergedChannels);
        m_service->start(
            QStringLiteral(IDENTSYNC_CLI_EXE),
            {QStringLiteral("--config"), m_clinic->configPath(), QStringLiteral("run")});
        QVERIFY(m_service->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(leaseHeld(), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(idleInDatabase(), kLong);

        openConsole();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->mode(), ConsoleSession::Mode::Monitor, kLong);
        MessageStrip *strip = m_window->messageStrip();
        QTRY_COMPARE(strip->currentKey(), QStringLiteral("mode"));
        auto *text = strip->findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY2(text->text().startsWith(QStringLiteral("Наблюдение за службой на")),
                 qPrintable(text->text()));
        QVERIFY2(text->text().contains(QString::number(m_service->processId())),
                 qPrintable(text->text()));

        // Sync now reaches the service through the commands table.
        const QJsonArray before = deals();
        QString error;
        QVERIFY2(m_clinic->advance(240, 8, &error), qPrintable(error));
        QSignalSpy posted(m_session.get(), &ConsoleSession::commandPosted);
        QTest::mouseClick(child<QPushButton>("syncNowButton"), Qt::LeftButton);
        QVERIFY(posted.wait(kLong));
        QTRY_VERIFY_WITH_TIMEOUT(commandDone(posted.at(0).at(0).toLongLong()), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(deals() != before, kLong);

        // So does pause: the service answers it and says it paused.
        QTest::mouseClick(child<QPushButton>("pauseButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 2, kLong);
        const qint64 pauseId = posted.at(1).at(0).toLongLong();
        QCOMPARE(posted.at(1).at(1).value<CommandKind>(), CommandKind::Pause);
        QTRY_VERIFY_WITH_TIMEOUT(commandDone(pauseId), kLong);
        // The service logs after it marks the command done, so its output may lag.
        QTRY_VERIFY_WITH_TIMEOUT(serviceSaid("pause"), kLong);

        // The service stops: the console offers to take over, and does.
        m_service->terminate();
        QVERIFY(m_service->waitForFinished(kLong));
        auto *takeOver = child<QPushButton>("takeOverButton");
        QTRY_VERIFY_WITH_TIMEOUT(takeOver->isVisible(), kLong);
        QTest::mouseClick(takeOver, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->mode(), ConsoleSession::Mode::Host, kLong);
        QTRY_VERIFY(!takeOver->isVisible());
    }

private:
    void openConsole()
    {
        m_session = std::make_unique<ConsoleSession>(m_clinic->config());
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->showPage(MainWindow::Page::Overview);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session->start();
    }

    // Widgets of the overview page and the shell; other pages may reuse a name (e.g. "headline").
    template <class W> W *child(const char *name)
    {
        auto *w = m_window->page(MainWindow::Page::Overview)->findChild<W *>(QLatin1String(name));
        if (!w)
            w = m_window->findChild<W *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    void waitForIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_session->status().lastPoll.isValid() &&
                                     m_session->status().counts[int(JobState::Pending)] == 0 &&
                                     m_session->status().counts[int(JobState::InFlight)] == 0 &&
                                     m_session->status().counts[int(JobState::Done)] > 0,
                                 kLong);
    }

    QJsonArray deals()
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            nam.get(QNetworkRequest(m_clinic->portal()->control(QStringLiteral("state"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(30000))
            return {};
        const QJsonArray out = QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QStringLiteral("deals"))
                                   .toArray();
        reply->deleteLater();
        return out;
    }

    std::unique_ptr<Database> store()
    {
        auto db = std::make_unique<Database>(m_clinic->config().store);
        if (!db->open())
            return nullptr;
        return db;
    }
    bool leaseHeld()
    {
        if (m_service)
            m_serviceOutput += m_service->readAll();
        auto db = store();
        if (!db)
            return false;
        auto holder = EngineLease(*db).currentHolder();
        return holder && *holder && (*holder)->pid == m_service->processId();
    }
    bool idleInDatabase()
    {
        auto db = store();
        if (!db)
            return false;
        auto counts = JobQueue(*db).countsByState();
        return counts && (*counts)[int(JobState::Done)] > 0 &&
               (*counts)[int(JobState::Pending)] == 0 && (*counts)[int(JobState::InFlight)] == 0;
    }
    bool serviceSaid(const char *word)
    {
        m_serviceOutput += m_service->readAll();
        return m_serviceOutput.contains(word);
    }
    bool commandDone(qint64 id)
    {
        if (m_service)
            m_serviceOutput += m_service->readAll();
        auto db = store();
        if (!db)
            return false;
        auto command = CommandQueue(*db).command(id);
        return command && *command && (*command)->status == CommandStatus::Done;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DemoClinic> m_clinic;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QProcess> m_service;
    QByteArray m_serviceOutput;
};

QTEST_MAIN(TestConsoleSession)
#include "testconsolesession.moc"
