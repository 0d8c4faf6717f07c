// The portal as the clinic set it up, not as the defaults assume (SPEC §2.2, §2.3): a user field
// the field map names but the portal lacks must stop the engine with a message naming it, and a
// stage the clinic added to its pipeline must be judged by the portal's own SORT.

#include "clinicfixture.h"
#include "identtruth.h"
#include "identwriter.h"
#include "portalview.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace identsync::e2e;

class TestPortalSetup : public QObject
{
    Q_OBJECT

private slots:
    void missingUserFieldIsRefused();
    void customStageIsJudgedBySort();
};

void TestPortalSetup::missingUserFieldIsRefused()
{
    ClinicFixture clinic(QStringLiteral("nofield"));
    QVERIFY(clinic.isValid());
    QVERIFY2(clinic.createSample({QStringLiteral("--patients"), QStringLiteral("20"),
                                  QStringLiteral("--receptions"), QStringLiteral("30"),
                                  QStringLiteral("--seed"), QStringLiteral("95")}),
             qPrintable(clinic.error()));
    QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
    QVERIFY2(
        clinic.control(
            QStringLiteral("seed"),
            QJsonObject{{QStringLiteral("dropUserFields"),
                         QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("deal")},
                                                {QStringLiteral("FIELD_NAME"),
                                                 QStringLiteral("UF_CRM_IDENT_DOCTOR")}}}}}),
        qPrintable(clinic.error()));
    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
    QVERIFY2(clinic.storeWebhook(), qPrintable(clinic.error()));

    // `check` names the field (it reads crm.deal.fields).
    const ProcessResult check = clinic.cli({QStringLiteral("check")});
    QCOMPARE(check.exitCode, int(CliExit::Failure));
    QVERIFY2(check.out.contains("UF_CRM_IDENT_DOCTOR"), qPrintable(check.describe()));

    // So must the engine, before it writes deals that silently lose the doctor.
    const ProcessResult sync =
        clinic.cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
    const auto state = clinic.control(QStringLiteral("state"));
    QVERIFY2(state, qPrintable(clinic.error()));
    QEXPECT_FAIL("",
                 "the engine never reads crm.deal.fields/crm.contact.fields at start (only "
                 "`check` does, src/cli/cli.cpp cmdCheck): it writes every deal without the "
                 "doctor instead of stopping with the field's name",
                 Abort);
    QVERIFY2(sync.exitCode == int(CliExit::Failure) && sync.err.contains("UF_CRM_IDENT_DOCTOR"),
             qPrintable(sync.describe()));
    QVERIFY(state->toObject().value(QStringLiteral("deals")).toArray().isEmpty());
}

