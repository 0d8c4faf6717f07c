#include "settingsworker.h"

#include "data/applogging.h"

#include "bitrix/bitrix24client.h"
#include "bitrix/clientconfig.h"
#include "bitrix/crmtypes.h"
#include "bitrix/portalendpoint.h"
#include "core/errorclassifier.h"
#include "engine/secretstore.h"
#include "ident/identconnection.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <memory>

namespace identsync {

namespace {

QList<PortalFieldInfo> fieldList(const QJsonValue &result)
{
    QList<PortalFieldInfo> out;
    QString error;
    const auto map = CrmField::mapFromJson(result, &error);
    if (!map)
        return out;
    for (const CrmField &f : *map) {
        const QString title = f.label.isEmpty() ? f.title : f.label;
        out << PortalFieldInfo{f.name, title.isEmpty() ? f.name : title, f.type, f.isRequired,
                               f.isReadOnly};
    }
    return out;
}

PortalStageInfo stageFromRow(const QJsonObject &row)
{
    PortalStageInfo s;
    s.id = row.value(QStringLiteral("STATUS_ID")).toString();
    s.name = row.value(QStringLiteral("NAME")).toString();
    s.sort = row.value(QStringLiteral("SORT")).toVariant().toInt();
    QString colour = row.value(QStringLiteral("COLOR")).toString();
    const QJsonObject extra = row.value(QStringLiteral("EXTRA")).toObject();
    if (colour.isEmpty())
        colour = extra.value(QStringLiteral("COLOR")).toString();
    s.colour = QColor::fromString(colour);
    const QString semantics = row.value(QStringLiteral("SEMANTICS")).toString();
    const QString extraSemantics = extra.value(QStringLiteral("SEMANTICS")).toString();
    s.final = semantics == u"S" || semantics == u"F" || extraSemantics == u"success" ||
              extraSemantics == u"failure" || extraSemantics == u"apology";
    return s;
}

void failPortal(PortalCheckOutcome &out, const ErrorInfo &e)
{
    const ErrorClassText text = describe(e.cls);
    out.ok = false;
    out.cause = e.message.isEmpty() ? text.title : text.title + QStringLiteral(": ") + e.message;
    out.fix = text.action;
}

} // namespace

SettingsWorker::SettingsWorker(QString keychainService, QObject *parent)
    : QObject(parent)
    , m_keychainService(std::move(keychainService))
{}

QStringList SettingsWorker::sourceIds(const SettingsValues &values)
{
    QStringList ids;
    const QString prefix = QStringLiteral("source.");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString id = it.key().mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

QStringList SettingsWorker::secretKeys(const SettingsValues &values)
{
    QStringList keys{SecretStore::webhookKey()};
    for (const QString &id : sourceIds(values))
        keys << SecretStore::identPasswordKey(id);
    return keys;
}

QString SettingsWorker::backupDir(const QString &configPath)
{
    return QFileInfo(configPath).absolutePath() + QStringLiteral("/backups");
}

SettingsSnapshot SettingsWorker::snapshot(const QString &path) const
{
    SettingsSnapshot s;
    s.path = path;
    QFile f(path);
    s.exists = f.exists();
    if (s.exists) {
        if (!f.open(QIODevice::ReadOnly)) {
            s.error = tr("The configuration file %1 cannot be read: %2. Check that it exists and "
                         "that your account may read it.")
                          .arg(path, f.errorString());
            return s;
        }
        const QByteArray content = f.readAll();
        s.values = SettingsFile::parse(content).values();
        s.fingerprint = SettingsFile::fingerprint(content);
    }
    s.language = QSettings().value(QStringLiteral("console/language")).toString();
    const SecretStore store(m_keychainService);
    for (const QString &key : secretKeys(s.values)) {
        const SecretStore::Result r = store.read(key);
        SecretState state;
        if (r.ok)
            state.state = SecretState::State::Stored;
        else if (r.notFound)
            state.state = SecretState::State::Missing;
        else
            state = {SecretState::State::Unavailable, r.error};
        s.secrets.insert(key, state);
    }
    return s;
}

void SettingsWorker::load(const QString &path)
{
    Q_EMIT loaded(snapshot(path));
}

QString SettingsWorker::makeBackup(const QString &path, const QByteArray &content,
                                   QString *error) const
{
    const QString dir = backupDir(path);
    if (!QDir().mkpath(dir)) {
        *error = tr("The backup folder %1 cannot be created.").arg(dir);
        return {};
    }
    const QFileInfo info(path);
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString target =
        QStringLiteral("%1/%2-%3.%4").arg(dir, info.completeBaseName(), stamp, info.suffix());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1/%2-%3-%4.%5")
                     .arg(dir, info.completeBaseName(), stamp)
                     .arg(n)
                     .arg(info.suffix());
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
        *error = tr("The backup %1 cannot be written: %2.").arg(target, out.errorString());
        return {};
    }
    out.close();

    QDir backups(dir);
    const QStringList all = backups.entryList({info.completeBaseName() + QStringLiteral("-*")},
                                              QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + kBackupsKept < all.size(); ++i)
        backups.remove(all.at(i));
    return target;
}

void SettingsWorker::save(const SettingsSaveRequest &request)
{
    SettingsSaveOutcome out;
    QByteArray current;
    QFile f(request.path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            out.message = tr("The configuration file %1 cannot be read: %2.")
                              .arg(request.path, f.errorString());
            Q_EMIT saved(out);
            return;
        }
        current = f.readAll();
        f.close();
    }
    const QByteArray currentPrint = f.exists() ? SettingsFile::fingerprint(current) : QByteArray();
    if (currentPrint != request.baseFingerprint && !request.overwriteExternalChange) {
        out.result = SettingsSaveOutcome::Result::ChangedOnDisk;
        out.message = tr("The configuration file was changed by someone else after it was loaded "
                         "(the service, identsync-cli or an editor).");
        Q_EMIT saved(out);
        return;
    }
    const QByteArray content = SettingsFile::parse(current).render(request.values);

