#include "identlogging.h"

namespace identsync {

Q_LOGGING_CATEGORY(lcIdent, "identsync.ident")

} // namespace identsync
