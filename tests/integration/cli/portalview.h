#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace identsync::e2e {

// GET /_fake/state, indexed the ways the tests look things up.
struct PortalView
{
    QList<QJsonObject> deals;
    QList<QJsonObject> contacts;
    QList<QJsonObject> leads;
    QHash<qint64, QJsonObject> dealById;
    QHash<qint64, QJsonObject> contactById;
    QHash<qint64, QJsonObject> leadById;
    QHash<QString, QList<QJsonObject>> dealsByKey;        // UF_CRM_IDENT_KEY, when set
    QHash<QString, QList<QJsonObject>> contactsByPatient; // UF_CRM_IDENT_PATIENT, when set

    static PortalView fromState(const QJsonObject &state);
    static qint64 id(const QJsonValue &v);           // "12" or 12 -> 12; 0 for null
    static qint64 kopecks(const QJsonValue &amount); // "1500.50" -> 150050
    // A deal's fields without those the portal itself moves on every write.
    static QJsonObject withoutBookkeeping(QJsonObject deal);
};

} // namespace identsync::e2e
