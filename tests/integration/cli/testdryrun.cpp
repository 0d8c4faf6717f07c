// Issue 10, "one resolver": `plan --dry-run` runs the live run's own look-ups and group planning
// over the work the next cycle will do, so its preview is what `sync --once` then writes, record
// by record: on the initial sync, after `ident-sample advance`, after people moved stages on the
// portal, and with ambiguities (two manual contacts on one phone), an open lead to convert and an
// open manual deal to take over.
#include "clinicfixture.h"
#include "identtruth.h"
#include "identwriter.h"
#include "portalview.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest/QTest>

using namespace identsync::e2e;

namespace {

QJsonArray phoneField(const QString &phone)
{
    return QJsonArray{QJsonObject{{QStringLiteral("VALUE"), phone},
                                  {QStringLiteral("VALUE_TYPE"), QStringLiteral("MOBILE")}}};
}

} // namespace

class TestDryRun : public QObject
{
    Q_OBJECT

private slots:
    void previewIsWhatTheLiveRunDoes();

private:
    // Runs `plan --dry-run --json`, then one `sync --once`, and compares them record by record.
    void previewThenSync(ClinicFixture &clinic, const QString &round, int *previewed);
    QHash<QString, int> transitionsPerReception(ClinicFixture &clinic);
};

QHash<QString, int> TestDryRun::transitionsPerReception(ClinicFixture &clinic)
{
    QHash<QString, int> out;
    const ProcessResult r = clinic.cli({QStringLiteral("transitions"), QStringLiteral("--limit"),
                                        QStringLiteral("100000"), QStringLiteral("--json")});
    for (const QJsonValue &t : r.json().toArray())
        ++out[t.toObject().value(QStringLiteral("reception")).toString()];
    return out;
}

void TestDryRun::previewThenSync(ClinicFixture &clinic, const QString &round, int *previewed)
{
    const ProcessResult plan =
        clinic.cli({QStringLiteral("plan"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(plan.exitCode == 0, qPrintable(round + QStringLiteral(": ") + plan.describe()));
    const QJsonArray rows = plan.json().toObject().value(QStringLiteral("plans")).toArray();
    *previewed = int(rows.size());
    const QHash<QString, int> before = transitionsPerReception(clinic);
    const ProcessResult sync =
        clinic.cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
    QVERIFY2(sync.exitCode == 0 || sync.exitCode == 3,
             qPrintable(round + QStringLiteral(": ") + sync.describe()));
    const QHash<QString, int> after = transitionsPerReception(clinic);
    const auto state = clinic.control(QStringLiteral("state"));
    QVERIFY2(state, qPrintable(clinic.error()));
    const PortalView portal = PortalView::fromState(state->toObject());

    QSet<QString> written;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.value() > before.value(it.key()))
            written.insert(it.key());
    }
    QSet<QString> previewedWrites;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString key = row.value(QStringLiteral("reception")).toString();
        const QString action = row.value(QStringLiteral("action")).toString();
        const QString where = round + QStringLiteral(" ") + key + QStringLiteral(" ") + action;
        const QJsonObject job = clinic.job(key);
        if (action == u"none") {
            const QString cls = row.value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("class"))
                                    .toString();
            QVERIFY2(job.value(QStringLiteral("state")).toString() != u"done", qPrintable(where));
            QCOMPARE(job.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("class"))
                         .toString(),
                     cls);
            QVERIFY2(!written.contains(key), qPrintable(where));
            continue;
        }
        previewedWrites.insert(key);
        QVERIFY2(written.contains(key), qPrintable(where));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const QList<QJsonObject> deals = portal.dealsByKey.value(key);
        QVERIFY2(deals.size() == 1, qPrintable(where));
        const QJsonObject deal = deals.first();
        if (row.contains(QStringLiteral("deal_id")))
            QCOMPARE(PortalView::id(deal.value(QStringLiteral("ID"))),
                     row.value(QStringLiteral("deal_id")).toInteger());
        if (action == u"convert_lead")
            QCOMPARE(PortalView::id(deal.value(QStringLiteral("LEAD_ID"))),
                     row.value(QStringLiteral("lead_id")).toInteger());
        const QString to =
            row.value(QStringLiteral("stage")).toObject().value(QStringLiteral("to")).toString();
        if (!to.isEmpty())
            QVERIFY2(deal.value(QStringLiteral("STAGE_ID")).toString() == to, qPrintable(where));
    }
    // Nothing was written that the preview did not show.
    QCOMPARE(written, previewedWrites);
}

