#include "cli.h"

#include "cli/democommand.h"

#include "bitrix/bitrix24client.h"
#include "core/settingsfile.h"
#include "engine/engine.h"
#include "engine/engineconfig.h"
#include "engine/groupinput.h"
#include "engine/legacyimport.h"
#include "engine/metricsendpoint.h"
#include "engine/portalresolver.h"
#include "engine/receptionjson.h"
#include "engine/secretstore.h"
#include "engine/treatmentplangate.h"
#include "ident/identconnection.h"
#include "ident/incrementalreader.h"
#include "store/auditlog.h"
#include "store/bindingstore.h"
#include "store/database.h"
#include "store/enginelease.h"
#include "store/jobqueue.h"
#include "store/transitionlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace identsync {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// The words and flags of one command line. Flags may come anywhere after the command.
class Args
{
public:
    explicit Args(QStringList args)
        : m_args(std::move(args))
    {}
    bool flag(const QString &name) { return m_args.removeAll(name) > 0; }
    std::optional<QString> value(const QString &name)
    {
        const qsizetype i = m_args.indexOf(name);
        if (i < 0 || i + 1 >= m_args.size())
            return std::nullopt;
        const QString v = m_args.at(i + 1);
        m_args.remove(i, 2);
        return v;
    }
    QString word()
    {
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            if (!m_args.at(i).startsWith(QStringLiteral("--")))
                return m_args.takeAt(i);
        }
        return {};
    }
    QStringList rest() const { return m_args; }

private:
    QStringList m_args;
};

void printJson(const QJsonValue &v)
{
    out() << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                 .toJson(QJsonDocument::Indented);
    out().flush();
}

std::optional<EngineConfig> loadConfig(const QString &path)
{
    QList<ConfigProblem> problems;
    EngineConfig c = EngineConfig::load(path, &problems);
    if (problems.isEmpty())
        return c;
    err() << QCoreApplication::translate("Cli", "The configuration %1 has problems:").arg(path)
          << '\n';
    for (const ConfigProblem &p : problems)
        err() << "  " << (p.key.isEmpty() ? QString() : p.key + QStringLiteral(": ")) << p.message
              << '\n';
    err().flush();
    return std::nullopt;
}

std::unique_ptr<Database> openStore(const EngineConfig &c)
{
    StoreConfig sc = c.store;
    if (sc.driver == StoreConfig::Driver::Postgres) {
        const auto pw = SecretStore().read(SecretStore::statePasswordKey());
        if (pw.ok)
            sc.password = pw.value;
    }
    auto db = std::make_unique<Database>(sc);
    if (auto opened = db->open(); !opened) {
        err() << opened.error() << '\n';
        return nullptr;
    }
    return db;
}

QString actorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
}

QJsonObject jobJson(const JobSummary &j)
{
    QJsonObject o{{QStringLiteral("id"), j.id},
                  {QStringLiteral("key"), j.key},
                  {QStringLiteral("kind"), toKey(j.kind)},
                  {QStringLiteral("state"), toKey(j.state)},
                  {QStringLiteral("attempts"), j.attempts},
                  {QStringLiteral("patient"), j.patientName},
                  {QStringLiteral("outcome_unknown"), j.outcomeUnknown}};
    if (j.dealId)
        o.insert(QStringLiteral("deal_id"), *j.dealId);
    if (j.nextAttemptAt.isValid())
        o.insert(QStringLiteral("next_attempt_at"),
                 j.nextAttemptAt.toUTC().toString(Qt::ISODateWithMs));
    if (j.lastError) {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("class"), toKey(j.lastError->cls)},
                             {QStringLiteral("code"), j.lastError->code},
                             {QStringLiteral("http_status"), j.lastError->httpStatus},
                             {QStringLiteral("message"), j.lastError->message}});
    }
    return o;
}

QJsonObject transitionJson(const StageTransition &t)
{
    QJsonObject o{{QStringLiteral("at"), t.at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("reception"), t.dealKey.toString()},
                  {QStringLiteral("from"), t.fromStage.toString()},
                  {QStringLiteral("to"), t.toStage.toString()},
                  {QStringLiteral("reason"), toKey(t.reason)},
                  {QStringLiteral("patient"), t.patientName},
                  {QStringLiteral("doctor"), t.doctor}};
    if (t.dealId)
        o.insert(QStringLiteral("deal_id"), *t.dealId);
    if (!t.actor.isEmpty())
        o.insert(QStringLiteral("actor"), t.actor);
    return o;
}

QJsonObject countsJson(const StateCounts &counts)
{
    QJsonObject o;
    for (int i = 0; i < enumCount<JobState>(); ++i)
        o.insert(toKey(JobState(i)), counts.at(i));
    return o;
}

// SIGINT/SIGTERM become a queued call: a signal handler may only write to a socket.
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalFd[0], &c, 1);
}

