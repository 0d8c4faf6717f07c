#include "treatmentplanreader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace identsync {

namespace {

constexpr int kPatientsPerQuery = 500;

enum Column
{
    PlanId,
    PatientId,
    DoctorId,
    PlanName,
    Created,
    LineId,
    Stage,
    StageOrder,
    Element,
    ElementOrder,
    Service,
    Price,
    Discount,
    Teeth,
    DoneCount,
    PaidCount,
};

} // namespace

TreatmentPlanReader::TreatmentPlanReader(IdentConnection &connection)
    : m_connection(connection)
{}

QString TreatmentPlanReader::query(const QList<qint64> &patientIds) const
{
    const SqlDialect &d = m_connection.dialect();
    QStringList ids;
    for (qint64 id : patientIds)
        ids << QString::number(id);
    const QString order = d.quote(QStringLiteral("Order"));
    return QStringLiteral(
               "SELECT tp.ID, tp.ID_Patients, tp.ID_Staffs, tp.Name, %1, "
               "tper.ID, tps.Name, tps.%2, tpe.Name, tpe.%2, si.Name, %3, %4, tper.TeethLong, "
               "(SELECT COUNT(*) FROM OrderServiceRelation osr "
               "WHERE osr.ID_TreatmentPlanElementRelations = tper.ID), "
               "(SELECT COUNT(*) FROM OrderServiceRelation osr JOIN Orders o ON o.ID = "
               "osr.ID_Orders WHERE osr.ID_TreatmentPlanElementRelations = tper.ID AND "
               "o.DateTimeBillFormed IS NOT NULL) "
               "FROM TreatmentPlans tp "
               "LEFT JOIN TreatmentPlanElementRelations tper ON tper.ID_TreatmentPlans = tp.ID "
               "LEFT JOIN TreatmentPlanStages tps ON tps.ID = tper.ID_TreatmentPlanStages "
               "LEFT JOIN TreatmentPlanElements tpe ON tpe.ID = tper.ID_TreatmentPlanElements "
               "LEFT JOIN ServiceItemPrices sip ON sip.ID = tper.ID_ServicePrices "
               "LEFT JOIN ServiceItems si ON si.ID = sip.ID_ServiceItems "
               "WHERE %5 AND tp.ID_Patients IN (%6) "
               "ORDER BY tp.ID_Patients, tp.ID, tps.%2, tpe.%2, tper.ID")
        .arg(d.dateTimeText(QStringLiteral("tp.DateTimeCreated")), order,
             d.toKopecks(QStringLiteral("sip.Price")),
             d.toKopecks(d.ifNull(QStringLiteral("tper.DiscountSum"), QStringLiteral("0"))),
             d.isTrue(QStringLiteral("tp.IsActive")), ids.join(QStringLiteral(", ")));
}

std::optional<QList<TreatmentPlan>> TreatmentPlanReader::read(const QList<qint64> &patientIds,
                                                              ErrorInfo *error)
{
    const auto schema = m_connection.schema(error);
    if (!schema)
        return std::nullopt;
    if (!schema->treatmentPlansReadable) {
        if (error) {
            error->cls = ErrorClass::Config;
            error->code = QStringLiteral("ident_schema");
            error->message = schema->message(m_connection.config().sourceId);
        }
        return std::nullopt;
    }

    QList<TreatmentPlan> plans;
    for (qsizetype from = 0; from < patientIds.size(); from += kPatientsPerQuery) {
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        if (!q.exec(query(patientIds.mid(from, kPatientsPerQuery)))) {
            if (error)
                *error = IdentConnection::classify(q.lastError(),
                                                   QStringLiteral("reading treatment plans"));
            return std::nullopt;
        }
        while (q.next()) {
            const qint64 planId = q.value(PlanId).toLongLong();
            if (plans.isEmpty() || plans.constLast().id != planId) {
                TreatmentPlan p;
                p.id = planId;
                p.patientId = q.value(PatientId).toLongLong();
                if (!q.value(DoctorId).isNull())
                    p.doctorId = q.value(DoctorId).toLongLong();
                p.name = q.value(PlanName).toString();
                p.created = SqlDialect::parseDateTime(q.value(Created).toString());
                plans << p;
            }
            if (q.value(LineId).isNull())
                continue; // a plan without lines
            TreatmentPlanLine l;
            l.id = q.value(LineId).toLongLong();
            l.stage = q.value(Stage).toString();
            l.stageOrder = q.value(StageOrder).toInt();
            l.element = q.value(Element).toString();
            l.elementOrder = q.value(ElementOrder).toInt();
            l.service = q.value(Service).toString();
            l.priceKopecks = q.value(Price).toLongLong();
            l.discountKopecks = q.value(Discount).toLongLong();
            if (!q.value(Teeth).isNull())
                l.teeth = q.value(Teeth).toLongLong();
            l.done = q.value(DoneCount).toLongLong() > 0;
            l.paid = q.value(PaidCount).toLongLong() > 0;
            plans.last().lines << l;
        }
    }
    return plans;
}

} // namespace identsync
