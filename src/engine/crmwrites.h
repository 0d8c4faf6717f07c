#pragma once

#include "engine/syncplanner.h"

#include "bitrix/batchcommand.h"

#include <QList>
#include <QString>

#include <optional>

namespace identsync {

// The CRM commands that carry out one plan, keyed by the plan's index in its group: "a<i>" marks
// an adopted contact with the patient id, "u<i>" updates the deal, "c<i>" creates the contact,
// "d<i>" creates the deal (crm.item.add when it is linked to a lead, which crm.deal.add ignores),
// "l<i>" sets the lead to CONVERTED. `contactFrom`: the index whose "c" command creates this
// plan's contact in the same batch (`$result[c<n>]`).
QList<BatchCommand> writeCommands(const JobPlan &plan, int index, std::optional<int> contactFrom,
                                  const QString &contactPatientField);

} // namespace identsync
