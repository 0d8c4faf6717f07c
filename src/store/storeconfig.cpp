#include "storeconfig.h"

#include <QStandardPaths>

namespace identsync {

QString StoreConfig::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/identsync/state.db");
}

} // namespace identsync