    // The engine's own reader judges the result, next to the real file so relative paths resolve
    // alike; the engine would refuse to run on a file with problems, so it is never written.
    {
        QTemporaryFile candidate(QFileInfo(request.path).absolutePath() +
                                 QStringLiteral("/.identsync-candidate-XXXXXX.ini"));
        if (!candidate.open() || candidate.write(content) != content.size()) {
            out.message = tr("The folder of %1 is not writable: %2.")
                              .arg(request.path, candidate.errorString());
            Q_EMIT saved(out);
            return;
        }
        candidate.close();
        EngineConfig::load(candidate.fileName(), &out.problems);
        if (!out.problems.isEmpty()) {
            out.result = SettingsSaveOutcome::Result::Invalid;
            Q_EMIT saved(out);
            return;
        }
    }

    const SecretStore store(m_keychainService);
    for (auto it = request.secrets.cbegin(); it != request.secrets.cend(); ++it) {
        const SecretStore::Result r = store.write(it.key(), it.value());
        if (!r.ok) {
            out.message = tr("The secret «%1» was not saved: %2 Nothing was written to the "
                             "configuration file.")
                              .arg(it.key(), r.error);
            Q_EMIT saved(out);
            return;
        }
    }

    if (!current.isEmpty()) {
        QString error;
        out.backupPath = makeBackup(request.path, current, &error);
        if (out.backupPath.isEmpty()) {
            out.message = error;
            Q_EMIT saved(out);
            return;
        }
    }
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        out.message =
            tr("The configuration file %1 cannot be written: %2. Check the free space and that "
               "your account may write the folder.")
                .arg(request.path, file.errorString());
        Q_EMIT saved(out);
        return;
    }
    if (!request.language.isEmpty())
        QSettings().setValue(QStringLiteral("console/language"), request.language);
    qCInfo(lcApp) << "settings saved to" << request.path << "backup" << out.backupPath;
    out.result = SettingsSaveOutcome::Result::Saved;
    out.snapshot = snapshot(request.path);
    Q_EMIT saved(out);
}

