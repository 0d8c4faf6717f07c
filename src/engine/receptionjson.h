#pragma once

#include "core/reception.h"

#include <QJsonObject>

#include <optional>

namespace identsync {

// A reception as the outbox payload of its job: everything the dispatcher needs to build the
// deal and the contact later, without going back to IDENT. Keys are stable (the payload hash of
// equal receptions is equal), invalid dates and empty values are left out.
QJsonObject receptionToJson(const Reception &reception);
// Fails (std::nullopt, `error` naming the field) on a payload that is not a reception: a job
// written by a newer version, or a corrupted row.
std::optional<Reception> receptionFromJson(const QJsonObject &json, QString *error);

} // namespace identsync
