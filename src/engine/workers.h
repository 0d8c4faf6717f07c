#pragma once

#include "engine/dispatcher.h"
#include "engine/engineconfig.h"
#include "engine/treatmentplangate.h"

#include "core/errorinfo.h"
#include "store/jobqueue.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace identsync {

class Bitrix24Client;
class Database;
class IdentConnection;

struct PollReport
{
    int receptions = 0;                   // changes read
    int enqueued = 0;                     // new or changed jobs
    QStringList errors;                   // per source, for a person
    std::optional<ErrorInfo> pauseEngine; // auth or config problem of a source
};

// What one drain (groups until nothing is due) came to.
struct DrainReport : DispatchCounts
{
    int groups = 0;
};

// The IDENT side: reads every configured source incrementally and turns changes into outbox jobs,
// advancing each source's watermark in the same transaction as its jobs. Lives on its own thread
// because IDENT reads block; its connections are opened inside that thread.
class IdentWorker : public QObject
{
    Q_OBJECT

public:
    IdentWorker(EngineConfig config, QHash<QString, QString> passwords);
    ~IdentWorker() override;

public Q_SLOTS:
    void poll();

Q_SIGNALS:
    void polled(const identsync::PollReport &report);

private:
    static constexpr int kDataQualityRereadLimit = 500;

    bool ensureOpen(QString *error);
    NewJob jobFor(const Reception &r) const;
    void rereadDataQuality(JobQueue &queue, PollReport &report);

    EngineConfig m_config;
    QHash<QString, QString> m_passwords; // source id -> SQL password, from the keychain
    TreatmentPlanGate m_plans;
    std::unique_ptr<Database> m_db;
    QHash<QString, std::shared_ptr<IdentConnection>> m_connections;
};

// The portal side: leases groups of due jobs and dispatches them until nothing is due. Owns the
// thread's QNetworkAccessManager (through the client) and its own state-store connection.
class PortalWorker : public QObject
{
    Q_OBJECT

public:
    PortalWorker(EngineConfig config, QString webhookUrl, QString owner);
    ~PortalWorker() override;

public Q_SLOTS:
    // Works groups until a group leases nothing; then `drained`.
    void drain();

Q_SIGNALS:
    void drained(const identsync::DrainReport &report);
    void groupFinished(const identsync::GroupReport &report);
    void failed(const QString &message);

private:
    bool ensureOpen(QString *error);
    void next();

    EngineConfig m_config;
    QString m_webhookUrl;
    QString m_owner;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Bitrix24Client> m_client;
    std::unique_ptr<Dispatcher> m_dispatcher;
    DrainReport m_report;
    bool m_draining = false;
};

// The planner for a configuration (shared by the dispatcher and `plan --dry-run`).
SyncPlanner plannerFor(const EngineConfig &config);

} // namespace identsync

Q_DECLARE_METATYPE(identsync::PollReport)
Q_DECLARE_METATYPE(identsync::DrainReport)
