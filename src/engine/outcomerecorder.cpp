#include "outcomerecorder.h"

#include "core/piimask.h"

#include <QCoreApplication>

namespace identsync {

namespace {

JobState stateFor(RetryAction action)
{
    switch (action) {
    case RetryAction::RetryLater:
    case RetryAction::PauseMethod:
        return JobState::RetryWait;
    case RetryAction::Dead:
        return JobState::Dead;
    case RetryAction::NeedsAttention:
    case RetryAction::Hold:
        return JobState::NeedsAttention;
    case RetryAction::PauseEngine:
    case RetryAction::Count:
        break;
    }
    return JobState::Pending;
}

} // namespace

OutcomeRecorder::OutcomeRecorder(RetryPolicy retry, bool maskNames)
    : m_retry(std::move(retry))
    , m_maskNames(maskNames)
{}

JobCompletion OutcomeRecorder::completion(const LeasedJob &job, const Reception &r,
                                          const JobPlan &plan, qint64 dealId,
                                          std::optional<qint64> contactId) const
{
    JobCompletion c;
    c.lease = job.lease;
    Binding b;
    b.dealKey = r.key();
    b.dealId = dealId;
    b.contactId = contactId;
    b.payloadHash = job.payloadHash;
    b.stage = plan.decision.to.value_or(plan.decision.from.value_or(StageId()));
    c.binding = b;
    StageTransition t;
    t.dealKey = r.key();
    t.dealId = dealId;
    t.fromStage = plan.decision.from.value_or(StageId());
    t.toStage = plan.decision.to.value_or(t.fromStage);
    t.reason = plan.decision.reason;
    t.doctor = r.doctor;
    const QString name = r.patient.fullName();
    t.patientName = m_maskNames ? PiiMask::fullName(name) : name;
    t.correlationId = job.correlationId;
    c.transition = t;
    if (contactId && r.patient.id > 0)
        c.patientContacts << PatientContact{r.branchId, r.patient.id, *contactId};
    return c;
}

JobFailure OutcomeRecorder::failure(const LeasedJob &job, const ErrorInfo &givenError,
                                    bool outcomeUnknown, const QDateTime &now,
                                    std::chrono::milliseconds operatingPause,
                                    RetryAction *action) const
{
    ErrorInfo error = givenError;
    if (outcomeUnknown && error.cls == ErrorClass::Internal) {
        // A broken answer to a write (a body cut short) says nothing of whether the portal ran
        // it. That is not a bug to give up on: the next attempt searches by key before it writes,
        // so trying again cannot duplicate anything.
        error.cls = ErrorClass::Transient;
        error.message += QCoreApplication::translate(
            "identsync::Dispatcher", " The portal may have written it; the next attempt looks for "
                                     "it by its IDENT key first.");
    }
    const RetryDecision d = m_retry.decide(
        error.cls, job.attempts + 1, error.retryAfter,
        error.cls == ErrorClass::OperationLimit ? std::optional(operatingPause) : std::nullopt);
    JobFailure f;
    f.lease = job.lease;
    f.error = error;
    f.outcomeUnknown = outcomeUnknown;
    f.nextState = stateFor(d.action);
    f.consumesAttempt = d.consumesAttempt && !job.manualRetry;
    f.nextAttemptAt = now.addMSecs(d.delay.count());
    // Nothing moves while the engine is paused; once a person fixes the cause (a new webhook
    // code, a permission) the job is due at once, also for the next `sync --once`.
    if (d.action == RetryAction::PauseEngine)
        f.nextAttemptAt = now;
    if (action)
        *action = d.action;
    return f;
}

} // namespace identsync
