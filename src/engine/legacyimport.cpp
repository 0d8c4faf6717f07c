#include "legacyimport.h"

#include "core/dealkey.h"
#include "core/stagemapper.h"
#include "engine/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace identsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LegacyImport", text);
}

const QString kSource = QStringLiteral("source.main/");

// [deal_fields] keys of the replaced service → IdentSync's [fields] keys.
const QMap<QString, QString> &dealFieldKeys()
{
    static const QMap<QString, QString> keys{
        {QStringLiteral("ident_id"), QStringLiteral("ident_key")},
        {QStringLiteral("card_number"), QStringLiteral("card_number")},
        {QStringLiteral("start_time"), QStringLiteral("start")},
        {QStringLiteral("end_time"), QStringLiteral("end")},
        {QStringLiteral("doctor_name"), QStringLiteral("doctor")},
        {QStringLiteral("doctor_speciality"), QStringLiteral("speciality")},
        {QStringLiteral("services"), QStringLiteral("services")},
        {QStringLiteral("status_text"), QStringLiteral("status")},
        {QStringLiteral("parent_name"), QStringLiteral("guardian")},
        {QStringLiteral("comment"), QStringLiteral("comment")},
        {QStringLiteral("cancel_reason_name"), QStringLiteral("cancel_reason")},
        {QStringLiteral("filial"), QStringLiteral("branch")},
        {QStringLiteral("armchair"), QStringLiteral("chair")},
        {QStringLiteral("order_date"), QStringLiteral("order_date")},
        {QStringLiteral("treatment_plan"), QStringLiteral("treatment_plan")},
        {QStringLiteral("treatment_plan_hash"), QStringLiteral("treatment_plan_hash")},
        {QStringLiteral("registrar_id"), QStringLiteral("registrar")},
    };
    return keys;
}

// Sections whose settings IdentSync has no counterpart for at all.
const QMap<QString, const char *> &unsupportedSections()
{
    static const QMap<QString, const char *> sections{
        {QStringLiteral("monitoring"),
         QT_TRANSLATE_NOOP("LegacyImport", "IdentSync has no web page or metrics endpoint; the "
                                           "console shows the engine's state.")},
        {QStringLiteral("notifications"),
         QT_TRANSLATE_NOOP("LegacyImport", "IdentSync does not send e-mail; the console notifies "
                                           "on the desktop.")},
        {QStringLiteral("performance"),
         QT_TRANSLATE_NOOP("LegacyImport", "IdentSync paces itself by the portal's limits; there "
                                           "is nothing to tune here.")},
        {QStringLiteral("security"),
         QT_TRANSLATE_NOOP("LegacyImport", "IdentSync always verifies certificates and keeps "
                                           "secrets in the system keychain.")},
        {QStringLiteral("advanced"),
         QT_TRANSLATE_NOOP("LegacyImport", "Use «identsync-cli plan --dry-run» to see what a cycle "
                                           "would write.")},
        {QStringLiteral("company_fields"),
         QT_TRANSLATE_NOOP("LegacyImport", "IdentSync writes no company fields.")},
    };
    return sections;
}

class Importer
{
public:
    Importer(const SettingsValues &legacy, LegacyImport::Result &result)
        : m_legacy(legacy)
        , m_result(result)
    {}

    // The replaced service's sections were written as [bitrix] or [Bitrix24], [Database] or
    // [database]: keys are matched without regard to case, and [Bitrix24] read as [bitrix].
    QString lookup(const QString &key) const { return m_legacy.value(m_canonical.value(key)); }
    bool has(const QString &key) const { return m_canonical.contains(key); }

    void canonicalise()
    {
        for (auto it = m_legacy.cbegin(); it != m_legacy.cend(); ++it) {
            QString k = it.key().toLower();
            if (k.startsWith(QStringLiteral("bitrix24/")))
                k = QStringLiteral("bitrix/") + k.mid(9);
            m_canonical.insert(k, it.key());
        }
    }

