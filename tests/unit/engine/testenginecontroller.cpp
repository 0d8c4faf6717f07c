#include "engine/enginecontroller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace identsync;

// The controller must keep the GUI thread to at most ten deliveries a second while losing
// nothing; the engine is not started, its signals are emitted directly.
class TestEngineController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coalesces_data()
    {
        QTest::addColumn<int>("statusUpdates");
        QTest::addColumn<int>("transitions");
        QTest::addColumn<int>("lines");
        QTest::newRow("quiet") << 1 << 0 << 0;
        QTest::newRow("burst") << 2000 << 500 << 300;
        QTest::newRow("only log lines") << 0 << 0 << 1000;
    }

    void coalesces()
    {
        QFETCH(int, statusUpdates);
        QFETCH(int, transitions);
        QFETCH(int, lines);

        EngineController controller;
        EngineConfig config;
        controller.attach(std::make_unique<Engine>(config));
        Engine *engine = controller.engine();
        QSignalSpy statusSpy(&controller, &EngineController::statusChanged);
        QSignalSpy transitionSpy(&controller, &EngineController::transitionsAdded);
        QSignalSpy lineSpy(&controller, &EngineController::logLines);

        QElapsedTimer clock;
        clock.start();
        const int rounds = qMax(statusUpdates, qMax(transitions, lines));
        for (int i = 0; i < rounds; ++i) {
            if (i < statusUpdates) {
                EngineStatus s;
                s.lastPollReceptions = i;
                Q_EMIT engine->statusChanged(s);
            }
            if (i < transitions) {
                StageTransition t;
                t.dealKey = DealKey(1, i + 1);
                Q_EMIT engine->transitionsRecorded({t});
            }
            if (i < lines)
                Q_EMIT engine->logLine(QString::number(i));
            if (i % 50 == 0)
                QCoreApplication::processEvents();
        }
        QTRY_VERIFY_WITH_TIMEOUT(controller.deliveries() > 0, 5000);
        QTest::qWait(250);
        const qint64 elapsed = clock.elapsed();

        // Nothing lost, in order.
        QList<StageTransition> got;
        for (const auto &args : transitionSpy)
            got << args.at(0).value<QList<StageTransition>>();
        QCOMPARE(got.size(), transitions);
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i).dealKey.receptionId(), qint64(i + 1));
        QStringList gotLines;
        for (const auto &args : lineSpy)
            gotLines << args.at(0).toStringList();
        QCOMPARE(gotLines.size(), lines);
        if (lines > 0)
            QCOMPARE(gotLines.last(), QString::number(lines - 1));
        // The last status wins.
        if (statusUpdates > 0)
            QCOMPARE(statusSpy.last().at(0).value<EngineStatus>().lastPollReceptions,
                     statusUpdates - 1);
        // At most one delivery per 100 ms of wall time (plus the first, immediate one).
        QVERIFY2(controller.deliveries() <= elapsed / 100 + 1,
                 qPrintable(QStringLiteral("%1 deliveries in %2 ms")
                                .arg(controller.deliveries())
                                .arg(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestEngineController)
#include "testenginecontroller.moc"
