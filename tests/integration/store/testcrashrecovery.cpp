#include "store/database.h"
#include "store/jobqueue.h"
#include "store/sqlstatement.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace identsync;

// SPEC §3 "Killing the process at any instant loses nothing": a child process works the outbox
// and is SIGKILLed at random moments; after every kill the database must open, hold every job
// the child had committed, have no done job without its binding, and give expired in-flight jobs
// back as pending with "outcome unknown".
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(Database &db, const QString &sql)
    {
        SqlStatement q(db, sql);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

private Q_SLOTS:
    void killedAtRandomMomentsLosesNothing()
    {
        const int kills = 50;
        const quint32 seed = qEnvironmentVariableIsSet("IDENTSYNC_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("IDENTSYNC_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (set IDENTSYNC_CRASH_SEED to repeat)", seed);
        QRandomGenerator random(seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StoreConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("state.db"));

        QSet<QString> enqueued;
        QSet<QString> completed;
        qint64 releasedTotal = 0;
        for (int run = 0; run < kills; ++run) {
            const qint64 offsetMs = qint64(run) * 3600 * 1000;
            QProcess child;
            child.setProgram(QStringLiteral(STORE_CRASH_CHILD));
            child.setArguments({config.sqlitePath, QString::number(qint64(run + 1) * 1000000),
                                QString::number(offsetMs)});
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start();
            QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
            // Sometimes during start-up and schema creation, mostly in the middle of the work.
            QThread::msleep(random.bounded(10, 250));
            child.kill();
            QVERIFY(child.waitForFinished(30000));
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(child.exitStatus() == QProcess::CrashExit, err.constData());

            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            // The last piece may be a line cut short by the kill: only whole lines count.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QString line = QString::fromUtf8(lines.at(i));
                if (line.startsWith(QLatin1String("E ")))
                    enqueued << line.mid(2);
                else if (line.startsWith(QLatin1String("C ")))
                    completed << line.mid(2);
            }

            // Recover as the next engine start would, with a clock past every lease the child took.
            Database db(config);
            const QDateTime recoveryTime =
                QDateTime::currentDateTimeUtc().addMSecs(offsetMs + 20 * 60 * 1000);
            db.setClock([recoveryTime] { return recoveryTime; });
            const auto opened = db.open();
            QVERIFY2(opened.ok(),
                     qPrintable(QStringLiteral("run %1: %2").arg(run).arg(opened.error())));
            SqlStatement integrity(db, QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(integrity.exec() && integrity.next());
            QCOMPARE(integrity.text(0), QStringLiteral("ok"));

            QSet<QString> present;
            {
                SqlStatement keys(db, QStringLiteral("SELECT idem_key FROM jobs"));
                QVERIFY(keys.exec());
                while (keys.next())
                    present << keys.text(0);
            }
            for (const QString &key : std::as_const(enqueued))
                QVERIFY2(present.contains(key),
                         qPrintable(QStringLiteral("run %1: job %2 was lost").arg(run).arg(key)));

            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs j LEFT JOIN bindings b "
                                               "ON b.deal_key = j.deal_key WHERE j.state = 'done' "
                                               "AND (b.deal_key IS NULL OR b.payload_hash <> "
                                               "j.payload_hash)")),
                     qint64(0));
            {
                SqlStatement bound(db,
                                   QStringLiteral("SELECT j.idem_key FROM jobs j JOIN bindings b "
                                                  "ON b.deal_key = j.deal_key"));
                QVERIFY(bound.exec());
                QSet<QString> withBinding;
                while (bound.next())
                    withBinding << bound.text(0);
                for (const QString &key : std::as_const(completed))
                    QVERIFY2(withBinding.contains(key),
                             qPrintable(QStringLiteral("run %1: completed job %2 has no binding")
                                            .arg(run)
                                            .arg(key)));
            }

            QList<qint64> inFlight;
            {
                SqlStatement q(db, QStringLiteral("SELECT id FROM jobs WHERE state = 'in_flight'"));
                QVERIFY(q.exec());
                while (q.next())
                    inFlight << q.int64(0);
            }
            JobQueue queue(db);
            const auto released = queue.releaseExpired();
            QVERIFY2(released.ok(), qPrintable(released.error()));
            QCOMPARE(*released, int(inFlight.size()));
            releasedTotal += *released;
            for (qint64 id : std::as_const(inFlight)) {
                const auto job = queue.job(id);
                QVERIFY(job.ok() && job.value());
                QCOMPARE(job.value()->summary.state, JobState::Pending);
                QVERIFY(job.value()->summary.outcomeUnknown);
                QVERIFY(job.value()->leaseOwner.isEmpty());
            }
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'in_flight'")),
                qint64(0));
        }
        qInfo("%d kills: %d jobs enqueued, %d completed, %lld in-flight leases recovered", kills,
              int(enqueued.size()), int(completed.size()), releasedTotal);
        // The kills must have hit work in progress, or the checks above proved nothing.
        QVERIFY(!enqueued.isEmpty());
        QVERIFY(!completed.isEmpty());
        QVERIFY(releasedTotal > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "testcrashrecovery.moc"