    void take(const QString &legacyKey, const QString &target, const QString &value,
              const QString &note = {})
    {
        m_done.insert(legacyKey);
        m_result.values.insert(target, value);
        m_result.lines << LegacyImport::Line{
            legacyKey, true, note.isEmpty() ? target : target + QStringLiteral(" — ") + note};
    }
    void skip(const QString &legacyKey, const QString &why)
    {
        m_done.insert(legacyKey);
        m_result.lines << LegacyImport::Line{legacyKey, false, why};
    }
    void secret(const QString &legacyKey, const QString &keychainKey, const QString &value,
                const QString &command)
    {
        m_done.insert(legacyKey);
        if (value.startsWith(QStringLiteral("DPAPI:"), Qt::CaseInsensitive)) {
            // DPAPI is bound to the Windows account that encrypted it; there is no way to read it
            // here, and guessing is not an option, so the person types it once.
            m_result.lines << LegacyImport::Line{
                legacyKey, false,
                tr("encrypted with Windows DPAPI, which cannot be decrypted here. Type it once: %1")
                    .arg(command)};
            return;
        }
        m_result.secrets.insert(keychainKey, value);
        m_result.lines << LegacyImport::Line{
            legacyKey, true, tr("the keychain (%1); never written to the file").arg(keychainKey)};
    }

    void run()
    {
        canonicalise();
        database();
        portal();
        stages();
        fields();
        sync();
        // Everything not handled above is named with a reason, so nothing vanishes silently.
        for (auto it = m_canonical.cbegin(); it != m_canonical.cend(); ++it) {
            if (m_done.contains(it.key()))
                continue;
            const QString section = it.key().section(QLatin1Char('/'), 0, 0);
            if (const char *why = unsupportedSections().value(section))
                skip(it.key(), QCoreApplication::translate("LegacyImport", why));
            else
                skip(it.key(), tr("IdentSync has no such setting."));
        }
        std::sort(m_result.lines.begin(), m_result.lines.end(),
                  [](const auto &a, const auto &b) { return a.legacyKey < b.legacyKey; });
    }

private:
    void database()
    {
        if (has(QStringLiteral("database/server"))) {
            // "SERVER\SQLEXPRESS" is a host and a named instance.
            const QString server = lookup(QStringLiteral("database/server"));
            const qsizetype slash = server.indexOf(QLatin1Char('\\'));
            take(QStringLiteral("database/server"), kSource + QStringLiteral("server"),
                 slash < 0 ? server : server.left(slash));
            if (slash >= 0)
                m_result.values.insert(kSource + QStringLiteral("instance"), server.mid(slash + 1));
            m_result.values.insert(kSource + QStringLiteral("driver"), QStringLiteral("sqlserver"));
        }
        if (has(QStringLiteral("database/port")))
            take(QStringLiteral("database/port"), kSource + QStringLiteral("port"),
                 lookup(QStringLiteral("database/port")));
        if (has(QStringLiteral("database/database")))
            take(QStringLiteral("database/database"), kSource + QStringLiteral("database"),
                 lookup(QStringLiteral("database/database")));
        if (has(QStringLiteral("database/username")))
            take(QStringLiteral("database/username"), kSource + QStringLiteral("user"),
                 lookup(QStringLiteral("database/username")));
        if (has(QStringLiteral("database/password")) &&
            !lookup(QStringLiteral("database/password")).isEmpty())
            secret(QStringLiteral("database/password"),
                   SecretStore::identPasswordKey(QStringLiteral("main")),
                   lookup(QStringLiteral("database/password")),
                   QStringLiteral("identsync-cli secret set ident-password"));
        for (const QString &k : {QStringLiteral("database/connection_timeout"),
                                 QStringLiteral("database/query_timeout")})
            if (has(k))
                skip(k, tr("IdentSync uses fixed timeouts (15 s to connect, 60 s per query)."));
    }

