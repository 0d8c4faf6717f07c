#include "applogging.h"

namespace identsync {

Q_LOGGING_CATEGORY(lcApp, "identsync.app")

} // namespace identsync
