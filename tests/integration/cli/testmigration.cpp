// Taking over from the replaced product (SPEC §2.1: the key F{branch}_{ID} is compatible "so
// existing deals are recognised"). The portal already holds what the Python service left: a
// contact per phone without an IDENT patient id (it keyed contacts by phone), deals carrying the
// IDENT key in the stages it set, and here and there a duplicate contact a manager made by hand.
// The first IdentSync run must update those deals instead of creating new ones, take over the
// existing contacts instead of creating a second contact per patient, and leave a patient whose
// phone has two contacts to a person.

#include "clinicfixture.h"
#include "expectedportal.h"
#include "identtruth.h"
#include "portalview.h"
#include "stagemodel.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace identsync::e2e;

namespace {

// The stage the replaced product's default mapping gave (seeds/000: «Завершен» went to the
// treatment stage before its fix).
QString oldStage(const QString &status)
{
    if (status == u"В процессе" || status == u"Завершен")
        return QStringLiteral("UC_NO40X0");
    return StageModel::forNewDeal(status);
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void takesOverThePythonPortal();
};

void TestMigration::takesOverThePythonPortal()
{
    ClinicFixture clinic(QStringLiteral("migration"));
    QVERIFY(clinic.isValid());
    const auto sample = clinic.createSample({QStringLiteral("--patients"), QStringLiteral("200"),
                                             QStringLiteral("--receptions"), QStringLiteral("700"),
                                             QStringLiteral("--seed"), QStringLiteral("81")});
    QVERIFY2(sample, qPrintable(clinic.error()));
    QSet<qint64> bad;
    for (const QJsonValue &b : sample->value(QStringLiteral("badRows")).toArray())
        bad.insert(b.toObject().value(QStringLiteral("reception")).toInteger());
    QString error;
    const auto truth = IdentTruth::read(clinic.ident(), &error);
    QVERIFY2(truth, qPrintable(error));

    QHash<QString, QSet<qint64>> patientsByPhone;
    QHash<qint64, QList<TruthReception>> byPatient;
    QSet<qint64> badPatients;
    for (const TruthReception &t : *truth) {
        if (bad.contains(t.id))
            badPatients.insert(t.patientId);
        if (t.patientId <= 0)
            continue;
        if (!t.phone.isEmpty())
            patientsByPhone[t.phone].insert(t.patientId);
        byPatient[t.patientId] << t;
    }
    // The old product's records, for every patient with a phone of their own.
    QList<qint64> seededPatients;
    QSet<qint64> duplicated; // a manager made a second contact for them
    QJsonArray contacts;
    QList<qint64> patients = byPatient.keys();
    std::sort(patients.begin(), patients.end());
    for (qint64 p : patients) {
        const QString phone = byPatient.value(p).first().phone;
        if (phone.isEmpty() || badPatients.contains(p) || patientsByPhone.value(phone).size() != 1)
            continue;
        seededPatients << p;
        const int copies = seededPatients.size() % 6 == 0 ? 2 : 1;
        if (copies == 2)
            duplicated.insert(p);
        for (int c = 0; c < copies; ++c)
            contacts.append(QJsonObject{
                {QStringLiteral("NAME"), QStringLiteral("Пациент")},
                {QStringLiteral("LAST_NAME"), QStringLiteral("Из старой интеграции")},
                {QStringLiteral("PHONE"),
                 QJsonArray{QJsonObject{{QStringLiteral("VALUE"), phone},
                                        {QStringLiteral("VALUE_TYPE"), QStringLiteral("WORK")}}}}});
    }
    QVERIFY(seededPatients.size() >= 60);
    QVERIFY(duplicated.size() >= 10);

    QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
    const auto seeded =
        clinic.control(QStringLiteral("seed"), QJsonObject{{QStringLiteral("contacts"), contacts}});
    QVERIFY2(seeded, qPrintable(clinic.error()));
    const QJsonArray contactIds = seeded->toObject().value(QStringLiteral("contacts")).toArray();
    QHash<qint64, QList<qint64>> contactsOf; // patient -> their old contacts
    int next = 0;
    for (qint64 p : std::as_const(seededPatients)) {
        for (int c = 0; c < (duplicated.contains(p) ? 2 : 1); ++c)
            contactsOf[p] << PortalView::id(contactIds.at(next++));
    }
    QCOMPARE(next, int(contactIds.size()));

    // Every second reception of theirs already has its deal, keyed as IdentSync keys it.
    ExpectedPortal expected;
    QJsonArray deals;
    QSet<QString> oldKeys;
    for (qint64 p : std::as_const(seededPatients)) {
        const QList<TruthReception> &rs = byPatient.value(p);
        for (qsizetype i = 0; i < rs.size(); i += 2) {
            const TruthReception &t = rs.at(i);
            deals.append(QJsonObject{
                {QStringLiteral("TITLE"), QStringLiteral("Приём (старая интеграция)")},
                {QStringLiteral("STAGE_ID"), oldStage(t.status)},
                {QStringLiteral("CONTACT_ID"), QString::number(contactsOf.value(p).first())},
                {QStringLiteral("UF_CRM_IDENT_KEY"), t.key}});
            expected.setStage(t.key, oldStage(t.status));
            oldKeys.insert(t.key);
        }
    }
    QVERIFY2(clinic.control(QStringLiteral("seed"), QJsonObject{{QStringLiteral("deals"), deals}}),
             qPrintable(clinic.error()));

    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
    QVERIFY2(clinic.storeWebhook(), qPrintable(clinic.error()));
    QVERIFY2(clinic.syncUntilIdle(), qPrintable(clinic.error()));
    const auto state = clinic.control(QStringLiteral("state"));
    QVERIFY2(state, qPrintable(clinic.error()));
    const PortalView portal = PortalView::fromState(state->toObject());

    // A patient with two old contacts: an old deal carrying the reception's key is simply
    // updated; a reception without one waits for a person (ambiguous), unless an old deal of the
    // patient, updated first, already named the contact the old product used. Never a third one.
    for (qint64 p : std::as_const(duplicated)) {
        for (const TruthReception &t : byPatient.value(p)) {
            expected.ignore(t.id);
            const QList<QJsonObject> found = portal.dealsByKey.value(t.key);
            if (oldKeys.contains(t.key) || !found.isEmpty()) {
                QCOMPARE(found.size(), 1);
                QCOMPARE(PortalView::id(found.first().value(QStringLiteral("CONTACT_ID"))),
                         contactsOf.value(p).first());
                continue;
            }
            QCOMPARE(clinic.job(t.key)
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("class"))
                         .toString(),
                     QStringLiteral("ambiguous"));
        }
        for (qint64 c : contactsOf.value(p))
            QCOMPARE(portal.contactById.value(c).value(QStringLiteral("UF_CRM_IDENT_PATIENT")),
                     QJsonValue(QJsonValue::Null));
    }
    // Everyone else: every deal of theirs is on their old contact, and no second contact was made
    // for them (a contact IdentSync creates carries the patient id, so it would show here).
    for (qint64 p : std::as_const(seededPatients)) {
        if (duplicated.contains(p))
            continue;
        const qint64 contact = contactsOf.value(p).first();
        for (const TruthReception &t : byPatient.value(p))
            QCOMPARE(PortalView::id(portal.dealsByKey.value(t.key).value(0).value(
                         QStringLiteral("CONTACT_ID"))),
                     contact);
        for (const QJsonObject &c : portal.contactsByPatient.value(QString::number(p)))
            QCOMPARE(PortalView::id(c.value(QStringLiteral("ID"))), contact);
    }
    for (qint64 id : std::as_const(bad))
        expected.exclude(id);
    expected.apply(*truth);
    const QStringList problems = expected.compare(*truth, portal);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestMigration)
#include "testmigration.moc"
