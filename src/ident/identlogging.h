#pragma once

#include <QLoggingCategory>

namespace identsync {

// identsync.ident: the IDENT source. Messages never carry the SQL password, and patient data
// only masked.
Q_DECLARE_LOGGING_CATEGORY(lcIdent)

} // namespace identsync
