#include "queueseed.h"

#include "data/consolesession.h"
#include "models/nonemptyfiltermodel.h"
#include "models/problemsmodel.h"
#include "models/queuechipsmodel.h"
#include "models/queuemodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace identsync;
using namespace identsync::testutils;
using namespace std::chrono_literals;

namespace {

const QDateTime Epoch(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_config.sqlitePath = m_dir->filePath(QStringLiteral("state.db"));
        m_db = std::make_unique<Database>(m_config);
        QVERIFY(m_db->open().ok());
        m_seed = std::make_unique<QueueSeed>(*m_db);
    }
    void cleanup()
    {
        m_seed.reset();
        m_db.reset();
        m_dir.reset();
    }

    void passesModelTester()
    {
        // Failed jobs first: a lease takes the oldest due job, and pending ones are all due.
        m_seed->failed(1001, JobState::Dead,
                       QueueSeed::error(ErrorClass::Validation, QStringLiteral("ERROR_ARGUMENT")));
        m_seed->failed(1002, JobState::RetryWait,
                       QueueSeed::error(ErrorClass::Transient, QStringLiteral("timeout"), 0), 2,
                       QDateTime::currentDateTimeUtc().addSecs(600));
        m_seed->pending(1, 300);
        ConsoleSession session(m_config);
        QueueModel model(&session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester itself asks for more rows as they arrive, as a scrolling view does.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 302, LongWait);
        QVERIFY(!model.canFetchMore({}));

        // A job changes and another arrives: the refresh merges without a reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        m_seed->failed(
            1003, JobState::Dead,
            QueueSeed::error(ErrorClass::Auth, QStringLiteral("INVALID_CREDENTIALS"), 401));
        QSignalSpy loaded(&model, &QueueModel::loaded);
        Q_EMIT session.jobsChanged();
        QVERIFY(loaded.wait(LongWait));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 303, LongWait);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(0, int(QueueModel::Column::Appointment)).data().toString(),
                 QStringLiteral("F1_1003"));

        JobFilter dead;
        dead.states = {JobState::Dead};
        model.setFilter(dead);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, LongWait);
        QVERIFY(!model.canFetchMore({}));
    }

    void columns()
    {
        m_seed->failed(7, JobState::Dead,
                       QueueSeed::error(ErrorClass::Validation, QStringLiteral("ERROR_ARGUMENT"),
                                        400, QStringLiteral("Поле PHONE заполнено неверно")),
                       3);
        ConsoleSession session(m_config);
        QueueModel model(&session);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, LongWait);
        const auto text = [&](QueueModel::Column c) {
            return model.index(0, int(c)).data().toString();
        };
        QCOMPARE(text(QueueModel::Column::State), QStringLiteral("Failed, no more retries"));
        QCOMPARE(text(QueueModel::Column::Problem),
                 QStringLiteral("Portal rejected the data · ERROR_ARGUMENT"));
        QCOMPARE(text(QueueModel::Column::Attempts), QStringLiteral("3 of 8"));
        QCOMPARE(text(QueueModel::Column::NextAttempt), QString());
        QCOMPARE(text(QueueModel::Column::Appointment), QStringLiteral("F1_7"));
        QCOMPARE(text(QueueModel::Column::Patient), QStringLiteral("Иванов И."));
        QCOMPARE(text(QueueModel::Column::Doctor), QStringLiteral("Петров П. П."));
        QCOMPARE(text(QueueModel::Column::Branch), QStringLiteral("Центральный"));
        QCOMPARE(text(QueueModel::Column::LastError),
                 QStringLiteral("Portal rejected the data: Поле PHONE заполнено неверно"));
        QCOMPARE(model.index(0, 0).data(JobStateRole).value<JobState>(), JobState::Dead);
        QCOMPARE(model.index(0, 0).data(ErrorClassRole).value<ErrorClass>(),
                 ErrorClass::Validation);
        QCOMPARE(model.index(0, 0).data(ToneRole).toString(), QStringLiteral("danger"));
    }

    void countdown_data()
    {
        QTest::addColumn<int>("dueInSeconds");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("afterOneSecond");
        QTest::newRow("minutes") << 130 << QStringLiteral("in 2 min 10 s")
                                 << QStringLiteral("in 2 min 9 s");
        QTest::newRow("seconds") << 45 << QStringLiteral("in 45 s") << QStringLiteral("in 44 s");
        QTest::newRow("hours") << 3 * 3600 + 300 << QStringLiteral("in 3 h 5 min")
                               << QStringLiteral("in 3 h 4 min");
        QTest::newRow("due") << 1 << QStringLiteral("in 1 s") << QStringLiteral("now");
    }
    void countdown()
    {
        QFETCH(int, dueInSeconds);
        QFETCH(QString, before);
        QFETCH(QString, afterOneSecond);
        m_seed->failed(5, JobState::RetryWait,
                       QueueSeed::error(ErrorClass::Transient, QStringLiteral("timeout"), 0), 1,
                       Epoch.addSecs(dueInSeconds));
        ManualClock clock;
        ConsoleSession session(m_config);
        session.setClock(clock.wall(Epoch));
        QueueModel model(&session);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, LongWait);
        const QModelIndex cell = model.index(0, int(QueueModel::Column::NextAttempt));
        QCOMPARE(cell.data().toString(), before);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(1s);
        model.tick();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(QueueModel::Column::NextAttempt));
        QCOMPARE(cell.data().toString(), afterOneSecond);
    }

    // Checklist 33: a big store opens with one page and grows as the view asks for more.
    void largeStoreLoadsLazily()
    {
        m_seed->pending(1, 100000);
        ConsoleSession session(m_config);
        QueueModel model(&session);
        QSignalSpy loaded(&model, &QueueModel::loaded);
        QVERIFY(loaded.wait(LongWait));
        QCOMPARE(model.rowCount(), QueueModel::PageSize);
        QVERIFY(model.rowCount() <= 256);
        QVERIFY(model.canFetchMore({}));
        for (int page = 2; page <= 4; ++page) {
            model.fetchMore({});
            QVERIFY(loaded.wait(LongWait));
            QCOMPARE(model.rowCount(), page * QueueModel::PageSize);
        }
        QVERIFY(model.canFetchMore({}));
        // Newest first, keyset continuation without gaps or repeats.
        QCOMPARE(model.index(0, int(QueueModel::Column::Appointment)).data().toString(),
                 QStringLiteral("F1_100000"));
        QCOMPARE(model.index(4 * QueueModel::PageSize - 1, int(QueueModel::Column::Appointment))
                     .data()
                     .toString(),
                 QStringLiteral("F1_%1").arg(100000 - 4 * QueueModel::PageSize + 1));
    }

    // Checklist 34: a job the engine touched is updated in place and stays selected.
    void refreshUpdatesChangedCellsInPlace()
    {
        m_seed->pending(1, 10);
        ConsoleSession session(m_config);
        QueueModel model(&session);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, LongWait);
        const int row = model.rowOfJob(m_seed->idOf(4));
        QPersistentModelIndex selected = model.index(row, 0);

        const auto leased = m_seed->queue().lease(QStringLiteral("engine"), 10, 5min);
        QVERIFY(leased.ok());
        for (const LeasedJob &j : *leased) {
            if (j.dealKey != DealKey(1, 4))
                continue;
            JobFailure f;
            f.lease = j.lease;
            f.error = QueueSeed::error(ErrorClass::Transient, QStringLiteral("timeout"), 0);
            f.nextState = JobState::RetryWait;
            QVERIFY(m_seed->queue().fail(f).ok());
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&model, &QueueModel::loaded);
        Q_EMIT session.jobsChanged();
        QVERIFY(loaded.wait(LongWait));
        QCOMPARE(resets.count(), 0);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), row);
        QCOMPARE(model.index(row, int(QueueModel::Column::Attempts)).data().toString(),
                 QStringLiteral("1 of 8"));
        QCOMPARE(model.index(row, int(QueueModel::Column::State)).data().toString(),
                 QStringLiteral("Waiting to retry"));
        QVERIFY(!changed.isEmpty());
    }

    void chipsCountLive()
    {
        for (int n = 10; n < 12; ++n)
            m_seed->failed(n, JobState::RetryWait,
                           QueueSeed::error(ErrorClass::Transient, QStringLiteral("timeout"), 0), 1,
                           QDateTime::currentDateTimeUtc().addSecs(600));
        m_seed->failed(20, JobState::Dead,
                       QueueSeed::error(ErrorClass::Validation, QStringLiteral("ERROR_ARGUMENT")));
        m_seed->pending(1, 3);
        ConsoleSession session(m_config);
        auto *worker = session.createWorker<QueueWorker>();
        QueueChipsModel states(QueueChipsModel::Kind::State);
        QueueChipsModel classes(QueueChipsModel::Kind::ErrorClass);
        NonEmptyFilterModel nonEmpty;
        nonEmpty.setSourceModel(&classes);
        QAbstractItemModelTester t1(&states,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&nonEmpty,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(worker, &QueueWorker::countsLoaded, &states, &QueueChipsModel::setCounts);
        connect(worker, &QueueWorker::countsLoaded, &classes, &QueueChipsModel::setCounts);
        // Polled, not counted.wait(): the worker's thread may emit before wait() starts counting.
        QSignalSpy counted(worker, &QueueWorker::countsLoaded);
        QSignalSpy failed(worker, &QueueWorker::failed);
        QMetaObject::invokeMethod(worker, &QueueWorker::loadCounts);
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() || !failed.isEmpty(), LongWait);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

        QCOMPARE(states.index(0).data().toString(), QStringLiteral("All states (6)"));
        QCOMPARE(states.index(1 + int(JobState::RetryWait)).data().toString(),
                 QStringLiteral("Waiting to retry (2)"));
        QCOMPARE(states.index(1 + int(JobState::Dead)).data().toString(),
                 QStringLiteral("Failed, no more retries (1)"));
        QCOMPARE(classes.index(1 + int(ErrorClass::Transient)).data().toString(),
                 QStringLiteral("Network or portal outage (2)"));

        QCOMPARE(nonEmpty.rowCount(), 1 + enumCount<ErrorClass>());
        nonEmpty.setHideEmpty(true);
        QCOMPARE(nonEmpty.rowCount(), 3); // all, transient, validation
        QCOMPARE(nonEmpty.index(2, 0).data(ErrorClassRole).value<ErrorClass>(),
                 ErrorClass::Validation);
    }

    void problemsTree()
    {
        for (int n = 1; n <= 5; ++n)
            m_seed->failed(
                n, JobState::Pending,
                QueueSeed::error(ErrorClass::Auth, QStringLiteral("INVALID_CREDENTIALS"), 401), 1,
                QDateTime::currentDateTimeUtc().addSecs(3600));
        for (int n = 10; n <= 11; ++n)
            m_seed->failed(
                n, JobState::Dead,
                QueueSeed::error(ErrorClass::Validation, QStringLiteral("ERROR_ARGUMENT")));
        m_seed->failed(12, JobState::Dead,
                       QueueSeed::error(ErrorClass::Validation, QStringLiteral("ERROR_CORE")));
        m_seed->failed(30, JobState::NeedsAttention,
                       QueueSeed::error(ErrorClass::Ambiguous, QStringLiteral("SEVERAL_DEALS")));
        ConsoleSession session(m_config);
        ProblemsModel model(&session);
        NonEmptyFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setHideEmpty(true);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, LongWait);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Portal access (5)"));
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(),
                 QStringLiteral("INVALID_CREDENTIALS (5)"));
        const QModelIndex validation = model.indexOf(ErrorClass::Validation);
        QCOMPARE(validation.data().toString(), QStringLiteral("Portal rejected the data (3)"));
        QCOMPARE(model.rowCount(validation), 2);
        QCOMPARE(model.index(0, 0, validation).data().toString(),
                 QStringLiteral("ERROR_ARGUMENT (2)"));

        const JobFilter f = model.filterFor(model.index(0, 0, validation));
        QCOMPARE(f.errorClass, std::optional<ErrorClass>(ErrorClass::Validation));
        QCOMPARE(f.errorCode, std::optional<QString>(QStringLiteral("ERROR_ARGUMENT")));

        // A refresh with the same groups keeps the indexes (and the selection) alive.
        QPersistentModelIndex keep = model.index(0, 0, validation);
        m_seed->failed(13, JobState::Dead,
                       QueueSeed::error(ErrorClass::Validation, QStringLiteral("ERROR_ARGUMENT")));
        QSignalSpy loaded(&model, &ProblemsModel::loaded);
        Q_EMIT session.jobsChanged();
        QVERIFY(loaded.wait(LongWait));
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data().toString(), QStringLiteral("ERROR_ARGUMENT (3)"));
    }

    // Checklist 32: the export holds exactly the filtered rows.
    void csvHoldsTheFilteredRows()
    {
        for (int n = 1000; n < 1700; ++n)
            m_seed->failed(n, JobState::Dead,
                           QueueSeed::error(ErrorClass::Validation,
                                            QStringLiteral("ERROR_ARGUMENT"), 400,
                                            QStringLiteral("Поле; \"PHONE\" неверно")));
        m_seed->pending(1, 600);
        ConsoleSession session(m_config);
        auto *worker = session.createWorker<QueueWorker>();
        JobPageRequest request;
        request.filter.states = {JobState::Dead};
        const QString path = m_dir->filePath(QStringLiteral("queue.csv"));
        QSignalSpy done(worker, &QueueWorker::exported);
        QMetaObject::invokeMethod(worker, [=] { worker->exportCsv(request, path, 8); });
        // Not done.wait(): the worker may emit before wait() starts counting (another thread).
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), LongWait);
        QCOMPARE(done.at(0).at(1).toLongLong(), 700);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 700);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("State;Problem;Attempts")));
        QStringList keys;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(QStringLiteral("Failed, no more retries;")),
                     qPrintable(lines.at(i)));
            keys << lines.at(i).section(u';', 4, 4);
            QVERIFY(lines.at(i).contains(QStringLiteral("Иванов И.")));
            QVERIFY(!lines.at(i).contains(QStringLiteral("Иван Иванович")));
            QVERIFY(lines.at(i).contains(QStringLiteral("\"Portal rejected the data: Поле; "
                                                        "\"\"PHONE\"\" неверно\"")));
        }
        keys.removeDuplicates();
        QCOMPARE(keys.size(), 700);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    StoreConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueueSeed> m_seed;
};

QTEST_MAIN(TestQueueModel)
#include "testqueuemodel.moc"
