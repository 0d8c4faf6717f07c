#pragma once

#include "core/enums.h"
#include "core/errorinfo.h"
#include "store/jobqueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace identsync {

// Everything the queue, the problems page and the CSV export say about a job, in one place, so a
// state or an error class reads the same everywhere and is translated once.
class JobTexts
{
    Q_DECLARE_TR_FUNCTIONS(JobTexts)

public:
    static QString state(JobState state);
    // Short name of an error class, e.g. «Доступ к порталу».
    static QString errorClass(ErrorClass cls);
    // What happened, in words a clinic administrator understands.
    static QString explanation(ErrorClass cls);
    // What to do about it.
    static QString recommendedAction(ErrorClass cls);
    // «Доступ к порталу · INVALID_CREDENTIALS»; empty without an error.
    static QString errorTitle(const std::optional<ErrorInfo> &error);
    // The class in plain words, then the portal's own message verbatim.
    static QString plainError(const std::optional<ErrorInfo> &error);
    // «2 из 8»
    static QString attempts(int attempts, int maxAttempts);
    // «через 2 мин 10 с», «сейчас», «отправляется…» or empty when no attempt is planned.
    static QString nextAttempt(const JobSummary &job, const QDateTime &now);
    // A countdown of a positive duration: «через 45 с», «через 2 мин 10 с», «через 3 ч 5 мин».
    static QString countdown(qint64 seconds);
    static QString dateTime(const QDateTime &utc);
};

} // namespace identsync