    void portal()
    {
        const QString urlKey = QStringLiteral("bitrix/webhook_url");
        if (has(urlKey)) {
            static const QRegularExpression withCode(
                QStringLiteral("^(\\w+://[^/]+(?:/[^?#]*)?/rest/\\d+/)([A-Za-z0-9_]+)/?$"));
            const QString url = lookup(urlKey).trimmed();
            const auto m = withCode.match(url);
            if (m.hasMatch()) {
                take(urlKey, QStringLiteral("portal/url"), m.captured(1),
                     tr("the code went to the keychain (webhook)"));
                m_result.secrets.insert(SecretStore::webhookKey(), m.captured(2));
            } else {
                skip(urlKey, tr("not a webhook address with its code (https://PORTAL/rest/USER/"
                                "CODE/); set it on the Connections page."));
            }
        }
        if (has(QStringLiteral("bitrix/request_timeout")))
            take(QStringLiteral("bitrix/request_timeout"),
                 QStringLiteral("portal/request_timeout_seconds"),
                 lookup(QStringLiteral("bitrix/request_timeout")));
        const QString pacing = tr("IdentSync paces requests by the portal's plan "
                                  "(portal/plan) and retries by its own policy.");
        for (const QString &k :
             {QStringLiteral("bitrix/rate_limit"), QStringLiteral("bitrix/max_retries"),
              QStringLiteral("bitrix/retry_delays")})
            if (has(k))
                skip(k, pacing);
        if (has(QStringLiteral("bitrix/default_assigned_by_id")))
            skip(
                QStringLiteral("bitrix/default_assigned_by_id"),
                tr("IdentSync leaves the responsible person to the portal (the webhook's owner)."));
        if (has(QStringLiteral("bitrix/token")))
            skip(QStringLiteral("bitrix/token"),
                 tr("an old token of the replaced service; the webhook code replaces it."));
        if (has(QStringLiteral("pipelines/deal_category_id")))
            take(QStringLiteral("pipelines/deal_category_id"),
                 QStringLiteral("portal/deal_category"),
                 lookup(QStringLiteral("pipelines/deal_category_id")));
    }

    void stages()
    {
        const QString mappingKey = QStringLiteral("deal_stages/mapping");
        const QString defaultKey = QStringLiteral("deal_defaults/default_stage_id");
        if (has(mappingKey)) {
            QString text = lookup(mappingKey);
            if (has(defaultKey) && !text.contains(QStringLiteral("default:")))
                text += QStringLiteral(", default:") + lookup(defaultKey);
            // IdentSync writes stages without the pipeline prefix and moves them into the deal's
            // pipeline (portal/deal_category); "C2:LOSE" is "LOSE" in pipeline 2.
            static const QRegularExpression prefixed(QStringLiteral(":C\\d+:"));
            const bool hadPrefix = text.contains(prefixed);
            text.replace(prefixed, QStringLiteral(":"));
            QString error;
            if (const auto mapping = StageMappingConfig::parse(text, &error)) {
                take(mappingKey, QStringLiteral("stages/mapping"), mapping->toString(),
                     hadPrefix ? tr("pipeline prefixes (C2:) dropped: stages are moved into the "
                                    "pipeline of portal/deal_category")
                               : QString());
                if (has(defaultKey))
                    take(defaultKey, QStringLiteral("stages/mapping"), mapping->toString(),
                         tr("as its default: entry"));
            } else {
                skip(mappingKey,
                     tr("cannot be read: %1 Set the stages on the Stages page.").arg(error));
                if (has(defaultKey))
                    skip(defaultKey, tr("belongs to the mapping, which was not taken."));
            }
        } else if (has(defaultKey)) {
            StageMappingConfig mapping = StageMappingConfig::defaults();
            mapping.defaultStage = StageId::parse(lookup(defaultKey)).inCategory(0);
            take(defaultKey, QStringLiteral("stages/mapping"), mapping.toString(),
                 tr("as the default: entry of the standard mapping"));
        }
        if (has(QStringLiteral("deal_stages/protected")))
            take(QStringLiteral("deal_stages/protected"), QStringLiteral("stages/protected"),
                 lookup(QStringLiteral("deal_stages/protected")));
        if (has(QStringLiteral("deal_stages/final")))
            skip(QStringLiteral("deal_stages/final"),
                 tr("IdentSync reads final stages from the portal (won and lost stages), so they "
                    "cannot disagree with it."));
        if (has(QStringLiteral("lead_statuses/closed")))
            take(QStringLiteral("lead_statuses/closed"),
                 QStringLiteral("sync/closed_lead_statuses"),
                 lookup(QStringLiteral("lead_statuses/closed")));
    }

