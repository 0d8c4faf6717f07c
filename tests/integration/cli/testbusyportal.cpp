// A portal whose people keep many open deals without an IDENT key: one contact of the clinic has
// more than a list page (50) of them. Look-ups are batched several contacts per call, so such a
// contact must not hide the open deals of another contact looked up with it: every patient with
// two or more candidate deals waits for a person, and nothing is created beside them.

#include "clinicfixture.h"
#include "identtruth.h"
#include "portalview.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace identsync::e2e;

namespace {

QJsonArray phoneField(const QString &phone)
{
    return QJsonArray{QJsonObject{{QStringLiteral("VALUE"), phone},
                                  {QStringLiteral("VALUE_TYPE"), QStringLiteral("MOBILE")}}};
}

} // namespace

class TestBusyPortal : public QObject
{
    Q_OBJECT

private slots:
    void manyOpenDealsHideNothing_data();
    void manyOpenDealsHideNothing();
    void manyContactsByPhoneHideNothing();
};

void TestBusyPortal::manyOpenDealsHideNothing_data()
{
    // Open keyless deals of the first contact, then of the second.
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::addColumn<bool>("secondWaits"); // two or more: a person chooses; one: auto-bound
    QTest::newRow("55 and 2") << 55 << 2 << true;
    QTest::newRow("120 and 1") << 120 << 1 << false;
}

void TestBusyPortal::manyOpenDealsHideNothing()
{
    QFETCH(int, first);
    QFETCH(int, second);
    QFETCH(bool, secondWaits);

    ClinicFixture clinic(QStringLiteral("busy%1").arg(first));
    QVERIFY(clinic.isValid());
    // Few enough receptions for one dispatch group: both patients are looked up together.
    const auto sample = clinic.createSample({QStringLiteral("--patients"), QStringLiteral("20"),
                                             QStringLiteral("--receptions"), QStringLiteral("40"),
                                             QStringLiteral("--seed"), QStringLiteral("71")});
    QVERIFY2(sample, qPrintable(clinic.error()));
    QSet<qint64> bad;
    for (const QJsonValue &b : sample->value(QStringLiteral("badRows")).toArray())
        bad.insert(b.toObject().value(QStringLiteral("reception")).toInteger());
    QString error;
    const auto truth = IdentTruth::read(clinic.ident(), &error);
    QVERIFY2(truth, qPrintable(error));
    QHash<QString, QSet<qint64>> patientsByPhone;
    QHash<qint64, QList<TruthReception>> byPatient;
    for (const TruthReception &t : *truth) {
        if (t.patientId <= 0 || bad.contains(t.id))
            continue;
        if (!t.phone.isEmpty())
            patientsByPhone[t.phone].insert(t.patientId);
        byPatient[t.patientId] << t;
    }
    QList<QList<TruthReception>> people;
    QList<qint64> ids = byPatient.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 p : ids) {
        const QString phone = byPatient.value(p).first().phone;
        if (!phone.isEmpty() && patientsByPhone.value(phone).size() == 1)
            people << byPatient.value(p);
        if (people.size() == 2)
            break;
    }
    QCOMPARE(people.size(), 2);

    QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
    const auto contacts = clinic.control(
        QStringLiteral("seed"),
        QJsonObject{
            {QStringLiteral("contacts"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Первый")},
                             {QStringLiteral("PHONE"), phoneField(people.at(0).first().phone)}},
                 QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Второй")},
                             {QStringLiteral("PHONE"), phoneField(people.at(1).first().phone)}}}}});
    QVERIFY2(contacts, qPrintable(clinic.error()));
    const QJsonArray contactIds = contacts->toObject().value(QStringLiteral("contacts")).toArray();
    QJsonArray deals;
    for (int i = 0; i < first + second; ++i)
        deals.append(
            QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Открытая сделка %1").arg(i)},
                        {QStringLiteral("STAGE_ID"), QStringLiteral("NEW")},
                        {QStringLiteral("CONTACT_ID"),
                         QString::number(PortalView::id(contactIds.at(i < first ? 0 : 1)))}});
    const auto seeded =
        clinic.control(QStringLiteral("seed"), QJsonObject{{QStringLiteral("deals"), deals}});
    QVERIFY2(seeded, qPrintable(clinic.error()));
    const QJsonArray dealIds = seeded->toObject().value(QStringLiteral("deals")).toArray();
    const qint64 secondsFirstDeal = PortalView::id(dealIds.at(first));

    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
    QVERIFY2(clinic.storeWebhook(), qPrintable(clinic.error()));
    QVERIFY2(clinic.syncUntilIdle(), qPrintable(clinic.error()));

    const auto state = clinic.control(QStringLiteral("state"));
    QVERIFY2(state, qPrintable(clinic.error()));
    const PortalView portal = PortalView::fromState(state->toObject());
    // The first patient has many candidates: every reception waits, nothing is created.
    for (const TruthReception &t : people.at(0)) {
        QVERIFY2(portal.dealsByKey.value(t.key).isEmpty(), qPrintable(t.key));
        QCOMPARE(clinic.job(t.key).value(QStringLiteral("state")).toString(),
                 QStringLiteral("needs_attention"));
    }
    if (secondWaits) {
        for (const TruthReception &t : people.at(1)) {
            QVERIFY2(portal.dealsByKey.value(t.key).isEmpty(), qPrintable(t.key));
            QCOMPARE(clinic.job(t.key)
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("class")),
                     QJsonValue(QStringLiteral("ambiguous")));
        }
    } else {
        // One open deal: the second patient's first reception took it over.
        const QString key = portal.dealById.value(secondsFirstDeal)
                                .value(QStringLiteral("UF_CRM_IDENT_KEY"))
                                .toString();
        QStringList keys;
        for (const TruthReception &t : people.at(1))
            keys << t.key;
        QVERIFY2(keys.contains(key), qPrintable(key));
        for (const TruthReception &t : people.at(1))
            QCOMPARE(portal.dealsByKey.value(t.key).size(), 1);
    }
    // Nobody's manual deals were touched but the one taken over.
    int keyless = 0;
    for (const QJsonObject &d : portal.deals)
        keyless += d.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString().isEmpty() ? 1 : 0;
    QCOMPARE(keyless, first + second - (secondWaits ? 0 : 1));
}

