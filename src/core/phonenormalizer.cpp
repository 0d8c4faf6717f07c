#include "phonenormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace identsync {

namespace {

constexpr int MinInternationalDigits = 8;
constexpr int MaxInternationalDigits = 15; // E.164
constexpr int RussianDigits = 11;          // 7 + 10-digit national number

PhoneResult failure(const QString &why)
{
    PhoneResult r;
    r.error = why;
    return r;
}

PhoneResult success(const QString &digits, const QString &extension)
{
    PhoneResult r;
    r.e164 = QLatin1Char('+') + digits;
    r.extension = extension;
    return r;
}

bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE63 || u == 0xFF0D;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The character at i for the error message: surrogate pairs (emoji) kept whole, controls such as
// NUL spelled as U+XXXX so the message stays printable and storable.
QString characterAt(QStringView s, qsizetype i)
{
    char32_t ucs = s[i].unicode();
    qsizetype len = 1;
    if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        ucs = QChar::surrogateToUcs4(s[i], s[i + 1]);
        len = 2;
    }
    if (!QChar::isPrint(ucs))
        return QStringLiteral("U+%1").arg(quint32(ucs), 4, 16, QLatin1Char('0')).toUpper();
    return s.mid(i, len).toString();
}

// Russian national numbers (after the country code 7) start with 3, 4, 8 or 9; 6 and 7 belong to
// Kazakhstan, which shares +7. 0, 1, 2 and 5 are not in use.
bool isPlausibleNationalStart(QChar c)
{
    return c == QLatin1Char('3') || c == QLatin1Char('4') || c == QLatin1Char('6') ||
           c == QLatin1Char('7') || c == QLatin1Char('8') || c == QLatin1Char('9');
}

PhoneResult russian(const QString &national, const QString &extension)
{
    if (!isPlausibleNationalStart(national.front())) {
        return failure(QCoreApplication::translate(
                           "PhoneNormalizer",
                           "no Russian area or operator code starts with %1; check the digits")
                           .arg(national.front()));
    }
    return success(QLatin1Char('7') + national, extension);
}

// Digits that followed "+" or "00".
PhoneResult international(const QString &d, bool writtenWithPlus, const QString &extension)
{
    const auto n = d.size();
    if (n == 0)
        return failure(QCoreApplication::translate("PhoneNormalizer", "the phone has no digits"));
    if (d.front() == QLatin1Char('0')) {
        return failure(QCoreApplication::translate(
            "PhoneNormalizer", "a country code never starts with 0; check the digits after +"));
    }
    if (d.front() == QLatin1Char('7')) {
        if (n == RussianDigits)
            return russian(d.mid(1), extension);
        // "+7 8 916 …": the trunk 8 written after the country code; unambiguous.
        if (n == RussianDigits + 1 && d[1] == QLatin1Char('8') && d[2] != QLatin1Char('0'))
            return russian(d.mid(2), extension);
        return failure(
            QCoreApplication::translate("PhoneNormalizer",
                                        "a +7 number has 10 digits after the 7, this one has %1")
                .arg(n - 1));
    }
    // "+8 916 …": no country code begins with 89, so this can only be the Russian trunk 8.
    if (writtenWithPlus && n == RussianDigits && d.startsWith(QLatin1String("89")))
        return russian(d.mid(1), extension);
    if (n < MinInternationalDigits) {
        return failure(QCoreApplication::translate(
                           "PhoneNormalizer",
                           "too few digits (%1) for an international number with a country code")
                           .arg(n));
    }
    if (n > MaxInternationalDigits) {
        return failure(QCoreApplication::translate(
                           "PhoneNormalizer",
                           "too many digits (%1) for one phone number (at most 15); if the field "
                           "holds two numbers, keep one")
                           .arg(n));
    }
    return success(d, extension);
}

