#include "groupinput.h"

#include "store/bindingstore.h"

#include <QHash>

namespace identsync {

StoreResult<QList<PlanInput>> planInputs(BindingStore &bindings, const QList<Reception> &receptions)
{
    QList<DealKey> keys;
    for (const Reception &r : receptions)
        keys << r.key();
    auto bound = bindings.bindings(keys);
    if (!bound)
        return bound.failure();
    QList<PlanInput> inputs;
    QHash<int, QList<qint64>> patientsByBranch;
    for (const Reception &r : receptions) {
        PlanInput in;
        in.reception = r;
        if (const auto it = bound->constFind(r.key()); it != bound->constEnd()) {
            in.boundDealId = it->dealId;
            in.knownContactId = it->contactId;
        }
        patientsByBranch[r.branchId] << r.patient.id;
        inputs << in;
    }
    for (auto it = patientsByBranch.cbegin(); it != patientsByBranch.cend(); ++it) {
        const auto contacts = bindings.patientContacts(it.key(), it.value());
        if (!contacts)
            continue;
        for (PlanInput &in : inputs) {
            if (in.knownContactId || in.reception.branchId != it.key())
                continue;
            if (const auto c = contacts->constFind(in.reception.patient.id);
                c != contacts->constEnd())
                in.knownContactId = c.value();
        }
    }
    return inputs;
}

} // namespace identsync
