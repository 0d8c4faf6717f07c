#pragma once

#include "enums.h"
#include "reception.h"

#include <QStringView>

namespace identsync {

// The status of a reception as IDENT's events imply it (SPEC §2.1). `noShow` is only ever true
// together with Cancelled: IDENT has no no-show event, only a cancellation with that reason.
struct DerivedStatus
{
    ReceptionStatus status = ReceptionStatus::Scheduled;
    bool noShow = false;

    bool operator==(const DerivedStatus &) const = default;
};

// First match wins: cancelled (ReceptionCanceled set or a cancel reason id present), CheckIssued,
// ReceptionEnded, ReceptionStarted, PatientAppeared, otherwise Scheduled.
DerivedStatus deriveStatus(const Reception &r);

// Whether a cancel reason from IDENT's reference book means the patient did not come. The book
// ships «Не пришел»; clinics retype it, so case, ё/е, spacing, trailing punctuation, the feminine
// «не пришла» / «не пришел(а)» and an added «пациент(ка)» are tolerated. Anything that names
// someone else («не пришел врач») or adds other words is not a no-show: guessing wrong would
// report a patient as absent.
bool isNoShowReason(QStringView reasonText);

} // namespace identsync
