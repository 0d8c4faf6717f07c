#include "ident/treatmentplan.h"

#include <QtTest>

#include <algorithm>

using namespace identsync;

namespace {

TreatmentPlanLine line(qint64 id, int stageOrder, int elementOrder, qint64 price, bool done,
                       bool paid)
{
    TreatmentPlanLine l;
    l.id = id;
    l.stage = QStringLiteral("Этап %1").arg(stageOrder);
    l.stageOrder = stageOrder;
    l.element = QStringLiteral("Элемент %1").arg(elementOrder);
    l.elementOrder = elementOrder;
    l.service = QStringLiteral("Услуга %1").arg(id);
    l.priceKopecks = price;
    l.discountKopecks = price / 10;
    l.done = done;
    l.paid = paid;
    return l;
}

QList<TreatmentPlan> samplePlans()
{
    TreatmentPlan a;
    a.id = 7;
    a.patientId = 100;
    a.name = QStringLiteral("Имплантация");
    a.created = QDateTime(QDate(2025, 1, 15), QTime(10, 0));
    a.lines = {line(1, 1, 1, 450050, true, true), line(2, 1, 2, 150000, true, false),
               line(3, 2, 1, 4200000, false, false)};
    TreatmentPlan b;
    b.id = 3;
    b.patientId = 100;
    b.name = QStringLiteral("Гигиена");
    b.lines = {line(9, 1, 1, 650000, false, false)};
    return {a, b};
}

} // namespace

class TestTreatmentPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roubles_data()
    {
        QTest::addColumn<qint64>("kopecks");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00 ₽");
        QTest::newRow("kopecks only") << qint64(5) << QStringLiteral("0,05 ₽");
        QTest::newRow("thousands") << qint64(123456) << QStringLiteral("1 234,56 ₽");
        QTest::newRow("million") << qint64(100000000) << QStringLiteral("1 000 000,00 ₽");
        QTest::newRow("negative") << qint64(-550) << QStringLiteral("−5,50 ₽");
    }

    void roubles()
    {
        QFETCH(qint64, kopecks);
        QFETCH(QString, text);
        QCOMPARE(formatRoubles(kopecks), text);
    }

    void lineState()
    {
        QCOMPARE(line(1, 1, 1, 100, true, true).stateText(),
                 QStringLiteral("Выполнено и оплачено"));
        QCOMPARE(line(1, 1, 1, 100, true, false).stateText(), QStringLiteral("Выполнено"));
        QCOMPARE(line(1, 1, 1, 100, false, false).stateText(), QStringLiteral("Не выполнено"));
        QCOMPARE(line(1, 1, 1, 100000, false, false).amountKopecks(), qint64(90000));
    }

    void summaryIgnoresOrder()
    {
        const QList<TreatmentPlan> plans = samplePlans();
        const TreatmentPlanSummary s = summarisePlans(plans);
        QList<TreatmentPlan> shuffled = plans;
        std::reverse(shuffled.begin(), shuffled.end());
        for (TreatmentPlan &p : shuffled)
            std::reverse(p.lines.begin(), p.lines.end());
        QCOMPARE(summarisePlans(shuffled), s);
        QCOMPARE(s.hash.size(), 64);

        QVERIFY(s.text.indexOf(QStringLiteral("«Гигиена»")) <
                s.text.indexOf(QStringLiteral("«Имплантация»")));
        QVERIFY(s.text.contains(QStringLiteral("План «Имплантация» от 15.01.2025")));
        QVERIFY(s.text.contains(QStringLiteral("Этап «Этап 2»")));
        QVERIFY(s.text.contains(QStringLiteral(
            "Услуга 1 — 4 050,45 ₽ (Выполнено и оплачено)")));
        QVERIFY(s.text.contains(QStringLiteral("Не выполнено")));
    }

    void hashFollowsContent_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("paid flag") << 0;
        QTest::newRow("discount") << 1;
        QTest::newRow("service name") << 2;
        QTest::newRow("plan name") << 3;
        QTest::newRow("line removed") << 4;
        QTest::newRow("teeth") << 5;
    }

    void hashFollowsContent()
    {
        QFETCH(int, change);
        QList<TreatmentPlan> plans = samplePlans();
        const QString before = summarisePlans(plans).hash;
        TreatmentPlanLine &l = plans[0].lines[2];
        switch (change) {
        case 0:
            l.paid = true;
            break;
        case 1:
            l.discountKopecks += 1;
            break;
        case 2:
            l.service += QLatin1Char('!');
            break;
        case 3:
            plans[0].name += QLatin1Char(' ');
            break;
        case 4:
            plans[0].lines.removeLast();
            break;
        default:
            l.teeth = 1 << 4;
            break;
        }
        QVERIFY(summarisePlans(plans).hash != before);
    }

    void noPlans()
    {
        const TreatmentPlanSummary s = summarisePlans({});
        QCOMPARE(s.json, QByteArray("[]"));
        QVERIFY(s.text.isEmpty());
        QCOMPARE(s.hash, QStringLiteral(
                             "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"));
    }
};

QTEST_GUILESS_MAIN(TestTreatmentPlan)
#include "testtreatmentplan.moc"
