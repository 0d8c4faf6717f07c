// Issue 14 "Done when": the transitions model under QAbstractItemModelTester with 100,000
// transitions loading lazily, newest first; live rows inserted at the top in batches; filters
// (store filter and proxy) show exactly the matching rows.

#include "data/consolesession.h"
#include "models/roles.h"
#include "models/stagecatalog.h"
#include "models/transitionfilterproxy.h"
#include "models/transitionsmodel.h"

#include "store/database.h"
#include "store/transaction.h"
#include "store/transitionlog.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

Q_DECLARE_METATYPE(identsync::TransitionFilter)

using namespace identsync;

namespace {

const QDateTime base = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QStringList doctors{QStringLiteral("Петров А.А."), QStringLiteral("Сидорова В.В."),
                          QStringLiteral("Орлов Б.Б.")};
constexpr StageReason reasons[] = {StageReason::Mapped, StageReason::Protected, StageReason::Final,
                                   StageReason::Kept, StageReason::RegressionBlocked};

// Row i: a minute after row i-1, branch 1 or 2, a doctor and a reason in turn.
StageTransition transitionNo(int i)
{
    StageTransition t;
    t.at = base.addSecs(60LL * i);
    t.dealKey = DealKey(1 + i % 2, 1000 + i);
    t.dealId = 5000 + i;
    t.fromStage = StageId::parse(QStringLiteral("NEW"));
    t.toStage = StageId::parse(QStringLiteral("UC_NO40X0"));
    t.reason = reasons[i % 5];
    t.doctor = doctors.at(i % 3);
    t.patientName = QStringLiteral("Иванов И.");
    return t;
}

} // namespace

class TestTransitionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hundredThousandLoadLazily();
    void liveRowsGoOnTopInOneBatch();
    void filters_data();
    void filters();
    void stageNamesFromThePortal();

private:
    bool seed(int from, int count);

    QTemporaryDir m_dir;
    StoreConfig m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConsoleSession> m_session;
};

void TestTransitionsModel::init()
{
    QVERIFY(m_dir.isValid());
    m_store.sqlitePath = m_dir.filePath(QStringLiteral("state-%1-%2.db")
                                            .arg(QString::fromUtf8(QTest::currentTestFunction()),
                                                 QString::fromUtf8(QTest::currentDataTag()))
                                            .replace(u' ', u'_'));
    m_db = std::make_unique<Database>(m_store);
    QVERIFY(m_db->open());
    m_session = std::make_unique<ConsoleSession>(m_store);
}

void TestTransitionsModel::cleanup()
{
    m_session.reset();
    m_db.reset();
}

bool TestTransitionsModel::seed(int from, int count)
{
    Transaction tx(*m_db, QStringLiteral("seeding transitions"));
    if (!tx.begun())
        return false;
    TransitionLog log(*m_db);
    for (int i = from; i < from + count; ++i)
        if (!log.append(transitionNo(i)))
            return false;
    return tx.commit().ok();
}

void TestTransitionsModel::hundredThousandLoadLazily()
{
    QVERIFY(seed(0, 100000));
    TransitionsModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TransitionFilterProxy proxy;
    proxy.setTransitionsModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTRY_COMPARE(model.rowCount(), TransitionsModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(0, 0).data(TimestampRole).toDateTime(), transitionNo(99999).at);
    QCOMPARE(model.index(0, TransitionsModel::ReceptionKey).data().toString(),
             QStringLiteral("F2_100999"));

    // Scrolling: each fetchMore adds one page, the keyset continues without gaps or repeats.
    for (int page = 2; page <= 5; ++page) {
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), page * TransitionsModel::pageSize);
    }
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.transition(row).dealKey, transitionNo(99999 - row).dealKey);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestTransitionsModel::liveRowsGoOnTopInOneBatch()
{
    QVERIFY(seed(0, 300));
    TransitionsModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), TransitionsModel::pageSize);

    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 300);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(seed(300, 500));
    // The engine reports the batch once (the session coalesces to at most ten a second).
    Q_EMIT m_session->transitionsAdded({transitionNo(799)});
    QTRY_COMPARE(model.rowCount(), 800);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 499);
    for (int row = 0; row < 800; ++row)
        QCOMPARE(model.transition(row).dealKey, transitionNo(799 - row).dealKey);

    // Nothing new: nothing inserted, nothing repeated.
    Q_EMIT m_session->transitionsAdded({});
    QSignalSpy loading(&model, &TransitionsModel::loadingChanged);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 800);
    QCOMPARE(inserted.count(), 1);
}

