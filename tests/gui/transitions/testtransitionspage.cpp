// The transitions page as a person uses it: filters by clicking, opening the deal on the portal,
// copying its id and jumping to the queue. With IDENTSYNC_SHOTS_DIR set, it also saves the page
// in Russian and English for a person to look at.

#include "data/consolesession.h"
#include "engine/translations.h"
#include "models/transitionfilterproxy.h"
#include "models/transitionsmodel.h"
#include "pages/transitions/transitionspage.h"

#include "store/database.h"
#include "store/transaction.h"
#include "store/transitionlog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace identsync;

namespace {

StageCatalog referenceStages()
{
    auto row = [](const char *id, const char *name, int sort, const char *color,
                  const char *semantics = "") {
        return QJsonObject{{QStringLiteral("ENTITY_ID"), QStringLiteral("DEAL_STAGE")},
                           {QStringLiteral("STATUS_ID"), QString::fromUtf8(id)},
                           {QStringLiteral("NAME"), QString::fromUtf8(name)},
                           {QStringLiteral("SORT"), sort},
                           {QStringLiteral("COLOR"), QString::fromUtf8(color)},
                           {QStringLiteral("SEMANTICS"), QString::fromUtf8(semantics)}};
    };
    StageCatalog catalog;
    QString error;
    catalog.addPipeline(0,
                        QJsonArray{row("NEW", "Новая", 10, "#39A8EF"),
                                   row("PREPAYMENT_INVOICE", "Счёт на предоплату", 20, "#55D0E0"),
                                   row("UC_NO40X0", "Лечение", 30, "#2FC6F6"),
                                   row("EXECUTING", "В работе", 40, "#FFA900"),
                                   row("WON", "Сделка успешна", 60, "#7BD500", "S"),
                                   row("LOSE", "Сделка провалена", 70, "#FF5752", "F")},
                        &error);
    return catalog;
}

} // namespace

class TestTransitionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reasonFilterByKeyboard();
    void openCopyAndQueue();
    void screenshots_data();
    void screenshots();

private:
    QTableView *view() { return m_page->findChild<QTableView *>(QStringLiteral("view")); }

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<TransitionsPage> m_page;
};

void TestTransitionsPage::init()
{
    QVERIFY(m_dir.isValid());
    StoreConfig store;
    store.sqlitePath = m_dir.filePath(QStringLiteral("state-%1-%2.db")
                                          .arg(QString::fromUtf8(QTest::currentTestFunction()),
                                               QString::fromUtf8(QTest::currentDataTag())));
    Database db(store);
    QVERIFY(db.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Seed
    {
        const char *from;
        const char *to;
        StageReason reason;
        const char *doctor;
        const char *patient;
    };
    const Seed seeds[] = {
        {"", "NEW", StageReason::Mapped, "Петрова А.С.", "Смирнова О."},
        {"NEW", "UC_NO40X0", StageReason::Mapped, "Петрова А.С.", "Кузнецов Д."},
        {"PREPAYMENT_INVOICE", "PREPAYMENT_INVOICE", StageReason::Protected, "Орлов Б.В.",
         "Иванов И."},
        {"WON", "WON", StageReason::Final, "Орлов Б.В.", "Соколова Е."},
        {"UC_NO40X0", "UC_NO40X0", StageReason::RegressionBlocked, "Петрова А.С.", "Попов А."},
        {"EXECUTING", "EXECUTING", StageReason::Manual, "Орлов Б.В.", "Лебедева М."},
        {"NEW", "NEW", StageReason::Kept, "Петрова А.С.", "Новиков П."},
    };
    Transaction tx(db, QStringLiteral("seeding"));
    QVERIFY(tx.begun());
    int i = 0;
    for (const Seed &s : seeds) {
        StageTransition t;
        t.at = now.addSecs(-600 + 60 * i);
        t.dealKey = DealKey(1 + i % 2, 18450 + i);
        t.dealId = 120 + i;
        t.fromStage = StageId::parse(QString::fromUtf8(s.from));
        t.toStage = StageId::parse(QString::fromUtf8(s.to));
        t.reason = s.reason;
        t.doctor = QString::fromUtf8(s.doctor);
        t.patientName = QString::fromUtf8(s.patient);
        if (s.reason == StageReason::Manual)
            t.actor = QStringLiteral("admin@reception");
        QVERIFY(TransitionLog(db).append(t));
        ++i;
    }
    QVERIFY(tx.commit());
    m_session = std::make_unique<ConsoleSession>(store);
}

void TestTransitionsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    installTranslations(QLocale::Russian);
}

