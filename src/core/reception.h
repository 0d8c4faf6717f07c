#pragma once

#include "dealkey.h"
#include "enums.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace identsync {

// A patient as IDENT knows it (Patients ⋈ Persons, keyed by ID_Persons). Values are raw: the
// phone is normalised later, the birthday is IDENT's text form ('dd.mm.yyyy', sometimes empty).
struct Patient
{
    int branchId = 0;
    qint64 id = 0; // Patients.ID_Persons; 0 when the reception has no patient
    QString surname;
    QString name;
    QString patronymic;
    QString phoneRaw;
    QString birthdayRaw;
    QString cardNumber;
    QString guardian; // Patients.ParentSNP

    QString fullName() const;
    bool operator==(const Patient &) const = default;
};

// A value IDENT holds that cannot be read as what its column means (a date column with
// «завтра утром» in it): kept as text so the record's problem can name the column and the value.
struct UnreadableValue
{
    QString column; // "Receptions.PlanStart"
    QString text;

    bool operator==(const UnreadableValue &) const = default;
};

// One IDENT reception (приём), folded to one row whatever the joins multiplied, with everything
// the field map may send to Bitrix24 (SPEC §2.2).
struct Reception
{
    int branchId = 0; // OwnCompanies.ID
    QString branchName;
    qint64 id = 0; // Receptions.ID
    Patient patient;

    QDateTime planStart;
    QDateTime planEnd;

    // IDENT stores events, not a status: the status is derived from these (SPEC §2.1).
    QDateTime dateTimeAdded;
    QDateTime dateTimeChanged;
    QDateTime patientAppeared;
    QDateTime receptionStarted;
    QDateTime receptionEnded;
    QDateTime checkIssued;
    QDateTime receptionCanceled;
    std::optional<qint64> cancelReasonId;
    QString cancelReason;

    QString doctor;
    QString speciality;
    QString chair;
    QString comment;
    QString registrar;

    QString servicesText;
    std::optional<qint64> amountKopecks; // Σ count × price − discount, in minor units
    QDateTime orderDate;                 // Orders.DateTimeOrder
    QDateTime billFormed;                // Orders.DateTimeBillFormed

    QString treatmentPlanText;
    QString treatmentPlanHash;

    // Branch numbers another derivation would have keyed this reception by (the order's company,
    // the source's default branch), as the replaced product did: a deal keyed F{n}_{id} with any
    // of them is this reception's deal. `branchId` (the chair's company, else the default branch)
    // is the key IdentSync writes; it never changes when an invoice arrives.
    QList<int> otherKeyBranches;
    QList<UnreadableValue> unreadable;

    DealKey key() const { return DealKey(branchId, id); }
    // key() first, then every other key the reception may carry on the portal.
    QList<DealKey> keyVariants() const;
    // The newest of every change column: what the incremental reader's watermark follows.
    QDateTime changeTime() const;
    bool operator==(const Reception &) const = default;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::Patient)
Q_DECLARE_METATYPE(identsync::Reception)
