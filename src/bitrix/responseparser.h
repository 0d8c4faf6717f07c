#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace identsync {

// `time.operating` / `time.operating_reset_at` of a response (reference §1.4). Absent when the
// portal's load limiter is off, and on every error response.
struct PortalTime
{
    std::optional<double> operating;        // seconds this method used over the last 10 minutes
    std::optional<qint64> operatingResetAt; // Unix seconds
    std::optional<double> finish;           // the portal clock when it answered, Unix seconds
};

// What one HTTP response body says, read defensively: anything that is not the Bitrix24 envelope
// (an HTML page from a proxy, truncated or ill-typed JSON, a bare value) becomes Malformed with a
// sentence in `problem`, never an exception or a crash.
struct ParsedResponse
{
    enum class Kind
    {
        Success,
        Error,
        Malformed
    };
    Kind kind = Kind::Malformed;

    QJsonValue result;
    std::optional<int> total;
    std::optional<int> next;
    PortalTime time;

    QString errorCode;        // `error`; empty for most CRM business errors
    QString errorDescription; // `error_description`
    QString problem;          // Malformed only: what was wrong with the body
};

// One command of a batch, unpacked from the batch's `result` object.
struct ParsedCommand
{
    enum class State
    {
        Ok,
        Failed,
        NotExecuted
    };
    QString key;
    State state = State::NotExecuted;
    QJsonValue result;
    std::optional<int> total;
    std::optional<int> next;
    PortalTime time;
    QString errorCode;
    QString errorDescription;
};

class ResponseParser
{
public:
    static ParsedResponse parse(int httpStatus, const QByteArray &body,
                                const QByteArray &contentType = QByteArray());

    // Splits the `result` of a successful `batch` call into its commands, in the order of `keys`.
    // Copes with PHP's json_encode quirks: an empty map arrives as [], and a map keyed exactly
    // 0..n-1 arrives as a list. A command in neither `result` nor `result_error` did not run
    // (halt, or past the 50-command limit). Returns nullopt and sets `problem` when the batch
    // result itself is not the expected shape.
    static std::optional<QList<ParsedCommand>>
    unpackBatch(const QJsonValue &batchResult, const QStringList &keys, QString *problem);

    // A JSON number or a numeric string as a non-negative int; nullopt for anything else.
    static std::optional<int> toCount(const QJsonValue &value);
    // A JSON number or numeric string as a 64-bit id (> 0); nullopt for anything else.
    static std::optional<qint64> toId(const QJsonValue &value);

    static PortalTime parseTime(const QJsonValue &time);
};

} // namespace identsync
