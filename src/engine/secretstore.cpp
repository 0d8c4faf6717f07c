#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
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

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

QString SecretStore::defaultService()
{
    const QString fromEnv = qEnvironmentVariable("IDENTSYNC_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? QStringLiteral("IdentSync") : fromEnv;
}

SecretStore::Result SecretStore::read(const QString &key) const
{
    return runJob<QKeychain::ReadPasswordJob>(
        m_service, key, [](QKeychain::ReadPasswordJob &) {},
        [](QKeychain::ReadPasswordJob &job, Result &r) { r.value = job.textData(); });
}

SecretStore::Result SecretStore::write(const QString &key, const QString &value) const
{
    return runJob<QKeychain::WritePasswordJob>(
        m_service, key, [&](QKeychain::WritePasswordJob &job) { job.setTextData(value); },
        [](QKeychain::WritePasswordJob &, Result &) {});
}

SecretStore::Result SecretStore::remove(const QString &key) const
{
    return runJob<QKeychain::DeletePasswordJob>(
        m_service, key, [](QKeychain::DeletePasswordJob &) {},
        [](QKeychain::DeletePasswordJob &, Result &) {});
}

} // namespace identsync