    void fields()
    {
        for (auto it = m_canonical.cbegin(); it != m_canonical.cend(); ++it) {
            const QString section = it.key().section(QLatin1Char('/'), 0, 0);
            const QString key = it.key().section(QLatin1Char('/'), 1);
            const QString value = m_legacy.value(it.value()).trimmed();
            if (section == u"deal_fields") {
                if (const QString target = dealFieldKeys().value(key); !target.isEmpty())
                    take(it.key(), QStringLiteral("fields/") + target, value);
                else if (key == u"status")
                    skip(it.key(), tr("IdentSync writes the status once, as text (fields/status "
                                      "from status_text)."));
                else
                    skip(it.key(), tr("IdentSync does not write this value."));
            } else if (section == u"contact_fields") {
                skip(it.key(), tr("IdentSync finds contacts by the IDENT patient id "
                                  "(fields/contact_patient_id) and writes no other contact "
                                  "user field."));
            } else if (section == u"lead_fields") {
                skip(it.key(), tr("IdentSync converts leads by phone (sync/convert_leads), "
                                  "not by a trigger field."));
            }
        }
    }

    void sync()
    {
        if (has(QStringLiteral("sync/interval_minutes")))
            take(QStringLiteral("sync/interval_minutes"),
                 QStringLiteral("sync/poll_interval_seconds"),
                 QString::number(lookup(QStringLiteral("sync/interval_minutes")).toInt() * 60));
        if (has(QStringLiteral("sync/initial_days")))
            take(QStringLiteral("sync/initial_days"), kSource + QStringLiteral("first_run_days"),
                 lookup(QStringLiteral("sync/initial_days")));
        if (has(QStringLiteral("sync/batch_size")))
            skip(QStringLiteral("sync/batch_size"),
                 tr("IdentSync reads every change each cycle; its own sync/batch_size is how many "
                    "it sends in one request (up to 50), a different setting."));
        if (has(QStringLiteral("sync/enable_update_existing")))
            skip(QStringLiteral("sync/enable_update_existing"),
                 tr("IdentSync always updates the deals it keeps; protected and final stages "
                    "say what it may change."));
        const QString filterKey = QStringLiteral("filialfilter/enabled_filial_ids");
        if (has(filterKey))
            take(filterKey, kSource + QStringLiteral("branch_filter"), lookup(filterKey),
                 tr("branch numbers taken as IDENT OwnCompanies ids, as the replaced service "
                    "used them"));
        for (const QString &k :
             {QStringLiteral("filialfilter/default_filial_id"), QStringLiteral("sync/filial_id")})
            if (has(k) && !m_done.contains(QStringLiteral("filialfilter/default_filial_id")))
                take(k, kSource + QStringLiteral("default_branch"), lookup(k));
            else if (has(k))
                skip(k, tr("[FilialFilter] default_filial_id was taken instead."));
        if (has(QStringLiteral("queue/max_retry_attempts")))
            take(QStringLiteral("queue/max_retry_attempts"), QStringLiteral("retry/max_attempts"),
                 lookup(QStringLiteral("queue/max_retry_attempts")));
        if (has(QStringLiteral("queue/retry_interval_minutes")))
            take(QStringLiteral("queue/retry_interval_minutes"),
                 QStringLiteral("retry/base_seconds"),
                 QString::number(lookup(QStringLiteral("queue/retry_interval_minutes")).toInt() *
                                 60));
        if (has(QStringLiteral("queue/enabled")))
            skip(QStringLiteral("queue/enabled"),
                 tr("IdentSync always keeps failed writes in its queue."));
        if (has(QStringLiteral("queue/max_size")))
            skip(QStringLiteral("queue/max_size"),
                 tr("IdentSync's queue has no size limit: nothing is dropped when it is full."));
        if (has(QStringLiteral("queue/persistence_file")))
            skip(QStringLiteral("queue/persistence_file"),
                 tr("IdentSync keeps its queue in the state database; import the file with "
                    "--queue."));
        if (has(QStringLiteral("logging/mask_personal_data")))
            take(QStringLiteral("logging/mask_personal_data"),
                 QStringLiteral("sync/mask_personal_data"),
                 lookup(QStringLiteral("logging/mask_personal_data")).toLower());
        for (auto it = m_canonical.cbegin(); it != m_canonical.cend(); ++it)
            if (it.key().startsWith(QStringLiteral("logging/")) && !m_done.contains(it.key()))
                skip(it.key(), tr("IdentSync's log is kept by the console and the service "
                                  "manager (journal), not configured here."));
    }

