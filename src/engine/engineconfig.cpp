#include "engineconfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace identsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EngineConfig", text);
}

// Reads one INI file and collects problems with their keys, so a person sees every mistake at once
// instead of fixing them one start-up at a time.
class Reader
{
public:
    Reader(QSettings &settings, QList<ConfigProblem> *problems)
        : m_settings(settings)
        , m_problems(problems)
    {}

    bool has(const QString &key) const { return m_settings.contains(key); }

    // QSettings splits unquoted values at commas; every value here is read back as written.
    QString text(const QString &key, const QString &fallback = {}) const
    {
        const QVariant v = m_settings.value(key);
        if (!v.isValid())
            return fallback;
        if (v.metaType().id() == QMetaType::QStringList)
            return v.toStringList().join(QStringLiteral(", "));
        return v.toString().trimmed();
    }

    QStringList list(const QString &key, const QStringList &fallback) const
    {
        if (!has(key))
            return fallback;
        QStringList out;
        for (const QString &part :
             text(key).split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
            out << part.trimmed();
        return out;
    }

    template <typename T> T number(const QString &key, T fallback, T min, T max)
    {
        if (!has(key))
            return fallback;
        bool ok = false;
        const QString raw = text(key);
        const double v = raw.toDouble(&ok);
        if (!ok || v < static_cast<double>(min) || v > static_cast<double>(max)) {
            problem(key, tr("«%1» is not a number from %2 to %3.")
                             .arg(raw)
                             .arg(static_cast<double>(min))
                             .arg(static_cast<double>(max)));
            return fallback;
        }
        return static_cast<T>(v);
    }

    bool boolean(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QString v = text(key).toLower();
        if (v == u"true" || v == u"yes" || v == u"on" || v == u"1")
            return true;
        if (v == u"false" || v == u"no" || v == u"off" || v == u"0")
            return false;
        problem(key, tr("«%1» is not true or false.").arg(v));
        return fallback;
    }

    std::chrono::milliseconds seconds(const QString &key, std::chrono::milliseconds fallback,
                                      double min, double max)
    {
        const double s = number<double>(key, fallback.count() / 1000.0, min, max);
        return std::chrono::milliseconds(static_cast<qint64>(s * 1000.0));
    }

    void problem(const QString &key, const QString &message)
    {
        if (m_problems)
            m_problems->append({key, message});
    }

private:
    QSettings &m_settings;
    QList<ConfigProblem> *m_problems;
};

std::optional<int> parseOffset(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int sign = m.captured(1) == u"-" ? -1 : 1;
    const int h = m.captured(2).toInt();
    const int mins = m.captured(3).toInt();
    if (h > 14 || mins > 59)
        return std::nullopt;
    return sign * (h * 3600 + mins * 60);
}

void readPortal(Reader &r, EngineConfig &c)
{
    c.portalUrl = r.text(QStringLiteral("portal/url"));
    if (c.portalUrl.isEmpty()) {
        r.problem(QStringLiteral("portal/url"),
                  tr("The portal's webhook address is missing. Write it without the secret code, "
                     "e.g. https://clinic.bitrix24.ru/rest/1/ — the code goes to the keychain "
                     "with «identsync-cli secret set webhook»."));
    } else {
        const QUrl url(c.portalUrl);
        const QString host = url.host();
        const bool loopback =
            host == u"localhost" || host.startsWith(QStringLiteral("127.")) || host == u"::1";
        if (!url.isValid() || host.isEmpty()) {
            r.problem(QStringLiteral("portal/url"),
                      tr("«%1» is not a web address.").arg(c.portalUrl));
        } else if (url.scheme() != u"https" && !(url.scheme() == u"http" && loopback)) {
            r.problem(QStringLiteral("portal/url"),
                      tr("The portal must be reached over https:// (plain http:// only for a "
                         "local test portal)."));
        }
    }

    c.pacingPlan = r.text(QStringLiteral("portal/plan"), c.pacingPlan).toLower();
    if (c.pacingPlan == u"standard") {
        c.bucket = LeakyBucketLimits::standard();
    } else if (c.pacingPlan == u"enterprise") {
        c.bucket = LeakyBucketLimits::enterprise();
    } else if (c.pacingPlan == u"unlimited") {
        c.bucket = LeakyBucketLimits::unlimited();
    } else if (c.pacingPlan == u"custom") {
        c.bucket.capacity =
            r.number<double>(QStringLiteral("portal/bucket_capacity"), 50, 1, 100000);
        c.bucket.drainPerSecond =
            r.number<double>(QStringLiteral("portal/drain_per_second"), 2, 0.1, 10000);
    } else {
        r.problem(QStringLiteral("portal/plan"),
                  tr("«%1» is not a plan: use standard, enterprise, unlimited or custom.")
                      .arg(c.pacingPlan));
    }
    c.operating.limit =
        r.seconds(QStringLiteral("portal/operating_limit_seconds"), c.operating.limit, 10, 3600);
    c.requestTimeout =
        r.seconds(QStringLiteral("portal/request_timeout_seconds"), c.requestTimeout, 1, 600);
    c.dealCategoryId = r.number<int>(QStringLiteral("portal/deal_category"), 0, 0, 100000);
    c.timeScale = r.number<double>(QStringLiteral("portal/time_scale"), 1.0, 1.0, 1000.0);
    c.breaker.failureThreshold = r.number<int>(QStringLiteral("portal/breaker_failures"),
                                               c.breaker.failureThreshold, 1, 1000);
    c.breaker.coolDown =
        r.seconds(QStringLiteral("portal/breaker_cooldown_seconds"), c.breaker.coolDown, 1, 3600);
}

void readSync(Reader &r, EngineConfig &c)
{
    c.pollInterval =
        r.seconds(QStringLiteral("sync/poll_interval_seconds"), c.pollInterval, 1, 86400);
    if (r.has(QStringLiteral("sync/utc_offset"))) {
        const QString raw = r.text(QStringLiteral("sync/utc_offset"));
        if (const auto off = parseOffset(raw))
            c.utcOffsetSeconds = *off;
        else
            r.problem(QStringLiteral("sync/utc_offset"),
                      tr("«%1» is not an offset like +03:00.").arg(raw));
    }
    c.closedLeadStatuses =
        r.list(QStringLiteral("sync/closed_lead_statuses"), c.closedLeadStatuses);
    c.autoBind = r.boolean(QStringLiteral("sync/auto_bind"), c.autoBind);
    c.convertLeads = r.boolean(QStringLiteral("sync/convert_leads"), c.convertLeads);
    c.maskPii = r.boolean(QStringLiteral("sync/mask_personal_data"), c.maskPii);
    c.batchSize = r.number<int>(QStringLiteral("sync/batch_size"), c.batchSize, 1, 50);
}

void readRetry(Reader &r, EngineConfig &c)
{
    c.retry.base = r.seconds(QStringLiteral("retry/base_seconds"), c.retry.base, 0.1, 3600);
    c.retry.cap = r.seconds(QStringLiteral("retry/cap_seconds"), c.retry.cap, 1, 7 * 86400);
    c.retry.maxAttempts =
        r.number<int>(QStringLiteral("retry/max_attempts"), c.retry.maxAttempts, 1, 100);
    if (c.retry.cap < c.retry.base)
        r.problem(QStringLiteral("retry/cap_seconds"),
                  tr("The cap is shorter than the base delay; make it at least as long."));
}

void readStages(Reader &r, EngineConfig &c)
{
    if (r.has(QStringLiteral("stages/mapping"))) {
        QString error;
        if (auto m = StageMappingConfig::parse(r.text(QStringLiteral("stages/mapping")), &error))
            c.stageMapping = *m;
        else
            r.problem(QStringLiteral("stages/mapping"), error);
    }
    if (r.has(QStringLiteral("stages/protected"))) {
        const QStringList stages = r.list(QStringLiteral("stages/protected"), {});
        c.stageGuard.protectedStages = QSet<QString>(stages.begin(), stages.end());
    }
    c.stageGuard.noRegression =
        r.boolean(QStringLiteral("stages/no_regression"), c.stageGuard.noRegression);
}

void readFields(Reader &r, QSettings &s, EngineConfig &c)
{
    s.beginGroup(QStringLiteral("fields"));
    const QStringList keys = s.childKeys();
    s.endGroup();
    QMap<QString, QString> overrides;
    for (const QString &k : keys)
        overrides.insert(k, r.text(QStringLiteral("fields/") + k));
    QString error;
    if (auto map = FieldMap::fromConfig(overrides, &error))
        c.fieldMap = *map;
    else
        r.problem(QStringLiteral("fields"), error);
}

void readState(Reader &r, EngineConfig &c, const QString &configDir)
{
    const QString driver =
        r.text(QStringLiteral("state/driver"), QStringLiteral("sqlite")).toLower();
    if (driver == u"sqlite") {
        c.store.driver = StoreConfig::Driver::Sqlite;
        QString path = r.text(QStringLiteral("state/path"));
        if (!path.isEmpty() && QFileInfo(path).isRelative())
            path = configDir + QLatin1Char('/') + path;
        c.store.sqlitePath = path;
    } else if (driver == u"postgres" || driver == u"postgresql") {
        c.store.driver = StoreConfig::Driver::Postgres;
        c.store.host = r.text(QStringLiteral("state/host"), QStringLiteral("127.0.0.1"));
        c.store.port = r.number<int>(QStringLiteral("state/port"), 5432, 1, 65535);
        c.store.database = r.text(QStringLiteral("state/database"));
        c.store.user = r.text(QStringLiteral("state/user"));
        c.store.schema = r.text(QStringLiteral("state/schema"));
        if (c.store.database.isEmpty())
            r.problem(QStringLiteral("state/database"), tr("Name the PostgreSQL database."));
    } else {
        r.problem(QStringLiteral("state/driver"),
                  tr("«%1» is not a state database driver: use sqlite or postgres.").arg(driver));
    }
}

void readSources(Reader &r, QSettings &s, EngineConfig &c, const QString &configDir)
{
    const QString prefix = QStringLiteral("source.");
    for (const QString &group : s.childGroups()) {
        if (!group.startsWith(prefix))
            continue;
        const QString id = group.mid(prefix.size());
        const QString k = group + QLatin1Char('/');
        IdentSourceConfig src;
        src.sourceId = id;
        const QString driver = r.text(k + QStringLiteral("driver"), QStringLiteral("sqlserver"));
        if (const auto d = driverFromKey(driver))
            src.driver = *d;
        else
            r.problem(
                k + QStringLiteral("driver"),
                tr("«%1» is not an IDENT driver: use sqlserver, sqlite or postgres.").arg(driver));
        src.server = r.text(k + QStringLiteral("server"));
        src.port = r.number<int>(k + QStringLiteral("port"), 0, 0, 65535);
        src.instance = r.text(k + QStringLiteral("instance"));
        src.database = r.text(k + QStringLiteral("database"));
        if (src.driver == IdentSourceConfig::Driver::Sqlite && !src.database.isEmpty() &&
            QFileInfo(src.database).isRelative())
            src.database = configDir + QLatin1Char('/') + src.database;
        src.user = r.text(k + QStringLiteral("user"));
        src.encrypt = r.boolean(k + QStringLiteral("encrypt"), src.encrypt);
        src.trustServerCertificate =
            r.boolean(k + QStringLiteral("trust_server_certificate"), src.trustServerCertificate);
        src.odbcDriver = r.text(k + QStringLiteral("odbc_driver"));
        src.defaultBranchId = r.number<int>(k + QStringLiteral("default_branch"), 0, 0, 1000000);
        src.firstRunDepthDays = r.number<int>(k + QStringLiteral("first_run_days"), 30, 0, 3650);
        src.pageSize = r.number<int>(k + QStringLiteral("page_size"), src.pageSize, 10, 10000);
        src.overlap = std::chrono::duration_cast<std::chrono::seconds>(
            r.seconds(k + QStringLiteral("overlap_seconds"), src.overlap, 0, 86400));
        for (const QString &b : r.list(k + QStringLiteral("branch_filter"), {})) {
            bool ok = false;
            const qint64 v = b.toLongLong(&ok);
            if (ok)
                src.branchFilter << v;
            else
                r.problem(k + QStringLiteral("branch_filter"),
                          tr("«%1» is not an OwnCompanies id.").arg(b));
        }
        // "3=1, 4=2": OwnCompanies.ID 3 is branch F1, 4 is F2.
        for (const QString &pair : r.list(k + QStringLiteral("branch_numbers"), {})) {
            const QStringList kv = pair.split(QLatin1Char('='));
            bool ok1 = false;
            bool ok2 = false;
            const qint64 company = kv.value(0).toLongLong(&ok1);
            const int branch = kv.value(1).toInt(&ok2);
            if (kv.size() == 2 && ok1 && ok2)
                src.branchIds.insert(company, branch);
            else
                r.problem(k + QStringLiteral("branch_numbers"),
                          tr("«%1» is not COMPANY=BRANCH, e.g. 3=1.").arg(pair));
        }
        for (const QString &p : src.validate())
            r.problem(group, p);
        c.sources << src;
    }
    if (c.sources.isEmpty())
        r.problem(QStringLiteral("source.<id>"),
                  tr("No IDENT database is configured: add a [source.main] section."));
}

// The Prometheus endpoint answers anyone who can connect, so it listens on loopback only; a
// scraper elsewhere goes through a proxy or an SSH tunnel (docs/install.md).
void readMetrics(Reader &r, EngineConfig &c)
{
    const QString listen = r.text(QStringLiteral("metrics/listen"));
    c.metricsStaleCycles = r.number<int>(QStringLiteral("metrics/healthz_stale_cycles"),
                                         c.metricsStaleCycles, 1, 1000);
    if (listen.isEmpty())
        return;
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(host);
    if (colon <= 0 || !portOk || port == 0 || port > 65535 || address.isNull()) {
        r.problem(QStringLiteral("metrics/listen"),
                  tr("«%1» is not an address and port like 127.0.0.1:9464.").arg(listen));
        return;
    }
    if (!address.isLoopback()) {
        r.problem(QStringLiteral("metrics/listen"),
                  tr("The metrics endpoint listens on loopback only (127.0.0.1 or ::1), not on "
                     "«%1»: it has no authentication.")
                      .arg(host));
        return;
    }
    c.metricsHost = address.toString();
    c.metricsPort = quint16(port);
}

} // namespace

