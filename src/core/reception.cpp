#include "reception.h"

#include <QStringList>

namespace identsync {

QString Patient::fullName() const
{
    QStringList parts;
    for (const QString &p : {surname, name, patronymic}) {
        const QString t = p.simplified();
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char(' '));
}

QDateTime Reception::changeTime() const
{
    QDateTime newest;
    for (const QDateTime &t : {dateTimeAdded, dateTimeChanged, patientAppeared, receptionStarted,
                               receptionEnded, checkIssued, receptionCanceled, billFormed}) {
        if (t.isValid() && (!newest.isValid() || t > newest))
            newest = t;
    }
    return newest;
}

} // namespace identsync