    SettingsValues m_legacy;
    QMap<QString, QString> m_canonical; // lower-case "section/key" → key as written
    QSet<QString> m_done;
    LegacyImport::Result &m_result;
};

} // namespace

LegacyImport::Result LegacyImport::fromIni(const QString &path, const SettingsValues &into)
{
    Result result;
    result.values = into;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2.").arg(path, f.errorString());
        return result;
    }
    Importer(SettingsFile::parse(f.readAll()).values(), result).run();
    return result;
}

void LegacyImport::addQueue(const QString &path, const QDateTime &now, Result &result)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2.").arg(path, f.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        result.error = tr("%1 is not the replaced service's queue file: %2.")
                           .arg(path, parseError.errorString());
        return;
    }
    QDateTime oldest;
    QStringList reread;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(QStringLiteral("unique_id")).toString();
        const QString status = item.value(QStringLiteral("status")).toString();
        const QString line = QStringLiteral("queue.json %1").arg(id);
        if (!DealKey::parse(id)) {
            result.lines << Line{line, false,
                                 tr("«%1» is not a reception key like F1_12345.").arg(id)};
            continue;
        }
        if (status == u"completed") {
            result.lines << Line{line, false, tr("completed by the replaced service.")};
            continue;
        }
        if (status != u"pending" && status != u"processing" && status != u"failed") {
            result.lines << Line{line, false, tr("unknown state «%1».").arg(status)};
            continue;
        }
        const QDateTime created = QDateTime::fromString(
            item.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        if (created.isValid() && (!oldest.isValid() || created < oldest))
            oldest = created;
        reread << id;
        result.lines << Line{line, true,
                             tr("%1 there: read again from IDENT on the first run and sent "
                                "(deals the replaced service made are found by their key).")
                                 .arg(status)};
    }
    if (reread.isEmpty())
        return;
    // The first run reads back first_run_days; it must reach the oldest undelivered reception.
    const int days = oldest.isValid() ? int(oldest.daysTo(now)) + 2 : 365;
    QStringList sources;
    for (auto it = result.values.cbegin(); it != result.values.cend(); ++it)
        if (it.key().startsWith(QStringLiteral("source.")) &&
            it.key().endsWith(QStringLiteral("/driver")))
            sources << it.key().section(QLatin1Char('/'), 0, 0);
    if (sources.isEmpty())
        sources << QStringLiteral("source.main");
    for (const QString &s : std::as_const(sources)) {
        const QString key = s + QStringLiteral("/first_run_days");
        if (result.values.value(key, QStringLiteral("30")).toInt() < days)
            result.values.insert(key, QString::number(days));
    }
    result.lines << Line{QStringLiteral("queue.json"), true,
                         tr("%1 undelivered receptions: first_run_days raised to %2 so the first "
                            "run reads them again.")
                             .arg(reread.size())
                             .arg(days)};
}

} // namespace identsync
