#pragma once

#include "dealkey.h"
#include "stageid.h"

#include <QDate>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace identsync {

// The Bitrix24 field set one job writes to one deal, as built by FieldMap from a reception and a
// StageDecision. STAGE_ID is kept apart from the fields so the stage decision stays visible.
struct DealDraft
{
    DealKey key;
    QJsonObject fields;
    std::optional<StageId> stage;
    // What had to change for the portal to take the values (text cut, control characters left
    // out): data-quality notes for a person, not part of the payload.
    QStringList notes;

    // `fields` plus STAGE_ID when a stage is to be written: what crm.deal.add/update receives.
    QJsonObject payload() const;
    // payloadHash(payload()): equal drafts hash equal whatever order they were built in.
    QString hash() const;

    bool operator==(const DealDraft &) const = default;
};

// A patient as the portal's contact should show them. The phone is already E.164 (or empty when
// IDENT had none that could be normalised).
struct ContactDraft
{
    int branchId = 0;
    qint64 patientId = 0;
    QString lastName;
    QString firstName;
    QString secondName;
    QString phoneE164;
    std::optional<QDate> birthday;

    // The value written to, and searched for in, the contact's IDENT patient id field.
    QString patientIdValue() const;
    QString hash() const;

    bool operator==(const ContactDraft &) const = default;
};

// Lower-case hex SHA-1 of the object as compact JSON with keys sorted at every level. Used to
// coalesce jobs and to skip a write whose payload has not changed since the last success.
QString payloadHash(const QJsonObject &payload);

} // namespace identsync

Q_DECLARE_METATYPE(identsync::DealDraft)
Q_DECLARE_METATYPE(identsync::ContactDraft)
