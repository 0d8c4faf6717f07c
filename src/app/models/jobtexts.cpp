#include "jobtexts.h"

#include <QLocale>

namespace identsync {

QString JobTexts::state(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return tr("Waiting to send");
    case JobState::InFlight:
        return tr("Sending");
    case JobState::RetryWait:
        return tr("Waiting to retry");
    case JobState::Done:
        return tr("Sent");
    case JobState::Dead:
        return tr("Failed, no more retries");
    case JobState::NeedsAttention:
        return tr("Needs a person");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Count:
        break;
    }
    return {};
}

QString JobTexts::errorClass(ErrorClass cls)
{
    switch (cls) {
    case ErrorClass::Transient:
        return tr("Network or portal outage");
    case ErrorClass::RateLimited:
        return tr("Portal request limit");
    case ErrorClass::OperationLimit:
        return tr("Portal operation time limit");
    case ErrorClass::Auth:
        return tr("Portal access");
    case ErrorClass::Permission:
        return tr("Portal permissions");
    case ErrorClass::Validation:
        return tr("Portal rejected the data");
    case ErrorClass::NotFound:
        return tr("Deal deleted in the CRM");
    case ErrorClass::Ambiguous:
        return tr("Several matching deals");
    case ErrorClass::DataQuality:
        return tr("Data in IDENT");
    case ErrorClass::Config:
        return tr("Settings do not match the portal");
    case ErrorClass::Internal:
        return tr("Internal error");
    case ErrorClass::Count:
        break;
    }
    return {};
}

QString JobTexts::explanation(ErrorClass cls)
{
    switch (cls) {
    case ErrorClass::Transient:
        return tr("The portal could not be reached or answered with a server error. This is "
                  "usually a short internet or Bitrix24 outage.");
    case ErrorClass::RateLimited:
        return tr("The portal asked to slow down. IdentSync waits and sends again by itself; no "
                  "attempts are used up.");
    case ErrorClass::OperationLimit:
        return tr("The portal limits how long one kind of request may run. IdentSync waits for "
                  "the limit to reset and continues by itself.");
    case ErrorClass::Auth:
        return tr("The portal rejected the webhook code. Synchronisation is paused until a new "
                  "code is entered.");
    case ErrorClass::Permission:
        return tr("The webhook has no right to do this on the portal, or the portal is blocked. "
                  "Synchronisation is paused.");
    case ErrorClass::Validation:
        return tr("The portal refused the data of this appointment and explained why in its "
                  "message. Retrying the same data will not help.");
    case ErrorClass::NotFound:
        return tr("The deal this appointment was bound to no longer exists in the CRM.");
    case ErrorClass::Ambiguous:
        return tr("Several deals or contacts in the CRM fit this appointment, so IdentSync did "
                  "not guess.");
    case ErrorClass::DataQuality:
        return tr("The appointment in IDENT has data that cannot be sent, such as an unreadable "
                  "phone, a missing patient or a wrong date.");
    case ErrorClass::Config:
        return tr("A field or stage from the settings does not exist on the portal. "
                  "Synchronisation is paused.");
    case ErrorClass::Internal:
        return tr("Something unexpected happened in IdentSync or in the portal's answer.");
    case ErrorClass::Count:
        break;
    }
    return {};
}

QString JobTexts::recommendedAction(ErrorClass cls)
{
    switch (cls) {
    case ErrorClass::Transient:
        return tr("Check the internet connection. IdentSync retries by itself; after an outage "
                  "press «Retry all of these».");
    case ErrorClass::RateLimited:
    case ErrorClass::OperationLimit:
        return tr("Nothing to do: the jobs are sent as soon as the portal allows.");
    case ErrorClass::Auth:
        return tr("Enter a new webhook code in Settings.");
    case ErrorClass::Permission:
        return tr("Give the webhook the CRM right on the portal, or check that the portal is "
                  "paid and active, then retry.");
    case ErrorClass::Validation:
        return tr("Read the portal's message, fix the appointment in IDENT or the field map, then "
                  "retry.");
    case ErrorClass::NotFound:
    case ErrorClass::Ambiguous:
        return tr("Open Binding and choose the right deal, or create a new one.");
    case ErrorClass::DataQuality:
        return tr("Correct the appointment in IDENT; it is sent again after the change.");
    case ErrorClass::Config:
        return tr("Open Settings and fix the field map or the stages, then resume.");
    case ErrorClass::Internal:
        return tr("Retry once. If it fails again, export the queue to CSV and send it to "
                  "support.");
    case ErrorClass::Count:
        break;
    }
    return {};
}

QString JobTexts::errorTitle(const std::optional<ErrorInfo> &error)
{
    if (!error)
        return {};
    if (error->code.isEmpty())
        return errorClass(error->cls);
    return tr("%1 · %2").arg(errorClass(error->cls), error->code);
}

QString JobTexts::plainError(const std::optional<ErrorInfo> &error)
{
    if (!error)
        return {};
    const QString title = errorClass(error->cls);
    if (error->message.isEmpty())
        return title;
    return tr("%1: %2").arg(title, error->message);
}

QString JobTexts::attempts(int attempts, int maxAttempts)
{
    return tr("%1 of %2").arg(attempts).arg(maxAttempts);
}

QString JobTexts::countdown(qint64 seconds)
{
    if (seconds < 60)
        return tr("in %1 s").arg(seconds);
    if (seconds < 3600)
        return tr("in %1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return tr("in %1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("in %1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString JobTexts::nextAttempt(const JobSummary &job, const QDateTime &now)
{
    switch (job.state) {
    case JobState::Pending:
    case JobState::RetryWait: {
        if (!job.nextAttemptAt.isValid())
            return tr("now");
        // Rounded up, so a countdown never shows "in 0 s" while the job still waits.
        const qint64 ms = now.msecsTo(job.nextAttemptAt);
        if (ms <= 0)
            return tr("now");
        return countdown((ms + 999) / 1000);
    }
    case JobState::InFlight:
        return tr("sending…");
    case JobState::Done:
    case JobState::Dead:
    case JobState::NeedsAttention:
    case JobState::Cancelled:
    case JobState::Count:
        break;
    }
    return {};
}

QString JobTexts::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm:ss"));
}

} // namespace identsync
