#pragma once

#include "engine/syncplanner.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace identsync {

class Bitrix24Client;

struct ResolverSettings
{
    QString dealKeyField = QStringLiteral("UF_CRM_IDENT_KEY");
    QString contactPatientField = QStringLiteral("UF_CRM_IDENT_PATIENT");
    QStringList closedLeadStatuses{QStringLiteral("CONVERTED"), QStringLiteral("JUNK")};
    bool autoBind = true;
};

// SPEC §2.4 "for each page of receptions, in batched calls": everything the planner needs about a
// group, in two batch requests whatever the group's size (≤ 50). First: deals by IDENT key and by
// binding (with their current stage, read fresh), contacts by patient id, contact and lead ids by
// phone. Second: those contacts' phones, the open leads, and the open keyless deals of every
// candidate contact. A look-up that failed is marked in the snapshot, never guessed.
class PortalResolver
{
public:
    using Done = std::function<void(const PortalSnapshot &snapshot, int requests)>;

    PortalResolver(Bitrix24Client &client, ResolverSettings settings);

    // Calls `done` on `context`'s thread once both batches have answered.
    void resolve(const SyncPlanner &planner, const QList<PlanInput> &inputs, QObject *context,
                 Done done);

private:
    struct Run;
    void second(const std::shared_ptr<Run> &run);

    Bitrix24Client &m_client;
    ResolverSettings m_settings;
};

} // namespace identsync
