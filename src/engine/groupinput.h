#pragma once

#include "engine/syncplanner.h"
#include "store/storeresult.h"

#include <QList>

namespace identsync {

class BindingStore;

// What the store knows about receptions, added to them: the bound deal and its contact, else the
// contact IdentSync created for the patient. The live run and `plan --dry-run` build their plan
// inputs here, so both decide from the same knowledge. Fails only when the bindings cannot be
// read (then nothing is safe to decide); patient contacts that cannot be read are left to the
// portal look-up by patient id.
StoreResult<QList<PlanInput>> planInputs(BindingStore &bindings,
                                         const QList<Reception> &receptions);

} // namespace identsync
