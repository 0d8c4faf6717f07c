#pragma once

#include <QString>
#include <QStringView>

namespace identsync {

// Masks personal data before it reaches a log line or the console's log view (SPEC §3):
// phones keep the country code, operator code and last two digits (`+7 916 *** ** 67`), names keep
// the surname and an initial (`Иванов И.`), e-mails their first character and domain
// (`i***@mail.ru`). Masking is on by default; a person can turn it off process-wide, and then
// every function returns its input unchanged. All functions are safe to call from any thread.
class PiiMask
{
public:
    static void setEnabled(bool enabled);
    static bool isEnabled();

    // An E.164 number or a raw phone field. Text that cannot be normalised keeps its shape with
    // every digit but the last two starred.
    static QString phone(QStringView e164OrRaw);
    // Surname plus the initial of the first name; the patronymic is dropped. With masking off,
    // the three parts joined by single spaces.
    static QString name(QStringView surname, QStringView name, QStringView patronymic);
    // The same for one "Иванов Иван Иванович" string (surname first, as IDENT stores it).
    static QString fullName(QStringView full);
    static QString email(QStringView address);
    // Free text such as a log line or an error message: masks every e-mail, every phone-like run
    // of digits and every Russian full name (two or more capitalised Cyrillic words: the first,
    // the surname, kept, the rest as initials). Dates, times and IP addresses are left alone.
    // Applying it twice changes nothing more. Common capitalised words that open sentences
    // ("Пациент", "Врач") are not taken for surnames.
    static QString text(QStringView freeText);
};

} // namespace identsync