int cmdSync(const EngineConfig &config, bool continuous, bool json)
{
    Engine engine(config);
    QString error;
    if (!engine.start(&error)) {
        err() << error << '\n';
        return error.contains(QStringLiteral("Another engine")) ? ExitEngineBusy : ExitFailure;
    }
    // Opt-in; a port that cannot be had does not stop the sync: the missing endpoint is what the
    // monitoring notices.
    std::unique_ptr<MetricsEndpoint> metrics;
    if (!config.metricsHost.isEmpty()) {
        metrics = std::make_unique<MetricsEndpoint>(config);
        if (QString metricsError; !metrics->listen(&metricsError)) {
            err() << metricsError << '\n' << Qt::flush;
            metrics.reset();
        } else {
            metrics->watch(&engine);
        }
    }
    QObject::connect(&engine, &Engine::logLine, [json](const QString &line) {
        if (!json)
            err() << line << '\n' << Qt::flush;
    });
    QEventLoop loop;
    int code = ExitOk;
    if (continuous) {
        ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd);
        QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
        QObject::connect(&notifier, &QSocketNotifier::activated, &engine, [&engine, &notifier] {
            notifier.setEnabled(false);
            err() << QCoreApplication::translate("Cli",
                                                 "Stopping: finishing the requests in flight…")
                  << '\n'
                  << Qt::flush;
            engine.stop();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        QObject::connect(&engine, &Engine::stopped, &loop, &QEventLoop::quit);
        engine.runContinuously();
        loop.exec();
        return ExitOk;
    }
    QObject::connect(
        &engine, &Engine::cycleFinished, &loop,
        [&](const PollReport &poll, const DrainReport &drain) {
            const EngineStatus s = engine.status();
            code =
                (s.counts.at(int(JobState::Dead)) + s.counts.at(int(JobState::NeedsAttention))) > 0
                    ? ExitAttention
                    : ExitOk;
            if (!poll.errors.isEmpty() || drain.pauseEngine)
                code = ExitFailure;
            if (json) {
                printJson(
                    QJsonObject{{QStringLiteral("receptions_read"), poll.receptions},
                                {QStringLiteral("jobs_enqueued"), poll.enqueued},
                                {QStringLiteral("done"), drain.done},
                                {QStringLiteral("retrying"), drain.retrying},
                                {QStringLiteral("dead"), drain.dead},
                                {QStringLiteral("needs_attention"), drain.needsAttention},
                                {QStringLiteral("requests"), drain.requests},
                                {QStringLiteral("errors"), QJsonArray::fromStringList(poll.errors)},
                                {QStringLiteral("counts"), countsJson(s.counts)},
                                {QStringLiteral("exit_code"), code}});
            } else {
                out() << QCoreApplication::translate("Cli",
                                                     "Read %1 change(s); %2 done, %3 retrying, %4 "
                                                     "dead, %5 need a person; %6 request(s).")
                             .arg(poll.receptions)
                             .arg(drain.done)
                             .arg(drain.retrying)
                             .arg(drain.dead)
                             .arg(drain.needsAttention)
                             .arg(drain.requests)
                      << '\n';
                out().flush();
            }
            engine.stop();
        });
    QObject::connect(&engine, &Engine::stopped, &loop, &QEventLoop::quit);
    engine.runOnce();
    loop.exec();
    return code;
}

int cmdStatus(Database &db, bool json)
{
    auto counts = JobQueue(db).countsByState();
    auto holder = EngineLease(db).currentHolder();
    auto groups = JobQueue(db).problemGroups();
    if (!counts || !holder || !groups) {
        err() << (counts ? holder ? groups.error() : holder.error() : counts.error()) << '\n';
        return ExitFailure;
    }
    QJsonObject engine{{QStringLiteral("running"), false}};
    if (*holder) {
        const EngineHolder &h = **holder;
        engine =
            QJsonObject{{QStringLiteral("running"), !h.isStale(db.now(), std::chrono::seconds(30))},
                        {QStringLiteral("host"), h.host},
                        {QStringLiteral("pid"), h.pid},
                        {QStringLiteral("since"), h.acquiredAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("heartbeat"), h.heartbeatAt.toUTC().toString(Qt::ISODate)}};
    }
    QJsonArray problems;
    for (const ProblemGroup &g : *groups)
        problems.append(QJsonObject{{QStringLiteral("class"), toKey(g.errorClass)},
                                    {QStringLiteral("code"), g.errorCode},
                                    {QStringLiteral("count"), g.count}});
    const QJsonObject status{{QStringLiteral("engine"), engine},
                             {QStringLiteral("database"), db.describe()},
                             {QStringLiteral("jobs"), countsJson(*counts)},
                             {QStringLiteral("problems"), problems}};
    if (json) {
        printJson(status);
        return ExitOk;
    }
    out() << "engine: "
          << (engine.value(QStringLiteral("running")).toBool()
                  ? QStringLiteral("running on %1 (pid %2) since %3")
                        .arg(engine.value(QStringLiteral("host")).toString())
                        .arg(engine.value(QStringLiteral("pid")).toInteger())
                        .arg(engine.value(QStringLiteral("since")).toString())
                  : QStringLiteral("not running"))
          << '\n'
          << "state database: " << db.describe() << '\n';
    for (int i = 0; i < enumCount<JobState>(); ++i)
        out() << "  " << toKey(JobState(i)).leftJustified(16) << counts->at(i) << '\n';
    for (const ProblemGroup &g : *groups)
        out() << "  problem " << toKey(g.errorClass) << ' ' << g.errorCode << ": " << g.count
              << '\n';
    out().flush();
    return ExitOk;
}

int cmdQueue(Database &db, Args &a, bool json)
{
    const QString sub = a.word();
    JobQueue queue(db);
    if (sub == u"list") {
        JobPageRequest req;
        if (const auto s = a.value(QStringLiteral("--state"))) {
            const auto st = enumFromKey<JobState>(*s);
            if (!st) {
                err() << "unknown state " << *s << '\n';
                return ExitUsage;
            }
            req.filter.states << *st;
        }
        if (const auto c = a.value(QStringLiteral("--class"))) {
            const auto cls = enumFromKey<ErrorClass>(*c);
            if (!cls) {
                err() << "unknown error class " << *c << '\n';
                return ExitUsage;
            }
            req.filter.errorClass = cls;
        }
        req.filter.text = a.value(QStringLiteral("--search")).value_or(QString());
        bool numeric = false;
        const int limit =
            a.value(QStringLiteral("--limit")).value_or(QStringLiteral("100")).toInt(&numeric);
        if (!numeric || limit <= 0) {
            err() << "--limit takes a positive number of jobs\n";
            return ExitUsage;
        }
        // The newest `limit` jobs, newest last, read and printed a page at a time so a large
        // queue never sits in memory.
        auto start = queue.startOfNewest(req.filter, limit);
        if (!start) {
            err() << start.error() << '\n';
            return ExitFailure;
        }
        req.after = *start;
        int remaining = limit;
        bool first = true;
        if (json)
            out() << '[';
        while (remaining > 0) {
            req.limit = qMin(remaining, 1000);
            auto page = queue.page(req);
            if (!page) {
                out().flush();
                err() << page.error() << '\n';
                return ExitFailure;
            }
            for (const JobSummary &j : page->rows) {
                if (json) {
                    out() << (first ? "\n" : ",\n")
                          << QJsonDocument(jobJson(j)).toJson(QJsonDocument::Compact);
                } else {
                    out() << QString::number(j.id).rightJustified(8) << "  "
                          << j.key.leftJustified(14) << toKey(j.state).leftJustified(16)
                          << j.attempts << "  "
                          << (j.lastError ? toKey(j.lastError->cls) + QStringLiteral(": ") +
                                                j.lastError->message.left(80)
                                          : QString())
                          << '\n';
                }
                first = false;
            }
            remaining -= int(page->rows.size());
            if (!page->next)
                break;
            req.after = page->next;
        }
        if (json)
            out() << "\n]\n";
        out().flush();
        return ExitOk;
    }
    if (sub == u"retry") {
        StoreResult<int> r = 0;
        if (a.flag(QStringLiteral("--all-dead"))) {
            r = queue.retryAllDead(actorName());
        } else if (const auto c = a.value(QStringLiteral("--class"))) {
            const auto cls = enumFromKey<ErrorClass>(*c);
            if (!cls) {
                err() << "unknown error class " << *c << '\n';
                return ExitUsage;
            }
            r = queue.retryErrorClass(*cls, std::nullopt, actorName());
        } else {
            QList<qint64> ids;
            for (const QString &w : a.rest())
                ids << w.toLongLong();
            if (ids.isEmpty()) {
                err() << "queue retry needs job ids, --class C or --all-dead\n";
                return ExitUsage;
            }
            r = queue.retry(ids, actorName());
        }
        if (!r) {
            err() << r.error() << '\n';
            return ExitFailure;
        }
        out() << *r << " job(s) will be retried in the next cycle\n";
        return ExitOk;
    }
    if (sub == u"cancel") {
        QList<qint64> ids;
        for (const QString &w : a.rest())
            ids << w.toLongLong();
        if (ids.isEmpty()) {
            err() << "queue cancel needs job ids\n";
            return ExitUsage;
        }
        auto r = queue.cancel(ids, actorName());
        if (!r) {
            err() << r.error() << '\n';
            return ExitFailure;
        }
        out() << *r << " job(s) cancelled\n";
        return ExitOk;
    }
    err() << "usage: queue list|retry|cancel\n";
    return ExitUsage;
}

int cmdBind(Database &db, Args &a, bool bind)
{
    const auto key = DealKey::parse(a.value(QStringLiteral("--reception")).value_or(QString()));
    if (!key) {
        err() << "--reception KEY (like F1_123) is required\n";
        return ExitUsage;
    }
    BindingStore bindings(db);
    if (!bind) {
        auto r = bindings.unbind(*key, actorName());
        if (!r) {
            err() << r.error() << '\n';
            return ExitFailure;
        }
        // The next cycle searches for the reception's deal again (or creates one).
        JobQueue queue(db);
        if (auto job = queue.jobByKey(key->toString()); job && *job)
            (void)queue.retry({(*job)->summary.id}, actorName());
        out() << (*r ? "unbound " : "was not bound: ") << key->toString() << '\n';
        return ExitOk;
    }
    const qint64 dealId = a.value(QStringLiteral("--deal")).value_or(QString()).toLongLong();
    if (dealId <= 0) {
        err() << "--deal ID is required\n";
        return ExitUsage;
    }
    Binding b;
    b.dealKey = *key;
    b.dealId = dealId;
    b.manual = true;
    if (auto r = bindings.bindManually(b, actorName()); !r) {
        err() << r.error() << '\n';
        return ExitFailure;
    }
    // The reception is written to its new deal in the next cycle, under the stage rules.
    JobQueue queue(db);
    if (auto job = queue.jobByKey(key->toString()); job && *job)
        (void)queue.retry({(*job)->summary.id}, actorName());
    out() << "bound " << key->toString() << " to deal " << dealId << '\n';
    return ExitOk;
}

int cmdTransitions(Database &db, Args &a, bool json)
{
    TransitionFilter f;
    if (const auto since = a.value(QStringLiteral("--since"))) {
        f.from = QDateTime::fromString(*since, Qt::ISODate);
        if (!f.from.isValid()) {
            err() << "--since takes an ISO 8601 time, e.g. 2026-11-22T08:00:00\n";
            return ExitUsage;
        }
    }
    const int limit = a.value(QStringLiteral("--limit")).value_or(QStringLiteral("100")).toInt();
    auto page = TransitionLog(db).page(f, std::nullopt, limit);
    if (!page) {
        err() << page.error() << '\n';
        return ExitFailure;
    }
    if (json) {
        QJsonArray rows;
        for (const StageTransition &t : *page)
            rows.append(transitionJson(t));
        printJson(rows);
        return ExitOk;
    }
    for (const StageTransition &t : *page)
        out() << t.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
              << t.dealKey.toString().leftJustified(12)
              << (t.fromStage.isEmpty() ? QStringLiteral("—") : t.fromStage.toString()) << " → "
              << t.toStage.toString() << "  (" << toKey(t.reason) << ")\n";
    out().flush();
    return ExitOk;
}

int cmdCheck(const EngineConfig &config)
{
    int problems = 0;
    auto report = [&](bool ok, const QString &what, const QString &detail) {
        out() << (ok ? "ok    " : "FAIL  ") << what
              << (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail) << '\n';
        out().flush();
        if (!ok)
            ++problems;
    };
    report(true, QStringLiteral("configuration"), config.filePath);
    auto db = openStore(config);
    report(db != nullptr, QStringLiteral("state database"), db ? db->describe() : QString());

    for (const IdentSourceConfig &s : config.sources) {
        QString password;
        if (s.driver != IdentSourceConfig::Driver::Sqlite && !s.user.isEmpty())
            password = SecretStore().read(SecretStore::identPasswordKey(s.sourceId)).value;
        ErrorInfo e;
        auto conn = IdentConnection::open(s, password, &e);
        if (!conn) {
            report(false, QStringLiteral("IDENT source %1").arg(s.sourceId), e.message);
            continue;
        }
        const auto schema = conn->schema(&e);
        report(schema.has_value() && schema->isComplete(),
               QStringLiteral("IDENT source %1 schema").arg(s.sourceId),
               schema ? (schema->isComplete() ? QString() : schema->message(s.sourceId))
                      : e.message);
    }

    const auto code = SecretStore().read(SecretStore::webhookKey());
    report(code.ok, QStringLiteral("webhook code in the keychain"), code.error);
    if (!code.ok)
        return ExitFailure;
    QString error;
    const QString url =
        (config.portalUrl.endsWith(QLatin1Char('/')) ? config.portalUrl
                                                     : config.portalUrl + QLatin1Char('/')) +
        code.value + QLatin1Char('/');
    const auto endpoint = PortalEndpoint::parse(url, &error);
    if (!endpoint) {
        report(false, QStringLiteral("portal address"), error);
        return ExitFailure;
    }
    ClientConfig cc;
    cc.limits = config.bucket;
    cc.timeScale = config.timeScale;
    Bitrix24Client client(*endpoint, cc);
    QList<BatchCommand> cmds{
        {QStringLiteral("df"), QStringLiteral("crm.deal.fields"), {}},
        {QStringLiteral("cf"), QStringLiteral("crm.contact.fields"), {}},
        {QStringLiteral("st"), QStringLiteral("crm.status.list"),
         QJsonObject{
             {QStringLiteral("filter"),
              QJsonObject{{QStringLiteral("ENTITY_ID"),
                           config.dealCategoryId == 0
                               ? QStringLiteral("DEAL_STAGE")
                               : QStringLiteral("DEAL_STAGE_%1").arg(config.dealCategoryId)}}}}}};
    QEventLoop loop;
    BatchResult result;
    client.batch(cmds)->then(&loop, [&](const BatchResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    report(result.ok, QStringLiteral("portal %1").arg(endpoint->displayUrl()),
           result.error.message);
    if (result.ok) {
        const CommandResult *df = result.find(QStringLiteral("df"));
        const CommandResult *cf = result.find(QStringLiteral("cf"));
        if (df && cf && df->call.ok && cf->call.ok) {
            const auto fieldProblems =
                config.fieldMap.validate(df->call.result.toObject(), cf->call.result.toObject());
            report(fieldProblems.isEmpty(), QStringLiteral("field map"), QString());
            for (const FieldMapProblem &p : fieldProblems)
                out() << "      " << p.message << '\n';
        }
        if (const CommandResult *st = result.find(QStringLiteral("st")); st && st->call.ok) {
            QString perr;
            const Pipeline pipeline =
                Pipeline::fromStatusList(config.dealCategoryId, st->call.result.toArray(), &perr);
            const QStringList missing = StageMapper(config.stageMapping).validate(pipeline);
            report(perr.isEmpty() && missing.isEmpty(), QStringLiteral("stage mapping"),
                   perr.isEmpty() ? missing.join(QStringLiteral("; ")) : perr);
        }
    }
    return problems == 0 ? ExitOk : ExitFailure;
}

// Moving over from the replaced service: its config.ini (and queue.json) into this configuration
// file and the keychain, with a report of every key taken or not and why.
int cmdImportLegacy(const QString &configPath, Args &a)
{
    const auto from = a.value(QStringLiteral("--from-ini"));
    if (!from) {
        err() << "import-legacy needs --from-ini FILE (the replaced service's config.ini)\n";
        return ExitUsage;
    }
    const auto queue = a.value(QStringLiteral("--queue"));
    const bool dryRun = a.flag(QStringLiteral("--dry-run"));
    QByteArray current;
    if (QFile existing(configPath); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            err() << configPath << " cannot be read: " << existing.errorString() << '\n';
            return ExitFailure;
        }
        current = existing.readAll();
    }
    const SettingsFile file = SettingsFile::parse(current);
    LegacyImport::Result result = LegacyImport::fromIni(*from, file.values());
    if (result.error.isEmpty() && queue)
        LegacyImport::addQueue(*queue, QDateTime::currentDateTimeUtc(), result);
    if (!result.error.isEmpty()) {
        err() << result.error << '\n';
        return ExitFailure;
    }
    int notTaken = 0;
    for (const LegacyImport::Line &l : std::as_const(result.lines)) {
        out() << (l.taken ? "taken      " : "not taken  ") << l.legacyKey << ": " << l.what << '\n';
        notTaken += l.taken ? 0 : 1;
    }
    out() << result.lines.size() - notTaken << " taken, " << notTaken << " not taken\n";
    if (dryRun) {
        out() << "dry run: nothing written\n";
        out().flush();
        return ExitOk;
    }
    const SecretStore keychain;
    for (auto it = result.secrets.cbegin(); it != result.secrets.cend(); ++it) {
        const SecretStore::Result r = keychain.write(it.key(), it.value());
        if (!r.ok) {
            err() << "the secret " << it.key() << " was not stored: " << r.error
                  << "\nnothing was written to " << configPath << '\n';
            return ExitFailure;
        }
    }
    QSaveFile saved(configPath);
    const QByteArray content = file.render(result.values);
    if (!saved.open(QIODevice::WriteOnly) || saved.write(content) != content.size() ||
        !saved.commit()) {
        err() << configPath << " cannot be written: " << saved.errorString() << '\n';
        return ExitFailure;
    }
    out() << "written to " << configPath << '\n';
    QList<ConfigProblem> problems;
    EngineConfig::load(configPath, &problems);
    for (const ConfigProblem &p : std::as_const(problems))
        out() << "still to do  " << p.key << ": " << p.message << '\n';
    out().flush();
    return ExitOk;
}

QString actionKey(PlanAction a)
{
    switch (a) {
    case PlanAction::UpdateDeal:
        return QStringLiteral("update_deal");
    case PlanAction::AutoBind:
        return QStringLiteral("auto_bind");
    case PlanAction::ConvertLead:
        return QStringLiteral("convert_lead");
    case PlanAction::Create:
        return QStringLiteral("create");
    case PlanAction::Fail:
        break;
    }
    return QStringLiteral("none");
}

// What the next cycle would write: the changes IDENT has since the stored watermark, planned
// against the state database and fresh read-only look-ups on the portal. Nothing is written.
int cmdPlan(const EngineConfig &config, Args &a, bool json)
{
    if (!a.flag(QStringLiteral("--dry-run"))) {
        err() << "plan needs --dry-run\n";
        return ExitUsage;
    }
    const int limit = a.value(QStringLiteral("--limit")).value_or(QStringLiteral("500")).toInt();
    auto db = openStore(config);
    if (!db)
        return ExitFailure;
    SecretStore secrets;
    const auto code = secrets.read(SecretStore::webhookKey());
    if (!code.ok) {
        err() << code.error << '\n';
        return ExitFailure;
    }
    // The work the next cycle would do: the outbox's due jobs, then what the next poll would
    // enqueue (changed receptions; one whose payload a job already holds is that job's work).
    QList<Reception> receptions;
    TreatmentPlanGate plans(config.treatmentPlanInterval);
    for (const IdentSourceConfig &s : config.sources) {
        QString password;
        if (s.driver != IdentSourceConfig::Driver::Sqlite && !s.user.isEmpty())
            password = secrets.read(SecretStore::identPasswordKey(s.sourceId)).value;
        ErrorInfo e;
        auto conn = IdentConnection::open(s, password, &e);
        if (!conn) {
            err() << s.sourceId << ": " << e.message << '\n';
            return ExitFailure;
        }
        Watermark wm;
        if (auto stored = CursorStore(*db).cursor(s.sourceId); stored && *stored) {
            QString ignored;
            wm = Watermark::fromJson((*stored)->lastId.toUtf8(), &ignored).value_or(Watermark{});
        }
        IncrementalReader reader(*conn);
        reader.start(wm, QDateTime::currentDateTime());
        while (receptions.size() < limit) {
            const auto page = reader.nextPage(&e);
            if (!page) {
                err() << s.sourceId << ": " << e.message << '\n';
                return ExitFailure;
            }
            if (page->isEmpty())
                break;
            QList<Reception> read = *page;
            if (config.treatmentPlans)
                plans.attach(*conn, read);
            receptions << read;
        }
    }
    receptions = receptions.mid(0, limit);

    JobQueue queue(*db);
    int unchanged = 0;
    QList<Reception> work;
    QSet<QString> keys;
    {
        JobPageRequest due;
        due.filter.states = {JobState::Pending, JobState::RetryWait};
        due.sort = JobSort::NextAttempt;
        due.limit = 1000;
        const QDateTime now = db->now();
        for (bool more = true; more && work.size() < limit;) {
            const auto page = queue.page(due);
            if (!page) {
                err() << page.error() << '\n';
                return ExitFailure;
            }
            for (const JobSummary &j : page->rows) {
                if (j.nextAttemptAt > now || work.size() >= limit)
                    continue;
                const auto job = queue.jobByKey(j.key);
                QString ignored;
                const auto r =
                    job && *job
                        ? receptionFromJson(
                              QJsonDocument::fromJson((*job)->payload.toUtf8()).object(), &ignored)
                        : std::nullopt;
                if (r && !keys.contains(j.key)) {
                    keys.insert(j.key);
                    work << *r;
                }
            }
            more = page->next.has_value();
            due.after = page->next;
        }
    }
    for (const Reception &r : std::as_const(receptions)) {
        const QString payload =
            QString::fromUtf8(QJsonDocument(receptionToJson(r)).toJson(QJsonDocument::Compact));
        if (auto job = queue.jobByKey(r.key().toString());
            job && *job && (*job)->payloadHash == JobQueue::hashPayload(payload)) {
            ++unchanged;
            continue;
        }
        if (keys.contains(r.key().toString())) {
            // The newer payload replaces the due one, as enqueueing it would.
            for (Reception &w : work) {
                if (w.key() == r.key())
                    w = r;
            }
            continue;
        }
        keys.insert(r.key().toString());
        work << r;
    }
    BindingStore bindings(*db);
    auto built = planInputs(bindings, work);
    if (!built) {
        err() << built.error() << '\n';
        return ExitFailure;
    }
    const QList<PlanInput> inputs = *built;

    QString error;
    const QString base = config.portalUrl.endsWith(QLatin1Char('/'))
                             ? config.portalUrl
                             : config.portalUrl + QLatin1Char('/');
    const auto endpoint = PortalEndpoint::parse(base + code.value + QLatin1Char('/'), &error);
    if (!endpoint) {
        err() << error << '\n';
        return ExitFailure;
    }
    ClientConfig cc;
    cc.limits = config.bucket;
    cc.timeScale = config.timeScale;
    cc.requestTimeout = config.requestTimeout;
    Bitrix24Client client(*endpoint, cc);
    const SyncPlanner planner = plannerFor(config);
    ResolverSettings rs;
    rs.dealKeyField = config.fieldMap.fieldName(MappedField::IdentKey);
    rs.contactPatientField = config.fieldMap.fieldName(MappedField::ContactPatientId);
    rs.closedLeadStatuses = config.closedLeadStatuses;
    PortalResolver resolver(client, rs);

    QJsonArray rows;
    int requests = 0;
    for (qsizetype start = 0; start < inputs.size(); start += config.batchSize) {
        const QList<PlanInput> group = inputs.mid(start, config.batchSize);
        QEventLoop loop;
        PortalSnapshot snap;
        resolver.resolve(planner, group, &loop, [&](const PortalSnapshot &s, int n) {
            snap = s;
            requests += n;
            loop.quit();
        });
        loop.exec();
        for (const JobPlan &p : planner.planGroup(group, snap).plans) {
            QJsonObject row{{QStringLiteral("reception"), p.key.toString()},
                            {QStringLiteral("action"), actionKey(p.action)},
                            {QStringLiteral("status"), statusText(p.status.status)}};
            if (p.dealId)
                row.insert(QStringLiteral("deal_id"), *p.dealId);
            if (p.contactId)
                row.insert(QStringLiteral("contact_id"), *p.contactId);
            if (p.leadId)
                row.insert(QStringLiteral("lead_id"), *p.leadId);
            if (p.action == PlanAction::Fail) {
                row.insert(QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("class"), toKey(p.error.cls)},
                                       {QStringLiteral("message"), p.error.message}});
            } else {
                row.insert(QStringLiteral("stage"),
                           QJsonObject{{QStringLiteral("from"),
                                        p.decision.from ? p.decision.from->toString() : QString()},
                                       {QStringLiteral("to"),
                                        p.decision.to ? p.decision.to->toString() : QString()},
                                       {QStringLiteral("reason"), toKey(p.decision.reason)}});
                row.insert(QStringLiteral("fields"), p.draft ? p.draft->payload().size() : 0);
            }
            rows.append(row);
        }
    }
    if (json) {
        printJson(QJsonObject{{QStringLiteral("unchanged"), unchanged},
                              {QStringLiteral("requests"), requests},
                              {QStringLiteral("plans"), rows}});
        return ExitOk;
    }
    for (const QJsonValue &v : std::as_const(rows)) {
        const QJsonObject r = v.toObject();
        out() << r.value(QStringLiteral("reception")).toString().leftJustified(12)
              << r.value(QStringLiteral("action")).toString().leftJustified(14);
        if (r.contains(QStringLiteral("error"))) {
            const QJsonObject e = r.value(QStringLiteral("error")).toObject();
            out() << e.value(QStringLiteral("class")).toString() << ": "
                  << e.value(QStringLiteral("message")).toString();
        } else {
            const QJsonObject st = r.value(QStringLiteral("stage")).toObject();
            if (r.contains(QStringLiteral("deal_id")))
                out() << "deal " << r.value(QStringLiteral("deal_id")).toInteger() << "  ";
            out() << (st.value(QStringLiteral("from")).toString().isEmpty()
                          ? QStringLiteral("(new)")
                          : st.value(QStringLiteral("from")).toString())
                  << " -> " << st.value(QStringLiteral("to")).toString() << " ("
                  << st.value(QStringLiteral("reason")).toString() << ")";
        }
        out() << '\n';
    }
    out() << rows.size() << " reception(s) would be written, " << unchanged << " unchanged; "
          << requests << " read-only request(s) made\n";
    out().flush();
    return ExitOk;
}

