#pragma once

namespace identsync {

// Registers resources/identsync.qrc (icons, the sample configuration). identsync_app is a static
// library, so nothing references its compiled resources unless this runs; every user of ":/…"
// calls it first. Idempotent and cheap.
void initAppResources();

} // namespace identsync