EngineConfig EngineConfig::load(const QString &path, QList<ConfigProblem> *problems)
{
    EngineConfig c;
    c.filePath = path;
    if (!QFileInfo::exists(path)) {
        if (problems)
            problems->append(
                {QString(), tr("The configuration file %1 does not exist.").arg(path)});
        return c;
    }
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        if (problems)
            problems->append({QString(), tr("The configuration file %1 cannot be read (syntax "
                                            "error or no permission).")
                                             .arg(path)});
        return c;
    }
    Reader r(s, problems);
    const QString dir = QFileInfo(path).absolutePath();
    readPortal(r, c);
    readSync(r, c);
    readRetry(r, c);
    readStages(r, c);
    readFields(r, s, c);
    c.treatmentPlans = r.boolean(QStringLiteral("treatment_plans/enabled"), c.treatmentPlans);
    c.treatmentPlanInterval = r.seconds(QStringLiteral("treatment_plans/min_interval_seconds"),
                                        c.treatmentPlanInterval, 0, 7 * 86400);
    readState(r, c, dir);
    readSources(r, s, c, dir);
    readMetrics(r, c);
    c.leaseStaleAfter =
        r.seconds(QStringLiteral("engine/lease_stale_seconds"), c.leaseStaleAfter, 3, 3600);
    c.jobLease = r.seconds(QStringLiteral("engine/job_lease_seconds"), c.jobLease, 5, 3600);
    return c;
}

QString EngineConfig::defaultPath()
{
    const QString env = qEnvironmentVariable("IDENTSYNC_CONFIG");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/identsync/identsync.ini");
}

} // namespace identsync