int cmdSecret(const EngineConfig *config, Args &a)
{
    if (a.word() != u"set") {
        err() << "usage: secret set webhook|ident-password|state-password [--source ID]\n";
        return ExitUsage;
    }
    const QString which = a.word();
    QString key;
    if (which == u"webhook") {
        key = SecretStore::webhookKey();
    } else if (which == u"ident-password") {
        QString source = a.value(QStringLiteral("--source")).value_or(QString());
        if (source.isEmpty() && config && !config->sources.isEmpty())
            source = config->sources.first().sourceId;
        if (source.isEmpty()) {
            err() << "--source ID is required\n";
            return ExitUsage;
        }
        key = SecretStore::identPasswordKey(source);
    } else if (which == u"state-password") {
        key = SecretStore::statePasswordKey();
    } else {
        err() << "usage: secret set webhook|ident-password|state-password [--source ID]\n";
        return ExitUsage;
    }
    QTextStream in(stdin);
    QString value = in.readLine().trimmed();
    // People paste the whole webhook URL: keep only its code.
    if (key == SecretStore::webhookKey() && value.contains(QLatin1Char('/'))) {
        const QStringList parts = value.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const qsizetype rest = parts.indexOf(QStringLiteral("rest"));
        if (rest >= 0 && rest + 2 < parts.size())
            value = parts.at(rest + 2);
    }
    if (value.isEmpty()) {
        err() << "nothing on standard input\n";
        return ExitUsage;
    }
    const auto r = SecretStore().write(key, value);
    if (!r.ok) {
        err() << r.error << '\n';
        return ExitFailure;
    }
    out() << "stored " << key << " in the keychain (" << SecretStore().service() << ")\n";
    return ExitOk;
}

