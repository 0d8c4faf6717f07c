#pragma once

#include "models/dealcandidate.h"
#include "models/stagecatalog.h"

#include "engine/engineconfig.h"

#include <QObject>

#include <memory>

namespace identsync {

class Bitrix24Client;
class CrmClient;
struct CrmContact;
struct CrmDeal;

// The console's own reads from the portal (stage names and colours, the binding dialog's deal
// search), on a thread of its own through src/bitrix's paced client with the webhook code from
// the keychain. It only reads: every write to the portal is the engine's. Create it with
// ConsolePortal, which owns the thread.
class ConsolePortalWorker : public QObject
{
    Q_OBJECT

public:
    // `webhookCode` empty: read from the keychain on first use.
    explicit ConsolePortalWorker(EngineConfig config, QString webhookCode = {});
    ~ConsolePortalWorker() override;

    // Every pipeline's stages (crm.status.list, one call).
    void loadStages();
    // Deals matching a deal id, a phone (its contacts' deals) or a name (deal titles and
    // contacts' surnames), at most `maxCandidates`, newest first. With `receptionKey`, the deals
    // already carrying that IDENT key are always among them: the engine prefers those.
    void search(quint64 requestId, const QString &query, const QString &receptionKey = {});

    static constexpr int maxCandidates = 50;

Q_SIGNALS:
    void stagesLoaded(const identsync::StageCatalog &catalog);
    void stagesFailed(const QString &error);
    void searchFinished(quint64 requestId, const QList<identsync::DealCandidate> &candidates);
    void searchFailed(quint64 requestId, const QString &error);

private:
    bool ensureClient(QString *error);
    QStringList dealSelect() const;
    void searchQuery(quint64 requestId, const QString &query, const QList<CrmDeal> &seed);
    void dealsOfContacts(quint64 requestId, const QList<qint64> &contactIds,
                         QList<CrmDeal> alreadyFound);
    void withContacts(quint64 requestId, const QList<CrmDeal> &deals);
    DealCandidate candidate(const CrmDeal &deal, const CrmContact *contact) const;

    EngineConfig m_config;
    QString m_webhookCode;
    std::unique_ptr<Bitrix24Client> m_client;
    std::unique_ptr<CrmClient> m_crm;
};

} // namespace identsync
