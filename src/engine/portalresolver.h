#pragma once

#include "engine/syncplanner.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace identsync {

class Bitrix24Client;
struct BatchCommand;
struct CommandResult;

struct ResolverSettings
{
    QString dealKeyField = QStringLiteral("UF_CRM_IDENT_KEY");
    QString contactPatientField = QStringLiteral("UF_CRM_IDENT_PATIENT");
    QStringList closedLeadStatuses{QStringLiteral("CONVERTED"), QStringLiteral("JUNK")};
};

// SPEC §2.4 "for each page of receptions, in batched calls": everything the planner needs about a
// group, read fresh, in as few batch requests as the answers allow. The one implementation of the
// look-ups, used by the live run (Dispatcher) and `plan --dry-run` alike.
//
// First batch: deals by every IDENT key variant and by binding (with their current stage),
// contacts by patient id, contact and lead ids by phone. A full list page is asked again past its
// last id until a page is not full; a full findbycomm answer is asked again one phone at a time
// for the phones a decision depends on, and a phone that is still full is marked crowded. Second
// batch: those contacts' phones, the open leads, and the open keyless deals of every candidate
// contact (a full page asked again per contact). A look-up that failed is marked in the snapshot
// with the client's class, never guessed.
class PortalResolver
{
public:
    using Done = std::function<void(const PortalSnapshot &snapshot, int requests)>;

    PortalResolver(Bitrix24Client &client, ResolverSettings settings);

    // Calls `done` on `context`'s thread once every look-up has answered (at once when `inputs`
    // is empty). The resolver must outlive the call.
    void resolve(const SyncPlanner &planner, const QList<PlanInput> &inputs, QObject *context,
                 Done done);

private:
    struct Run;

    void first(const std::shared_ptr<Run> &g);
    // Rows of a deal-by-key, deal-by-id or contact-by-patient-id answer into the snapshot; a full
    // page queues the same filter past its last id.
    void absorbListRows(Run &g, const CommandResult &c);
    void continueLists(const std::shared_ptr<Run> &g);
    // Phones whose shared crm.duplicate.findbycomm came back with as many ids as it answers, one
    // phone a call, so no contact or lead of them is left out.
    void recheckPhones(const std::shared_ptr<Run> &g);
    void second(const std::shared_ptr<Run> &g);
    // Open deals of contacts whose shared look-up came back as a full page, one contact a call.
    void recheckOpenDeals(const std::shared_ptr<Run> &g);
    void finish(const std::shared_ptr<Run> &g);

    PortalDeal dealOf(const QJsonObject &row) const;
    BatchCommand openDealsCommand(const QString &key, const QList<qint64> &contacts) const;
    BatchCommand findByPhones(const QString &key, const QString &entity,
                              const QStringList &phones) const;
    // Adds a findbycomm answer's ids to the run; how many it answered.
    int addPhoneHits(Run &g, const CommandResult &c, bool contact) const;
    std::optional<PortalDeal> openKeylessDeal(const QJsonObject &row) const;

    Bitrix24Client &m_client;
    ResolverSettings m_settings;
};

} // namespace identsync
