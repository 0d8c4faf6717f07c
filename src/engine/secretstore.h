#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace identsync {

// The only place secrets live: the OS keychain through QtKeychain (Secret Service or KWallet on
// Linux, Credential Manager on Windows, Keychain on macOS). There is deliberately no insecure
// fallback: if no keychain answers, the caller gets an error that says so.
class SecretStore
{
public:
    // Keys of the secrets IdentSync keeps.
    static QString webhookKey() { return QStringLiteral("webhook"); }
    static QString identPasswordKey(const QString &sourceId)
    {
        return QStringLiteral("ident-password/") + sourceId;
    }
    static QString statePasswordKey() { return QStringLiteral("state-password"); }

    // Tests and parallel installations override the service name; the default is "IdentSync".
    explicit SecretStore(QString service = defaultService());
    static QString defaultService();

    struct Result
    {
        bool ok = false;
        bool notFound = false;
        QString value; // the secret, only when ok
        QString error; // a message for a person; never contains the secret
    };

    // Blocking calls (a local event loop): for the CLI and the engine's start-up on worker threads.
    Result read(const QString &key) const;
    Result write(const QString &key, const QString &value) const;
    Result remove(const QString &key) const;

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace identsync