// Digits written without "+" or "00": a Russian number, or refused.
PhoneResult domestic(const QString &d, const QString &extension)
{
    const auto n = d.size();
    if (n == RussianDigits) {
        if (d.front() == QLatin1Char('8') || d.front() == QLatin1Char('7'))
            return russian(d.mid(1), extension);
        return failure(QCoreApplication::translate(
            "PhoneNormalizer",
            "an 11-digit number must start with 8 or 7; write a foreign number with + and its "
            "country code"));
    }
    if (n == RussianDigits - 1) {
        if (d.startsWith(QLatin1String("89"))) {
            return failure(QCoreApplication::translate(
                "PhoneNormalizer",
                "looks like a mobile number with a digit missing (8 9XX and only 10 digits)"));
        }
        if (d.front() == QLatin1Char('7')) {
            return failure(QCoreApplication::translate(
                "PhoneNormalizer",
                "10 digits starting with 7 are ambiguous (a digit missing, or a +7 7XX number?); "
                "write the number with +7"));
        }
        const QChar first = d.front();
        if (first == QLatin1Char('3') || first == QLatin1Char('4') || first == QLatin1Char('8') ||
            first == QLatin1Char('9')) {
            return russian(d, extension);
        }
        return failure(QCoreApplication::translate(
                           "PhoneNormalizer",
                           "no Russian area or operator code starts with %1; check the digits")
                           .arg(first));
    }
    if (n >= 5 && n <= 7) {
        return failure(QCoreApplication::translate(
            "PhoneNormalizer",
            "a local number without a city code; add the city or operator code, e.g. "
            "8 (495) 123-45-67"));
    }
    if (n < RussianDigits) {
        return failure(QCoreApplication::translate(
                           "PhoneNormalizer",
                           "too few digits (%1) for a phone number with a city or operator code")
                           .arg(n));
    }
    if (d.startsWith(QLatin1String("810")) && n > RussianDigits) {
        // The old Russian international prefix 8~10 (no Russian code starts with 10).
        return international(d.mid(3), false, extension);
    }
    return failure(
        QCoreApplication::translate("PhoneNormalizer",
                                    "too many digits (%1) for one phone number; if the field holds "
                                    "two numbers, keep one")
            .arg(n));
}

} // namespace

PhoneResult PhoneNormalizer::normalize(QStringView raw)
{
    QString text = raw.trimmed().toString();
    if (text.isEmpty())
        return failure(QCoreApplication::translate("PhoneNormalizer", "the phone is empty"));

    // "… доб. 12", "… ext. 12", "… x12", "(доб. 12)": split the extension off the end. Possessive
    // quantifiers keep a field of a million spaces from backtracking for minutes.
    static const QRegularExpression extensionRe(
        QStringLiteral(
            R"([\s,;/]*+\(?\s*+(?<!\p{L})(?:доб(?:авочный)?|ext(?:ension)?|вн(?:утр(?:енний)?)?|x|#))"
            R"(\s*+[.:]?\s*+(\d{1,6})\s*+\)?$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString extension;
    if (const auto m = extensionRe.match(text); m.hasMatch()) {
        extension = m.captured(1);
        text.truncate(m.capturedStart());
    }

    // Two numbers in one field are refused, never guessed between.
    static const QRegularExpression separatorRe(
        QStringLiteral(R"([,;/\\|\r\n]|\s(?:или|и|or|and)\s)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QStringList parts = text.split(separatorRe);
    if (parts.size() > 1) {
        QStringList nonEmpty;
        int withDigits = 0;
        for (const QString &p : parts) {
            if (!p.trimmed().isEmpty())
                nonEmpty << p;
            if (std::count_if(p.cbegin(), p.cend(), isAsciiDigit) >= 5)
                ++withDigits;
        }
        if (withDigits >= 2) {
            return failure(QCoreApplication::translate(
                "PhoneNormalizer",
                "two phone numbers in one field; keep one number in this field (another can go "
                "to a second phone field)"));
        }
        if (nonEmpty.size() != 1) {
            return failure(QCoreApplication::translate(
                "PhoneNormalizer", "the field holds more than one value; keep only the number"));
        }
        text = nonEmpty.front();
    }

    // "Тел.: …", "моб. …": a label in front of the number.
    static const QRegularExpression labelRe(
        QStringLiteral(R"(^\s*(?:тел(?:ефон)?|моб(?:ильный)?|сот(?:овый)?|tel|phone|mob(?:ile)?))"
                       R"((?!\p{L})\.?\s*:?)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    text.remove(labelRe);

    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isAsciiDigit(c)) {
            digits += c;
        } else if (c == QLatin1Char('+')) {
            if (plus || !digits.isEmpty()) {
                return failure(QCoreApplication::translate(
                    "PhoneNormalizer", "a '+' may only stand at the start of the number"));
            }
            plus = true;
        } else if (c.isSpace() || isDash(c) || c == QLatin1Char('.') || c == QLatin1Char('(') ||
                   c == QLatin1Char(')') || c.category() == QChar::Other_Format) {
            // Spacing, grouping and invisible marks copied from messengers carry no meaning.
        } else if (c.isLetter()) {
            return failure(QCoreApplication::translate(
                "PhoneNormalizer",
                "the phone contains letters; keep only the number (an extension may follow "
                "\"доб.\")"));
        } else {
            return failure(QCoreApplication::translate("PhoneNormalizer",
                                                       "unexpected character '%1' in the phone")
                               .arg(characterAt(text, i)));
        }
    }

    if (digits.isEmpty())
        return failure(QCoreApplication::translate("PhoneNormalizer", "the phone has no digits"));
    if (plus)
        return international(digits, true, extension);
    if (digits.startsWith(QLatin1String("00")))
        return international(digits.mid(2), false, extension);
    return domestic(digits, extension);
}

} // namespace identsync