void TestTransitionsPage::reasonFilterByKeyboard()
{
    m_page = std::make_unique<TransitionsPage>(m_session.get());
    QAbstractItemModelTester tester(m_page->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(view()->model()->rowCount(), 7);

    auto *reason = m_page->findChild<QComboBox *>(QStringLiteral("reasonFilter"));
    QVERIFY(reason);
    reason->setFocus();
    // The list: all, then the reasons in enum order; Protected is the third reason.
    QTest::keyClick(reason, Qt::Key_Down);
    QTest::keyClick(reason, Qt::Key_Down);
    QTest::keyClick(reason, Qt::Key_Down);
    QCOMPARE(reason->currentData().toInt(), int(StageReason::Protected));
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QTRY_VERIFY(!m_page->model()->isLoading());
    QCOMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->transition(0).reason, StageReason::Protected);

    auto *dates = m_page->findChild<QCheckBox *>(QStringLiteral("dateFilter"));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("resetButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(view()->model()->rowCount(), 7);
    auto *branch = m_page->findChild<QComboBox *>(QStringLiteral("branchFilter"));
    QCOMPARE(branch->count(), 3); // all, branch 1, branch 2
    branch->setCurrentIndex(2);
    QTRY_COMPARE(view()->model()->rowCount(), 3);
    QVERIFY(!dates->isChecked());
}

void TestTransitionsPage::openCopyAndQueue()
{
    m_page = std::make_unique<TransitionsPage>(m_session.get());
    QList<QUrl> opened;
    m_page->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(view()->model()->rowCount(), 7);
    auto *open = m_page->findChild<QPushButton *>(QStringLiteral("openDealButton"));
    auto *copy = m_page->findChild<QPushButton *>(QStringLiteral("copyDealButton"));
    auto *queue = m_page->findChild<QPushButton *>(QStringLiteral("queueButton"));
    QVERIFY(!open->isEnabled()); // nothing selected yet

    const QRect cell = view()->visualRect(view()->model()->index(0, TransitionsModel::Patient));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(copy->isEnabled());
    QVERIFY2(!open->isEnabled(), "no portal configured: opening a deal is not offered");
    QVERIFY(open->toolTip().size() > 0);

    m_page->setPortalUrl(QStringLiteral("https://clinic.bitrix24.ru/rest/1/"));
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened,
             QList<QUrl>{QUrl(QStringLiteral("https://clinic.bitrix24.ru/crm/deal/details/126/"))});

    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("126"));

    QSignalSpy toQueue(m_page.get(), &TransitionsPage::queueItemRequested);
    QTest::mouseClick(queue, Qt::LeftButton);
    QCOMPARE(toQueue.count(), 1);
    QCOMPARE(toQueue.first().first().toString(), QStringLiteral("F1_18456"));
}

void TestTransitionsPage::screenshots_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("ru") << QLocale(QLocale::Russian);
    QTest::newRow("en") << QLocale(QLocale::English);
}

void TestTransitionsPage::screenshots()
{
    QFETCH(QLocale, locale);
    const QString dir = qEnvironmentVariable("IDENTSYNC_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set IDENTSYNC_SHOTS_DIR to save screenshots");
    installTranslations(locale.language());
    QLocale::setDefault(locale);
    m_page = std::make_unique<TransitionsPage>(m_session.get());
    m_page->setStageCatalog(referenceStages());
    m_page->setPortalUrl(QStringLiteral("https://clinic.bitrix24.ru/rest/1/"));
    m_page->resize(1280, 520);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(view()->model()->rowCount(), 7);
    view()->selectRow(2);
    QVERIFY(m_page->grab().save(
        QDir(dir).filePath(QStringLiteral("transitions-%1.png").arg(QTest::currentDataTag()))));
    QLocale::setDefault(QLocale(QLocale::Russian));
}

QTEST_MAIN(TestTransitionsPage)
#include "testtransitionspage.moc"
