#pragma once

#include "reception.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace identsync {

// One data-quality problem of one reception (SPEC §3, class data_quality): recorded and shown, not
// retried until the record is re-read after someone fixes it in IDENT.
struct DataQualityIssue
{
    // The Reception member at fault, spelled as in reception.h: "id", "branchId", "patient.id",
    // "patient.phoneRaw", "patient.birthdayRaw", "patient.name", "planStart", "planEnd"; an
    // unreadable IDENT value is named by its column ("Receptions.PlanStart").
    QString field;
    // Translated; names the record (its deal key), the field and what to do. Never quotes the
    // phone or birthday itself, so it can be stored and logged as is.
    QString message;

    bool operator==(const DataQualityIssue &) const = default;
};

// Every data-quality rule of SPEC §2.1-§3 for one reception; empty when the record can be synced.
// An empty phone is not a problem (the contact is found by IDENT patient id); a phone that is
// present but cannot be normalised is.
QList<DataQualityIssue> checkReception(const Reception &r);

// What Bitrix24 requires of a contact IdentSync creates for the reception's patient: a name (one of
// surname, name, patronymic). Asked only when a contact is to be created, before anything is
// written; an existing contact needs nothing from IDENT.
std::optional<DataQualityIssue> checkNewContact(const Reception &r);

// IDENT keeps Persons.Birthday as text, normally 'dd.mm.yyyy'; 'yyyy-mm-dd' also occurs, and
// either may carry a time of day from a datetime conversion. Dates before 1900 are placeholders,
// not birthdays. Empty or unparseable text gives nullopt.
std::optional<QDate> parseIdentBirthday(QStringView text);

} // namespace identsync
