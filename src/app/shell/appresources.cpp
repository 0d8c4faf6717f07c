#include "appresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initIdentsyncQrc()
{
    Q_INIT_RESOURCE(identsync);
}

namespace identsync {

void initAppResources()
{
    static const bool done = [] {
        initIdentsyncQrc();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace identsync
