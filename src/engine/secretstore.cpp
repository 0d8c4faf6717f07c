#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "identsync.secrets")

namespace identsync {

namespace {

// A keychain that does not answer (a locked Secret Service waiting for a prompt nobody sees) must
// not hang the engine forever.
constexpr std::chrono::seconds kKeychainTimeout{30};

QString describe(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return QCoreApplication::translate("SecretStore", "The secret is not in the keychain.");
    case QKeychain::CouldNotDeleteEntry:
        return QCoreApplication::translate("SecretStore",
                                           "The keychain could not delete the secret: %1")
            .arg(detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("SecretStore",
                                           "Access to the keychain was denied. Unlock the keychain "
                                           "(or allow IdentSync access) and try again.");
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate(
            "SecretStore", "No keychain is available (on Linux: start gnome-keyring or KWallet). "
                           "IdentSync does not store secrets anywhere else.");
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return QCoreApplication::translate("SecretStore", "Keychain error: %1").arg(detail);
}

// QtKeychain hands every job to one executor object that lives in the thread that first used it
// and learns through queued signals that a job from another thread finished, by which time a
// blocking caller has destroyed the job (a crash), or never learns it once that thread has ended
// (every later job waits forever). So every job runs on one thread that lives as long as the
// process, and callers on other threads wait for it.
class KeychainThread
{
public:
    static KeychainThread &instance()
    {
        static KeychainThread thread;
        return thread;
    }

    template <typename F> SecretStore::Result run(F &&work)
    {
        if (QThread::currentThread() == &m_thread)
            return work();
        SecretStore::Result result;
        QMetaObject::invokeMethod(
            m_context, [&] { result = work(); }, Qt::BlockingQueuedConnection);
        return result;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    QThread m_thread;
    QObject *m_context = nullptr;
};

template <typename JobT, typename Setup, typename Done>
SecretStore::Result runJobHere(const QString &service, const QString &key, Setup &&setup,
                               Done &&done)
{
    SecretStore::Result result;
    JobT job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    setup(job);

    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();

    if (!finished) {
        result.error =
            QCoreApplication::translate("SecretStore", "The keychain did not answer within %1 s.")
                .arg(kKeychainTimeout.count());
    } else if (job.error() == QKeychain::NoError) {
        result.ok = true;
        done(job, result);
    } else {
        result.notFound = job.error() == QKeychain::EntryNotFound;
        result.error = describe(job.error(), job.errorString());
        qCWarning(lcSecrets) << "keychain" << key << "failed:" << job.error();
    }
    return result;
}

template <typename JobT, typename Setup, typename Done>
SecretStore::Result runJob(const QString &service, const QString &key, Setup &&setup, Done &&done)
{
    return KeychainThread::instance().run([&] {
        return runJobHere<JobT>(service, key, std::forward<Setup>(setup), std::forward<Done>(done));
    });
}

// A service given credentials must not fall back to a keychain it cannot reach; its secrets are
// changed by the integrator with systemd-creds.
SecretStore::Result credentialsAreReadOnly(const QString &key)
{
    SecretStore::Result result;
    result.error = QCoreApplication::translate(
                       "SecretStore",
                       "The service reads its secrets from systemd credentials; \"%1\" cannot be "
                       "changed from here. Replace the credential file with systemd-creds and "
                       "restart the service (see docs/install.md).")
                       .arg(SecretStore::credentialName(key));
    return result;
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

QString SecretStore::defaultService()
{
    const QString fromEnv = qEnvironmentVariable("IDENTSYNC_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? QStringLiteral("IdentSync") : fromEnv;
}

QString SecretStore::credentialName(const QString &key)
{
    QString name = key;
    return name.replace(QLatin1Char('/'), QLatin1Char('.'));
}

QString SecretStore::credentialsDirectory()
{
    return qEnvironmentVariable("CREDENTIALS_DIRECTORY");
}

SecretStore::Result SecretStore::readCredential(const QString &directory, const QString &key) const
{
    Result result;
    const QString name = credentialName(key);
    QFile file(directory + QLatin1Char('/') + name);
    if (!file.exists()) {
        result.notFound = true;
        result.error =
            QCoreApplication::translate(
                "SecretStore",
                "The service was started with systemd credentials, but the credential \"%1\" is "
                "missing. Add LoadCredentialEncrypted=%1:/etc/credstore.encrypted/identsync.%1 "
                "to the unit (see docs/install.md) and restart the service.")
                .arg(name);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            QCoreApplication::translate("SecretStore", "Cannot read the credential \"%1\": %2")
                .arg(name, file.errorString());
        return result;
    }
    // `echo code | systemd-creds encrypt` keeps the newline; a secret never ends in one.
    QByteArray bytes = file.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        result.notFound = true;
        result.error = QCoreApplication::translate(
                           "SecretStore", "The credential \"%1\" is empty. Create it again with "
                                          "systemd-creds (see docs/install.md).")
                           .arg(name);
        return result;
    }
    result.ok = true;
    result.value = QString::fromUtf8(bytes);
    return result;
}

SecretStore::Result SecretStore::read(const QString &key) const
{
    if (const QString directory = credentialsDirectory(); !directory.isEmpty())
        return readCredential(directory, key);
    return runJob<QKeychain::ReadPasswordJob>(
        m_service, key, [](QKeychain::ReadPasswordJob &) {},
        [](QKeychain::ReadPasswordJob &job, Result &r) { r.value = job.textData(); });
}

SecretStore::Result SecretStore::write(const QString &key, const QString &value) const
{
    if (!credentialsDirectory().isEmpty())
        return credentialsAreReadOnly(key);
    return runJob<QKeychain::WritePasswordJob>(
        m_service, key, [&](QKeychain::WritePasswordJob &job) { job.setTextData(value); },
        [](QKeychain::WritePasswordJob &, Result &) {});
}

SecretStore::Result SecretStore::remove(const QString &key) const
{
    if (!credentialsDirectory().isEmpty())
        return credentialsAreReadOnly(key);
    return runJob<QKeychain::DeletePasswordJob>(
        m_service, key, [](QKeychain::DeletePasswordJob &) {},
        [](QKeychain::DeletePasswordJob &, Result &) {});
}

} // namespace identsync
