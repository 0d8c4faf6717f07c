#include "receptionstatus.h"

#include <QStringList>

namespace identsync {

namespace {

// Lower-cased letter runs with ё folded to е; every other character separates words.
QStringList words(QStringView text)
{
    QStringList out;
    QString current;
    for (QChar c : text) {
        if (c.isLetter()) {
            const QChar lower = c.toLower();
            current += lower == QChar(0x0451) ? QChar(0x0435) : lower;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

} // namespace

bool isNoShowReason(QStringView reasonText)
{
    QStringList w = words(reasonText);
    w.removeIf([](const QString &word) { return word == u"пациент" || word == u"пациентка"; });
    static const QList<QStringList> accepted = {
        {QStringLiteral("не"), QStringLiteral("пришел")},
        {QStringLiteral("не"), QStringLiteral("пришла")},
        {QStringLiteral("не"), QStringLiteral("пришел"), QStringLiteral("а")},
    };
    return accepted.contains(w);
}

DerivedStatus deriveStatus(const Reception &r)
{
    if (r.receptionCanceled.isValid() || r.cancelReasonId.has_value())
        return {ReceptionStatus::Cancelled, isNoShowReason(r.cancelReason)};
    if (r.checkIssued.isValid())
        return {ReceptionStatus::CompletedInvoiced, false};
    if (r.receptionEnded.isValid())
        return {ReceptionStatus::Completed, false};
    if (r.receptionStarted.isValid())
        return {ReceptionStatus::InProgress, false};
    if (r.patientAppeared.isValid())
        return {ReceptionStatus::PatientArrived, false};
    return {ReceptionStatus::Scheduled, false};
}

} // namespace identsync
