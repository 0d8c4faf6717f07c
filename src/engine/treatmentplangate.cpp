#include "treatmentplangate.h"

#include "ident/identconnection.h"
#include "ident/treatmentplan.h"
#include "ident/treatmentplanreader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlans, "identsync.engine.plans")

namespace identsync {

TreatmentPlanGate::TreatmentPlanGate(std::chrono::milliseconds interval)
    : m_interval(interval)
{}

void TreatmentPlanGate::attach(IdentConnection &connection, QList<Reception> &page)
{
    QList<qint64> patients;
    for (const Reception &r : std::as_const(page)) {
        if (r.patient.id > 0 && !patients.contains(r.patient.id))
            patients << r.patient.id;
    }
    if (patients.isEmpty())
        return;
    ErrorInfo error;
    const auto plans = TreatmentPlanReader(connection).read(patients, &error);
    if (!plans) {
        // Plan failures never block appointments: the deals keep the plan they have.
        qCWarning(lcPlans).noquote() << "treatment plans of source" << connection.config().sourceId
                                     << "could not be read:" << error.message;
        return;
    }
    QHash<qint64, QList<TreatmentPlan>> byPatient;
    for (const TreatmentPlan &p : *plans)
        byPatient[p.patientId] << p;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Reception &r : page) {
        const auto it = byPatient.constFind(r.patient.id);
        if (it == byPatient.constEnd())
            continue;
        const TreatmentPlanSummary summary = summarisePlans(*it);
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(connection.config().sourceId)
                                .arg(r.branchId)
                                .arg(r.patient.id);
        Sent &sent = m_sent[key];
        if (sent.hash != summary.hash) {
            const bool tooSoon =
                sent.changedAt.isValid() && sent.changedAt.msecsTo(now) < m_interval.count();
            if (!tooSoon)
                sent = Sent{summary.text, summary.hash, now};
        }
        r.treatmentPlanText = sent.text;
        r.treatmentPlanHash = sent.hash;
    }
}

} // namespace identsync
