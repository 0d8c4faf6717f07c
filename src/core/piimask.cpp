#include "piimask.h"

#include "phonenormalizer.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <atomic>

namespace identsync {

namespace {

std::atomic<bool> s_enabled{true};

// A whole run of at most this many space-separated groups is searched for a phone hidden among
// other numbers ("deal 4567 8 916 …"); longer runs are starred as a whole when phone-like.
constexpr qsizetype MaxGroupsSearched = 8;

// Stands in for dates, times and IP addresses while phones are searched, so a timestamp never joins
// a phone run. Not a letter or a digit, so it also does not glue neighbouring text into a token.
constexpr QChar ProtectedMark(0xFFFF);

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

qsizetype digitCount(QStringView s)
{
    return std::count_if(s.begin(), s.end(), isAsciiDigit);
}

// The first letter of a word, upper-cased, with a full stop: "иван" -> "И.".
QString initial(QStringView word)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word[i].isHighSurrogate() && i + 1 < word.size() &&
            QChar::isLetter(QChar::surrogateToUcs4(word[i], word[i + 1]))) {
            return word.mid(i, 2).toString().toUpper() + QLatin1Char('.');
        }
        if (word[i].isLetter())
            return QString(word[i].toUpper()) + QLatin1Char('.');
    }
    return {};
}

// Every digit but the last two starred; everything else kept, so the reader still sees where a
// number was.
QString starDigits(QStringView s)
{
    QString out = s.toString();
    qsizetype keep = 2;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (!isAsciiDigit(out[i]))
            continue;
        if (keep > 0)
            --keep;
        else
            out[i] = QLatin1Char('*');
    }
    return out;
}

QString maskE164(const QString &e164)
{
    const QStringView d = QStringView(e164).mid(1);
    if (d.size() == 11 && d.front() == QLatin1Char('7')) {
        return QStringLiteral("+7 %1 *** ** %2").arg(d.mid(1, 3), d.right(2));
    }
    // The length of a foreign country code is not known here; two leading digits say enough.
    return QStringLiteral("+%1 %2 %3")
        .arg(d.left(2), QString(d.size() - 4, QLatin1Char('*')), d.right(2));
}

// A run that failed to normalise but still looks like someone's phone: starred rather than
// leaked. Plain numbers (ids, amounts, counts) do not qualify.
bool looksLikePhone(QStringView run)
{
    const qsizetype n = digitCount(run);
    if (run.front() == QLatin1Char('+'))
        return n >= 7;
    if (n > 15)
        return true;
    qsizetype firstDigit = 0;
    while (!isAsciiDigit(run[firstDigit]))
        ++firstDigit;
    const QChar first = run[firstDigit];
    if (n >= 10 &&
        (first == QLatin1Char('7') || first == QLatin1Char('8') || first == QLatin1Char('9'))) {
        return true;
    }
    // A local number in the classic 123-45-67 / 12-34-56 spelling.
    static const QRegularExpression local(
        QStringLiteral(R"(^\d{2,3}[-\x{2010}-\x{2015} ]\d{2}[-\x{2010}-\x{2015} ]\d{2}$)"));
    return local.match(run).hasMatch();
}

struct Span
{
    qsizetype begin;
    qsizetype end;
};

// Spans of non-blank text inside a run ("8", "916", "123-45-67").
QList<Span> groupsOf(QStringView run)
{
    QList<Span> groups;
    qsizetype i = 0;
    while (i < run.size()) {
        while (i < run.size() && run[i].isSpace())
            ++i;
        const qsizetype begin = i;
        while (i < run.size() && !run[i].isSpace())
            ++i;
        if (i > begin)
            groups.append({begin, i});
    }
    return groups;
}

