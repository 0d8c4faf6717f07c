#pragma once

#include "identconnection.h"
#include "treatmentplan.h"

#include "core/errorinfo.h"

#include <QList>

#include <optional>

namespace identsync {

// Reads the active treatment plans of given patients (ident-schema.md §2 E): plan → lines →
// stage, element, price, service; a line is done when an invoice line refers to it and paid
// when that invoice's bill is formed. IDENT has no "changed" column on plans, so the engine
// re-reads them and compares summarisePlans() hashes (SPEC §2.5).
class TreatmentPlanReader
{
public:
    explicit TreatmentPlanReader(IdentConnection &connection);

    // Plans of the patients, sorted by patient then plan id. A schema without the plan tables
    // gives a config error, so plan failures stay apart from appointment sync.
    std::optional<QList<TreatmentPlan>> read(const QList<qint64> &patientIds, ErrorInfo *error);

    QString query(const QList<qint64> &patientIds) const;

private:
    IdentConnection &m_connection;
};

} // namespace identsync
