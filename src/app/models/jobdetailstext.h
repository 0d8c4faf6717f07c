#pragma once

#include "data/queueworker.h"

#include <QCoreApplication>

namespace identsync {

// The queue's details pane as rich text: what is wrong and what to do first, then the portal's
// answer (class, code, HTTP status, message, request id), the attempt history and the payload,
// masked unless masking is off.
class JobDetailsText
{
    Q_DECLARE_TR_FUNCTIONS(JobDetailsText)

public:
    static QString html(const JobDetails &details, int maxAttempts, const QDateTime &now);
};

} // namespace identsync