QString maskRun(QStringView run)
{
    if (digitCount(run) == 0)
        return run.toString();
    const PhoneResult whole = PhoneNormalizer::normalize(run);
    if (whole.ok())
        return maskE164(whole.e164);

    // A phone may share a run with another number: "page 3 8 916 …", "4567 89161234567".
    const QList<Span> groups = groupsOf(run);
    if (groups.size() > 1 && groups.size() <= MaxGroupsSearched) {
        for (qsizetype len = groups.size() - 1; len >= 1; --len) {
            for (qsizetype i = 0; i + len <= groups.size(); ++i) {
                const qsizetype b = groups[i].begin;
                const qsizetype e = groups[i + len - 1].end;
                const PhoneResult part = PhoneNormalizer::normalize(run.mid(b, e - b));
                if (part.ok())
                    return maskRun(run.left(b)) + maskE164(part.e164) + maskRun(run.mid(e));
            }
        }
    }
    const QStringView trimmed = run.trimmed();
    if (!trimmed.isEmpty() && looksLikePhone(trimmed))
        return starDigits(run);
    return run.toString();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The masking itself, without the switch: a public function reads the switch once, so flipping
// it while a line is being masked can never leave the line half masked.
QString maskedName(QStringView surname, QStringView name, QStringView patronymic)
{
    const QString s = surname.toString().simplified();
    const QString n = name.toString().simplified();
    if (s.isEmpty())
        return n.isEmpty() ? initial(patronymic) : initial(n);
    return n.isEmpty() ? s : s + QLatin1Char(' ') + initial(n);
}

QString maskedEmail(QStringView address)
{
    const QStringView t = address.trimmed();
    if (t.isEmpty())
        return address.toString();
    const qsizetype at = t.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return QStringLiteral("***");
    const qsizetype firstLen = t[0].isHighSurrogate() && at > 1 ? 2 : 1;
    return t.left(firstLen).toString() + QStringLiteral("***") + t.mid(at).toString();
}

// The top-level domain is checked in code rather than by backtracking into the domain, for the
// same reason as in maskNames.
QString maskEmails(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]++@)"
                       R"([\p{L}\p{N}\-]++(?:\.[\p{L}\p{N}\-]++)*+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression topLevel(QStringLiteral(R"(\.\p{L}{2,}$)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!topLevel.match(m.capturedView()).hasMatch())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += maskedEmail(m.capturedView());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString maskPhones(const QString &text)
{
    // Dates, times, ISO timestamps with offsets and IPv4 addresses: digits that are not phones.
    static const QRegularExpression notPhones(QStringLiteral(
        R"((?<![\d.])(?:)"
        R"(\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
        R"(|\d{1,2}\.\d{1,2}\.\d{4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?)"
        R"(|\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)"
        R"(|(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))"
        R"()(?![\d.]\d))"));
    QString scan = text;
    for (auto it = notPhones.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            scan[i] = ProtectedMark;
    }

    static const QRegularExpression runRe(QStringLiteral(
        R"(\+?\(?\d[\d \t\x{00A0}\x{2009}\x{202F}\-\x{2010}-\x{2015}\x{2212}().]*+)"));
    QString out;
    qsizetype last = 0;
    for (auto it = runRe.globalMatch(scan); it.hasNext();) {
        const auto m = it.next();
        qsizetype b = m.capturedStart();
        qsizetype e = m.capturedEnd();
        while (!isAsciiDigit(scan[e - 1]))
            --e;
        const QStringView run = QStringView(text).mid(b, e - b);
        // Digits glued to a word are part of a token ("id4567", "v8") unless they spell a whole
        // phone ("тел89161234567"); after an underscore they are always a key ("F1_123").
        const bool gluedBefore = b > 0 && isWordChar(scan[b - 1]);
        const bool gluedAfter = e < scan.size() && isWordChar(scan[e]);
        if ((b > 0 && scan[b - 1] == QLatin1Char('_')) ||
            (e < scan.size() && scan[e] == QLatin1Char('_'))) {
            continue;
        }
        if ((gluedBefore || gluedAfter) && !PhoneNormalizer::normalize(run).ok())
            continue;
        // An opening bracket around the whole number stays outside it.
        if (run.count(QLatin1Char('(')) > run.count(QLatin1Char(')')) &&
            scan[b] == QLatin1Char('(')) {
            ++b;
        }
        out += QStringView(text).mid(last, b - last);
        out += maskRun(QStringView(text).mid(b, e - b));
        last = e;
    }
    out += QStringView(text).mid(last);
    return out;
}

