// One engine per state database, and a service manager's restart after kill -9: a lease whose
// holder is on this host and whose process is gone is taken over at once (docs/cli.md exit 4),
// while a live holder still refuses. The stale timeout is set far beyond the test so only the
// dead-process rule can let the second engine in.

#include "clinicfixture.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QtTest/QTest>

using namespace identsync::e2e;

class TestEngineLease : public QObject
{
    Q_OBJECT

private slots:
    void killedHolderIsTakenOverLiveHolderRefuses();

private:
    static bool waitUntilRunning(ClinicFixture &clinic);
};

bool TestEngineLease::waitUntilRunning(ClinicFixture &clinic)
{
    QDeadlineTimer deadline(60000);
    do {
        const ProcessResult r = clinic.cli({QStringLiteral("status"), QStringLiteral("--json")});
        if (r.json()
                .toObject()
                .value(QStringLiteral("engine"))
                .toObject()
                .value(QStringLiteral("running"))
                .toBool())
            return true;
        QThread::msleep(100);
    } while (!deadline.hasExpired());
    return false;
}

void TestEngineLease::killedHolderIsTakenOverLiveHolderRefuses()
{
    ClinicFixture clinic(QStringLiteral("lease"));
    QVERIFY(clinic.isValid());
    QVERIFY2(clinic.createSample({QStringLiteral("--patients"), QStringLiteral("20"),
                                  QStringLiteral("--receptions"), QStringLiteral("40"),
                                  QStringLiteral("--seed"), QStringLiteral("71")}),
             qPrintable(clinic.error()));
    clinic.setConfig(QStringLiteral("engine/lease_stale_seconds"), QStringLiteral("600"));
    QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
    QVERIFY2(clinic.storeWebhook(), qPrintable(clinic.error()));

    QVERIFY2(clinic.startRun(), qPrintable(clinic.error()));
    QVERIFY2(waitUntilRunning(clinic), qPrintable(clinic.runLog()));

    const ProcessResult busy =
        clinic.cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
    QVERIFY2(busy.exitCode == int(CliExit::EngineBusy), qPrintable(busy.describe()));

    clinic.killRun();
    const ProcessResult after =
        clinic.cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
    QVERIFY2(after.exitCode == int(CliExit::Ok) || after.exitCode == int(CliExit::Attention),
             qPrintable(after.describe()));
    QVERIFY2(after.err.contains("took over"), qPrintable(after.describe()));

    // The engine that took over released the lease on exit: `run` starts again at once.
    QVERIFY2(clinic.startRun(), qPrintable(clinic.error()));
    QVERIFY2(waitUntilRunning(clinic), qPrintable(clinic.runLog()));
    QVERIFY2(clinic.terminateRun(), qPrintable(clinic.error() + clinic.runLog()));
}

QTEST_GUILESS_MAIN(TestEngineLease)
#include "testenginelease.moc"
