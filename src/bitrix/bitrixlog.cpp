#include "bitrixlog.h"

namespace identsync {

Q_LOGGING_CATEGORY(lcBitrix, "identsync.bitrix")

} // namespace identsync
