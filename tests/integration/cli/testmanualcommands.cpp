// Issue 7, "Done when" 6: a person's `bind`, `unbind` and `queue retry` through identsync-cli
// take effect within the next cycle and are audited (read back from the state database).

#include "clinicfixture.h"
#include "identtruth.h"
#include "identwriter.h"
#include "portalview.h"
#include "stagemodel.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>
#include <QtTest/QTest>

using namespace identsync::e2e;

namespace {

QJsonArray phoneField(const QString &phone)
{
    return QJsonArray{QJsonObject{{QStringLiteral("VALUE"), phone},
                                  {QStringLiteral("VALUE_TYPE"), QStringLiteral("MOBILE")}}};
}

struct AuditRow
{
    QString actor;
    QString action;
    QString target;
    QString details;
};

} // namespace

class TestManualCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bindTakesEffectInTheNextCycle();
    void retryAfterThePortalWasFixed();
    void retryByClassWhileTheEngineRuns();
    void retryAfterTheDataWasFixedInIdent();
    void unbindAfterTheDealWasDeleted();

private:
    PortalView portal();
    QList<AuditRow> audit();
    QString state(const QString &key)
    {
        return m_clinic->job(key).value(QStringLiteral("state")).toString();
    }

    std::unique_ptr<ClinicFixture> m_clinic;
    std::unique_ptr<IdentWriter> m_writer;
    QList<TruthReception> m_truth;
    QList<TruthReception> m_bindPatient;  // two CRM contacts: waits for a person
    QList<TruthReception> m_retryPatient; // likewise
    QList<qint64> m_retryContacts;
    qint64 m_bindContact = 0; // the manual deal's contact
    qint64 m_manualDeal = 0;
    TruthReception m_badPhone; // a bad row: phone without a city code
    qint64 m_badPhonePerson = 0;
};

void TestManualCommands::initTestCase()
{
    m_clinic = std::make_unique<ClinicFixture>(QStringLiteral("manual"));
    QVERIFY(m_clinic->isValid());
    const auto sample = m_clinic->createSample(
        {QStringLiteral("--patients"), QStringLiteral("100"), QStringLiteral("--receptions"),
         QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("41")});
    QVERIFY2(sample, qPrintable(m_clinic->error()));
    m_writer = std::make_unique<IdentWriter>(m_clinic->ident());
    QString error;
    const auto truth = IdentTruth::read(m_clinic->ident(), &error);
    QVERIFY2(truth, qPrintable(error));
    m_truth = *truth;
    QSet<qint64> bad;
    qint64 badPhoneId = 0;
    for (const QJsonValue &b : sample->value(QStringLiteral("badRows")).toArray()) {
        const QJsonObject row = b.toObject();
        bad.insert(row.value(QStringLiteral("reception")).toInteger());
        if (row.value(QStringLiteral("what")).toString().contains(QStringLiteral("city code")))
            badPhoneId = row.value(QStringLiteral("reception")).toInteger();
    }
    QVERIFY(badPhoneId > 0);

    QHash<QString, QSet<qint64>> patientsByPhone;
    QHash<qint64, QList<TruthReception>> byPatient;
    for (const TruthReception &t : std::as_const(m_truth)) {
        if (t.id == badPhoneId)
            m_badPhone = t;
        if (bad.contains(t.id))
            continue;
        if (t.patientId > 0 && !t.phone.isEmpty())
            patientsByPhone[t.phone].insert(t.patientId);
        byPatient[t.patientId] << t;
    }
    m_badPhonePerson = m_badPhone.patientId;
    QList<qint64> patients = byPatient.keys();
    std::sort(patients.begin(), patients.end());
    QList<QList<TruthReception>> chosen;
    for (qint64 p : patients) {
        const QList<TruthReception> &rs = byPatient.value(p);
        if (p > 0 && rs.size() >= 3 && !rs.first().phone.isEmpty() &&
            patientsByPhone.value(rs.first().phone).size() == 1)
            chosen << rs;
        if (chosen.size() == 2)
            break;
    }
    QCOMPARE(chosen.size(), 2);
    m_bindPatient = chosen.at(0);
    m_retryPatient = chosen.at(1);

    QVERIFY2(m_clinic->startPortal(), qPrintable(m_clinic->error()));
    QJsonArray contacts;
    for (const QList<TruthReception> *p : {&m_bindPatient, &m_retryPatient}) {
        for (int copy = 0; copy < 2; ++copy)
            contacts.append(QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Дубль")},
                                        {QStringLiteral("PHONE"), phoneField(p->first().phone)}});
    }
    const auto seeded = m_clinic->control(QStringLiteral("seed"),
                                          QJsonObject{{QStringLiteral("contacts"), contacts}});
    QVERIFY2(seeded, qPrintable(m_clinic->error()));
    const QJsonArray ids = seeded->toObject().value(QStringLiteral("contacts")).toArray();
    QCOMPARE(ids.size(), 4);
    m_retryContacts = {PortalView::id(ids.at(2)), PortalView::id(ids.at(3))};
    m_bindContact = PortalView::id(ids.at(0));
    const auto deal = m_clinic->control(
        QStringLiteral("seed"),
        QJsonObject{{QStringLiteral("deals"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("TITLE"), QStringLiteral("Звонок: хочет на приём")},
                         {QStringLiteral("STAGE_ID"), QStringLiteral("NEW")},
                         {QStringLiteral("CONTACT_ID"), QString::number(PortalView::id(ids.at(0)))},
                         {QStringLiteral("UF_CRM_IDENT_KEY"), QString()}}}}});
    QVERIFY2(deal, qPrintable(m_clinic->error()));
    m_manualDeal = PortalView::id(deal->toObject().value(QStringLiteral("deals")).toArray().at(0));

    QVERIFY2(m_clinic->writeConfig(), qPrintable(m_clinic->error()));
    QVERIFY2(m_clinic->storeWebhook(), qPrintable(m_clinic->error()));
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
    for (const TruthReception &t : std::as_const(m_bindPatient))
        QCOMPARE(state(t.key), QStringLiteral("needs_attention"));
    for (const TruthReception &t : std::as_const(m_retryPatient))
        QCOMPARE(state(t.key), QStringLiteral("needs_attention"));
}

