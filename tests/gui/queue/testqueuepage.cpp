#include "queueseed.h"

#include "data/consolesession.h"
#include "engine/translations.h"
#include "models/problemsmodel.h"
#include "models/queuemodel.h"
#include "models/roles.h"
#include "pages/problems/problemspage.h"
#include "pages/queue/queuepage.h"
#include "shell/confirmer.h"
#include "shell/mainwindow.h"
#include "store/commandqueue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest/QTest>

using namespace identsync;
using namespace identsync::testutils;
using namespace std::chrono_literals;

namespace {

// Answers every confirmation as told and remembers what it was asked.
class RecordingConfirmer : public Confirmer
{
public:
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        asked << text;
        return answer;
    }
    QStringList asked;
    bool answer = true;
};

} // namespace

class TestQueuePage : public QObject
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
        m_confirmer = RecordingConfirmer();
    }
    void cleanup()
    {
        m_seed.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Checklist 26: chips with live counts; choosing one filters the table.
    void stateFilterCountsAndFilters()
    {
        for (int n = 1; n <= 2; ++n)
            m_seed->failed(n, JobState::RetryWait, transient(), 1,
                           QDateTime::currentDateTimeUtc().addSecs(900));
        m_seed->failed(3, JobState::Dead, validation());
        m_seed->pending(10, 4);
        ConsoleSession session(m_config);
        QueuePage page(&session, &m_confirmer);
        page.show();
        auto *states = page.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(states && table);
        QTRY_COMPARE_WITH_TIMEOUT(states->findText(QStringLiteral("Waiting to retry (2)")),
                                  1 + int(JobState::RetryWait), LongWait);
        QCOMPARE(states->itemText(1 + int(JobState::Dead)),
                 QStringLiteral("Failed, no more retries (1)"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 7, LongWait);

        auto *hide = page.findChild<QCheckBox *>(QStringLiteral("hideEmpty"));
        QTest::mouseClick(hide, Qt::LeftButton);
        QCOMPARE(states->count(), 4); // all, pending, retry_wait, dead

        states->setFocus();
        QSignalSpy loaded(page.model(), &QueueModel::loaded);
        while (!states->currentText().startsWith(QStringLiteral("Waiting to retry")))
            QTest::keyClick(states, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, LongWait);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(table->model()->index(row, 0).data(JobStateRole).value<JobState>(),
                     JobState::RetryWait);
    }

    // Checklist 27
    void searchByKeyAndDealId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("reception key") << QStringLiteral("F1_5") << QStringLiteral("F1_5");
        QTest::newRow("patient") << QStringLiteral("Иванов Иван Иванович 7")
                                 << QStringLiteral("F1_7");
    }
    void searchByKeyAndDealId()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        m_seed->pending(1, 9);
        ConsoleSession session(m_config);
        QueuePage page(&session, &m_confirmer);
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 9, LongWait);
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        // keyClicks takes Latin-1 only; a Cyrillic name is typed as key events with text.
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, LongWait);
        QCOMPARE(table->model()->index(0, int(QueueModel::Column::Appointment)).data().toString(),
                 key);
    }

    // Checklist 28: shift-click a range, «Retry now» posts exactly those jobs, with a count.
    void retrySelectedRange()
    {
        m_seed->pending(1, 6);
        ConsoleSession session(m_config);
        QueuePage page(&session, &m_confirmer);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 6, LongWait);
        const auto centre = [&](int row) {
            return table->visualRect(table->model()->index(row, 4)).center();
        };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre(0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, centre(2));
        QList<qint64> chosen = page.selectedJobs();
        std::sort(chosen.begin(), chosen.end());
        QCOMPARE(chosen.size(), 3);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("selectionLabel"))->text(),
                 QStringLiteral("Selected: 3"));

        QSignalSpy posted(&session, &ConsoleSession::commandPosted);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("retryButton")),
                          Qt::LeftButton);
        QCOMPARE(m_confirmer.asked.size(), 1);
        QVERIFY(m_confirmer.asked.at(0).contains(u'3'));
        QVERIFY(posted.wait(LongWait));
        const Command c = onlyCommand();
        QCOMPARE(c.kind, CommandKind::Retry);
        QCOMPARE(ids(c), chosen);

        // Declined: nothing is posted.
        m_confirmer.answer = false;
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_confirmer.asked.size(), 2);
        QVERIFY(!posted.wait(300));
    }

    // Checklist 30: Delete on the table cancels after a confirmation.
    void deleteKeyCancelsAfterConfirmation()
    {
        m_seed->pending(1, 3);
        ConsoleSession session(m_config);
        QueuePage page(&session, &m_confirmer);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, LongWait);
        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(1, 4)).center());
        QSignalSpy posted(&session, &ConsoleSession::commandPosted);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(m_confirmer.asked.size(), 1);
        QVERIFY(posted.wait(LongWait));
        const Command c = onlyCommand();
        QCOMPARE(c.kind, CommandKind::Cancel);
        QCOMPARE(ids(c), QList<qint64>{table->model()->index(1, 0).data(JobIdRole).toLongLong()});
    }

    // Checklist 29: the class button names the count and posts that class only.
    void retryClassConfirmsTheCount()
    {
        for (int n = 1; n <= 5; ++n)
            m_seed->failed(n, JobState::Dead, transient());
        for (int n = 6; n <= 7; ++n)
            m_seed->failed(n, JobState::Dead, validation());
        ConsoleSession session(m_config);
        QueuePage page(&session, &m_confirmer);
        page.show();
        auto *classes = page.findChild<QComboBox *>(QStringLiteral("classFilter"));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("retryClassButton"));
        QTRY_COMPARE_WITH_TIMEOUT(classes->itemText(1 + int(ErrorClass::Transient)),
                                  QStringLiteral("Network or portal outage (5)"), LongWait);
        QVERIFY(!button->isEnabled());
        classes->setFocus();
        while (classes->currentIndex() != 1 + int(ErrorClass::Transient))
            QTest::keyClick(classes, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 5, LongWait);
        QVERIFY(button->isEnabled());
        QSignalSpy posted(&session, &ConsoleSession::commandPosted);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_confirmer.asked.size(), 1);
        QVERIFY2(m_confirmer.asked.at(0).contains(QStringLiteral("all 5 job(s)")),
                 qPrintable(m_confirmer.asked.at(0)));
        QVERIFY(posted.wait(LongWait));
        const Command c = onlyCommand();
        QCOMPARE(c.args.value(QStringLiteral("class")).toString(), QStringLiteral("transient"));
        QVERIFY(!c.args.contains(QStringLiteral("jobs")));
    }

    // Checklist 31
    void detailsShowThePortalsAnswerMasked()
    {
        m_seed->failed(4, JobState::RetryWait,
                       QueueSeed::error(ErrorClass::RateLimited,
                                        QStringLiteral("QUERY_LIMIT_EXCEEDED"), 503,
                                        QStringLiteral("Too many requests")),
                       1, QDateTime::currentDateTimeUtc().addSecs(30));
        ConsoleSession session(m_config);
        QueuePage page(&session, &m_confirmer);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        auto *details = page.findChild<QTextBrowser *>(QStringLiteral("details"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, LongWait);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 4)).center());
        QTRY_VERIFY_WITH_TIMEOUT(
            details->toPlainText().contains(QStringLiteral("QUERY_LIMIT_EXCEEDED")), LongWait);
        const QString text = details->toPlainText();
        QVERIFY(text.contains(QStringLiteral("rate_limited")));
        QVERIFY(text.contains(QStringLiteral("503")));
        QVERIFY(text.contains(QStringLiteral("Too many requests")));
        QVERIFY(text.contains(QStringLiteral("corr-4")));
        QVERIFY2(text.contains(QStringLiteral("+7 916 *** ** 67")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("1234567")));
        QVERIFY(text.contains(QStringLiteral("Иванов И.")));
    }

    // Checklist 32
    void exportWritesTheFilteredRows()
    {
        for (int n = 1; n <= 3; ++n)
            m_seed->failed(n, JobState::Dead, validation());
        m_seed->pending(10, 5);
        ConsoleSession session(m_config);
        QueuePage page(&session, &m_confirmer);
        const QString path = m_dir->filePath(QStringLiteral("out.csv"));
        page.setSavePathChooser([&](QWidget *, const QString &name) {
            return name.endsWith(QStringLiteral(".csv")) ? path : QString();
        });
        JobFilter dead;
        dead.states = {JobState::Dead};
        page.showFilter(dead);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, LongWait);
        QSignalSpy exported(&page, &QueuePage::exported);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportButton")),
                          Qt::LeftButton);
        QVERIFY(exported.wait(LongWait));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1 + page.model()->rowCount());
    }

    // Checklist 34: a refresh keeps the selection, the scroll position and the current row.
    void refreshKeepsSelectionAndScroll()
    {
        m_seed->pending(1, 200);
        ConsoleSession session(m_config);
        QueuePage page(&session, &m_confirmer);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 200, LongWait);
        const qint64 job = m_seed->idOf(150);
        const int row = page.model()->rowOfJob(job);
        table->scrollTo(table->model()->index(row, 0), QAbstractItemView::PositionAtTop);
        table->selectRow(row);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        // The engine works on the job, and a new job arrives at the top.
        const auto leased = m_seed->queue().lease(QStringLiteral("engine"), 200, 5min);
        QVERIFY(leased.ok());
        for (const LeasedJob &j : *leased) {
            if (j.lease.jobId != job)
                continue;
            JobFailure f;
            f.lease = j.lease;
            f.error = transient();
            f.nextState = JobState::RetryWait;
            QVERIFY(m_seed->queue().fail(f).ok());
        }
        QSignalSpy loaded(page.model(), &QueueModel::loaded);
        Q_EMIT session.jobsChanged();
        QVERIFY(loaded.wait(LongWait));
        QCOMPARE(page.selectedJobs(), QList<qint64>{job});
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(table->model()
                     ->index(page.model()->rowOfJob(job), int(QueueModel::Column::Attempts))
                     .data()
                     .toString(),
                 QStringLiteral("1 of 8"));
    }

    // Checklists 37-39 and the jump into the queue.
    void problemsPageExplainsAndActs()
    {
        for (int n = 1; n <= 3; ++n)
            m_seed->failed(
                n, JobState::Pending,
                QueueSeed::error(ErrorClass::Auth, QStringLiteral("INVALID_CREDENTIALS"), 401), 1,
                QDateTime::currentDateTimeUtc().addSecs(3600));
        for (int n = 10; n <= 11; ++n)
            m_seed->failed(n, JobState::Dead, validation());
        ConsoleSession session(m_config);
        MainWindow window(&session);
        auto *problems = window.findChild<ProblemsPage *>(QStringLiteral("problems"));
        QVERIFY(problems);
        window.showPage(MainWindow::Page::Problems);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = problems->findChild<QTreeView *>(QStringLiteral("tree"));
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 2, LongWait);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Portal access (3)"));
        QCOMPARE(tree->model()->index(0, 0, tree->model()->index(0, 0)).data().toString(),
                 QStringLiteral("INVALID_CREDENTIALS (3)"));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(tree->model()->index(0, 0)).center());
        QVERIFY(problems->findChild<QLabel *>(QStringLiteral("explanation"))
                    ->text()
                    .contains(QStringLiteral("webhook")));
        QVERIFY(problems->findChild<QLabel *>(QStringLiteral("action"))
                    ->text()
                    .contains(QStringLiteral("Settings")));
        QTest::mouseClick(problems->findChild<QPushButton *>(QStringLiteral("actionButton")),
                          Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Settings);

        // The validation group's code: jump into the queue filtered to it.
        window.showPage(MainWindow::Page::Problems);
        const QModelIndex validation = tree->model()->index(1, 0);
        const QModelIndex code = tree->model()->index(0, 0, validation);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(code).center());
        QTest::mouseClick(problems->findChild<QPushButton *>(QStringLiteral("showInQueueButton")),
                          Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Queue);
        auto *queue = window.findChild<QueuePage *>(QStringLiteral("queue"));
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 2, LongWait);
        QCOMPARE(queue->model()->filter().errorCode,
                 std::optional<QString>(QStringLiteral("ERROR_ARGUMENT")));
        QVERIFY(queue->findChild<QLabel *>(QStringLiteral("filterNote"))->isVisible());
    }

    void problemsRetryAllOfAGroup()
    {
        for (int n = 10; n <= 11; ++n)
            m_seed->failed(n, JobState::Dead, validation());
        m_seed->failed(12, JobState::Dead, transient());
        ConsoleSession session(m_config);
        ProblemsPage page(&session, &m_confirmer);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("tree"));
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 2, LongWait);
        const QModelIndex validation =
            page.model()->indexOf(ErrorClass::Validation, QStringLiteral("ERROR_ARGUMENT"));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(validation).center());
        QSignalSpy posted(&session, &ConsoleSession::commandPosted);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("retryGroupButton")),
                          Qt::LeftButton);
        QCOMPARE(m_confirmer.asked.size(), 1);
        QVERIFY(m_confirmer.asked.at(0).contains(QStringLiteral("all 2 job(s)")));
        QVERIFY(posted.wait(LongWait));
        const Command c = onlyCommand();
        QCOMPARE(c.args.value(QStringLiteral("class")).toString(), QStringLiteral("validation"));
        QCOMPARE(c.args.value(QStringLiteral("code")).toString(), QStringLiteral("ERROR_ARGUMENT"));
    }

    // Russian is the main language: the chips, the headline and the explanation read in Russian.
    void russianTexts()
    {
        m_seed->failed(1, JobState::Dead, validation());
        m_seed->failed(
            2, JobState::Pending,
            QueueSeed::error(ErrorClass::Auth, QStringLiteral("INVALID_CREDENTIALS"), 401), 1,
            QDateTime::currentDateTimeUtc().addSecs(3600));
        installTranslations(QLocale::Russian);
        ConsoleSession session(m_config);
        MainWindow window(&session);
        auto *queue = window.findChild<QueuePage *>(QStringLiteral("queue"));
        auto *problems = window.findChild<ProblemsPage *>(QStringLiteral("problems"));
        auto *states = queue->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QTRY_COMPARE_WITH_TIMEOUT(states->itemText(1 + int(JobState::Dead)),
                                  QStringLiteral("Без повтора (1)"), LongWait);
        QTRY_COMPARE_WITH_TIMEOUT(
            queue->model()->index(0, int(QueueModel::Column::Attempts)).data().toString(),
            QStringLiteral("1 из 8"), LongWait);
        QVERIFY(queue->findChild<QLabel *>(QStringLiteral("headline"))
                    ->text()
                    .startsWith(QStringLiteral("Требуют вашего внимания: 1")));
        auto *tree = problems->findChild<QTreeView *>(QStringLiteral("tree"));
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 2, LongWait);
        tree->setCurrentIndex(problems->model()->indexOf(ErrorClass::Auth));
        QCOMPARE(problems->findChild<QLabel *>(QStringLiteral("explanation"))->text(),
                 QStringLiteral("Код вебхука отклонён порталом. Синхронизация приостановлена до "
                                "ввода нового кода."));
        QCOMPARE(problems->findChild<QLabel *>(QStringLiteral("action"))->text(),
                 QStringLiteral("Что делать: Введите новый код в Настройках."));
        installTranslations(QLocale::English);
    }

private:
    static ErrorInfo transient()
    {
        return QueueSeed::error(ErrorClass::Transient, QStringLiteral("timeout"), 0);
    }
    static ErrorInfo validation()
    {
        return QueueSeed::error(ErrorClass::Validation, QStringLiteral("ERROR_ARGUMENT"), 400,
                                QStringLiteral("Поле PHONE заполнено неверно"));
    }
    Command onlyCommand()
    {
        const auto pending = CommandQueue(*m_db).takePending(10);
        if (!pending || pending->size() != 1) {
            qWarning() << "expected one command";
            return {};
        }
        return pending->constFirst();
    }
    static QList<qint64> ids(const Command &c)
    {
        QList<qint64> out;
        for (const QJsonValue &v : c.args.value(QStringLiteral("jobs")).toArray())
            out << v.toVariant().toLongLong();
        std::sort(out.begin(), out.end());
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueueSeed> m_seed;
    RecordingConfirmer m_confirmer;
};

QTEST_MAIN(TestQueuePage)
#include "testqueuepage.moc"
