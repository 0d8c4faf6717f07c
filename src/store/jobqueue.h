#pragma once

#include "core/dealkey.h"
#include "core/enums.h"
#include "core/errorinfo.h"
#include "store/bindingstore.h"
#include "store/cursorstore.h"
#include "store/storeresult.h"
#include "store/transitionlog.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <array>
#include <chrono>
#include <optional>

namespace identsync {

class Database;
class SqlStatement;

// One intended CRM write, as the engine hands it to the outbox.
struct NewJob
{
    QString key; // idempotency key, unique over all jobs
    JobKind kind = JobKind::SyncReception;
    QString payload; // a JSON object, compact text
    DealKey dealKey; // the reception it concerns, if any (search, bindings)
    // Stored as given: the engine decides whether it is masked. It is what console search by
    // patient matches, so an unmasked name is what makes that search useful.
    QString patientName;
    QString correlationId;
};

// What enqueue() did with one job. A repeat of the same payload is always Unchanged, so re-reading
// a row (the reader's overlap window) never resets a backoff.
enum class EnqueueOutcome
{
    Inserted,   // a new job, pending now
    Superseded, // pending/retry_wait: the newer payload replaced the older (coalescing), due now
    FollowUp,   // in flight: kept aside; it replaces the payload when that attempt ends
    Revived,    // done/dead/needs_attention/cancelled with a changed payload: pending again
    Unchanged,  // same payload as the job already has (or already follows)
};

// Proof of holding a job: the job and which lease of it. A worker whose lease expired and was
// given to someone else can no longer complete or fail the job.
struct LeaseRef
{
    qint64 jobId = 0;
    qint64 leaseSeq = 0;

    bool operator==(const LeaseRef &) const = default;
};

struct LeasedJob
{
    LeaseRef lease;
    QString key;
    JobKind kind = JobKind::SyncReception;
    QString payload;
    QString payloadHash;
    DealKey dealKey;
    QString patientName;
    QString correlationId;
    int attempts = 0;            // automatic attempts that failed so far
    bool outcomeUnknown = false; // an earlier attempt may have reached the portal: search first
    bool manualRetry = false;    // a person asked for this attempt; its failure is not counted
    QDateTime nextAttemptAt;
    QDateTime leaseExpiresAt;
};

// The portal confirmed: job done, binding, decision and contacts recorded in one transaction.
struct JobCompletion
{
    LeaseRef lease;
    std::optional<Binding> binding;
    std::optional<StageTransition> transition;
    QList<PatientContact> patientContacts;
};

enum class CompleteOutcome
{
    Done,
    Requeued,  // a newer payload arrived while in flight: pending again with it
    LeaseLost, // not ours any more: nothing written
};

// The engine's decision (from core's retry policy) about a failed attempt; the store only
// records it. `nextState` is RetryWait, Dead, NeedsAttention, or Pending (its class is paused).
struct JobFailure
{
    LeaseRef lease;
    ErrorInfo error;
    JobState nextState = JobState::RetryWait;
    QDateTime nextAttemptAt; // RetryWait and Pending; invalid = now
    bool consumesAttempt = true;
    // The write may have reached the portal (timeout, dropped connection): the next attempt must
    // search before creating. Once set, only a completion clears it.
    bool outcomeUnknown = false;
};

enum class FailOutcome
{
    Recorded,
    Requeued,  // a newer payload arrived while in flight and took over (see fail())
    LeaseLost, // not ours any more: nothing written
};

// A row of the console's queue view: small, no payload.
struct JobSummary
{
    qint64 id = 0;
    QString key;
    JobKind kind = JobKind::SyncReception;
    JobState state = JobState::Pending;
    DealKey dealKey;
    QString patientName;
    std::optional<qint64> dealId;
    int attempts = 0;
    QDateTime nextAttemptAt;
    bool outcomeUnknown = false;
    std::optional<ErrorInfo> lastError;
    bool hasFollowUp = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The details pane: everything about one job.
struct Job
{
    JobSummary summary;
    QString payload;
    QString payloadHash;
    QString correlationId;
    QString leaseOwner;
    QDateTime leaseExpiresAt;
    bool manualRetry = false;
    QString followUpPayload;
};

// One failed attempt (the attempt history).
struct ErrorEvent
{
    qint64 id = 0;
    qint64 jobId = 0;
    QDateTime at;
    int attempts = 0; // the job's attempt count after this failure
    ErrorInfo error;
    JobState nextState = JobState::RetryWait;
    QString correlationId;
};

struct JobFilter
{
    QList<JobState> states; // empty = every state
    std::optional<ErrorClass> errorClass;
    std::optional<QString> errorCode;
    // A deal key ("F1_123") matches that reception exactly; anything else matches, ignoring
    // case (and ё/е), anywhere in the deal key, the patient name or the deal id.
    QString text;
};

enum class JobSort
{
    Id, // creation order
    NextAttempt,
    Updated,
};

// Keyset position: the sort value and id of the last row of the previous page.
struct JobCursor
{
    qint64 sortValue = 0;
    qint64 id = 0;
};

struct JobPageRequest
{
    JobFilter filter;
    JobSort sort = JobSort::Id;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<JobCursor> after;
    int limit = 100;
};

struct JobPage
{
    QList<JobSummary> rows;
    std::optional<JobCursor> next; // absent on the last page
};

// Problems view: failures grouped by class, then code.
struct ProblemGroup
{
    ErrorClass errorClass = ErrorClass::Internal;
    QString errorCode;
    qint64 count = 0;
};

using StateCounts = std::array<qint64, enumCount<JobState>()>;

// The durable outbox (SPEC §3). Every change of more than one row is one transaction.
class JobQueue
{
public:
    explicit JobQueue(Database &db);