void TestPortalSetup::customStageIsJudgedBySort()
{
    ClinicFixture clinic(QStringLiteral("customstage"));
    QVERIFY(clinic.isValid());
    QVERIFY2(clinic.createSample({QStringLiteral("--patients"), QStringLiteral("20"),
                                  QStringLiteral("--receptions"), QStringLiteral("30"),
                                  QStringLiteral("--seed"), QStringLiteral("96")}),
             qPrintable(clinic.error()));
    QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
    // The clinic's pipeline: the defaults plus «Перезвонить» between NEW and PREPARATION.
    QJsonArray stages;
    const QList<std::tuple<const char *, const char *, int, const char *>> pipeline{
        {"NEW", "Новая", 10, "process"},
        {"UC_CALLBACK", "Перезвонить", 15, "process"},
        {"PREPARATION", "Подготовка документов", 20, "process"},
        {"UC_NO40X0", "Лечение", 25, "process"},
        {"PREPAYMENT_INVOICE", "Счёт на предоплату", 30, "process"},
        {"EXECUTING", "В работе", 40, "process"},
        {"FINAL_INVOICE", "Финальный счёт", 50, "process"},
        {"WON", "Сделка успешна", 60, "success"},
        {"LOSE", "Сделка провалена", 70, "failure"},
        {"APOLOGY", "Анализ причины провала", 80, "apology"},
    };
    for (const auto &[id, name, sort, semantics] : pipeline)
        stages.append(QJsonObject{{QStringLiteral("categoryId"), 0},
                                  {QStringLiteral("statusId"), QLatin1String(id)},
                                  {QStringLiteral("name"), QString::fromUtf8(name)},
                                  {QStringLiteral("sort"), sort},
                                  {QStringLiteral("semantics"), QLatin1String(semantics)}});
    QVERIFY2(
        clinic.control(QStringLiteral("seed"), QJsonObject{{QStringLiteral("stages"), stages}}),
        qPrintable(clinic.error()));
    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
    QVERIFY2(clinic.storeWebhook(), qPrintable(clinic.error()));
    QVERIFY2(clinic.syncUntilIdle(), qPrintable(clinic.error()));

    QString error;
    const auto truth = IdentTruth::read(clinic.ident(), &error);
    QVERIFY2(truth, qPrintable(error));
    const auto scheduled =
        std::find_if(truth->cbegin(), truth->cend(), [](const TruthReception &t) {
            return t.patientId > 0 && t.status == u"Запланирован" && t.id > 20;
        });
    QVERIFY(scheduled != truth->cend());
    auto portal = [&clinic] {
        const auto s = clinic.control(QStringLiteral("state"));
        return s ? PortalView::fromState(s->toObject()) : PortalView{};
    };
    const QString dealId =
        portal().dealsByKey.value(scheduled->key).value(0).value(QStringLiteral("ID")).toString();
    QVERIFY(!dealId.isEmpty());
    // The administrator puts the deal on «Перезвонить»; then the patient arrives and is treated.
    QVERIFY2(clinic.rest(QStringLiteral("crm.deal.update"),
                         QJsonObject{{QStringLiteral("id"), dealId},
                                     {QStringLiteral("fields"),
                                      QJsonObject{{QStringLiteral("STAGE_ID"),
                                                   QStringLiteral("UC_CALLBACK")}}}}),
             qPrintable(clinic.error()));
    IdentWriter writer(clinic.ident());
    QVERIFY2(writer.setEvent(scheduled->id, QStringLiteral("PatientAppeared")),
             qPrintable(writer.error()));
    QVERIFY(clinic.syncUntilIdle());
    QEXPECT_FAIL("",
                 "the engine judges stages against a built-in copy of the default pipeline "
                 "(plannerFor in src/engine/workers.cpp uses Pipeline::defaultPipeline(), never "
                 "crm.status.list): a deal in a stage the clinic added is 'current stage unknown' "
                 "and is never written again",
                 Abort);
    // NEW sorts before «Перезвонить»: no regression; the status field is updated.
    QCOMPARE(clinic.job(scheduled->key).value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));
    QCOMPARE(portal()
                 .dealsByKey.value(scheduled->key)
                 .value(0)
                 .value(QStringLiteral("UF_CRM_IDENT_STATUS")),
             QJsonValue(QStringLiteral("Пациент пришел")));
    QCOMPARE(portal().dealsByKey.value(scheduled->key).value(0).value(QStringLiteral("STAGE_ID")),
             QJsonValue(QStringLiteral("UC_CALLBACK")));

    // Treatment starts: the treatment stage sorts after «Перезвонить» and is applied.
    QVERIFY2(writer.setEvent(scheduled->id, QStringLiteral("ReceptionStarted")),
             qPrintable(writer.error()));
    QVERIFY(clinic.syncUntilIdle());
    QCOMPARE(portal().dealsByKey.value(scheduled->key).value(0).value(QStringLiteral("STAGE_ID")),
             QJsonValue(QStringLiteral("UC_NO40X0")));
}

QTEST_GUILESS_MAIN(TestPortalSetup)
#include "testportalsetup.moc"
