#pragma once

#include "data/settingstypes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace identsync {

class ConnectionsSection;
class ConsoleSession;
class FieldsSection;
class InterfaceSection;
class SettingsService;
class StagesSection;
class SyncSection;

// «Настройки»: five sections over one configuration file. Edits stay on the page until Apply,
// which first shows what changes («было → стало», secrets only as «изменено»), refuses to
// overwrite a file changed on disk meanwhile without asking, keeps timestamped backups, and
// writes off the GUI thread; the engine picks the new file up at its next cycle.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(ConsoleSession *session, const QString &configPath, QWidget *parent = nullptr);
    ~SettingsPage() override;

    bool isDirty() const { return m_dirty; }
    // "key: before → after" lines of what Apply would write, secrets as «changed».
    QStringList pendingChanges() const;

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    // A saved configuration reached the disk (and the keychain).
    void applied();

private:
    SettingsValues collectAll() const;
    QStringList problems() const;
    void onLoaded(const SettingsSnapshot &snapshot);
    void onSaved(const SettingsSaveOutcome &outcome);
    void refresh();
    void askToApply();
    void startSave(bool overwrite);
    void revert();
    void checkPortal();
    void checkIdent();
    void showConfirm(bool conflict);
    void setBusy(bool busy);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    ConsoleSession *m_session = nullptr;
    SettingsService *m_service = nullptr;
    ConnectionsSection *m_connections = nullptr;
    FieldsSection *m_fields = nullptr;
    StagesSection *m_stages = nullptr;
    SyncSection *m_sync = nullptr;
    InterfaceSection *m_interface = nullptr;
    SettingsSnapshot m_snapshot;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_loading = false;
};

} // namespace identsync
