// Screenshots of the Queue and Problems pages over a state database with the problems a clinic
// meets (a refused webhook, data the portal rejected, bad data in IDENT, an ambiguous deal), in
// Russian and English, for a person to look at. Usage: queue-shots OUTPUT_DIR
#include "queueseed.h"

#include "data/consolesession.h"
#include "engine/translations.h"
#include "models/problemsmodel.h"
#include "models/queuemodel.h"
#include "pages/problems/problemspage.h"
#include "pages/queue/queuepage.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace identsync;
using namespace identsync::testutils;

namespace {

void waitUntil(const std::function<bool()> &done)
{
    for (int i = 0; i < 500 && !done(); ++i)
        QTest::qWait(20);
}

qint64 seed(Database &db)
{
    QueueSeed s(db);
    s.patientNames = {
        QStringLiteral("Смирнова Анна Петровна"), QStringLiteral("Кузнецов Олег Игоревич"),
        QStringLiteral("Попова Мария Сергеевна"), QStringLiteral("Волков Дмитрий Андреевич"),
        QStringLiteral("Соколова Елена Викторовна")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 4101; n <= 4103; ++n)
        s.failed(n, JobState::Pending,
                 QueueSeed::error(ErrorClass::Auth, QStringLiteral("INVALID_CREDENTIALS"), 401,
                                  QStringLiteral("Invalid request credentials")),
                 1, now.addSecs(3600));
    for (int n = 4201; n <= 4202; ++n)
        s.failed(
            n, JobState::Dead,
            QueueSeed::error(ErrorClass::Validation, QStringLiteral("ERROR_ARGUMENT"), 400,
                             QStringLiteral("Поле \"Телефон\" содержит некорректное значение")),
            1);
    s.failed(4301, JobState::Dead,
             QueueSeed::error(ErrorClass::DataQuality, QStringLiteral("bad_phone"), 0,
                              QStringLiteral("Телефон «8-916-12» не распознан: нет кода города")),
             1);
    s.failed(
        4401, JobState::NeedsAttention,
        QueueSeed::error(ErrorClass::Ambiguous, QStringLiteral("several_deals"), 0,
                         QStringLiteral("У контакта 4512 три открытые сделки без ключа IDENT")),
        1);
    s.failed(4501, JobState::RetryWait,
             QueueSeed::error(ErrorClass::Transient, QStringLiteral("timeout"), 0,
                              QStringLiteral("Нет ответа за 30 с")),
             2, now.addSecs(130));
    s.pending(4600, 6);
    return s.idOf(4201);
}

void shoot(const StoreConfig &config, qint64 selected, QLocale::Language language,
           const QString &dir)
{
    installTranslations(language);
    const QString lang = language == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
    ConsoleSession session(config);
    MainWindow window(&session);
    window.resize(1500, 860);
    window.show();
    auto *queue = window.findChild<QueuePage *>(QStringLiteral("queue"));
    auto *table = queue->findChild<QTableView *>(QStringLiteral("table"));
    window.showPage(MainWindow::Page::Queue);
    waitUntil([&] { return queue->model()->rowCount() >= 13; });
    table->selectRow(std::max(0, queue->model()->rowOfJob(selected)));
    QTest::qWait(400);
    window.grab().save(dir + QStringLiteral("/queue-%1.png").arg(lang));

    window.showPage(MainWindow::Page::Problems);
    auto *problems = window.findChild<ProblemsPage *>(QStringLiteral("problems"));
    auto *tree = problems->findChild<QTreeView *>(QStringLiteral("tree"));
    waitUntil([&] { return tree->model()->rowCount() >= 4; });
    tree->setCurrentIndex(problems->model()->indexOf(ErrorClass::Auth));
    QTest::qWait(200);
    window.grab().save(dir + QStringLiteral("/problems-%1.png").arg(lang));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(dir);
    QTemporaryDir tmp;
    StoreConfig config;
    config.sqlitePath = tmp.filePath(QStringLiteral("state.db"));
    qint64 selected = 0;
    {
        Database db(config);
        if (!db.open())
            return 1;
        selected = seed(db);
    }
    shoot(config, selected, QLocale::Russian, dir);
    shoot(config, selected, QLocale::English, dir);
    return 0;
}