PortalView TestManualCommands::portal()
{
    const auto s = m_clinic->control(QStringLiteral("state"));
    return s ? PortalView::fromState(s->toObject()) : PortalView{};
}

QList<AuditRow> TestManualCommands::audit()
{
    QList<AuditRow> rows;
    QSqlQuery q(m_clinic->stateDb());
    if (!q.exec(QStringLiteral("SELECT actor, action, target, details FROM audit ORDER BY id")))
        return rows;
    while (q.next())
        rows << AuditRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()};
    return rows;
}

void TestManualCommands::bindTakesEffectInTheNextCycle()
{
    const TruthReception &t = m_bindPatient.first();
    const ProcessResult bound =
        m_clinic->cli({QStringLiteral("bind"), QStringLiteral("--reception"), t.key,
                       QStringLiteral("--deal"), QString::number(m_manualDeal)});
    QVERIFY2(bound.exitCode == 0, qPrintable(bound.describe()));
    const QList<AuditRow> rows = audit();
    const auto bind = std::find_if(rows.cbegin(), rows.cend(),
                                   [](const AuditRow &r) { return r.action == u"bind"; });
    QVERIFY(bind != rows.cend());
    QCOMPARE(bind->target, t.key);
    QVERIFY2(bind->details.contains(QString::number(m_manualDeal)), qPrintable(bind->details));
    QVERIFY2(bind->actor.startsWith(QStringLiteral("cli:")), qPrintable(bind->actor));

    // The next cycle writes the reception to the deal a person chose, under the stage rules.
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
    const PortalView view = portal();
    const QJsonObject deal = view.dealById.value(m_manualDeal);
    QCOMPARE(deal.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString(), t.key);
    QCOMPARE(deal.value(QStringLiteral("UF_CRM_IDENT_STATUS")).toString(), t.status);
    QCOMPARE(deal.value(QStringLiteral("STAGE_ID")).toString(),
             StageModel::after(QStringLiteral("NEW"), t.status));
    QCOMPARE(view.dealsByKey.value(t.key).size(), 1);
    QCOMPARE(state(t.key), QStringLiteral("done"));
    // The other receptions of that patient still wait: the bind was for one record.
    QCOMPARE(state(m_bindPatient.at(1).key), QStringLiteral("needs_attention"));

    const ProcessResult transitions =
        m_clinic->cli({QStringLiteral("transitions"), QStringLiteral("--json"),
                       QStringLiteral("--limit"), QStringLiteral("1000")});
    QStringList reasons;
    for (const QJsonValue &j : transitions.json().toArray()) {
        if (j.toObject().value(QStringLiteral("reception")).toString() == t.key)
            reasons << j.toObject().value(QStringLiteral("reason")).toString();
    }
    QVERIFY2(reasons.contains(QStringLiteral("manual")), qPrintable(reasons.join(u',')));
}

