// Issue 7, "Done when" 2: the scenarios the audit of the replaced product asked to test
// (seeds/000 "Testing recommendations"), end to end with identsync-cli as a process. The clinic's
// staff is played by the test's own UPDATEs on the IDENT database between cycles.

#include "clinicfixture.h"
#include "identtruth.h"
#include "identwriter.h"
#include "portalview.h"
#include "stagemodel.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest/QTest>

using namespace identsync::e2e;

namespace {

QJsonArray phoneField(const QString &phone)
{
    return QJsonArray{QJsonObject{{QStringLiteral("VALUE"), phone},
                                  {QStringLiteral("VALUE_TYPE"), QStringLiteral("MOBILE")}}};
}

} // namespace

class TestSeedScenarios : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stageProgression_data();
    void stageProgression();
    void protectedDealAutoBoundKeepsItsStage();
    void finalDealsReceiveOnlyTheKey_data();
    void finalDealsReceiveOnlyTheKey();
    void manyNewReceptionsInOneCycle();
    void receptionKeepsItsKeyWhenInvoiced();

private:
    PortalView portal();
    QJsonObject dealOf(const QString &key);
    // The newest transition recorded for a reception, from `transitions --json`.
    QJsonObject lastTransition(const QString &key);
    qint64 takeScheduledReception();

    std::unique_ptr<ClinicFixture> m_clinic;
    std::unique_ptr<IdentWriter> m_writer;
    QList<TruthReception> m_truth;
    QHash<qint64, TruthReception> m_byId;
    QSet<qint64> m_reserved; // receptions a test function uses, so no two share one
    qint64 m_prepayDeal = 0;
    QList<TruthReception> m_prepayReceptions;
    QList<TruthReception> m_ambiguousReceptions;
    QHash<QString, qint64> m_finalDeals; // "WON"/"LOSE" -> a closed manual deal
};

void TestSeedScenarios::initTestCase()
{
    m_clinic = std::make_unique<ClinicFixture>(QStringLiteral("seeds"));
    QVERIFY(m_clinic->isValid());
    const auto sample = m_clinic->createSample(
        {QStringLiteral("--patients"), QStringLiteral("150"), QStringLiteral("--receptions"),
         QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("31")});
    QVERIFY2(sample, qPrintable(m_clinic->error()));
    QSet<qint64> bad;
    for (const QJsonValue &b : sample->value(QStringLiteral("badRows")).toArray())
        bad.insert(b.toObject().value(QStringLiteral("reception")).toInteger());
    m_writer = std::make_unique<IdentWriter>(m_clinic->ident());

    QString error;
    const auto truth = IdentTruth::read(m_clinic->ident(), &error);
    QVERIFY2(truth, qPrintable(error));
    m_truth = *truth;
    QHash<QString, QSet<qint64>> patientsByPhone;
    QHash<qint64, QList<TruthReception>> byPatient;
    QSet<qint64> badPatients;
    for (const TruthReception &t : std::as_const(m_truth)) {
        m_byId.insert(t.id, t);
        if (bad.contains(t.id)) {
            m_reserved.insert(t.id);
            badPatients.insert(t.patientId);
        }
        if (t.patientId > 0 && !t.phone.isEmpty())
            patientsByPhone[t.phone].insert(t.patientId);
        byPatient[t.patientId] << t;
    }
    // Two patients whose phone nobody else has: one with a manual deal in PREPAYMENT_INVOICE,
    // one with two contacts in the CRM (an ambiguity a person resolves by binding).
    QList<qint64> chosen;
    QList<qint64> patients = byPatient.keys();
    std::sort(patients.begin(), patients.end());
    for (qint64 p : patients) {
        const QList<TruthReception> &rs = byPatient.value(p);
        if (p > 0 && !badPatients.contains(p) && rs.size() >= 3 && !rs.first().phone.isEmpty() &&
            patientsByPhone.value(rs.first().phone).size() == 1)
            chosen << p;
        if (chosen.size() == 2)
            break;
    }
    QCOMPARE(chosen.size(), 2);
    m_prepayReceptions = byPatient.value(chosen.at(0));
    m_ambiguousReceptions = byPatient.value(chosen.at(1));
    for (const TruthReception &t : std::as_const(m_prepayReceptions))
        m_reserved.insert(t.id);
    for (const TruthReception &t : std::as_const(m_ambiguousReceptions))
        m_reserved.insert(t.id);

    QVERIFY2(m_clinic->startPortal(), qPrintable(m_clinic->error()));
    const QString prepayPhone = m_prepayReceptions.first().phone;
    const QString ambiguousPhone = m_ambiguousReceptions.first().phone;
    const auto contacts = m_clinic->control(
        QStringLiteral("seed"),
        QJsonObject{
            {QStringLiteral("contacts"),
             QJsonArray{QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Ждёт")},
                                    {QStringLiteral("PHONE"), phoneField(prepayPhone)}},
                        QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Один")},
                                    {QStringLiteral("PHONE"), phoneField(ambiguousPhone)}},
                        QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Два")},
                                    {QStringLiteral("PHONE"), phoneField(ambiguousPhone)}}}}});
    QVERIFY2(contacts, qPrintable(m_clinic->error()));
    const QJsonArray contactIds = contacts->toObject().value(QStringLiteral("contacts")).toArray();
    QCOMPARE(contactIds.size(), 3);
    const auto manualDeal = [&](const QString &title, const QString &stage, const QJsonValue &c) {
        return QJsonObject{{QStringLiteral("TITLE"), title},
                           {QStringLiteral("STAGE_ID"), stage},
                           {QStringLiteral("CONTACT_ID"), QString::number(PortalView::id(c))},
                           {QStringLiteral("OPPORTUNITY"), QStringLiteral("55000.00")},
                           {QStringLiteral("COMMENTS"), QStringLiteral("Менеджер: план лечения")}};
    };
    const auto deals = m_clinic->control(
        QStringLiteral("seed"),
        QJsonObject{{QStringLiteral("deals"),
                     QJsonArray{manualDeal(QStringLiteral("Предоплата"),
                                           QStringLiteral("PREPAYMENT_INVOICE"), contactIds.at(0)),
                                manualDeal(QStringLiteral("Выиграна"), QStringLiteral("WON"),
                                           contactIds.at(1)),
                                manualDeal(QStringLiteral("Проиграна"), QStringLiteral("LOSE"),
                                           contactIds.at(1))}}});
    QVERIFY2(deals, qPrintable(m_clinic->error()));
    const QJsonArray dealIds = deals->toObject().value(QStringLiteral("deals")).toArray();
    QCOMPARE(dealIds.size(), 3);
    m_prepayDeal = PortalView::id(dealIds.at(0));
    m_finalDeals.insert(QStringLiteral("WON"), PortalView::id(dealIds.at(1)));
    m_finalDeals.insert(QStringLiteral("LOSE"), PortalView::id(dealIds.at(2)));

    QVERIFY2(m_clinic->writeConfig(), qPrintable(m_clinic->error()));
    QVERIFY2(m_clinic->storeWebhook(), qPrintable(m_clinic->error()));
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
}

