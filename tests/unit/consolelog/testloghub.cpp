#include "data/applogging.h"
#include "data/loghub.h"
#include "models/logmodel.h"
#include "models/roles.h"

#include "bitrix/bitrixlog.h"
#include "core/piimask.h"
#include "store/storelogging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QTest>

#include <memory>
#include <stdexcept>
#include <vector>

// The engine's category is private to engine.cpp; Engine::log() writes its logLine text under
// this name.
Q_LOGGING_CATEGORY(lcEngineArea, "identsync.engine")

using namespace identsync;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString column(const LogModel &model, int row, LogModel::Column c)
{
    return model.index(row, int(c)).data(UnderlyingDataRole).toString();
}

} // namespace

class TestLogHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        LogHubOptions options;
        options.directory = m_dir->filePath(QStringLiteral("logs"));
        m_hub = std::make_unique<LogHub>(options);
        m_hub->install();
    }
    void cleanup()
    {
        m_hub.reset();
        PiiMask::setEnabled(true);
    }

    void everyAreaBecomesAMaskedLine_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<int>("level");
        QTest::newRow("engine (logLine)")
            << QStringLiteral("identsync.engine") << int(LogLine::Level::Info);
        QTest::newRow("portal client")
            << QStringLiteral("identsync.bitrix") << int(LogLine::Level::Warning);
        QTest::newRow("store") << QStringLiteral("identsync.store") << int(LogLine::Level::Error);
        QTest::newRow("console") << QStringLiteral("identsync.app") << int(LogLine::Level::Info);
    }
    void everyAreaBecomesAMaskedLine()
    {
        QFETCH(QString, area);
        QFETCH(int, level);
        const char *text = "Пациент Иванов Иван Петрович, телефон +79161234567";
        const auto log = [&](const QLoggingCategory &category) {
            switch (LogLine::Level(level)) {
            case LogLine::Level::Info:
                qCInfo(category) << text;
                break;
            case LogLine::Level::Warning:
                qCWarning(category) << text;
                break;
            case LogLine::Level::Error:
                qCCritical(category) << text;
                break;
            case LogLine::Level::Debug:
            case LogLine::Level::Fatal:
            case LogLine::Level::Count:
                QFAIL("not a case of this test");
            }
        };
        if (area == QLatin1String("identsync.engine"))
            log(lcEngineArea());
        else if (area == QLatin1String("identsync.bitrix"))
            log(lcBitrix());
        else if (area == QLatin1String("identsync.store"))
            log(lcStore());
        else
            log(lcApp());

        LogModel &model = *m_hub->model();
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(column(model, 0, LogModel::Column::Area), area);
        QCOMPARE(model.index(0, 0).data(LevelRole).toInt(), level);
        const QString shown = column(model, 0, LogModel::Column::Message);
        QVERIFY2(shown.contains(QStringLiteral("+7 916 *** ** 67")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("1234567")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Иван Петрович")), qPrintable(shown));

        m_hub->flush();
        const QString file = readAll(m_hub->filePath());
        QVERIFY2(file.contains(QStringLiteral("[%1]").arg(area)), qPrintable(file));
        QVERIFY(file.contains(QStringLiteral("+7 916 *** ** 67")));
        QVERIFY(!file.contains(QStringLiteral("1234567")));
        QVERIFY(file.contains(LogLine::levelTag(LogLine::Level(level))));
    }

    void maskingOffKeepsTheText()
    {
        PiiMask::setEnabled(false);
        qCInfo(lcApp) << "call +79161234567";
        m_hub->flush();
        QVERIFY(readAll(m_hub->filePath()).contains(QStringLiteral("+79161234567")));
        QTRY_COMPARE(m_hub->model()->rowCount(), 1);
    }

    void defaultLocationIsTheStandardOne()
    {
        const QString dir = LogHub::defaultDirectory();
        QVERIFY(dir.endsWith(QStringLiteral("/logs")));
        QVERIFY(
            dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(m_hub->filePath().endsWith(QStringLiteral("logs/identsync.log")));
    }

    void floodFromThreadsArrivesWholeInFewBatches()
    {
        const int threads = 4;
        const int perThread = 5000;
        const int before = m_hub->deliveries();
        QElapsedTimer elapsed;
        elapsed.start();
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([t] {
                for (int i = 0; i < perThread; ++i)
                    qCInfo(lcStore).noquote() << QStringLiteral("t%1 n%2").arg(t).arg(i);
            }));
            workers.back()->start();
        }
        for (auto &worker : workers)
            QVERIFY(worker->wait());
        QTRY_COMPARE(m_hub->model()->rowCount(), threads * perThread);
        // At most one batch per 100 ms, whatever the machine's speed.
        const auto batches = m_hub->deliveries() - before;
        QVERIFY2(
            batches <= 1 + elapsed.elapsed() / 100,
            qPrintable(QStringLiteral("%1 batches in %2 ms").arg(batches).arg(elapsed.elapsed())));
        // Each thread's lines keep their order.
        int next[threads] = {};
        for (int row = 0; row < m_hub->model()->rowCount(); ++row) {
            const QStringList parts =
                column(*m_hub->model(), row, LogModel::Column::Message).split(QLatin1Char(' '));
            const int t = parts[0].mid(1).toInt();
            QCOMPARE(parts[1].mid(1).toInt(), next[t]);
            ++next[t];
        }
        m_hub->flush();
        QCOMPARE(readAll(m_hub->filePath()).count(QLatin1Char('\n')), threads * perThread);
    }

    void previousHandlerSeesMaskedMessages()
    {
        QTest::ignoreMessage(QtWarningMsg, "seen by Qt Test too: +7 916 *** ** 67");
        qCWarning(lcApp).noquote() << "seen by Qt Test too: +79161234567";
        QTRY_COMPARE(m_hub->model()->rowCount(), 1);
    }

    // An exception no one catches ends the process; what it said is in the file first, masked,
    // after the lines logged before it.
    void unhandledExceptionIsWrittenBeforeTheEnd()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONSOLELOG_TERMINATE_DIR"), m_dir->path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QString file = readAll(m_dir->filePath(QStringLiteral("identsync.log")));
        QVERIFY2(file.contains(QStringLiteral("before the crash")), qPrintable(file));
        QVERIFY2(file.contains(QStringLiteral("The program stopped on an unhandled error: boom "
                                              "+7 916 *** ** 67")),
                 qPrintable(file));
        QVERIFY(file.indexOf(QStringLiteral("before the crash")) <
                file.indexOf(QStringLiteral("boom")));
        QVERIFY(file.contains(QStringLiteral("FATAL")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LogHub> m_hub;
};

// With CONSOLELOG_TERMINATE_DIR set this executable is the child of
// unhandledExceptionIsWrittenBeforeTheEnd: it logs a line and throws where no one catches.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString dir = qEnvironmentVariable("CONSOLELOG_TERMINATE_DIR"); !dir.isEmpty()) {
        LogHubOptions options;
        options.directory = dir;
        LogHub hub(options);
        hub.install();
        qCInfo(lcApp) << "before the crash";
        []() noexcept(false) { throw std::runtime_error("boom +79161234567"); }();
    }
    TestLogHub test;
    return QTest::qExec(&test, argc, argv);
}
#include "testloghub.moc"