void SettingsWorker::checkPortal(const QString &url, const QString &code, double timeScale)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    PortalCheckOutcome out;
    QString secret = code;
    if (secret.isEmpty()) {
        const SecretStore::Result r =
            SecretStore(m_keychainService).read(SecretStore::webhookKey());
        if (!r.ok) {
            out.cause = r.notFound ? tr("No webhook code is saved yet.") : r.error;
            out.fix = tr("Type the webhook code (the part after /rest/USER_ID/ in the portal's "
                         "webhook address) and check again.");
            Q_EMIT portalChecked(out);
            return;
        }
        secret = r.value;
    }
    QString base = url.trimmed();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QString error;
    const auto endpoint = PortalEndpoint::parse(base + secret + QLatin1Char('/'), &error);
    if (!endpoint) {
        out.cause = error;
        out.fix = tr("Copy the inbound webhook address from the portal (Developer resources → "
                     "Inbound webhook): https://PORTAL/rest/USER_ID/CODE/.");
        Q_EMIT portalChecked(out);
        return;
    }
    ClientConfig cc;
    cc.timeScale = timeScale;
    cc.maxReadAttempts = 1; // a person waits for the answer: report the first failure
    cc.requestTimeout = std::chrono::seconds(20);
    auto *client = new Bitrix24Client(*endpoint, cc, this);
    const QList<BatchCommand> first{
        {QStringLiteral("df"), QStringLiteral("crm.deal.fields"), {}},
        {QStringLiteral("cf"), QStringLiteral("crm.contact.fields"), {}},
        {QStringLiteral("cat"), QStringLiteral("crm.category.list"),
         QJsonObject{{QStringLiteral("entityTypeId"), 2}}},
        {QStringLiteral("lead"), QStringLiteral("crm.status.list"),
         QJsonObject{{QStringLiteral("filter"),
                      QJsonObject{{QStringLiteral("ENTITY_ID"), QStringLiteral("STATUS")}}}}}};
    client->batch(first)->then(this, [this, client, timer](const BatchResult &r) {
        PortalCheckOutcome found;
        const CommandResult *df = r.find(QStringLiteral("df"));
        if (!r.ok || !df || !df->call.ok) {
            failPortal(found, r.ok && df ? df->call.error : r.error);
            found.elapsedMs = timer->elapsed();
            client->deleteLater();
            Q_EMIT portalChecked(found);
            return;
        }
        found.dealFields = fieldList(df->call.result);
        if (const CommandResult *cf = r.find(QStringLiteral("cf")); cf && cf->call.ok)
            found.contactFields = fieldList(cf->call.result);
        if (const CommandResult *lead = r.find(QStringLiteral("lead")); lead && lead->call.ok)
            for (const QJsonValue &row : lead->call.result.toArray())
                found.leadStatuses << stageFromRow(row.toObject());
        QList<BatchCommand> stages;
        if (const CommandResult *cat = r.find(QStringLiteral("cat")); cat && cat->call.ok) {
            for (const QJsonValue &row :
                 cat->call.result.toObject().value(QStringLiteral("categories")).toArray()) {
                QString e;
                if (const auto c = CrmCategory::fromJson(row, &e))
                    found.pipelines << PortalPipelineInfo{c->id, c->name, {}};
            }
        }
        if (found.pipelines.isEmpty())
            found.pipelines << PortalPipelineInfo{0, tr("General"), {}};
        for (const PortalPipelineInfo &p : std::as_const(found.pipelines)) {
            const QString entity = p.id == 0 ? QStringLiteral("DEAL_STAGE")
                                             : QStringLiteral("DEAL_STAGE_%1").arg(p.id);
            stages << BatchCommand{
                QStringLiteral("p%1").arg(p.id), QStringLiteral("crm.status.list"),
                QJsonObject{{QStringLiteral("filter"),
                             QJsonObject{{QStringLiteral("ENTITY_ID"), entity}}}}};
        }
        client->batch(stages.mid(0, Bitrix24Client::maxBatchCommands))
            ->then(this, [this, client, timer, found](const BatchResult &r2) mutable {
                if (!r2.ok) {
                    failPortal(found, r2.error);
                } else {
                    found.ok = true;
                    for (PortalPipelineInfo &p : found.pipelines) {
                        const CommandResult *c = r2.find(QStringLiteral("p%1").arg(p.id));
                        if (!c || !c->call.ok)
                            continue;
                        for (const QJsonValue &row : c->call.result.toArray())
                            p.stages << stageFromRow(row.toObject());
                        std::stable_sort(
                            p.stages.begin(), p.stages.end(),
                            [](const auto &a, const auto &b) { return a.sort < b.sort; });
                    }
                }
                found.elapsedMs = timer->elapsed();
                client->deleteLater();
                Q_EMIT portalChecked(found);
            });
    });
}

