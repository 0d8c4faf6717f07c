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

QList<DealKey> Reception::keyVariants() const
{
    QList<DealKey> out{key()};
    for (int branch : otherKeyBranches) {
        const DealKey k(branch, id);
        if (!out.contains(k))
            out << k;
    }
    return out;
}

} // namespace identsync