PortalView TestSeedScenarios::portal()
{
    const auto state = m_clinic->control(QStringLiteral("state"));
    return state ? PortalView::fromState(state->toObject()) : PortalView{};
}

QJsonObject TestSeedScenarios::dealOf(const QString &key)
{
    const QList<QJsonObject> deals = portal().dealsByKey.value(key);
    return deals.size() == 1 ? deals.first() : QJsonObject{};
}

QJsonObject TestSeedScenarios::lastTransition(const QString &key)
{
    const ProcessResult r = m_clinic->cli({QStringLiteral("transitions"), QStringLiteral("--json"),
                                           QStringLiteral("--limit"), QStringLiteral("1000")});
    for (const QJsonValue &t : r.json().toArray()) {
        if (t.toObject().value(QStringLiteral("reception")).toString() == key)
            return t.toObject();
    }
    return {};
}

qint64 TestSeedScenarios::takeScheduledReception()
{
    for (const TruthReception &t : std::as_const(m_truth)) {
        if (!m_reserved.contains(t.id) && t.patientId > 0 && t.status == u"Запланирован") {
            m_reserved.insert(t.id);
            return t.id;
        }
    }
    return 0;
}

void TestSeedScenarios::stageProgression_data()
{
    // A step is an IDENT event column, or "portal:STAGE" when a person moves the deal in the CRM.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("stages");  // the deal's stage after each step's cycle
    QTest::addColumn<QStringList>("reasons"); // the transition recorded ("" after a portal step)

    QTest::newRow("В процессе -> treatment, Завершен keeps it, счет выдан -> WON")
        << QStringList{"ReceptionStarted", "ReceptionEnded", "CheckIssued"}
        << QStringList{"UC_NO40X0", "UC_NO40X0", "WON"} << QStringList{"mapped", "kept", "mapped"};
    QTest::newRow("Завершен right after arrival keeps NEW")
        << QStringList{"PatientAppeared", "ReceptionEnded", "CheckIssued"}
        << QStringList{"NEW", "NEW", "WON"} << QStringList{"mapped", "kept", "mapped"};
    QTest::newRow("cancelled during treatment -> LOSE")
        << QStringList{"ReceptionStarted", "ReceptionCanceled"} << QStringList{"UC_NO40X0", "LOSE"}
        << QStringList{"mapped", "mapped"};
    QTest::newRow("moved to FINAL_INVOICE by a person: protected from then on")
        << QStringList{"ReceptionStarted", "portal:FINAL_INVOICE", "ReceptionEnded", "CheckIssued"}
        << QStringList{"UC_NO40X0", "FINAL_INVOICE", "FINAL_INVOICE", "FINAL_INVOICE"}
        << QStringList{"mapped", "", "protected", "protected"};
    QTest::newRow("moved on to PREPARATION by a person: no regression to NEW, WON applies")
        << QStringList{"portal:PREPARATION", "PatientAppeared", "ReceptionEnded", "CheckIssued"}
        << QStringList{"PREPARATION", "PREPARATION", "PREPARATION", "WON"}
        << QStringList{"", "regression_blocked", "kept", "mapped"};
    QTest::newRow("WON is final: a later cancellation changes nothing but the key")
        << QStringList{"ReceptionStarted", "CheckIssued", "ReceptionCanceled"}
        << QStringList{"UC_NO40X0", "WON", "WON"} << QStringList{"mapped", "mapped", "final"};
}