void TestDryRun::previewIsWhatTheLiveRunDoes()
{
    ClinicFixture clinic(QStringLiteral("dryrun"));
    QVERIFY(clinic.isValid());
    const auto sample = clinic.createSample({QStringLiteral("--patients"), QStringLiteral("24"),
                                             QStringLiteral("--receptions"), QStringLiteral("40"),
                                             QStringLiteral("--seed"), QStringLiteral("31")});
    QVERIFY2(sample, qPrintable(clinic.error()));
    QString error;
    const auto truth = IdentTruth::read(clinic.ident(), &error);
    QVERIFY2(truth, qPrintable(error));
    QSet<qint64> bad;
    for (const QJsonValue &b : sample->value(QStringLiteral("badRows")).toArray())
        bad.insert(b.toObject().value(QStringLiteral("reception")).toInteger());
    QHash<QString, QSet<qint64>> patientsByPhone;
    QList<TruthReception> usable;
    for (const TruthReception &t : *truth) {
        if (t.patientId <= 0 || bad.contains(t.id) || t.phone.isEmpty())
            continue;
        patientsByPhone[t.phone].insert(t.patientId);
        usable << t;
    }
    QStringList phones; // one per patient, not shared with another patient
    for (const TruthReception &t : std::as_const(usable)) {
        if (patientsByPhone.value(t.phone).size() == 1 && !phones.contains(t.phone))
            phones << t.phone;
    }
    QVERIFY(phones.size() >= 3);

    QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
    // Phone 0: two manual contacts (a person must choose). Phone 1: an open lead. Phone 2: a
    // contact with an open manual deal, taken over by the patient's first reception.
    const auto seeded = clinic.control(
        QStringLiteral("seed"),
        QJsonObject{
            {QStringLiteral("contacts"),
             QJsonArray{QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Один")},
                                    {QStringLiteral("PHONE"), phoneField(phones.at(0))}},
                        QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Два")},
                                    {QStringLiteral("PHONE"), phoneField(phones.at(0))}},
                        QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Три")},
                                    {QStringLiteral("PHONE"), phoneField(phones.at(2))}}}},
            {QStringLiteral("leads"),
             QJsonArray{QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Заявка")},
                                    {QStringLiteral("STATUS_ID"), QStringLiteral("NEW")},
                                    {QStringLiteral("PHONE"), phoneField(phones.at(1))}}}}});
    QVERIFY2(seeded, qPrintable(clinic.error()));
    const qint64 third =
        PortalView::id(seeded->toObject().value(QStringLiteral("contacts")).toArray().at(2));
    QVERIFY(clinic.control(
        QStringLiteral("seed"),
        QJsonObject{
            {QStringLiteral("deals"),
             QJsonArray{QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Вручную")},
                                    {QStringLiteral("STAGE_ID"), QStringLiteral("NEW")},
                                    {QStringLiteral("CONTACT_ID"), QString::number(third)}}}}}));
    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
    QVERIFY2(clinic.storeWebhook(), qPrintable(clinic.error()));

    int previewed = 0;
    previewThenSync(clinic, QStringLiteral("initial"), &previewed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(previewed > 20);

    const auto advanced = clinic.advanceSample({QStringLiteral("--minutes"), QStringLiteral("240"),
                                                QStringLiteral("--seed"), QStringLiteral("32")});
    QVERIFY2(advanced, qPrintable(clinic.error()));
    previewThenSync(clinic, QStringLiteral("after advance"), &previewed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(previewed > 0);

    // People move deals on the portal (one to a protected stage, one to WON); then IDENT changes
    // those receptions' comments, so the next cycle writes them against the moved stages.
    const auto state = clinic.control(QStringLiteral("state"));
    QVERIFY(state);
    const PortalView portal = PortalView::fromState(state->toObject());
    QList<qint64> moved;
    IdentWriter writer(clinic.ident());
    for (const QJsonObject &d : portal.deals) {
        const QString key = d.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString();
        if (key.isEmpty() || moved.size() == 2)
            continue;
        const QString stage =
            moved.isEmpty() ? QStringLiteral("FINAL_INVOICE") : QStringLiteral("WON");
        QVERIFY(clinic.rest(QStringLiteral("crm.deal.update"),
                            QJsonObject{{QStringLiteral("id"), d.value(QStringLiteral("ID"))},
                                        {QStringLiteral("fields"),
                                         QJsonObject{{QStringLiteral("STAGE_ID"), stage}}}}));
        const qint64 reception = key.section(u'_', 1).toLongLong();
        QVERIFY(writer.setComment(reception, QStringLiteral("Перенесли вручную")));
        moved << reception;
    }
    QCOMPARE(moved.size(), 2);
    previewThenSync(clinic, QStringLiteral("after manual moves"), &previewed);
    QVERIFY(previewed >= 2);
}

QTEST_GUILESS_MAIN(TestDryRun)
#include "testdryrun.moc"