void TestManualCommands::retryAfterThePortalWasFixed()
{
    // A person merges the duplicates their way: one contact is marked as the patient's.
    const TruthReception &t = m_retryPatient.first();
    const auto marked = m_clinic->rest(
        QStringLiteral("crm.contact.update"),
        QJsonObject{{QStringLiteral("id"), QString::number(m_retryContacts.first())},
                    {QStringLiteral("fields"), QJsonObject{{QStringLiteral("UF_CRM_IDENT_PATIENT"),
                                                            QString::number(t.patientId)}}}});
    QVERIFY2(marked, qPrintable(m_clinic->error()));
    // Without a retry nothing moves: a record that needs a person is not retried on its own.
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
    QCOMPARE(state(t.key), QStringLiteral("needs_attention"));

    const qint64 jobId = m_clinic->job(t.key).value(QStringLiteral("id")).toInteger();
    QVERIFY(jobId > 0);
    const ProcessResult retried =
        m_clinic->cli({QStringLiteral("queue"), QStringLiteral("retry"), QString::number(jobId)});
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.describe()));
    QCOMPARE(audit().last().action, QStringLiteral("retry"));
    QVERIFY2(audit().last().target.contains(QString::number(jobId)),
             qPrintable(audit().last().target));

    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
    QCOMPARE(state(t.key), QStringLiteral("done"));
    const QList<QJsonObject> deals = portal().dealsByKey.value(t.key);
    QCOMPARE(deals.size(), 1);
    QCOMPARE(PortalView::id(deals.first().value(QStringLiteral("CONTACT_ID"))),
             m_retryContacts.first());
}

void TestManualCommands::retryByClassWhileTheEngineRuns()
{
    const ProcessResult ambiguous =
        m_clinic->cli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--state"),
                       QStringLiteral("needs_attention"), QStringLiteral("--class"),
                       QStringLiteral("ambiguous"), QStringLiteral("--json")});
    const qsizetype waiting = ambiguous.json().toArray().size();
    QVERIFY2(waiting >= 2, qPrintable(ambiguous.describe()));
    QVERIFY2(m_clinic->startRun(), qPrintable(m_clinic->error()));
    // The rest of the patient's receptions, all at once, while `run` is working.
    const ProcessResult retried =
        m_clinic->cli({QStringLiteral("queue"), QStringLiteral("retry"), QStringLiteral("--class"),
                       QStringLiteral("ambiguous")});
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.describe()));
    QCOMPARE(audit().last().action, QStringLiteral("retry"));
    QVERIFY2(audit().last().target.contains(QStringLiteral("ambiguous")),
             qPrintable(audit().last().target));
    QCOMPARE(audit().last().details, QStringLiteral("%1 jobs").arg(waiting));

    // Picked up by the running engine within its next cycles: wait for the state, bounded.
    QDeadlineTimer deadline(90000);
    bool settled = false;
    while (!settled && !deadline.hasExpired()) {
        QThread::msleep(500);
        settled = true;
        for (const TruthReception &t : std::as_const(m_retryPatient))
            settled = settled && state(t.key) == u"done";
    }
    QVERIFY2(m_clinic->terminateRun(), qPrintable(m_clinic->error() + m_clinic->runLog()));
    const PortalView view = portal();
    for (const TruthReception &t : std::as_const(m_retryPatient)) {
        QCOMPARE(state(t.key), QStringLiteral("done"));
        QCOMPARE(view.dealsByKey.value(t.key).size(), 1);
        QCOMPARE(PortalView::id(
                     view.dealsByKey.value(t.key).first().value(QStringLiteral("CONTACT_ID"))),
                 m_retryContacts.first());
    }
    QCOMPARE(view.contactById.value(m_retryContacts.at(1))
                 .value(QStringLiteral("UF_CRM_IDENT_PATIENT"))
                 .toString(),
             QString());
}

