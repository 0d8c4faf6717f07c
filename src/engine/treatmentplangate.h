#pragma once

#include "core/reception.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>

namespace identsync {

class IdentConnection;

// SPEC §2.5: a patient's active treatment plans reach the deal as one summary with a hash; the
// summary changes only when the hash changes, and at most once per interval per patient. The
// live poll and `plan --dry-run` attach plans here, so both put the same payload together.
class TreatmentPlanGate
{
public:
    explicit TreatmentPlanGate(std::chrono::milliseconds interval);

    // Fills the plan text and hash of each reception whose patient has plans. A failed read
    // leaves the page as it is: plan failures never block appointments.
    void attach(IdentConnection &connection, QList<Reception> &page);

private:
    // The plan summary last put into a patient's payloads, and when it last changed.
    struct Sent
    {
        QString text;
        QString hash;
        QDateTime changedAt;
    };

    std::chrono::milliseconds m_interval;
    QHash<QString, Sent> m_sent; // "source/branch/patient" -> last plan summary
};

} // namespace identsync