// Capitalised words that open sentences in logs and comments and are not names.
bool isCommonWord(QStringView word)
{
    static const QSet<QString> words = {
        QStringLiteral("Пациент"),     QStringLiteral("Пациентка"),
        QStringLiteral("Врач"),        QStringLiteral("Доктор"),
        QStringLiteral("Клиника"),     QStringLiteral("Филиал"),
        QStringLiteral("Сделка"),      QStringLiteral("Контакт"),
        QStringLiteral("Лид"),         QStringLiteral("Запись"),
        QStringLiteral("Приём"),       QStringLiteral("Прием"),
        QStringLiteral("Статус"),      QStringLiteral("Отменен"),
        QStringLiteral("Завершен"),    QStringLiteral("Запланирован"),
        QStringLiteral("Ошибка"),      QStringLiteral("Телефон"),
        QStringLiteral("Комментарий"), QStringLiteral("Администратор"),
        QStringLiteral("Регистратор"), QStringLiteral("Стоматолог"),
        QStringLiteral("Ассистент"),   QStringLiteral("Счет"),
        QStringLiteral("Счёт"),        QStringLiteral("Услуга"),
        QStringLiteral("Услуги"),      QStringLiteral("План"),
        QStringLiteral("Лечение"),     QStringLiteral("Кабинет"),
        QStringLiteral("Кресло"),      QStringLiteral("Звонок"),
        QStringLiteral("Мама"),        QStringLiteral("Папа"),
        QStringLiteral("Опекун"),      QStringLiteral("Представитель"),
    };
    return words.contains(word.toString());
}

// One capitalised Cyrillic word ("Иванов", "Петров-Водкин"). Runs of them are assembled in code,
// not by a repeated group in the pattern, so a megabyte of such words cannot exhaust the regex
// engine's backtracking stack (which would silently leave every name unmasked).
QString maskNames(const QString &text)
{
    static const QRegularExpression wordRe(
        QStringLiteral(R"((?<![\p{L}\p{N}])[А-ЯЁ][а-яё]++(?:-[А-ЯЁ][а-яё]++)?(?![\p{L}\p{N}\-]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    auto onlyBlanks = [&text](qsizetype b, qsizetype e) {
        if (b == e)
            return false;
        for (qsizetype i = b; i < e; ++i) {
            const QChar c = text[i];
            if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QChar(0x00A0))
                return false;
        }
        return true;
    };

    QString out;
    qsizetype last = 0;
    QList<Span> run;
    auto flush = [&] {
        qsizetype first = 0;
        while (first < run.size() && isCommonWord(QStringView(text).mid(
                                         run[first].begin, run[first].end - run[first].begin))) {
            ++first;
        }
        if (run.size() - first >= 2) {
            out += QStringView(text).mid(last, run[first].end - last);
            for (qsizetype w = first + 1; w < run.size(); ++w) {
                out += QLatin1Char(' ');
                out += initial(QStringView(text).mid(run[w].begin, run[w].end - run[w].begin));
            }
            last = run.back().end;
        }
        run.clear();
    };
    for (auto it = wordRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!run.isEmpty() && !onlyBlanks(run.back().end, m.capturedStart()))
            flush();
        run.append({m.capturedStart(), m.capturedEnd()});
    }
    flush();
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

void PiiMask::setEnabled(bool enabled)
{
    s_enabled.store(enabled, std::memory_order_relaxed);
}

bool PiiMask::isEnabled()
{
    return s_enabled.load(std::memory_order_relaxed);
}

QString PiiMask::phone(QStringView e164OrRaw)
{
    if (!isEnabled() || e164OrRaw.trimmed().isEmpty())
        return e164OrRaw.toString();
    const PhoneResult r = PhoneNormalizer::normalize(e164OrRaw);
    if (r.ok())
        return maskE164(r.e164);
    return starDigits(e164OrRaw);
}

QString PiiMask::name(QStringView surname, QStringView name, QStringView patronymic)
{
    if (isEnabled())
        return maskedName(surname, name, patronymic);
    QStringList parts;
    for (QStringView p : {surname, name, patronymic}) {
        const QString t = p.toString().simplified();
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char(' '));
}

QString PiiMask::fullName(QStringView full)
{
    if (!isEnabled())
        return full.toString();
    const QStringList words =
        full.toString().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    return maskedName(words[0], words.size() > 1 ? QStringView(words[1]) : QStringView(), {});
}

QString PiiMask::email(QStringView address)
{
    if (!isEnabled())
        return address.toString();
    return maskedEmail(address);
}

QString PiiMask::text(QStringView freeText)
{
    if (!isEnabled())
        return freeText.toString();
    return maskNames(maskPhones(maskEmails(freeText.toString())));
}

} // namespace identsync