void TestTransitionsModel::filters_data()
{
    QTest::addColumn<TransitionFilter>("filter");
    QTest::addColumn<int>("expected"); // of 1,000 rows

    TransitionFilter protectedOnly;
    protectedOnly.reason = StageReason::Protected;
    QTest::newRow("reason") << protectedOnly << 200;
    TransitionFilter branch2;
    branch2.branchId = 2;
    QTest::newRow("branch") << branch2 << 500;
    TransitionFilter doctor;
    doctor.doctor = doctors.at(1);
    QTest::newRow("doctor") << doctor << 333;
    TransitionFilter range;
    range.from = transitionNo(100).at;
    range.until = transitionNo(160).at;
    QTest::newRow("date range") << range << 60;
    TransitionFilter all;
    all.reason = StageReason::Final;
    all.branchId = 1;
    all.from = transitionNo(500).at;
    QTest::newRow("reason, branch and date") << all << 50;
}

void TestTransitionsModel::filters()
{
    QFETCH(TransitionFilter, filter);
    QFETCH(int, expected);
    QVERIFY(seed(0, 1000));
    TransitionsModel model(m_session.get());
    TransitionFilterProxy proxy;
    proxy.setTransitionsModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(proxy.rowCount(), TransitionsModel::pageSize);

    proxy.setFilter(filter);
    while (proxy.rowCount() < expected || model.canFetchMore({}) || model.isLoading()) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_VERIFY(!model.isLoading());
        if (!model.canFetchMore({}))
            break;
    }
    QCOMPARE(proxy.rowCount(), expected);
    QCOMPARE(model.rowCount(), expected); // the store read only what matches
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const StageTransition &t = model.transition(row);
        if (filter.reason)
            QCOMPARE(t.reason, *filter.reason);
        if (filter.branchId)
            QCOMPARE(t.dealKey.branchId(), *filter.branchId);
        if (!filter.doctor.isEmpty())
            QCOMPARE(t.doctor, filter.doctor);
        if (filter.from.isValid())
            QVERIFY(t.at >= filter.from);
        if (filter.until.isValid())
            QVERIFY(t.at < filter.until);
    }

    // A live row that does not match never shows, even before the store filter sees it.
    const int before = proxy.rowCount();
    QVERIFY(seed(1000, 1));
    Q_EMIT m_session->transitionsAdded({});
    QTRY_VERIFY(!model.isLoading());
    const bool matches = (!filter.reason || transitionNo(1000).reason == *filter.reason) &&
                         (!filter.branchId || 1 == *filter.branchId) &&
                         (filter.doctor.isEmpty() || transitionNo(1000).doctor == filter.doctor) &&
                         (!filter.until.isValid());
    QTRY_COMPARE(proxy.rowCount(), before + (matches ? 1 : 0));
}

void TestTransitionsModel::stageNamesFromThePortal()
{
    QVERIFY(seed(0, 3));
    TransitionsModel model(m_session.get());
    QTRY_COMPARE(model.rowCount(), 3);
    const QModelIndex stages = model.index(0, TransitionsModel::Stages);
    QCOMPARE(stages.data().toString(), QStringLiteral("NEW → UC_NO40X0"));
    QVERIFY(!stages.data(Qt::DecorationRole).isValid());

    const QJsonArray rows{QJsonObject{{"ENTITY_ID", "DEAL_STAGE"},
                                      {"STATUS_ID", "NEW"},
                                      {"NAME", "Новая"},
                                      {"SORT", 10},
                                      {"COLOR", "#39A8EF"}},
                          QJsonObject{{"ENTITY_ID", "DEAL_STAGE"},
                                      {"STATUS_ID", "UC_NO40X0"},
                                      {"NAME", "Лечение"},
                                      {"SORT", 30},
                                      {"COLOR", "#2FC6F6"}},
                          QJsonObject{{"ENTITY_ID", "DEAL_STAGE"},
                                      {"STATUS_ID", "WON"},
                                      {"NAME", "Успешно"},
                                      {"SORT", 60},
                                      {"COLOR", "#7BD500"},
                                      {"SEMANTICS", "S"}}};
    StageCatalog catalog;
    QString error;
    QVERIFY2(catalog.addPipeline(0, rows, &error), qPrintable(error));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStageCatalog(catalog);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(stages.data().toString(), QStringLiteral("Новая → Лечение"));
    QCOMPARE(stages.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#2FC6F6")));
    QVERIFY(stages.data(Qt::ToolTipRole).toString().contains(QStringLiteral("UC_NO40X0")));
}

QTEST_GUILESS_MAIN(TestTransitionsModel)
#include "testtransitionsmodel.moc"
