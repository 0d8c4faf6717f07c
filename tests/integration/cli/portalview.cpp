#include "portalview.h"

#include <QJsonArray>

#include <cmath>

namespace identsync::e2e {

qint64 PortalView::id(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toLongLong();
    if (v.isDouble())
        return v.toInteger();
    return 0;
}

qint64 PortalView::kopecks(const QJsonValue &amount)
{
    const double value = amount.isString() ? amount.toString().toDouble() : amount.toDouble();
    return qint64(std::llround(value * 100));
}

QJsonObject PortalView::withoutBookkeeping(QJsonObject deal)
{
    for (const char *field : {"DATE_MODIFY", "MODIFY_BY_ID", "LAST_ACTIVITY_TIME",
                              "LAST_ACTIVITY_BY", "MOVED_TIME", "MOVED_BY_ID"})
        deal.remove(QLatin1String(field));
    return deal;
}

PortalView PortalView::fromState(const QJsonObject &state)
{
    PortalView v;
    for (const QJsonValue &d : state.value(QStringLiteral("deals")).toArray()) {
        const QJsonObject deal = d.toObject();
        v.deals << deal;
        v.dealById.insert(id(deal.value(QStringLiteral("ID"))), deal);
        const QString key = deal.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString();
        if (!key.isEmpty())
            v.dealsByKey[key] << deal;
    }
    for (const QJsonValue &c : state.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject contact = c.toObject();
        v.contacts << contact;
        v.contactById.insert(id(contact.value(QStringLiteral("ID"))), contact);
        const QString patient = contact.value(QStringLiteral("UF_CRM_IDENT_PATIENT")).toString();
        if (!patient.isEmpty())
            v.contactsByPatient[patient] << contact;
    }
    for (const QJsonValue &l : state.value(QStringLiteral("leads")).toArray()) {
        const QJsonObject lead = l.toObject();
        v.leads << lead;
        v.leadById.insert(id(lead.value(QStringLiteral("ID"))), lead);
    }
    return v;
}

} // namespace identsync::e2e
