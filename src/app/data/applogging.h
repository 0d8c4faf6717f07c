#pragma once

#include <QLoggingCategory>

namespace identsync {

// The console's own messages ("identsync.app"); the engine's areas keep their categories.
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace identsync