void TestSeedScenarios::stageProgression()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, stages);
    QFETCH(QStringList, reasons);

    const qint64 id = takeScheduledReception();
    QVERIFY(id > 0);
    const QString key = m_byId.value(id).key;
    QCOMPARE(dealOf(key).value(QStringLiteral("STAGE_ID")).toString(), QStringLiteral("NEW"));
    QString statusBeforeFinal;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString step = steps.at(i);
        const QJsonObject before = dealOf(key);
        if (step.startsWith(QStringLiteral("portal:"))) {
            const auto moved = m_clinic->rest(
                QStringLiteral("crm.deal.update"),
                QJsonObject{{QStringLiteral("id"), before.value(QStringLiteral("ID")).toString()},
                            {QStringLiteral("fields"),
                             QJsonObject{{QStringLiteral("STAGE_ID"), step.mid(7)}}}});
            QVERIFY2(moved, qPrintable(m_clinic->error()));
        } else {
            QVERIFY2(m_writer->setEvent(id, step), qPrintable(m_writer->error()));
            QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
        }
        const QJsonObject after = dealOf(key);
        QVERIFY2(!after.isEmpty(), qPrintable(key));
        QCOMPARE(after.value(QStringLiteral("ID")), before.value(QStringLiteral("ID")));
        QCOMPARE(after.value(QStringLiteral("STAGE_ID")).toString(), stages.at(i));
        if (reasons.at(i).isEmpty())
            continue;
        QCOMPARE(lastTransition(key).value(QStringLiteral("reason")).toString(), reasons.at(i));
        QString error;
        const auto truth = IdentTruth::read(m_clinic->ident(), &error);
        QVERIFY2(truth, qPrintable(error));
        const auto row = std::find_if(truth->cbegin(), truth->cend(),
                                      [&](const TruthReception &t) { return t.id == id; });
        QVERIFY(row != truth->cend());
        if (reasons.at(i) == u"final") {
            // Only the key: the status written before the deal closed stays.
            QCOMPARE(after.value(QStringLiteral("UF_CRM_IDENT_STATUS")).toString(),
                     before.value(QStringLiteral("UF_CRM_IDENT_STATUS")).toString());
            QVERIFY(after.value(QStringLiteral("UF_CRM_IDENT_STATUS")).toString() != row->status);
        } else {
            QCOMPARE(after.value(QStringLiteral("UF_CRM_IDENT_STATUS")).toString(), row->status);
        }
    }
}