// One line per command: `usage` prints them all, `COMMAND --help` prints its own.
struct CommandHelp
{
    const char *command;
    const char *synopsis;
};

constexpr CommandHelp kCommands[] = {
    {"sync",
     "  sync --once [--json]        one full cycle; exit 0, or 3 when jobs are dead or need "
     "a person\n"},
    {"run", "  run                         run until SIGINT/SIGTERM (the systemd service runs "
            "this)\n"},
    {"status", "  status [--json]             engine, job counts, problems\n"},
    {"queue", "  queue list [--state S] [--class C] [--search TEXT] [--limit N] [--json]\n"
              "  queue retry (ID... | --class C | --all-dead)\n"
              "  queue cancel ID...\n"},
    {"bind", "  bind --reception KEY --deal ID\n"},
    {"unbind", "  unbind --reception KEY\n"},
    {"transitions", "  transitions [--since T] [--limit N] [--json]\n"},
    {"plan", "  plan --dry-run [--limit N] [--json]   what the next cycle would write, writing "
             "nothing\n"},
    {"check", "  check                       configuration, state database, IDENT, portal fields "
              "and stages\n"},
    {"secret", "  secret set webhook|ident-password|state-password [--source ID]   (reads stdin "
               "into the keychain; under systemd the secrets are credentials instead)\n"},
    {"demo", "  demo [--receptions N]       a sample clinic, a local portal, two sync cycles\n"},
    {"import-legacy", "  import-legacy --from-ini FILE [--queue FILE] [--dry-run]   the replaced "
                      "service's config.ini (and queue.json) into this configuration and the "
                      "keychain, with a report of every key\n"},
};

