#pragma once

#include <QLoggingCategory>

namespace identsync {

// Every line the client logs starts with the request's correlation id, never carries the webhook
// code, and passes portal texts through PiiMask first.
Q_DECLARE_LOGGING_CATEGORY(lcBitrix)

} // namespace identsync
