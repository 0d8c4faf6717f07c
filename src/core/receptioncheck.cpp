#include "receptioncheck.h"

#include "phonenormalizer.h"
#include "portaltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace identsync {

namespace {

constexpr int EarliestBirthYear = 1900;

QString recordName(const Reception &r)
{
    const DealKey key = r.key();
    if (key.isValid())
        return key.toString();
    return QCoreApplication::translate("ReceptionCheck", "reception %1 of branch %2")
        .arg(r.id)
        .arg(r.branchId);
}

// A value quoted in a message: short enough to read, control characters shown as spaces.
QString quoted(const QString &text)
{
    constexpr int kMaxQuoted = 60;
    QString t = text;
    for (QChar &c : t) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    t = t.simplified();
    if (t.size() > kMaxQuoted)
        t = t.left(kMaxQuoted) + QStringLiteral("…");
    return t;
}

QString rereadHint()
{
    return QCoreApplication::translate("ReceptionCheck", "the record is re-read automatically");
}

} // namespace

std::optional<QDate> parseIdentBirthday(QStringView text)
{
    static const QRegularExpression dotted(QStringLiteral(
        R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)?$)"));
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)?$)"));
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QDate date;
    if (const auto m = dotted.match(t); m.hasMatch()) {
        date =
            QDate(m.capturedView(3).toInt(), m.capturedView(2).toInt(), m.capturedView(1).toInt());
    } else if (const auto i = iso.match(t); i.hasMatch()) {
        date =
            QDate(i.capturedView(1).toInt(), i.capturedView(2).toInt(), i.capturedView(3).toInt());
    }
    if (!date.isValid() || date.year() < EarliestBirthYear)
        return std::nullopt;
    return date;
}

QList<DataQualityIssue> checkReception(const Reception &r)
{
    QList<DataQualityIssue> issues;
    const QString name = recordName(r);

    if (r.id <= 0) {
        issues.append({QStringLiteral("id"),
                       QCoreApplication::translate(
                           "ReceptionCheck",
                           "%1: the reception has no valid IDENT ID (%2); it cannot be given a "
                           "deal key. Report this: the IDENT query returned a row without "
                           "Receptions.ID.")
                           .arg(name)
                           .arg(r.id)});
    }
    if (r.branchId < 0) {
        issues.append({QStringLiteral("branchId"),
                       QCoreApplication::translate(
                           "ReceptionCheck",
                           "%1: the branch ID %2 is invalid. Give the appointment's chair a "
                           "branch (OwnCompanies) in IDENT; %3.")
                           .arg(name)
                           .arg(r.branchId)
                           .arg(rereadHint())});
    }

    if (r.patient.id == 0) {
        issues.append(
            {QStringLiteral("patient.id"),
             QCoreApplication::translate(
                 "ReceptionCheck", "%1: the appointment has no patient. Assign a patient to the "
                                   "appointment in IDENT; %2.")
                 .arg(name, rereadHint())});
    } else {
        if (!r.patient.phoneRaw.trimmed().isEmpty()) {
            const PhoneResult phone = PhoneNormalizer::normalize(r.patient.phoneRaw);
            if (!phone.ok()) {
                issues.append({QStringLiteral("patient.phoneRaw"),
                               QCoreApplication::translate(
                                   "ReceptionCheck",
                                   "%1: the phone of patient %2 cannot be used: %3. Fix the "
                                   "phone in the patient card in IDENT; %4.")
                                   .arg(name)
                                   .arg(r.patient.id)
                                   .arg(phone.error, rereadHint())});
            }
        }
        if (!r.patient.birthdayRaw.trimmed().isEmpty() &&
            !parseIdentBirthday(r.patient.birthdayRaw)) {
            issues.append({QStringLiteral("patient.birthdayRaw"),
                           QCoreApplication::translate(
                               "ReceptionCheck",
                               "%1: the birthday of patient %2 is not a valid date (expected "
                               "dd.mm.yyyy, year 1900 or later). Fix the birthday in the patient "
                               "card in IDENT or clear it; %3.")
                               .arg(name)
                               .arg(r.patient.id)
                               .arg(rereadHint())});
        }
    }

    const auto unreadable = [&r](const QString &column) {
        return std::any_of(r.unreadable.cbegin(), r.unreadable.cend(),
                           [&](const UnreadableValue &v) { return v.column == column; });
    };
    for (const UnreadableValue &v : r.unreadable) {
        issues.append({v.column, QCoreApplication::translate(
                                     "ReceptionCheck",
                                     "%1: %2 holds «%3», which is not a date and time. Correct it "
                                     "in IDENT; %4.")
                                     .arg(name, v.column, quoted(v.text), rereadHint())});
    }

    if (!r.planStart.isValid() && !unreadable(QStringLiteral("Receptions.PlanStart"))) {
        issues.append(
            {QStringLiteral("planStart"),
             QCoreApplication::translate(
                 "ReceptionCheck", "%1: the planned start time is missing or invalid. Check the "
                                   "appointment's date and time in IDENT's schedule; %2.")
                 .arg(name, rereadHint())});
    } else if (r.planStart.isValid() && r.planEnd.isValid() && r.planEnd < r.planStart) {
        issues.append({QStringLiteral("planEnd"),
                       QCoreApplication::translate(
                           "ReceptionCheck",
                           "%1: the planned end (%2) is before the planned start (%3). Fix the "
                           "appointment's duration in IDENT's schedule; %4.")
                           .arg(name, r.planEnd.toString(Qt::ISODate),
                                r.planStart.toString(Qt::ISODate), rereadHint())});
    }
    return issues;
}

std::optional<DataQualityIssue> checkNewContact(const Reception &r)
{
    const Patient &p = r.patient;
    for (const QString &part : {p.surname, p.name, p.patronymic}) {
        // As it will be sent: a name of spaces and control characters is no name.
        if (!fitPortalText(part, {}).text.trimmed().isEmpty())
            return std::nullopt;
    }
    return DataQualityIssue{
        QStringLiteral("patient.name"),
        QCoreApplication::translate(
            "ReceptionCheck",
            "%1: patient %2 has no surname, name or patronymic (Persons.Surname, Name, "
            "Patronymic), and Bitrix24 needs a name to create the patient's contact. Enter the "
            "patient's name in the patient card in IDENT; %3.")
            .arg(recordName(r))
            .arg(p.id)
            .arg(rereadHint())};
}

} // namespace identsync
