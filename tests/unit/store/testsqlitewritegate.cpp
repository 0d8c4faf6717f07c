#include "store/sqlitewritegate.h"

#include <QThread>
#include <QtTest>

#include <atomic>

using namespace identsync;
using namespace std::chrono_literals;

// The in-process queue in front of SQLite's write lock.
class TestSqliteWriteGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneGatePerFile()
    {
        const auto a = SqliteWriteGate::forFile(QStringLiteral("/data/a.db"));
        const auto a2 = SqliteWriteGate::forFile(QStringLiteral("/data/a.db"));
        const auto b = SqliteWriteGate::forFile(QStringLiteral("/data/b.db"));
        QCOMPARE(a.get(), a2.get());
        QVERIFY(a.get() != b.get());
    }

    void aWaiterThatGivesUpDoesNotBlockTheNext()
    {
        const auto gate = SqliteWriteGate::forFile(QStringLiteral("/data/c.db"));
        QVERIFY(gate->lock(1s));
        std::atomic<int> impatient{-1};
        std::atomic<int> patient{-1};
        std::unique_ptr<QThread> first(
            QThread::create([&] { impatient = gate->lock(1ms) ? 1 : 0; }));
        first->start();
        QVERIFY(first->wait(QDeadlineTimer(60000)));
        QCOMPARE(impatient.load(), 0);
        std::unique_ptr<QThread> second(QThread::create([&] {
            patient = gate->lock(60s) ? 1 : 0;
            if (patient == 1)
                gate->unlock();
        }));
        second->start();
        gate->unlock();
        QVERIFY(second->wait(QDeadlineTimer(60000)));
        QCOMPARE(patient.load(), 1);
        QVERIFY(gate->lock(1ms));
        gate->unlock();
    }
};

QTEST_GUILESS_MAIN(TestSqliteWriteGate)
#include "testsqlitewritegate.moc"
