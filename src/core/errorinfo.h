#pragma once

#include "enums.h"

#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace identsync {

// What went wrong with one call or one job attempt, as recorded in the state database and shown in
// the console. `cls` is always the result of classify(); the raw facts are kept beside it.
struct ErrorInfo
{
    ErrorClass cls = ErrorClass::Internal;
    TransportError transport = TransportError::None;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QString code;       // Bitrix24 `error` (may be empty for CRM business errors)
    QString message;    // Bitrix24 `error_description` or our own explanation
    std::optional<std::chrono::seconds> retryAfter; // from a Retry-After header, if ever present

    bool operator==(const ErrorInfo &) const = default;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::ErrorInfo)