    // Adds or coalesces jobs (see EnqueueOutcome) and, when given, advances the source's cursor
    // in the same transaction: a watermark never runs ahead of the jobs it covers.
    StoreResult<QList<EnqueueOutcome>> enqueue(const QList<NewJob> &jobs,
                                               const std::optional<SourceCursor> &cursor = {});
    StoreResult<EnqueueOutcome> enqueue(const NewJob &job);

    // Up to `maxJobs` due jobs (pending or retry_wait whose time has come), in due order, now
    // in_flight for `owner` until `duration` has passed. No job is ever handed to two callers.
    StoreResult<QList<LeasedJob>> lease(const QString &owner, int maxJobs,
                                        std::chrono::milliseconds duration);

    // Per completion: if the lease still holds, binding + transition + contacts are written and
    // the job is done (or pending with its follow-up payload). All in one transaction. A lease
    // that expired but was not yet given to anyone still completes: the portal confirmed.
    StoreResult<QList<CompleteOutcome>> complete(const QList<JobCompletion> &completions);
    StoreResult<CompleteOutcome> complete(const JobCompletion &completion);

    // Records the engine's decision and an error_events row. With a follow-up payload waiting,
    // the newer payload takes over: it keeps a retry_wait/pending decision (the cause is outside
    // the record) but is due now instead of dead/needs_attention, since a changed source row may
    // be the fix.
    StoreResult<QList<FailOutcome>> fail(const QList<JobFailure> &failures);
    StoreResult<FailOutcome> fail(const JobFailure &failure);

    // Crash recovery: in_flight jobs whose lease has expired become pending now, flagged
    // "outcome unknown" (the engine then searches the portal before re-sending a create).
    // `liveOwner`: the owner of the engine lease. Only one engine runs per database, so jobs held
    // by any other owner belong to an engine that died; they are released at once instead of
    // waiting for their job lease to expire.
    StoreResult<int> releaseExpired(const QString &liveOwner = {});

    // Manual retries: due now, flagged so the attempt is not counted. Audited. Return the number
    // of jobs that were retried (in-flight and done jobs are left alone).
    StoreResult<int> retry(const QList<qint64> &ids, const QString &actor);
    StoreResult<int> retryErrorClass(ErrorClass errorClass, const std::optional<QString> &errorCode,
                                     const QString &actor);
    StoreResult<int> retryAllDead(const QString &actor);
    // Pending, waiting, dead and needs-attention jobs become cancelled; in-flight ones cannot be.
    // A later change of the record revives a cancelled job (cancel drops this change, not the
    // record). Audited.
    StoreResult<int> cancel(const QList<qint64> &ids, const QString &actor);

    StoreResult<StateCounts> countsByState();
    // Jobs whose current payload failed and are not done or cancelled, largest group first.
    StoreResult<QList<ProblemGroup>> problemGroups();
    // At most 1,000 rows; follow `next` for more.
    StoreResult<JobPage> page(const JobPageRequest &request);
    // Where ascending id pages start so they yield the newest `count` jobs matching `filter`
    // ("the last N, newest last"); none: start at the beginning.
    StoreResult<std::optional<JobCursor>> startOfNewest(const JobFilter &filter, int count);
    StoreResult<std::optional<Job>> job(qint64 id);
    StoreResult<std::optional<Job>> jobByKey(const QString &key);
    // The current payloads of these jobs, in one query (the console's queue reads a column or two
    // from each row of a page). Ids that do not exist are absent from the answer.
    StoreResult<QHash<qint64, QString>> payloads(const QList<qint64> &ids);
    // Newest first.
    StoreResult<QList<ErrorEvent>> errorEvents(qint64 jobId, int limit);

    // SHA-256 of the payload text, hex: what the binding remembers as "last written".
    static QString hashPayload(const QString &payload);

private:
    StoreResult<EnqueueOutcome> enqueueOne(const NewJob &job, const QString &hash);
    StoreResult<CompleteOutcome> completeOne(const JobCompletion &completion);
    StoreResult<FailOutcome> failOne(const JobFailure &failure);
    StoreResult<int> manualRetry(const QString &where, const QVariantMap &params,
                                 const QString &actor, const QString &target);
    StoreResult<std::optional<Job>> loadJob(const QString &where, const QVariant &value);
    static QString filterSql(const JobFilter &filter);
    static void bindFilter(SqlStatement &q, const JobFilter &filter);

    Database &m_db;
};

} // namespace identsync