void TestSeedScenarios::protectedDealAutoBoundKeepsItsStage()
{
    QJsonObject deal = portal().dealById.value(m_prepayDeal);
    const QString key = deal.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString();
    const auto reception = std::find_if(m_prepayReceptions.cbegin(), m_prepayReceptions.cend(),
                                        [&](const TruthReception &t) { return t.key == key; });
    QVERIFY2(reception != m_prepayReceptions.cend(),
             qPrintable(QStringLiteral("the manual deal carries «%1»").arg(key)));
    QCOMPARE(deal.value(QStringLiteral("STAGE_ID")).toString(),
             QStringLiteral("PREPAYMENT_INVOICE"));
    // Fields are updated on a protected deal, the stage is not.
    QCOMPARE(deal.value(QStringLiteral("UF_CRM_IDENT_STATUS")).toString(), reception->status);
    QCOMPARE(deal.value(QStringLiteral("UF_CRM_IDENT_START")).toString(), reception->planStart);
    // Every other reception of the patient got a deal of its own, with the same contact.
    const PortalView view = portal();
    for (const TruthReception &t : std::as_const(m_prepayReceptions)) {
        QCOMPARE(view.dealsByKey.value(t.key).size(), 1);
        QCOMPARE(view.dealsByKey.value(t.key).first().value(QStringLiteral("CONTACT_ID")),
                 deal.value(QStringLiteral("CONTACT_ID")));
    }

    // The invoice is issued in IDENT: WON is mapped, but the stage is still protected.
    QVERIFY2(m_writer->setEvent(reception->id, QStringLiteral("CheckIssued")),
             qPrintable(m_writer->error()));
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
    deal = portal().dealById.value(m_prepayDeal);
    QCOMPARE(deal.value(QStringLiteral("STAGE_ID")).toString(),
             QStringLiteral("PREPAYMENT_INVOICE"));
    QCOMPARE(deal.value(QStringLiteral("UF_CRM_IDENT_STATUS")).toString(),
             QStringLiteral("Завершен (счет выдан)"));
    QCOMPARE(lastTransition(key).value(QStringLiteral("reason")).toString(),
             QStringLiteral("protected"));
}

void TestSeedScenarios::finalDealsReceiveOnlyTheKey_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("reception"); // which of the ambiguous patient's receptions
    QTest::newRow("WON") << "WON" << 0;
    QTest::newRow("LOSE") << "LOSE" << 1;
}

void TestSeedScenarios::finalDealsReceiveOnlyTheKey()
{
    QFETCH(QString, stage);
    QFETCH(int, reception);
    const TruthReception &t = m_ambiguousReceptions.at(reception);
    // The patient's two CRM contacts made every reception of theirs wait for a person.
    const ProcessResult waiting =
        m_clinic->cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--state"),
                       QStringLiteral("needs_attention"), QStringLiteral("--search"), t.key,
                       QStringLiteral("--json")});
    QVERIFY2(waiting.exitCode == 0, qPrintable(waiting.describe()));
    QStringList waitingKeys;
    for (const QJsonValue &j : waiting.json().toArray())
        waitingKeys << j.toObject().value(QStringLiteral("key")).toString();
    QVERIFY2(waitingKeys.contains(t.key), qPrintable(waiting.describe()));

    const qint64 dealId = m_finalDeals.value(stage);
    const QJsonObject before = portal().dealById.value(dealId);
    QCOMPARE(before.value(QStringLiteral("STAGE_ID")).toString(), stage);
    const ProcessResult bound =
        m_clinic->cli({QStringLiteral("bind"), QStringLiteral("--reception"), t.key,
                       QStringLiteral("--deal"), QString::number(dealId)});
    QVERIFY2(bound.exitCode == 0, qPrintable(bound.describe()));
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));

    QJsonObject after = portal().dealById.value(dealId);
    QCOMPARE(after.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString(), t.key);
    QJsonObject expected = before;
    expected.insert(QStringLiteral("UF_CRM_IDENT_KEY"), t.key);
    QCOMPARE(PortalView::withoutBookkeeping(after), PortalView::withoutBookkeeping(expected));
    QCOMPARE(lastTransition(t.key).value(QStringLiteral("reason")).toString(),
             QStringLiteral("final"));

    // Later changes in IDENT still reach nothing but the key.
    QVERIFY2(m_writer->setComment(t.id, QStringLiteral("Пациент перезвонил")),
             qPrintable(m_writer->error()));
    QVERIFY2(m_writer->setEvent(t.id, QStringLiteral("ReceptionStarted")),
             qPrintable(m_writer->error()));
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
    after = portal().dealById.value(dealId);
    QCOMPARE(PortalView::withoutBookkeeping(after), PortalView::withoutBookkeeping(expected));
    QCOMPARE(portal().dealsByKey.value(t.key).size(), 1);
}

