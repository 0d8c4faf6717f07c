// SPEC §3, the auth row as a user meets it: a wrong webhook code in the keychain pauses the
// engine (`sync --once` exits 1) without using up any job's attempts or writing anything; after
// `identsync-cli secret set webhook` with the right code the next cycle syncs everything.

#include "clinicfixture.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace identsync::e2e;

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void wrongWebhookPausesRightOneResumes_data();
    void wrongWebhookPausesRightOneResumes();
};

void TestCredentials::wrongWebhookPausesRightOneResumes_data()
{
    // On-premise portals answer a bad webhook with 401, the cloud with 403 (the error code is
    // what counts).
    QTest::addColumn<QString>("authStatus");
    QTest::newRow("401") << "401";
    QTest::newRow("403") << "403";
}

void TestCredentials::wrongWebhookPausesRightOneResumes()
{
    QFETCH(QString, authStatus);
    ClinicFixture clinic(QStringLiteral("credentials%1").arg(authStatus));
    QVERIFY(clinic.isValid());
    const auto sample = clinic.createSample({QStringLiteral("--patients"), QStringLiteral("60"),
                                             QStringLiteral("--receptions"), QStringLiteral("150"),
                                             QStringLiteral("--seed"), QStringLiteral("61")});
    QVERIFY2(sample, qPrintable(clinic.error()));
    const int bad = int(sample->value(QStringLiteral("badRows")).toArray().size());
    QVERIFY2(clinic.startPortal({QStringLiteral("--auth-status"), authStatus}),
             qPrintable(clinic.error()));
    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));

    const ProcessResult wrong =
        clinic.cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("webhook")},
                   QByteArrayLiteral("notTheCode\n"));
    QVERIFY2(wrong.exitCode == 0, qPrintable(wrong.describe()));
    for (int run = 0; run < 2; ++run) {
        const ProcessResult sync = clinic.cli(
            {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == int(CliExit::Failure), qPrintable(sync.describe()));
        QVERIFY2(sync.err.contains("paused"), qPrintable(sync.describe()));
        // Nothing was written, nothing waits out a backoff, no attempt was used up.
        const QJsonObject counts =
            sync.json().toObject().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("done")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("retry_wait")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("dead")).toInt(), 0);
        const ProcessResult list =
            clinic.cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--state"),
                        QStringLiteral("pending"), QStringLiteral("--limit"),
                        QStringLiteral("1000"), QStringLiteral("--json")});
        QVERIFY(!list.json().toArray().isEmpty());
        for (const QJsonValue &j : list.json().toArray())
            QCOMPARE(j.toObject().value(QStringLiteral("attempts")).toInt(), 0);
    }
    const auto state = clinic.control(QStringLiteral("state"));
    QVERIFY2(state, qPrintable(clinic.error()));
    QVERIFY(state->toObject().value(QStringLiteral("deals")).toArray().isEmpty());

    // The right code, as a user pastes it: the whole webhook URL.
    const ProcessResult right =
        clinic.cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("webhook")},
                   (clinic.portalBase().toString() + QStringLiteral("rest/1/") +
                    clinic.webhookCode() + QStringLiteral("/\n"))
                       .toUtf8());
    QVERIFY2(right.exitCode == 0, qPrintable(right.describe()));
    const ProcessResult sync =
        clinic.cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
    QVERIFY2(sync.exitCode == int(CliExit::Attention), qPrintable(sync.describe()));
    const QJsonObject counts = sync.json().toObject().value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("done")).toInt(), 150 - bad);
    QCOMPARE(counts.value(QStringLiteral("needs_attention")).toInt(), bad);
    QCOMPARE(counts.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("retry_wait")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "testcredentials.moc"
