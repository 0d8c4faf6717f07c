#pragma once

#include <QString>
#include <QStringView>

namespace identsync {

// The outcome of normalising one phone field. Exactly one of `e164` and `error` is non-empty.
struct PhoneResult
{
    QString e164;      // "+79161234567"
    QString extension; // digits after "доб." / "ext." / "x", empty when none
    QString error;     // why the field was refused, translated, without the raw value

    bool ok() const { return !e164.isEmpty(); }
    bool operator==(const PhoneResult &) const = default;
};

// Turns what people type into IDENT's phone fields into E.164 (SPEC §2.1). Russian numbers in any
// common spelling become +7XXXXXXXXXX; foreign numbers are accepted only with an explicit "+" or
// "00" prefix, because without it a foreign number cannot be told from a mistyped Russian one.
// Anything ambiguous (two numbers, a local number without a city code, a digit missing) is
// refused with a reason rather than guessed: a wrong phone binds a patient to a stranger's contact.
class PhoneNormalizer
{
public:
    static PhoneResult normalize(QStringView raw);
};

} // namespace identsync