void TestSeedScenarios::manyNewReceptionsInOneCycle()
{
    // 60 bookings land between two polls: four new patients (one with 25 visits, more than a
    // batch holds with its contact), and existing patients who already have a contact.
    struct Booking
    {
        qint64 reception;
        qint64 patient;
        bool newPatient;
    };
    QList<Booking> bookings;
    const QList<int> visits{25, 10, 10, 10};
    for (int p = 0; p < visits.size(); ++p) {
        const auto patient =
            m_writer->addPatient(QStringLiteral("Новикова"), QStringLiteral("Пациентка%1").arg(p),
                                 QStringLiteral("+7 999 555-00-%1").arg(10 + p));
        QVERIFY2(patient, qPrintable(m_writer->error()));
        for (int v = 0; v < visits.at(p); ++v) {
            const auto r = m_writer->addReception(*patient, 11 + p % 2, 8 + v % 10);
            QVERIFY2(r, qPrintable(m_writer->error()));
            bookings << Booking{*r, *patient, true};
        }
    }
    for (const TruthReception &t : std::as_const(m_truth)) {
        if (bookings.size() == 60)
            break;
        if (m_reserved.contains(t.id) || t.patientId <= 0 || t.branch != 1)
            continue;
        const auto r = m_writer->addReception(t.patientId, 12, 18);
        QVERIFY2(r, qPrintable(m_writer->error()));
        bookings << Booking{*r, t.patientId, false};
        m_reserved.insert(t.id);
    }
    QCOMPARE(bookings.size(), 60);

    // One cycle, not "until idle": all 60 are written by this one run.
    const ProcessResult run =
        m_clinic->cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.describe()));
    const QJsonObject report = run.json().toObject();
    QVERIFY2(report.value(QStringLiteral("receptions_read")).toInt() >= 60,
             qPrintable(run.describe()));
    QVERIFY2(report.value(QStringLiteral("done")).toInt() >= 60, qPrintable(run.describe()));
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("retry_wait")).toInt(), 0);

    const PortalView view = portal();
    QHash<qint64, QSet<qint64>> contactsOfPatient;
    for (const Booking &b : std::as_const(bookings)) {
        const QString key = QStringLiteral("F1_%1").arg(b.reception);
        const QList<QJsonObject> deals = view.dealsByKey.value(key);
        QVERIFY2(deals.size() == 1, qPrintable(key));
        QCOMPARE(deals.first().value(QStringLiteral("STAGE_ID")).toString(), QStringLiteral("NEW"));
        contactsOfPatient[b.patient].insert(
            PortalView::id(deals.first().value(QStringLiteral("CONTACT_ID"))));
    }
    for (auto it = contactsOfPatient.cbegin(); it != contactsOfPatient.cend(); ++it) {
        QCOMPARE(it.value().size(), 1);
        QCOMPARE(view.contactsByPatient.value(QString::number(it.key())).size(), 1);
        QCOMPARE(PortalView::id(view.contactsByPatient.value(QString::number(it.key()))
                                    .first()
                                    .value(QStringLiteral("ID"))),
                 *it.value().cbegin());
    }
}

void TestSeedScenarios::receptionKeepsItsKeyWhenInvoiced()
{
    // A reception booked without a chair is in the default branch (F0_); the invoice that names
    // a company later must not move it to another key and so to a second deal.
    qint64 patient = 0;
    for (const TruthReception &t : std::as_const(m_truth)) {
        if (!m_reserved.contains(t.id) && t.patientId > 0 && t.branch == 1) {
            patient = t.patientId;
            m_reserved.insert(t.id);
            break;
        }
    }
    QVERIFY(patient > 0);
    const auto id = m_writer->addReception(patient, std::nullopt, 12);
    QVERIFY2(id, qPrintable(m_writer->error()));
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
    const QString key = QStringLiteral("F0_%1").arg(*id);
    const QJsonObject deal = dealOf(key);
    QVERIFY2(!deal.isEmpty(), qPrintable(key));

    QVERIFY2(m_writer->setEvent(*id, QStringLiteral("ReceptionEnded")),
             qPrintable(m_writer->error()));
    QVERIFY2(m_writer->addInvoice(*id, 2, 3), qPrintable(m_writer->error()));
    QVERIFY2(m_writer->setEvent(*id, QStringLiteral("CheckIssued")), qPrintable(m_writer->error()));
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));

    const PortalView view = portal();
    int dealsOfReception = 0;
    for (auto it = view.dealsByKey.cbegin(); it != view.dealsByKey.cend(); ++it) {
        if (it.key().endsWith(QStringLiteral("_%1").arg(*id)))
            dealsOfReception += int(it.value().size());
    }
    QCOMPARE(dealsOfReception, 1);
    QCOMPARE(view.dealById.value(PortalView::id(deal.value(QStringLiteral("ID"))))
                 .value(QStringLiteral("STAGE_ID"))
                 .toString(),
             QStringLiteral("WON"));
}

QTEST_GUILESS_MAIN(TestSeedScenarios)
#include "testseedscenarios.moc"
