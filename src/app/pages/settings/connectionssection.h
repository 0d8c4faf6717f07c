#pragma once

#include "data/settingstypes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ConnectionsSection;
}

namespace identsync {

// «Подключения»: the portal's webhook (its code goes to the keychain and is never shown back),
// pacing, and one or several IDENT databases (passwords to the keychain; an empty field keeps the
// saved one). «Проверить» works on the values as typed, before anything is saved.
class ConnectionsSection : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsSection(QWidget *parent = nullptr);
    ~ConnectionsSection() override;

    void load(const SettingsValues &values, const QMap<QString, SecretState> &secrets);
    void collect(SettingsValues &values) const;
    // Keychain key → the new secret typed; only secrets the person typed.
    QMap<QString, QString> secrets() const;
    QStringList problems() const;
    QString currentSourceId() const;
    QString typedWebhookUrl() const;
    QString typedWebhookCode() const;
    QString typedPassword() const;

    void showPortalCheck(const PortalCheckOutcome &outcome);
    void showIdentCheck(const IdentCheckOutcome &outcome);
    void setChecking(bool portal, bool checking);

Q_SIGNALS:
    void edited();
    void checkPortalRequested();
    void checkIdentRequested();

private:
    SettingsValues sourceFromWidgets() const;
    void showSource(const QString &id);
    void showSecretStates();
    void splitPastedUrl();
    void updateEnabled();
    void addSource();
    void removeSource();

    std::unique_ptr<Ui::ConnectionsSection> m_ui;
    QMap<QString, SettingsValues> m_sources; // id → keys of [source.id], without the prefix
    QMap<QString, QString> m_passwords;      // id → password typed for it
    QMap<QString, SecretState> m_secretStates;
    QString m_shownSource;
    bool m_codeStored = false;
};

} // namespace identsync
