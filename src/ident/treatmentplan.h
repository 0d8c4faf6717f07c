#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace identsync {

// One line of a treatment plan (TreatmentPlanElementRelations), ident-schema.md §2 E.
struct TreatmentPlanLine
{
    qint64 id = 0;
    QString stage;
    int stageOrder = 0;
    QString element;
    int elementOrder = 0;
    QString service;
    qint64 priceKopecks = 0;
    qint64 discountKopecks = 0;
    std::optional<qint64> teeth; // TeethLong, IDENT's tooth bitmask
    bool done = false;           // an invoice line refers to it
    bool paid = false;           // … and that invoice's bill is formed

    qint64 amountKopecks() const { return priceKopecks - discountKopecks; }
    // "Выполнено и оплачено" / "Выполнено" / "Не выполнено", as the replaced product wrote it.
    QString stateText() const;
    bool operator==(const TreatmentPlanLine &) const = default;
};

// An active treatment plan of one patient (TreatmentPlans with IsActive = 1).
struct TreatmentPlan
{
    qint64 id = 0;
    qint64 patientId = 0;
    std::optional<qint64> doctorId;
    QString name;
    QDateTime created;
    QList<TreatmentPlanLine> lines;

    qint64 totalKopecks() const;
    bool operator==(const TreatmentPlan &) const = default;
};

// What goes into the deal (SPEC §2.5): readable text, the canonical JSON it was made from, and
// the hash that decides whether the deal needs an update.
struct TreatmentPlanSummary
{
    QString text;
    QByteArray json;
    QString hash; // SHA-256 of json, lower-case hex

    bool operator==(const TreatmentPlanSummary &) const = default;
};

// Summarises the plans of one patient. The result does not depend on the order of `plans` or of
// their lines, so the hash changes only when the plan content does.
TreatmentPlanSummary summarisePlans(QList<TreatmentPlan> plans);

// 123456 -> "1 234,56 ₽"
QString formatRoubles(qint64 kopecks);

} // namespace identsync

Q_DECLARE_METATYPE(identsync::TreatmentPlan)
