#pragma once

#include "engine/syncplanner.h"

#include "bitrix/callresult.h"
#include "core/retrypolicy.h"
#include "store/jobqueue.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace identsync {

class BindingStore;
class Bitrix24Client;
class Database;
struct BatchCommand;

// What one dispatch group came to, for counters and the log.
struct GroupReport
{
    int leased = 0;
    int done = 0;
    int retrying = 0;
    int dead = 0;
    int needsAttention = 0;
    int paused = 0;
    int requests = 0; // HTTP requests this group needed
    QList<StageTransition> transitions;
    QStringList notes;
    // Set when the portal said something that stops the whole engine (auth, permission,
    // config) or one method: the engine pauses and tells a person.
    std::optional<ErrorInfo> pauseEngine;
};

struct DispatcherSettings
{
    QString owner; // lease owner: "host:pid:engine"
    int groupSize = 50;
    std::chrono::milliseconds jobLease{120000};
    QString dealKeyField = QStringLiteral("UF_CRM_IDENT_KEY");
    QString contactPatientField = QStringLiteral("UF_CRM_IDENT_PATIENT");
    QStringList closedLeadStatuses{QStringLiteral("CONVERTED"), QStringLiteral("JUNK")};
    bool maskNames = true;
};

// SPEC §4 "dispatch → record": leases due jobs in groups, resolves them against the portal in
// batched look-ups (the current stage is always read fresh, and a key is always searched before
// a create, so an unknown outcome is reconciled instead of duplicated), plans, writes in batches,
// and records the outcome in the store. Lives on the portal thread with its own store connection
// and client; every step is asynchronous.
class Dispatcher : public QObject
{
    Q_OBJECT

public:
    Dispatcher(Database &db, Bitrix24Client &client, SyncPlanner planner, RetryPolicy retry,
               DispatcherSettings settings, QObject *parent = nullptr);
    ~Dispatcher() override;

    // Leases one group and works it to the end; `groupFinished` follows (leased == 0 when
    // nothing was due). Must not be called while a group is running.
    void runGroup();
    bool isBusy() const { return m_busy; }

    void setPlanner(SyncPlanner planner) { m_planner = std::move(planner); }

Q_SIGNALS:
    void groupFinished(const identsync::GroupReport &report);
    void storeFailed(const QString &message);

private:
    struct Item;
    struct Group;

    void lookupFirst(const std::shared_ptr<Group> &g);
    // Rows of a deal-by-key, deal-by-id or contact-by-patient-id answer into the snapshot; a full
    // page queues the same filter past its last id.
    void absorbListRows(Group &g, const CommandResult &c);
    void continueLists(const std::shared_ptr<Group> &g);
    PortalDeal dealOf(const QJsonObject &row) const;
    void lookupSecond(const std::shared_ptr<Group> &g);
    // Phones whose shared crm.duplicate.findbycomm came back with as many ids as it answers, one
    // phone a call, so no contact or lead of them is left out.
    void recheckPhones(const std::shared_ptr<Group> &g);
    // Open deals of contacts whose shared look-up came back as a full page, one contact a call.
    void recheckOpenDeals(const std::shared_ptr<Group> &g);
    BatchCommand openDealsCommand(const QString &key, const QList<qint64> &contacts) const;
    BatchCommand findByPhones(const QString &key, const QString &entity,
                              const QStringList &phones) const;
    // Adds a findbycomm answer's ids to the group; how many it answered.
    int addPhoneHits(Group &g, const CommandResult &c, bool contact) const;
    std::optional<PortalDeal> openKeylessDeal(const QJsonObject &row) const;
    void planAndWrite(const std::shared_ptr<Group> &g);
    void writeNext(const std::shared_ptr<Group> &g);
    // The answers to the write commands of `indices`, batched or not, into finished items.
    void absorbWrites(Group &g, const QList<int> &indices, const BatchResult &r);
    void record(const std::shared_ptr<Group> &g);
    // `outcomeUnknown`: the write may have reached the portal (no trustworthy answer came back).
    void finishItem(Group &g, Item &item, bool ok, const ErrorInfo &error, bool outcomeUnknown);
    void failItem(Group &g, Item &item, const ErrorInfo &error, bool outcomeUnknown = false);
    QList<BatchCommand> commandsFor(const Group &g, int index) const;
    void finishGroup(const std::shared_ptr<Group> &g);

    Database &m_db;
    Bitrix24Client &m_client;
    SyncPlanner m_planner;
    RetryPolicy m_retry;
    DispatcherSettings m_settings;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<BindingStore> m_bindings;
    bool m_busy = false;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::GroupReport)