// Phones are searched twenty a call and crm.duplicate.findbycomm answers at most twenty contacts:
// with duplicate contacts in the CRM a call can match more, and the ones it leaves out must not
// be taken for "no contact" (a second contact for the patient) or for "one contact" (a guess where
// a person should choose).
void TestBusyPortal::manyContactsByPhoneHideNothing()
{
    ClinicFixture clinic(QStringLiteral("busyphones"));
    QVERIFY(clinic.isValid());
    const auto sample = clinic.createSample({QStringLiteral("--patients"), QStringLiteral("80"),
                                             QStringLiteral("--receptions"), QStringLiteral("48"),
                                             QStringLiteral("--seed"), QStringLiteral("72")});
    QVERIFY2(sample, qPrintable(clinic.error()));
    QSet<qint64> bad;
    for (const QJsonValue &b : sample->value(QStringLiteral("badRows")).toArray())
        bad.insert(b.toObject().value(QStringLiteral("reception")).toInteger());
    QString error;
    const auto truth = IdentTruth::read(clinic.ident(), &error);
    QVERIFY2(truth, qPrintable(error));
    QHash<QString, QSet<qint64>> patientsByPhone;
    QHash<qint64, QList<TruthReception>> byPatient;
    for (const TruthReception &t : *truth) {
        if (t.patientId <= 0 || bad.contains(t.id))
            continue;
        if (!t.phone.isEmpty())
            patientsByPhone[t.phone].insert(t.patientId);
        byPatient[t.patientId] << t;
    }
    QList<qint64> people;
    for (auto it = byPatient.cbegin(); it != byPatient.cend(); ++it) {
        const QString phone = it.value().first().phone;
        if (!phone.isEmpty() && patientsByPhone.value(phone).size() == 1)
            people << it.key();
    }
    std::sort(people.begin(), people.end());
    QVERIFY2(people.size() >= 25, qPrintable(QString::number(people.size())));

    // Every third patient's phone has ten contacts more, made by hand over the years; those come
    // first, so a call that matches more than twenty leaves out the only contacts of others.
    QJsonArray contacts;
    QList<qint64> owners;
    QSet<qint64> doubled;
    for (int i = 0; i < people.size(); i += 3) {
        doubled.insert(people.at(i));
        for (int copy = 0; copy < 10; ++copy)
            owners << people.at(i);
    }
    for (qint64 p : std::as_const(people))
        owners << p;
    for (qint64 p : std::as_const(owners))
        contacts.append(
            QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Из CRM")},
                        {QStringLiteral("PHONE"), phoneField(byPatient.value(p).first().phone)}});
    QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
    const auto seeded =
        clinic.control(QStringLiteral("seed"), QJsonObject{{QStringLiteral("contacts"), contacts}});
    QVERIFY2(seeded, qPrintable(clinic.error()));
    QHash<qint64, QList<qint64>> contactsOf;
    const QJsonArray ids = seeded->toObject().value(QStringLiteral("contacts")).toArray();
    for (qsizetype i = 0; i < ids.size(); ++i)
        contactsOf[owners.at(i)] << PortalView::id(ids.at(i));

    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
    QVERIFY2(clinic.storeWebhook(), qPrintable(clinic.error()));
    QVERIFY2(clinic.syncUntilIdle(), qPrintable(clinic.error()));
    const auto state = clinic.control(QStringLiteral("state"));
    QVERIFY2(state, qPrintable(clinic.error()));
    const PortalView portal = PortalView::fromState(state->toObject());

    for (qint64 p : std::as_const(people)) {
        for (const TruthReception &t : byPatient.value(p)) {
            const QList<QJsonObject> deals = portal.dealsByKey.value(t.key);
            if (doubled.contains(p)) {
                QVERIFY2(deals.isEmpty(), qPrintable(QStringLiteral("%1 of patient %2 with many "
                                                                    "contacts has a deal")
                                                         .arg(t.key)
                                                         .arg(p)));
                continue;
            }
            QVERIFY2(deals.size() == 1, qPrintable(t.key));
            QVERIFY2(
                contactsOf.value(p).contains(
                    PortalView::id(deals.first().value(QStringLiteral("CONTACT_ID")))),
                qPrintable(QStringLiteral("%1 of patient %2 is on contact %3, not on theirs")
                               .arg(t.key)
                               .arg(p)
                               .arg(deals.first().value(QStringLiteral("CONTACT_ID")).toString())));
        }
    }
}

QTEST_GUILESS_MAIN(TestBusyPortal)
#include "testbusyportal.moc"