void SettingsWorker::checkIdent(const SettingsValues &values, const QString &configPath,
                                const QString &sourceId, const QString &password)
{
    QElapsedTimer timer;
    timer.start();
    IdentCheckOutcome out;
    out.sourceId = sourceId;

    // The engine's reader turns the typed values into the connection it would open, so the
    // check and the engine never disagree about what a setting means.
    QList<ConfigProblem> problems;
    EngineConfig config;
    {
        QTemporaryFile candidate(QFileInfo(configPath).absolutePath() +
                                 QStringLiteral("/.identsync-check-XXXXXX.ini"));
        const QByteArray content = SettingsFile().render(values);
        if (!candidate.open() || candidate.write(content) != content.size()) {
            out.cause = tr("The folder of %1 is not writable: %2.")
                            .arg(configPath, candidate.errorString());
            out.fix = tr("Check that your account may write the configuration folder.");
            Q_EMIT identChecked(out);
            return;
        }
        candidate.close();
        config = EngineConfig::load(candidate.fileName(), &problems);
    }
    const QString prefix = QStringLiteral("source.") + sourceId;
    QStringList invalid;
    for (const ConfigProblem &p : std::as_const(problems))
        if (p.key.startsWith(prefix))
            invalid << p.message;
    const auto it =
        std::find_if(config.sources.cbegin(), config.sources.cend(),
                     [&](const IdentSourceConfig &s) { return s.sourceId == sourceId; });
    if (!invalid.isEmpty() || it == config.sources.cend()) {
        out.cause = invalid.join(QLatin1Char(' '));
        out.fix = tr("Correct the fields named above and check again.");
        Q_EMIT identChecked(out);
        return;
    }
    const IdentSourceConfig source = *it;
    QString secret = password;
    if (secret.isEmpty() && source.driver != IdentSourceConfig::Driver::Sqlite &&
        !source.user.isEmpty()) {
        const SecretStore::Result r =
            SecretStore(m_keychainService).read(SecretStore::identPasswordKey(source.sourceId));
        if (!r.ok) {
            out.cause = r.notFound ? tr("No password is saved for this connection yet.") : r.error;
            out.fix = tr("Type the SQL login's password and check again.");
            Q_EMIT identChecked(out);
            return;
        }
        secret = r.value;
    }
    ErrorInfo e;
    {
        const auto conn = IdentConnection::open(source, secret, &e);
        if (conn) {
            const auto schema = conn->schema(&e);
            if (schema && !schema->isComplete()) {
                out.cause = schema->message(source.sourceId);
                out.fix = tr("Grant the login read access as docs/ident-access.md shows.");
            } else if (schema) {
                QSqlQuery q(conn->database());
                if (q.exec(QStringLiteral("SELECT ID, Name FROM OwnCompanies ORDER BY ID")))
                    while (q.next())
                        out.branches
                            << IdentBranchInfo{q.value(0).toLongLong(), q.value(1).toString()};
                out.ok = true;
            }
        }
    }
    if (!out.ok && out.cause.isEmpty()) {
        const ErrorClassText text = describe(e.cls);
        out.cause = e.message.isEmpty() ? text.title : e.message;
        out.fix = text.action;
    }
    out.elapsedMs = timer.elapsed();
    Q_EMIT identChecked(out);
}

} // namespace identsync
