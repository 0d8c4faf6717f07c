#include "clinicfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace identsync::e2e {

namespace {

QString tail(const QByteArray &text, int lines)
{
    const QStringList all = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace

QJsonValue ProcessResult::json() const
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
    if (e.error != QJsonParseError::NoError)
        return QJsonValue::Null;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString ProcessResult::describe() const
{
    return QStringLiteral("%1, exit code %2; stdout: %3; stderr: %4")
        .arg(finished ? QStringLiteral("finished") : QStringLiteral("did not finish"))
        .arg(exitCode)
        .arg(tail(out, 5), tail(err, 12));
}

ClinicFixture::ClinicFixture(const QString &name)
    : m_name(name)
    , m_code(QStringLiteral("e2e%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    // IDENTSYNC_E2E_KEEP=1 keeps the clinic's directory (databases, INI, logs) for a post-mortem.
    if (qEnvironmentVariableIntValue("IDENTSYNC_E2E_KEEP") != 0) {
        m_dir.setAutoRemove(false);
        qInfo("%s: %s", qPrintable(name), qPrintable(m_dir.path()));
    }
    // A keychain service of its own: tests running side by side never read each other's code.
    m_env.insert(QStringLiteral("IDENTSYNC_KEYCHAIN_SERVICE"),
                 QStringLiteral("IdentSyncE2E-%1-%2-%3")
                     .arg(name)
                     .arg(QCoreApplication::applicationPid())
                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(6)));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"),
                 QStringLiteral("identsync.bitrix.debug=false"));
    m_config = {
        {QStringLiteral("portal/plan"), QStringLiteral("standard")},
        {QStringLiteral("portal/time_scale"), QStringLiteral("20")},
        {QStringLiteral("portal/request_timeout_seconds"), QStringLiteral("10")},
        {QStringLiteral("portal/breaker_cooldown_seconds"), QStringLiteral("1")},
        {QStringLiteral("sync/poll_interval_seconds"), QStringLiteral("1")},
        {QStringLiteral("retry/base_seconds"), QStringLiteral("0.1")},
        {QStringLiteral("retry/cap_seconds"), QStringLiteral("1")},
        {QStringLiteral("state/driver"), QStringLiteral("sqlite")},
        {QStringLiteral("state/path"), QStringLiteral("state.db")},
        {QStringLiteral("source.main/driver"), QStringLiteral("sqlite")},
        {QStringLiteral("source.main/database"), QStringLiteral("ident.db")},
        // ident-sample's clinic lives in 2025: the first run must reach back that far.
        {QStringLiteral("source.main/first_run_days"), QStringLiteral("3650")},
        {QStringLiteral("engine/lease_stale_seconds"), QStringLiteral("3")},
        {QStringLiteral("engine/job_lease_seconds"), QStringLiteral("5")},
    };
}

ClinicFixture::~ClinicFixture()
{
    if (m_run && m_run->state() != QProcess::NotRunning) {
        m_run->kill();
        m_run->waitForFinished(10000);
    }
    if (m_portal && m_portal->state() != QProcess::NotRunning) {
        m_portal->terminate(); // writes portal.json
        if (!m_portal->waitForFinished(10000))
            m_portal->kill();
    }
    for (const QString &c : {m_identConnection, m_stateConnection}) {
        if (!c.isEmpty()) {
            QSqlDatabase::database(c, false).close();
            QSqlDatabase::removeDatabase(c);
        }
    }
}

bool ClinicFixture::fail(const QString &message)
{
    m_error = message;
    return false;
}

ProcessResult ClinicFixture::runProcess(const QString &program, const QStringList &args,
                                        const QByteArray &input, int timeoutMs) const
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setWorkingDirectory(m_dir.path());
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(10000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

std::optional<QJsonObject> ClinicFixture::createSample(const QStringList &args,
                                                       const QString &database)
{
    const ProcessResult r = runProcess(
        QStringLiteral(IDENT_SAMPLE_EXE),
        QStringList{QStringLiteral("create"), QStringLiteral("--driver"), QStringLiteral("sqlite"),
                    QStringLiteral("--database"), database.isEmpty() ? identPath() : database,
                    QStringLiteral("--json")} +
            args,
        {}, 120000);
    if (r.exitCode != 0 || !r.json().isObject()) {
        fail(QStringLiteral("ident-sample create: %1").arg(r.describe()));
        return std::nullopt;
    }
    return r.json().toObject();
}

std::optional<QJsonObject> ClinicFixture::advanceSample(const QStringList &args)
{
    const ProcessResult r = runProcess(
        QStringLiteral(IDENT_SAMPLE_EXE),
        QStringList{QStringLiteral("advance"), QStringLiteral("--driver"), QStringLiteral("sqlite"),
                    QStringLiteral("--database"), identPath(), QStringLiteral("--json")} +
            args,
        {}, 120000);
    if (r.exitCode != 0 || !r.json().isObject()) {
        fail(QStringLiteral("ident-sample advance: %1").arg(r.describe()));
        return std::nullopt;
    }
    return r.json().toObject();
}

QSqlDatabase ClinicFixture::ident()
{
    if (m_identConnection.isEmpty()) {
        m_identConnection = QStringLiteral("e2e-ident-%1").arg(m_name);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_identConnection);
        db.setDatabaseName(identPath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        db.open();
    }
    return QSqlDatabase::database(m_identConnection);
}

QSqlDatabase ClinicFixture::stateDb()
{
    if (m_stateConnection.isEmpty()) {
        m_stateConnection = QStringLiteral("e2e-state-%1").arg(m_name);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_stateConnection);
        db.setDatabaseName(statePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"));
        db.open();
    }
    return QSqlDatabase::database(m_stateConnection);
}

bool ClinicFixture::startPortal(const QStringList &extraArgs)
{
    m_timeScale = m_config.value(QStringLiteral("portal/time_scale")).toDouble();
    QStringList args{QStringLiteral("--port"),         QString::number(m_port),
                     QStringLiteral("--plan"),         QStringLiteral("standard"),
                     QStringLiteral("--time-scale"),   QString::number(m_timeScale),
                     QStringLiteral("--webhook-user"), QStringLiteral("1"),
                     QStringLiteral("--webhook-code"), m_code,
                     QStringLiteral("--state"),        path(QStringLiteral("portal.json"))};
    // Later flags win: a test may ask for another plan.
    for (qsizetype i = 0; i + 1 < extraArgs.size(); i += 2) {
        const qsizetype at = args.indexOf(extraArgs.at(i));
        if (at >= 0)
            args[at + 1] = extraArgs.at(i + 1);
        else
            args << extraArgs.at(i) << extraArgs.at(i + 1);
    }
    m_portalArgs = extraArgs;
    m_portal = std::make_unique<QProcess>();
    m_portal->setProcessEnvironment(m_env);
    // Only the "listening on" line comes on stdout; the log goes to a file so a full pipe can
    // never stall the portal while the test is busy elsewhere.
    m_portal->setStandardErrorFile(path(QStringLiteral("portal.log")), QIODevice::Append);
    m_portal->start(QStringLiteral(FAKE_BITRIX24_EXE), args);
    if (!m_portal->waitForStarted(30000))
        return fail(QStringLiteral("fake-bitrix24 did not start: %1").arg(m_portal->errorString()));
    QDeadlineTimer deadline(30000);
    while (!m_portal->canReadLine() && m_portal->state() == QProcess::Running &&
           !deadline.hasExpired())
        m_portal->waitForReadyRead(1000);
    const QString line = QString::fromUtf8(m_portal->readLine()).trimmed();
    static const QRegularExpression rx(
        QStringLiteral(R"(^listening on http://127\.0\.0\.1:(\d+)$)"));
    const auto m = rx.match(line);
    if (!m.hasMatch())
        return fail(QStringLiteral("fake-bitrix24 said «%1» (see %2)")
                        .arg(line, path(QStringLiteral("portal.log"))));
    m_port = m.captured(1).toInt();
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
    m_config.insert(QStringLiteral("portal/url"),
                    QStringLiteral("http://127.0.0.1:%1/rest/1/").arg(m_port));
    return true;
}

bool ClinicFixture::stopPortal()
{
    if (!m_portal)
        return true;
    m_portal->terminate();
    if (!m_portal->waitForFinished(30000))
        return fail(QStringLiteral("fake-bitrix24 did not stop on SIGTERM"));
    const bool clean = m_portal->exitStatus() == QProcess::NormalExit && m_portal->exitCode() == 0;
    m_portal.reset();
    return clean || fail(QStringLiteral("fake-bitrix24 did not exit cleanly"));
}

bool ClinicFixture::deleteDeal(qint64 id)
{
    if (!stopPortal())
        return false;
    QFile file(path(QStringLiteral("portal.json")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the portal wrote no state file"));
    QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray deals = state.value(QStringLiteral("deals")).toArray();
    const qsizetype before = deals.size();
    for (qsizetype i = deals.size() - 1; i >= 0; --i) {
        if (deals.at(i).toObject().value(QStringLiteral("id")).toInteger() == id)
            deals.removeAt(i);
    }
    if (deals.size() != before - 1)
        return fail(QStringLiteral("deal %1 is not in the portal's state file").arg(id));
    state.insert(QStringLiteral("deals"), deals);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot rewrite the portal's state file"));
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    file.close();
    return startPortal(m_portalArgs);
}

std::optional<QJsonValue> ClinicFixture::http(const QUrl &url,
                                              const std::optional<QByteArray> &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(60000);
    QNetworkReply *reply = body ? nam.post(request, *body) : nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    if (status != 200) {
        fail(QStringLiteral("%1 answered %2: %3")
                 .arg(url.toDisplayString(), QString::number(status),
                      QString::fromUtf8(data.left(500))));
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

std::optional<QJsonValue> ClinicFixture::control(const QString &endpoint,
                                                 const std::optional<QJsonObject> &post)
{
    const QUrl url = m_base.resolved(QUrl(QStringLiteral("_fake/") + endpoint));
    if (post)
        return http(url, QJsonDocument(*post).toJson(QJsonDocument::Compact));
    return http(url, std::nullopt);
}

std::optional<QJsonValue> ClinicFixture::rest(const QString &method, const QJsonObject &params)
{
    const QUrl url = m_base.resolved(QUrl(QStringLiteral("rest/1/%1/%2.json").arg(m_code, method)));
    const auto answer = http(url, QJsonDocument(params).toJson(QJsonDocument::Compact));
    if (!answer)
        return std::nullopt;
    return answer->toObject().value(QStringLiteral("result"));
}

bool ClinicFixture::writeConfig()
{
    QFile f(configPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write %1").arg(configPath()));
    QTextStream ini(&f);
    QMap<QString, QStringList> sections;
    for (auto it = m_config.cbegin(); it != m_config.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        QString value = it.value();
        if (value.contains(QLatin1Char(',')))
            value = QLatin1Char('"') + value + QLatin1Char('"');
        sections[it.key().left(slash)] << it.key().mid(slash + 1) + QLatin1Char('=') + value;
    }
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        ini << '[' << it.key() << "]\n" << it.value().join(QLatin1Char('\n')) << "\n\n";
    return true;
}

bool ClinicFixture::storeWebhook()
{
    const ProcessResult r =
        cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("webhook")},
            m_code.toUtf8() + '\n');
    return r.exitCode == 0 || fail(QStringLiteral("secret set webhook: %1").arg(r.describe()));
}

ProcessResult ClinicFixture::cli(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    return runProcess(QStringLiteral(IDENTSYNC_CLI_EXE),
                      QStringList{QStringLiteral("--config"), configPath()} + args, input,
                      timeoutMs);
}

std::optional<QJsonObject> ClinicFixture::jobCounts()
{
    const ProcessResult r = cli({QStringLiteral("status"), QStringLiteral("--json")});
    if (r.exitCode != 0 || !r.json().isObject()) {
        fail(QStringLiteral("status --json: %1").arg(r.describe()));
        return std::nullopt;
    }
    return r.json().toObject().value(QStringLiteral("jobs")).toObject();
}

QJsonObject ClinicFixture::job(const QString &key)
{
    const ProcessResult r = cli({QStringLiteral("queue"), QStringLiteral("list"),
                                 QStringLiteral("--search"), key, QStringLiteral("--json")});
    for (const QJsonValue &j : r.json().toArray()) {
        if (j.toObject().value(QStringLiteral("key")).toString() == key)
            return j.toObject();
    }
    fail(QStringLiteral("no job for %1: %2").arg(key, r.describe()));
    return {};
}

bool ClinicFixture::syncUntilIdle(int maxRuns)
{
    QStringList history;
    for (int run = 0; run < maxRuns; ++run) {
        const ProcessResult r =
            cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
        history << QString::number(r.exitCode);
        if (r.exitCode == int(CliExit::EngineBusy)) {
            // A killed engine's lease goes stale after [engine] lease_stale_seconds.
            QThread::msleep(500);
            continue;
        }
        const QJsonObject counts = r.json().toObject().value(QStringLiteral("counts")).toObject();
        const int waiting = counts.value(QStringLiteral("pending")).toInt() +
                            counts.value(QStringLiteral("retry_wait")).toInt() +
                            counts.value(QStringLiteral("in_flight")).toInt();
        if ((r.exitCode == int(CliExit::Ok) || r.exitCode == int(CliExit::Attention)) &&
            !counts.isEmpty() && waiting == 0)
            return true;
        if (!r.finished)
            return fail(QStringLiteral("sync --once hung: %1").arg(r.describe()));
        // Jobs wait out their backoff ([retry] base/cap are short in these tests).
        QThread::msleep(300);
        if (run + 1 == maxRuns)
            m_error = QStringLiteral("still not idle after %1 runs (exit codes %2); last: %3")
                          .arg(maxRuns)
                          .arg(history.join(u' '), r.describe());
    }
    return false;
}

bool ClinicFixture::startRun()
{
    m_run = std::make_unique<QProcess>();
    m_run->setProcessEnvironment(m_env);
    m_run->setWorkingDirectory(m_dir.path());
    m_run->setProcessChannelMode(QProcess::MergedChannels);
    m_run->setStandardOutputFile(path(QStringLiteral("run.log")), QIODevice::Append);
    m_run->start(QStringLiteral(IDENTSYNC_CLI_EXE),
                 {QStringLiteral("--config"), configPath(), QStringLiteral("run")});
    return m_run->waitForStarted(30000) ||
           fail(QStringLiteral("identsync-cli run did not start: %1").arg(m_run->errorString()));
}

void ClinicFixture::killRun()
{
    if (!m_run)
        return;
    m_run->kill();
    m_run->waitForFinished(30000);
    m_run.reset();
}

bool ClinicFixture::terminateRun()
{
    if (!m_run)
        return true;
    m_run->terminate();
    const bool stopped = m_run->waitForFinished(60000);
    const bool clean =
        stopped && m_run->exitStatus() == QProcess::NormalExit && m_run->exitCode() == 0;
    if (!stopped)
        m_run->kill();
    m_run.reset();
    return clean || fail(QStringLiteral("identsync-cli run did not stop cleanly on SIGTERM"));
}

QString ClinicFixture::runLog() const
{
    QFile f(path(QStringLiteral("run.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace identsync::e2e
