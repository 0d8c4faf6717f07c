#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace identsync {

// The one place that decides where a secret comes from. Under a systemd service that passes
// credentials ($CREDENTIALS_DIRECTORY is set: LoadCredential= / LoadCredentialEncrypted=), the
// secret is that credential file and the keychain is never asked, so a headless server needs no
// D-Bus session. Everywhere else: the OS keychain through QtKeychain (Secret Service or KWallet on
// Linux, Credential Manager on Windows, Keychain on macOS). There is deliberately no insecure
// fallback: if neither answers, the caller gets an error that says so.
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

    // The systemd credential name of a key ("ident-password/main" -> "ident-password.main"):
    // credential names are file names, so they cannot hold '/'.
    static QString credentialName(const QString &key);
    // $CREDENTIALS_DIRECTORY, or empty when the process was not given credentials.
    static QString credentialsDirectory();

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
    Result readCredential(const QString &directory, const QString &key) const;

    QString m_service;
};

} // namespace identsync
