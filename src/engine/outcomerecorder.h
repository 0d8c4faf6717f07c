#pragma once

#include "engine/syncplanner.h"

#include "core/retrypolicy.h"
#include "store/jobqueue.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace identsync {

// The one place that turns a record's outcome into what the store records (SPEC §3): a written
// deal becomes the job's completion (binding, stage transition, the patient's contact); a
// failure becomes the job's next state through RetryPolicy. Pure: the caller brings the clock
// and the method's operating pause.
class OutcomeRecorder
{
public:
    OutcomeRecorder(RetryPolicy retry, bool maskNames);

    JobCompletion completion(const LeasedJob &job, const Reception &reception, const JobPlan &plan,
                             qint64 dealId, std::optional<qint64> contactId) const;

    // `outcomeUnknown`: the write may have reached the portal (no trustworthy answer came back).
    // `operatingPause`: how long the portal holds the batch method back (for OperationLimit).
    // `action` receives the retry policy's decision (PauseEngine: the engine must pause).
    JobFailure failure(const LeasedJob &job, const ErrorInfo &error, bool outcomeUnknown,
                       const QDateTime &now, std::chrono::milliseconds operatingPause,
                       RetryAction *action = nullptr) const;

private:
    RetryPolicy m_retry;
    bool m_maskNames;
};

} // namespace identsync
