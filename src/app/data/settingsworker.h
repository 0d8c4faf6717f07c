#pragma once

#include "data/settingstypes.h"

#include <QObject>

namespace identsync {

// Everything the Settings page needs that touches the disk, the keychain, the portal or IDENT,
// on its own thread (SettingsService owns it) so the GUI thread only renders. Slots are invoked
// queued; every answer is a signal carrying a value type.
class SettingsWorker : public QObject
{
    Q_OBJECT

public:
    explicit SettingsWorker(QString keychainService, QObject *parent = nullptr);

    // The keychain keys the page shows a state for, given the sources in the file.
    static QStringList secretKeys(const SettingsValues &values);
    // The source ids ("main", "branch2") of the [source.ID] sections.
    static QStringList sourceIds(const SettingsValues &values);
    // "<dir>/backups": where the timestamped copies go; the ten newest are kept.
    static QString backupDir(const QString &configPath);
    static constexpr int kBackupsKept = 10;

public Q_SLOTS:
    void load(const QString &path);
    void save(const identsync::SettingsSaveRequest &request);
    // `code` empty = the code already in the keychain. The URL is the one typed, unsaved.
    void checkPortal(const QString &url, const QString &code, double timeScale);
    // The source `sourceId` as the engine would read it from `values` (typed, unsaved) next to
    // the configuration file. `password` empty = the one already in the keychain.
    void checkIdent(const identsync::SettingsValues &values, const QString &configPath,
                    const QString &sourceId, const QString &password);

Q_SIGNALS:
    void loaded(const identsync::SettingsSnapshot &snapshot);
    void saved(const identsync::SettingsSaveOutcome &outcome);
    void portalChecked(const identsync::PortalCheckOutcome &outcome);
    void identChecked(const identsync::IdentCheckOutcome &outcome);

private:
    SettingsSnapshot snapshot(const QString &path) const;
    QString makeBackup(const QString &path, const QByteArray &content, QString *error) const;

    QString m_keychainService;
};

} // namespace identsync
