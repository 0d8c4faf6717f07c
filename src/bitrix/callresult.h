#pragma once

#include "core/errorinfo.h"

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>
#include <optional>

namespace identsync {

// What one REST call came to. Exactly one of three things is true:
//   ok                  the portal executed it and `result` is its answer;
//   outcomeUnknown      it was (or may have been) sent and no trustworthy answer came back:
//                       a timeout, a connection reset after sending, a dropped or unreadable
//                       response. For a write the engine must look before sending it again;
//   neither             it failed and `error` says how; the portal did not execute it.
// `error` is filled in both failure cases.
struct CallResult
{
    bool ok = false;
    bool outcomeUnknown = false;
    ErrorInfo error;
    QJsonValue result;
    int total = 0;                          // list methods; 0 when absent (and with start=-1)
    std::optional<int> next;                // list methods, only while pages remain
    double operating = 0;                   // time.operating of this method, seconds
    std::optional<qint64> operatingResetAt; // Unix seconds
    QString correlationId;
    int attempts = 0; // HTTP attempts made (reads may be retried by the client)
};

// One command of a batch. A command the portal did not run (the batch halted before it) is a
// failure with code NOT_EXECUTED and not outcomeUnknown: sending it again is safe.
struct CommandResult
{
    QString key;
    QString method;
    CallResult call;
};

struct BatchResult
{
    // The batch request itself: ok when the portal answered it, even if commands failed.
    bool ok = false;
    bool outcomeUnknown = false;
    ErrorInfo error;
    // In the order the commands were given. When the batch itself failed, every command carries
    // the batch's error and outcome.
    QList<CommandResult> commands;
    QString correlationId;
    int attempts = 0;

    const CommandResult *find(const QString &key) const
    {
        for (const CommandResult &c : commands) {
            if (c.key == key)
                return &c;
        }
        return nullptr;
    }
    bool allOk() const
    {
        return ok && std::all_of(commands.cbegin(), commands.cend(),
                                 [](const CommandResult &c) { return c.call.ok; });
    }
};

// A typed answer: the same three outcomes as CallResult, with the decoded value when ok.
template <typename T> struct Result
{
    bool ok = false;
    bool outcomeUnknown = false;
    ErrorInfo error;
    T value{};
    QString correlationId;

    static Result fromCall(const CallResult &call)
    {
        Result r;
        r.ok = call.ok;
        r.outcomeUnknown = call.outcomeUnknown;
        r.error = call.error;
        r.correlationId = call.correlationId;
        return r;
    }
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::CallResult)
Q_DECLARE_METATYPE(identsync::BatchResult)
