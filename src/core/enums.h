#pragma once

// Every domain enumeration, in one Q_NAMESPACE so they print in logs, round-trip through settings
// and the state database by name, and carry a Count sentinel for exhaustive tables.

#include <QMetaEnum>
#include <QObject>
#include <QString>

#include <optional>

namespace identsync {
Q_NAMESPACE

// SPEC §3: the error taxonomy. The order is the order of the class table.
enum class ErrorClass
{
    Transient,
    RateLimited,
    OperationLimit,
    Auth,
    Permission,
    Validation,
    NotFound,
    Ambiguous,
    DataQuality,
    Config,
    Internal,
    Count
};
Q_ENUM_NS(ErrorClass)

// SPEC §3: the life of an outbox job.
enum class JobState
{
    Pending,
    InFlight,
    RetryWait,
    Done,
    Dead,
    NeedsAttention,
    Cancelled,
    Count
};
Q_ENUM_NS(JobState)

// What an outbox job does when dispatched.
enum class JobKind
{
    SyncReception,
    SyncTreatmentPlan,
    Count
};
Q_ENUM_NS(JobKind)

// SPEC §2.1: the appointment status derived from IDENT's event timestamps.
enum class ReceptionStatus
{
    Scheduled,         // Запланирован
    PatientArrived,    // Пациент пришел
    InProgress,        // В процессе
    Completed,         // Завершен
    CompletedInvoiced, // Завершен (счет выдан)
    Cancelled,         // Отменен
    Count
};
Q_ENUM_NS(ReceptionStatus)

// SPEC §2.3: why a stage decision came out as it did; recorded with every transition.
enum class StageReason
{
    Mapped,            // the mapped stage was applied
    Kept,              // the mapping says "keep current"
    Protected,         // current stage is protected: fields updated, stage kept
    Final,             // current stage is final: only the IDENT key is written
    RegressionBlocked, // mapped stage sorts before the current one
    CurrentUnknown,    // current stage could not be read: nothing written, retried later
    Manual,            // a person bound or moved the deal
    Count
};
Q_ENUM_NS(StageReason)

// Failures below HTTP that the client saw (core must not include QtNetwork).
enum class TransportError
{
    None,
    Timeout,
    ConnectionRefused,
    ConnectionReset,
    HostNotFound,
    Tls,
    Cancelled,
    ResponseTooLarge,
    Other,
    Count
};
Q_ENUM_NS(TransportError)

// Stable lower_snake_case names used in the state database, JSON output and config files.
QString toKey(ErrorClass v);
QString toKey(JobState v);
QString toKey(JobKind v);
QString toKey(ReceptionStatus v);
QString toKey(StageReason v);
QString toKey(TransportError v);

template <typename E> std::optional<E> enumFromKey(QStringView key);

template <> std::optional<ErrorClass> enumFromKey<ErrorClass>(QStringView key);
template <> std::optional<JobState> enumFromKey<JobState>(QStringView key);
template <> std::optional<JobKind> enumFromKey<JobKind>(QStringView key);
template <> std::optional<ReceptionStatus> enumFromKey<ReceptionStatus>(QStringView key);
template <> std::optional<StageReason> enumFromKey<StageReason>(QStringView key);
template <> std::optional<TransportError> enumFromKey<TransportError>(QStringView key);

template <typename E> constexpr int enumCount()
{
    return static_cast<int>(E::Count);
}

// The IDENT status text exactly as the replaced product wrote it to the deal's status field.
QString statusText(ReceptionStatus status);
std::optional<ReceptionStatus> statusFromText(QStringView text);

} // namespace identsync
