// The queue page's actions reach a real engine through the commands table, whether the engine runs
// in this process or as `identsync-cli run` beside the console (issue 13, "Done when"): jobs that
// went dead while the portal was down are retried or cancelled from a selection, and exactly those
// jobs change.

#include "clinicfixture.h"

#include "data/consolesession.h"
#include "engine/engine.h"
#include "engine/engineconfig.h"
#include "models/queuemodel.h"
#include "models/roles.h"
#include "pages/queue/queuepage.h"
#include "shell/confirmer.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest/QTest>

using namespace identsync;
using namespace identsync::e2e;

namespace {

constexpr int EngineWait = 120000;

class YesConfirmer : public Confirmer
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++asked;
        return true;
    }
    int asked = 0;
};

} // namespace

class TestQueueEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAndCancelReachTheEngine_data()
    {
        QTest::addColumn<bool>("inProcess");
        QTest::newRow("engine in this process") << true;
        QTest::newRow("engine as identsync-cli run") << false;
    }
    void retryAndCancelReachTheEngine()
    {
        QFETCH(bool, inProcess);
        ClinicFixture clinic(QStringLiteral("queuepage"));
        QVERIFY(clinic.isValid());
        QVERIFY2(clinic.createSample({QStringLiteral("--patients"), QStringLiteral("10"),
                                      QStringLiteral("--receptions"), QStringLiteral("12"),
                                      QStringLiteral("--seed"), QStringLiteral("13")}),
                 qPrintable(clinic.error()));
        QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
        // One attempt: a job the unreachable portal refuses is dead at once, not after minutes.
        clinic.setConfig(QStringLiteral("retry/max_attempts"), QStringLiteral("1"));
        QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
        QVERIFY2(clinic.storeWebhook(), qPrintable(clinic.error()));
        // The portal goes away: every job fails until its attempts are used up.
        QVERIFY2(clinic.stopPortal(), qPrintable(clinic.error()));

        std::unique_ptr<Engine> engine;
        if (inProcess) {
            // The engine reads the webhook code from the clinic's own keychain entry.
            const QProcessEnvironment env = clinic.environment();
            for (const QString &key : env.keys())
                qputenv(key.toUtf8().constData(), env.value(key).toUtf8());
            QList<ConfigProblem> problems;
            engine = std::make_unique<Engine>(EngineConfig::load(clinic.configPath(), &problems));
            QString error;
            QVERIFY2(engine->start(&error), qPrintable(error));
            engine->runContinuously();
        } else {
            QVERIFY2(clinic.startRun(), qPrintable(clinic.error()));
        }

        const auto count = [&](const QString &where) {
            QSqlQuery q(clinic.stateDb());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE ") + where);
            return q.next() ? q.value(0).toInt() : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("1 = 1")) >= 6 &&
                                     count(QStringLiteral("state <> 'dead'")) == 0,
                                 EngineWait);
        const int total = count(QStringLiteral("1 = 1"));
        QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));

        StoreConfig store;
        store.sqlitePath = clinic.statePath();
        ConsoleSession session(store);
        YesConfirmer confirmer;
        QueuePage page(&session, &confirmer);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        JobFilter dead;
        dead.states = {JobState::Dead};
        page.showFilter(dead);
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), total, 30000);
        const auto click = [&](int row, Qt::KeyboardModifiers mods) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, mods,
                              table->visualRect(table->model()->index(row, 4)).center());
        };
        const auto id = [&](int row) {
            return table->model()->index(row, 0).data(JobIdRole).toLongLong();
        };
        const auto attempts = [&](qint64 job) {
            QSqlQuery q(clinic.stateDb());
            q.exec(QStringLiteral("SELECT attempts FROM jobs WHERE id = %1").arg(job));
            return q.next() ? q.value(0).toInt() : -1;
        };

        // Retry rows 0-2 (shift-click), cancel row 4 (Delete).
        click(0, {});
        click(2, Qt::ShiftModifier);
        const QList<qint64> retried = {id(0), id(1), id(2)};
        const int attemptsBefore = attempts(retried.at(0));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("retryButton")),
                          Qt::LeftButton);
        click(4, {});
        const qint64 cancelled = id(4);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(confirmer.asked, 2);

        const QString retriedIds =
            QStringLiteral("%1, %2, %3").arg(retried.at(0)).arg(retried.at(1)).arg(retried.at(2));
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("id IN (%1) AND state = 'done'").arg(retriedIds)), 3, EngineWait);
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("id = %1 AND state = 'cancelled'").arg(cancelled)), 1, EngineWait);
        QCOMPARE(count(QStringLiteral("state = 'dead'")), total - 4);
        // The manual attempt that succeeded did not count as an automatic one.
        QCOMPARE(attempts(retried.at(0)), attemptsBefore);

        QSqlQuery audit(clinic.stateDb());
        QVERIFY(audit.exec(QStringLiteral("SELECT action FROM audit WHERE actor LIKE 'console@%' "
                                          "ORDER BY id")));
        QStringList actions;
        while (audit.next())
            actions << audit.value(0).toString();
        QVERIFY2(actions.contains(QStringLiteral("retry")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("cancel")), qPrintable(actions.join(u',')));

        // The page follows: the dead filter loses exactly those four rows.
        Q_EMIT session.jobsChanged();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), total - 4, 30000);

        if (engine) {
            QSignalSpy stopped(engine.get(), &Engine::stopped);
            engine->stop();
            QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
        } else {
            QVERIFY2(clinic.terminateRun(), qPrintable(clinic.error()));
        }
    }
};

QTEST_MAIN(TestQueueEngine)
#include "testqueueengine.moc"