void TestManualCommands::retryAfterTheDataWasFixedInIdent()
{
    QCOMPARE(state(m_badPhone.key), QStringLiteral("needs_attention"));
    QCOMPARE(m_clinic->job(m_badPhone.key)
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("class"))
                 .toString(),
             QStringLiteral("data_quality"));
    // The registrar adds the city code in the patient card; the reception itself is unchanged.
    QVERIFY2(m_writer->setPhone(m_badPhonePerson, QStringLiteral("8 (495) 123-45-67")),
             qPrintable(m_writer->error()));
    const qint64 jobId = m_clinic->job(m_badPhone.key).value(QStringLiteral("id")).toInteger();
    const ProcessResult retried =
        m_clinic->cli({QStringLiteral("queue"), QStringLiteral("retry"), QString::number(jobId)});
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.describe()));
    QCOMPARE(audit().last().action, QStringLiteral("retry"));
    QVERIFY(m_clinic->syncUntilIdle());
    QCOMPARE(state(m_badPhone.key), QStringLiteral("done"));
    QCOMPARE(portal().dealsByKey.value(m_badPhone.key).size(), 1);
}

void TestManualCommands::unbindAfterTheDealWasDeleted()
{
    // A synced reception whose deal a person deletes in the CRM.
    TruthReception t;
    for (const TruthReception &c : std::as_const(m_truth)) {
        if (c.patientId > 0 && state(c.key) == u"done" && c.status == u"Запланирован") {
            t = c;
            break;
        }
    }
    QVERIFY(t.id > 0);
    const qint64 deleted =
        PortalView::id(portal().dealsByKey.value(t.key).value(0).value(QStringLiteral("ID")));
    QVERIFY(deleted > 0);
    QVERIFY2(m_clinic->deleteDeal(deleted), qPrintable(m_clinic->error()));

    // IDENT moves on: the engine finds the bound deal gone and asks a person.
    QVERIFY2(m_writer->setEvent(t.id, QStringLiteral("PatientAppeared")),
             qPrintable(m_writer->error()));
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
    QCOMPARE(state(t.key), QStringLiteral("needs_attention"));
    QCOMPARE(m_clinic->job(t.key)
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("class"))
                 .toString(),
             QStringLiteral("not_found"));
    QVERIFY(portal().dealsByKey.value(t.key).isEmpty());

    const ProcessResult unbound =
        m_clinic->cli({QStringLiteral("unbind"), QStringLiteral("--reception"), t.key});
    QVERIFY2(unbound.exitCode == 0, qPrintable(unbound.describe()));
    const QList<AuditRow> rows = audit();
    const auto unbind = std::find_if(rows.crbegin(), rows.crend(),
                                     [](const AuditRow &r) { return r.action == u"unbind"; });
    QVERIFY(unbind != rows.crend());
    QCOMPARE(unbind->target, t.key);
    QVERIFY2(unbind->details.contains(QString::number(deleted)), qPrintable(unbind->details));

    // "Let IdentSync create a new one": the next cycle does.
    QVERIFY2(m_clinic->syncUntilIdle(), qPrintable(m_clinic->error()));
    QCOMPARE(state(t.key), QStringLiteral("done"));
    const QList<QJsonObject> deals = portal().dealsByKey.value(t.key);
    QCOMPARE(deals.size(), 1);
    QVERIFY(PortalView::id(deals.first().value(QStringLiteral("ID"))) != deleted);
    QCOMPARE(deals.first().value(QStringLiteral("STAGE_ID")).toString(), QStringLiteral("NEW"));
}

QTEST_GUILESS_MAIN(TestManualCommands)
#include "testmanualcommands.moc"
