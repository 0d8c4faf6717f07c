#pragma once

#include "engine/dispatchcounts.h"
#include "engine/outcomerecorder.h"
#include "engine/portalresolver.h"
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

// What one dispatch group came to.
struct GroupReport : DispatchCounts
{
    int leased = 0;
    int paused = 0;
    QList<StageTransition> transitions;
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

    // The group's look-ups, by the one resolver `plan --dry-run` uses too.
    void resolve(const std::shared_ptr<Group> &g);
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
    DispatcherSettings m_settings;
    PortalResolver m_resolver;
    OutcomeRecorder m_recorder;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<BindingStore> m_bindings;
    bool m_busy = false;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::GroupReport)
