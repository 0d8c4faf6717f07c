#pragma once

#include "data/bindingreader.h"
#include "models/dealcandidate.h"

#include "engine/engineconfig.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BindingDialog;
}

namespace identsync {

class Confirmer;
class ConsolePortal;
class ConsoleSession;
class DealCandidatesModel;

// «Привязка»: a person binds an appointment to a portal deal by hand (SPEC §2.4, §5). Opened from
// a needs-a-person queue item or a reception's context menu with the reception key; searches the
// portal's deals by phone, name or deal id through ConsolePortal (never on the GUI thread), shows
// each candidate's stage and what the next cycle would do to it (the engine's planner), and sends
// bind / unbind through the commands table, so it works the same whether the engine runs here or
// as a service. The engine records each as a manual transition and audits it.
class BindingDialog : public QDialog
{
    Q_OBJECT

public:
    // `portal` may be null (no portal configured): searching then says so. `receptionKey` may be
    // empty: the person types it. With a key, the appointment is read and its phone searched.
    BindingDialog(ConsoleSession *session, ConsolePortal *portal, const EngineConfig &config,
                  const QString &receptionKey = {}, QWidget *parent = nullptr);
    ~BindingDialog() override;

    // Asks before every bind, unbind and re-search; null: a MessageBoxConfirmer. Not owned.
    void setConfirmer(Confirmer *confirmer) { m_confirmer = confirmer; }
    // The configuration the engine plans with, and the portal to search (null: none configured).
    void configure(const EngineConfig &config, ConsolePortal *portal);
    // As a page of the main window rather than a window of its own: no «Close».
    void setEmbedded(bool embedded);
    void openReception(const QString &receptionKey);
    DealCandidatesModel *candidates() const { return m_model; }

Q_SIGNALS:
    // A bind, unbind or re-search was handed to the engine (the commands table).
    void commandSent(const QString &receptionKey);

private:
    void onLoaded(const BindingContext &context);
    void search();
    void bindSelected();
    void unbind();
    void createNew();
    void updateButtons();
    void updatePreview();
    int selectedRow() const;
    void setStatus(const QString &text, const QString &tone);
    bool confirm(const QString &question, const QString &action);

    std::unique_ptr<Ui::BindingDialog> m_ui;
    ConsoleSession *m_session = nullptr;
    ConsolePortal *m_portal = nullptr;
    BindingReader *m_reader = nullptr;
    DealCandidatesModel *m_model = nullptr;
    BindingContext m_context;
    quint64 m_searchId = 0;
    Confirmer *m_confirmer = nullptr;
    std::unique_ptr<Confirmer> m_defaultConfirmer;
    QList<QMetaObject::Connection> m_portalConnections;
};

} // namespace identsync