void usage()
{
    err() << "usage: identsync-cli [--config FILE] COMMAND\n"
             "       identsync-cli --version | --help | COMMAND --help\n";
    for (const CommandHelp &c : kCommands)
        err() << c.synopsis;
    err() << "The configuration is --config FILE, else $IDENTSYNC_CONFIG, else "
          << EngineConfig::defaultPath() << ".\n";
    err().flush();
}

// `COMMAND --help`: false when the command is unknown.
bool commandUsage(const QString &command)
{
    for (const CommandHelp &c : kCommands) {
        if (command == QLatin1String(c.command)) {
            out() << "usage: identsync-cli [--config FILE]\n" << c.synopsis;
            out().flush();
            return true;
        }
    }
    return false;
}

} // namespace

int runCli(const QStringList &argv)
{
    Args a(argv);
    const bool json = a.flag(QStringLiteral("--json"));
    const QString configPath =
        a.value(QStringLiteral("--config")).value_or(EngineConfig::defaultPath());
    if (a.flag(QStringLiteral("--version"))) {
        out() << "identsync-cli " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return ExitOk;
    }
    const bool help = a.flag(QStringLiteral("--help"));
    const QString command = a.word();
    if (help && !command.isEmpty() && command != u"help") {
        if (commandUsage(command))
            return ExitOk;
        usage();
        return ExitUsage;
    }
    if (command.isEmpty() || command == u"help" || help) {
        usage();
        return command.isEmpty() && !help ? ExitUsage : ExitOk;
    }
    if (command == u"demo")
        return runDemo(
            a.value(QStringLiteral("--receptions")).value_or(QStringLiteral("400")).toInt());
    if (command == u"import-legacy")
        return cmdImportLegacy(configPath, a);
    if (command == u"secret") {
        QList<ConfigProblem> ignored;
        const EngineConfig c = EngineConfig::load(configPath, &ignored);
        return cmdSecret(&c, a);
    }
    const auto config = loadConfig(configPath);
    if (!config)
        return ExitFailure;
    if (command == u"sync") {
        if (!a.flag(QStringLiteral("--once"))) {
            err() << "sync needs --once (use `run` for continuous operation)\n";
            return ExitUsage;
        }
        return cmdSync(*config, false, json);
    }
    if (command == u"run")
        return cmdSync(*config, true, json);
    if (command == u"check")
        return cmdCheck(*config);
    if (command == u"plan")
        return cmdPlan(*config, a, json);
    auto db = openStore(*config);
    if (!db)
        return ExitFailure;
    if (command == u"status")
        return cmdStatus(*db, json);
    if (command == u"queue")
        return cmdQueue(*db, a, json);
    if (command == u"bind" || command == u"unbind")
        return cmdBind(*db, a, command == u"bind");
    if (command == u"transitions")
        return cmdTransitions(*db, a, json);
    usage();
    return ExitUsage;
}

} // namespace identsync
