#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace identsync::e2e {

// What a finished child process left behind.
struct ProcessResult
{
    bool finished = false; // false: it did not start or ran past its time limit and was killed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonValue json() const;  // stdout as JSON (Null when it is not JSON)
    QString describe() const; // exit code and the tail of stderr, for failure messages
};

// The exit codes identsync-cli documents (docs/cli.md), spelled out again so a change to them
// breaks these tests instead of passing silently.
enum class CliExit
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Attention = 3,
    EngineBusy = 4,
};

// One clinic as a user sets it up, in its own temporary directory: an IDENT sample database
// written by the ident-sample executable, a fake-bitrix24 process, an INI file, the webhook code
// in the keychain under a service name of its own, and identsync-cli run as a process.
class ClinicFixture
{
public:
    explicit ClinicFixture(const QString &name);
    ~ClinicFixture();
    ClinicFixture(const ClinicFixture &) = delete;
    ClinicFixture &operator=(const ClinicFixture &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &file) const { return m_dir.filePath(file); }
    QString identPath() const { return path(QStringLiteral("ident.db")); }
    QString statePath() const { return path(QStringLiteral("state.db")); }
    QString configPath() const { return path(QStringLiteral("identsync.ini")); }
    QProcessEnvironment environment() const { return m_env; }

    // ident-sample create/advance with --json; the summary it printed, or nullopt (see `error`).
    // `database` defaults to identPath().
    std::optional<QJsonObject> createSample(const QStringList &args, const QString &database = {});
    std::optional<QJsonObject> advanceSample(const QStringList &args);
    // A connection to the IDENT database for the test's own SQL (reads and UPDATEs).
    QSqlDatabase ident();

    // Starts fake-bitrix24 (standard plan unless `extraArgs` says otherwise). A restart reuses
    // the first port, so the INI file stays valid.
    bool startPortal(const QStringList &extraArgs = {});
    bool stopPortal(); // SIGTERM: the portal writes its --state file
    QUrl portalBase() const { return m_base; }
    qint64 portalPid() const { return m_portal ? m_portal->processId() : 0; }
    QString webhookCode() const { return m_code; }
    double timeScale() const { return m_timeScale; }
    // GET or POST /_fake/<endpoint>; nullopt when the portal did not answer 200.
    std::optional<QJsonValue> control(const QString &endpoint,
                                      const std::optional<QJsonObject> &post = std::nullopt);
    // A person deletes a deal in the CRM. The portal has no crm.deal.delete, so it is stopped,
    // the deal is taken out of its --state file, and it is started again on the same port.
    bool deleteDeal(qint64 id);
    // POST /rest/<user>/<code>/<method>, as a CRM user's other tools would.
    std::optional<QJsonValue> rest(const QString &method, const QJsonObject &params);

    // INI values as "section/key"; set before writeConfig(). Defaults suit a fast local run.
    void setConfig(const QString &key, const QString &value) { m_config.insert(key, value); }
    bool writeConfig();
    // `identsync-cli --config F secret set webhook` with the code on stdin.
    bool storeWebhook();

    ProcessResult cli(const QStringList &args, const QByteArray &input = {},
                      int timeoutMs = 240000);
    // `sync --once --json` again and again until a run ends with 0 or 3 and nothing is pending,
    // waiting to retry or in flight. False with `error` when `maxRuns` is not enough.
    bool syncUntilIdle(int maxRuns = 40);
    // `status --json`'s job counts.
    std::optional<QJsonObject> jobCounts();
    // The job of one reception, from `queue list --search KEY --json` (empty when there is none).
    QJsonObject job(const QString &key);

    // `run` as a long-lived child process.
    bool startRun();
    QProcess *runProcess() const { return m_run.get(); }
    void killRun();         // SIGKILL, then reaped
    bool terminateRun();    // SIGTERM and a clean exit 0
    QString runLog() const; // everything `run` printed so far

    // The state database, opened read-only by the test.
    QSqlDatabase stateDb();

    const QString &error() const { return m_error; }

private:
    ProcessResult runProcess(const QString &program, const QStringList &args,
                             const QByteArray &input, int timeoutMs) const;
    std::optional<QJsonValue> http(const QUrl &url, const std::optional<QByteArray> &body);
    bool fail(const QString &message);

    QTemporaryDir m_dir;
    QString m_name;
    QString m_code;
    QProcessEnvironment m_env;
    QMap<QString, QString> m_config;
    std::unique_ptr<QProcess> m_portal;
    QStringList m_portalArgs;
    QUrl m_base;
    int m_port = 0;
    double m_timeScale = 1.0;
    std::unique_ptr<QProcess> m_run;
    QString m_identConnection;
    QString m_stateConnection;
    QString m_error;
};

} // namespace identsync::e2e
