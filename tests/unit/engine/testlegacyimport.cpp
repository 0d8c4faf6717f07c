// import-legacy: a config.ini and queue.json as the replaced service wrote them (every key of
// console-inventory §1.9, a pipeline-prefixed stage mapping, a DPAPI secret) become IdentSync
// settings, and every key not taken is named with its reason.

#include "engine/engineconfig.h"
#include "engine/legacyimport.h"
#include "engine/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace identsync;

namespace {

const char *kLegacyIni = R"([Database]
server = CLINIC-SRV\SQLEXPRESS
port = 1433
database = PZ
username = ident_reader
password = DPAPI:01000000d08c9ddf0115d1118c7a00c04fc297eb01000000
connection_timeout = 30
query_timeout = 60

[bitrix]
webhook_url = https://clinic.bitrix24.ru/rest/7/abc123secret/
request_timeout = 30
max_retries = 3
rate_limit = 2
default_assigned_by_id = 1
retry_delays = 1,2,4
token =

[pipelines]
deal_category_id = 2

[deal_defaults]
default_stage_id = C2:NEW

[deal_stages]
mapping = Запланирован:C2:NEW,Пациент пришел:C2:PREPARATION,В процессе:C2:EXECUTING,Завершен:C2:WON,Отменен:C2:LOSE
final = C2:WON,C2:LOSE
protected = C2:FINAL_INVOICE,C2:APOLOGY

[lead_statuses]
closed = CONVERTED,JUNK

[deal_fields]
ident_id = UF_CRM_1769000000001
card_number = UF_CRM_1769000000002
start_time = UF_CRM_1769000000003
end_time = UF_CRM_1769000000004
doctor_name = UF_CRM_1769000000005
doctor_speciality = UF_CRM_1769000000006
services = UF_CRM_1769000000007
status = UF_CRM_1769000000008
status_text = UF_CRM_1769000000009
parent_name = UF_CRM_1769000000010
comment = UF_CRM_1769000000011
cancel_reason_name = UF_CRM_1769000000012
cancel_reason_comment = UF_CRM_1769000000013
transfer_from = UF_CRM_1769000000014
filial = UF_CRM_1769000000015
armchair = UF_CRM_1769000000016
order_date = UF_CRM_1769000000017
treatment_plan = UF_CRM_1769000000018
treatment_plan_hash = UF_CRM_1769000000019
registrar_id = UF_CRM_1769000000020
legacy_card_number = UF_CRM_1769000000021
lead_source_id = UF_CRM_1769000000022
cancel_reason = UF_CRM_1769000000023

[contact_fields]
card_number = UF_CRM_1769083788971
parent_name = UF_CRM_1769083788972

[lead_fields]
convert_trigger = UF_CRM_1769000000099

[company_fields]
inn = UF_CRM_COMPANY_INN

[Sync]
interval_minutes = 5
batch_size = 100
initial_days = 14
enable_update_existing = true
filial_id = 1

[FilialFilter]
enabled_filial_ids = 1,2
default_filial_id = 1

[Queue]
enabled = true
max_retry_attempts = 5
retry_interval_minutes = 1
max_size = 1000
persistence_file = queue.json

[Logging]
level = INFO
log_dir = logs
rotation_days = 30
max_log_size_mb = 10
max_backup_files = 5
mask_personal_data = True

[Monitoring]
enable_web_interface = false
web_host = 127.0.0.1
web_port = 8080
enable_metrics = false

[Notifications]
admin_email = admin@clinic.ru
smtp_server = smtp.clinic.ru
smtp_port = 587
smtp_username = robot
smtp_password = DPAPI:0100
error_threshold_percent = 10
error_threshold_count = 5

[Performance]
max_processing_time = 300
batch_pause = 1
db_pool_size = 2

[Security]
encryption_key =
min_tls_version = TLSv1.2
verify_ssl = true

[Advanced]
debug_mode = false
dry_run = false
skip_validation = false
)";

} // namespace

class TestLegacyImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeyIsAccountedFor()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("config.ini"));
        writeFile(ini, kLegacyIni);
        const LegacyImport::Result r = LegacyImport::fromIni(ini, {});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

        // One line per key of the file, none forgotten.
        const SettingsValues legacy = SettingsFile::parse(kLegacyIni).values();
        QSet<QString> reported;
        for (const LegacyImport::Line &l : r.lines)
            reported.insert(l.legacyKey);
        for (auto it = legacy.cbegin(); it != legacy.cend(); ++it) {
            QString k = it.key().toLower();
            QVERIFY2(reported.contains(k), qPrintable(k));
        }
        QCOMPARE(reported.size(), legacy.size());

        const auto line = [&](const QString &key) {
            for (const LegacyImport::Line &l : r.lines)
                if (l.legacyKey == key)
                    return l;
            return LegacyImport::Line{};
        };
        QVERIFY(line(QStringLiteral("database/server")).taken);
        QCOMPARE(r.values.value(QStringLiteral("source.main/server")),
                 QStringLiteral("CLINIC-SRV"));
        QCOMPARE(r.values.value(QStringLiteral("source.main/instance")),
                 QStringLiteral("SQLEXPRESS"));
        QCOMPARE(r.values.value(QStringLiteral("source.main/user")),
                 QStringLiteral("ident_reader"));
        // The DPAPI password cannot be read here: not taken, and the person is told what to type.
        QVERIFY(!line(QStringLiteral("database/password")).taken);
        QVERIFY(line(QStringLiteral("database/password"))
                    .what.contains(QStringLiteral("secret set ident-password")));
        QVERIFY(!r.secrets.contains(SecretStore::identPasswordKey(QStringLiteral("main"))));
        // The webhook's code goes to the keychain, the address without it to the file.
        QCOMPARE(r.values.value(QStringLiteral("portal/url")),
                 QStringLiteral("https://clinic.bitrix24.ru/rest/7/"));
        QCOMPARE(r.secrets.value(SecretStore::webhookKey()), QStringLiteral("abc123secret"));
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            QVERIFY2(!it.value().contains(QStringLiteral("abc123secret")), qPrintable(it.key()));
        QCOMPARE(r.values.value(QStringLiteral("portal/deal_category")), QStringLiteral("2"));
        QCOMPARE(r.values.value(QStringLiteral("fields/ident_key")),
                 QStringLiteral("UF_CRM_1769000000001"));
        QCOMPARE(r.values.value(QStringLiteral("fields/status")),
                 QStringLiteral("UF_CRM_1769000000009"));
        QCOMPARE(r.values.value(QStringLiteral("sync/poll_interval_seconds")),
                 QStringLiteral("300"));
        QCOMPARE(r.values.value(QStringLiteral("retry/base_seconds")), QStringLiteral("60"));
        QCOMPARE(r.values.value(QStringLiteral("source.main/branch_filter")),
                 QStringLiteral("1,2"));
        QVERIFY(!line(QStringLiteral("deal_stages/final")).taken);
        QVERIFY(!line(QStringLiteral("contact_fields/card_number")).taken);
        QVERIFY(!line(QStringLiteral("notifications/smtp_password")).taken);
        QVERIFY(!line(QStringLiteral("company_fields/inn")).taken);

        // What was taken is a configuration the engine accepts, with the C2: stages moved into
        // pipeline 2 by the engine itself.
        const QString out = dir.filePath(QStringLiteral("identsync.ini"));
        writeFile(out, SettingsFile().render(r.values));
        QList<ConfigProblem> problems;
        const EngineConfig config = EngineConfig::load(out, &problems);
        for (const ConfigProblem &p : problems)
            qWarning() << p.key << p.message;
        QVERIFY(problems.isEmpty());
        QCOMPARE(config.dealCategoryId, 2);
        QCOMPARE(config.stageMapping.targets.value(ReceptionStatus::Cancelled),
                 std::optional<StageId>(StageId(0, QStringLiteral("LOSE"))));
        QCOMPARE(config.stageMapping.defaultStage, StageId(0, QStringLiteral("NEW")));
        QVERIFY(config.stageGuard.protectedStages.contains(QStringLiteral("C2:APOLOGY")));
        QCOMPARE(config.sources.size(), 1);
        QCOMPARE(config.sources.first().branchFilter, (QList<qint64>{1, 2}));
        QCOMPARE(config.sources.first().firstRunDepthDays, 14);
    }

    void queueItemsAreReadAgain()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("config.ini"));
        writeFile(ini, kLegacyIni);
        const QDateTime now(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC);
        QJsonArray items;
        const auto item = [&](const QString &id, const QString &status, int daysAgo) {
            items.append(QJsonObject{
                {QStringLiteral("unique_id"), id},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("deal"), QJsonObject{}}}},
                {QStringLiteral("status"), status},
                {QStringLiteral("created_at"), now.addDays(-daysAgo).toString(Qt::ISODateWithMs)},
                {QStringLiteral("updated_at"), now.toString(Qt::ISODateWithMs)},
                {QStringLiteral("retry_count"), 1},
                {QStringLiteral("last_error"), QStringLiteral("HTTPSConnectionPool: timeout")},
                {QStringLiteral("next_retry_at"), QJsonValue()}});
        };
        item(QStringLiteral("F1_1001"), QStringLiteral("pending"), 3);
        item(QStringLiteral("F2_1002"), QStringLiteral("failed"), 40);
        item(QStringLiteral("F1_1003"), QStringLiteral("completed"), 90);
        item(QStringLiteral("F1_1004"), QStringLiteral("processing"), 1);
        item(QStringLiteral("garbage"), QStringLiteral("pending"), 1);
        const QString queue = dir.filePath(QStringLiteral("queue.json"));
        writeFile(queue,
                  QJsonDocument(QJsonObject{{QStringLiteral("saved_at"), now.toString(Qt::ISODate)},
                                            {QStringLiteral("total_items"), items.size()},
                                            {QStringLiteral("items"), items}})
                      .toJson());
        LegacyImport::Result r = LegacyImport::fromIni(ini, {});
        LegacyImport::addQueue(queue, now, r);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QHash<QString, bool> taken;
        for (const LegacyImport::Line &l : r.lines)
            taken.insert(l.legacyKey, l.taken);
        QCOMPARE(taken.value(QStringLiteral("queue.json F1_1001")), true);
        QCOMPARE(taken.value(QStringLiteral("queue.json F2_1002")), true);
        QCOMPARE(taken.value(QStringLiteral("queue.json F1_1004")), true);
        QCOMPARE(taken.value(QStringLiteral("queue.json F1_1003"), true), false);
        QCOMPARE(taken.value(QStringLiteral("queue.json garbage"), true), false);
        // The oldest undelivered one is 40 days old: the first run reaches back past it.
        QCOMPARE(r.values.value(QStringLiteral("source.main/first_run_days")),
                 QStringLiteral("42"));
    }

private:
    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
};

QTEST_GUILESS_MAIN(TestLegacyImport)
#include "testlegacyimport.moc"
