// Issue 7, "Done when" 3: twenty incremental cycles. Between two `identsync-cli sync --once` runs
// `ident-sample advance` moves the clinic forward (arrivals, treatments, invoices, cancellations,
// new bookings, late commits); after every cycle the portal must equal what the test computes
// from IDENT on its own: one deal per reception, its stage followed from cycle to cycle with the
// SPEC §2.3 rules («Завершен» keeps the stage an earlier cycle set, nothing moves backwards).

#include "clinicfixture.h"
#include "expectedportal.h"
#include "identtruth.h"
#include "portalview.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace identsync::e2e;

class TestIncrementalCycles : public QObject
{
    Q_OBJECT

private slots:
    void portalFollowsTheClinic_data();
    void portalFollowsTheClinic();
};

void TestIncrementalCycles::portalFollowsTheClinic_data()
{
    QTest::addColumn<int>("minutes");     // clinic time between two cycles
    QTest::addColumn<int>("lateMinutes"); // how far back late commits are stamped
    QTest::newRow("an hour per cycle") << 60 << 10;
    QTest::newRow("half a day per cycle, late commits") << 720 << 14;
}

void TestIncrementalCycles::portalFollowsTheClinic()
{
    QFETCH(int, minutes);
    QFETCH(int, lateMinutes);

    ClinicFixture clinic(QStringLiteral("cycles%1").arg(minutes));
    QVERIFY(clinic.isValid());
    const auto sample = clinic.createSample(
        {QStringLiteral("--patients"), QStringLiteral("250"), QStringLiteral("--receptions"),
         QStringLiteral("800"), QStringLiteral("--seed"), QString::number(20 + minutes)});
    QVERIFY2(sample, qPrintable(clinic.error()));
    ExpectedPortal expected;
    for (const QJsonValue &bad : sample->value(QStringLiteral("badRows")).toArray())
        expected.exclude(bad.toObject().value(QStringLiteral("reception")).toInteger());

    QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
    QVERIFY2(clinic.storeWebhook(), qPrintable(clinic.error()));

    int changed = 0;
    QSet<QString> statusesSeen;
    for (int cycle = 0; cycle <= 20; ++cycle) {
        if (cycle > 0) {
            const auto advanced = clinic.advanceSample(
                {QStringLiteral("--minutes"), QString::number(minutes), QStringLiteral("--seed"),
                 QString::number(100 + cycle), QStringLiteral("--late-minutes"),
                 QString::number(lateMinutes)});
            QVERIFY2(advanced, qPrintable(clinic.error()));
            changed += advanced->value(QStringLiteral("changed")).toInt();
        }
        QVERIFY2(clinic.syncUntilIdle(),
                 qPrintable(QStringLiteral("cycle %1: %2").arg(cycle).arg(clinic.error())));

        QString error;
        const auto truth = IdentTruth::read(clinic.ident(), &error);
        QVERIFY2(truth, qPrintable(error));
        expected.apply(*truth);
        // A deal is found again by its key: no change in IDENT may give a reception another.
        QVERIFY2(expected.keyChanges().isEmpty(),
                 qPrintable(QStringLiteral("cycle %1: %2 receptions changed their key")
                                .arg(cycle)
                                .arg(expected.keyChanges().size())));
        for (const TruthReception &t : *truth)
            statusesSeen.insert(t.status);

        const auto state = clinic.control(QStringLiteral("state"));
        QVERIFY2(state, qPrintable(clinic.error()));
        const QStringList problems =
            expected.compare(*truth, PortalView::fromState(state->toObject()));
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("after cycle %1:\n%2").arg(cycle).arg(problems.join(u'\n'))));
    }
    // The clinic really moved: receptions changed in every kind of way between the cycles.
    QVERIFY2(changed >= 100, qPrintable(QString::number(changed)));
    QCOMPARE(statusesSeen.size(), 6);

    // Nothing was left behind: no job waits, none is dead; only the bad rows wait for a person.
    const auto counts = clinic.jobCounts();
    QVERIFY2(counts, qPrintable(clinic.error()));
    QCOMPARE(counts->value(QStringLiteral("dead")).toInt(), 0);
    QCOMPARE(counts->value(QStringLiteral("needs_attention")).toInt(),
             int(sample->value(QStringLiteral("badRows")).toArray().size()));
}

QTEST_GUILESS_MAIN(TestIncrementalCycles)
#include "testincrementalcycles.moc"
