#include "dealdraft.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace identsync {

QString payloadHash(const QJsonObject &payload)
{
    // QJsonObject keeps its keys sorted and serialises them in that order, at every nesting
    // level, so the compact form is already canonical.
    const QByteArray canonical = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex());
}

QJsonObject DealDraft::payload() const
{
    QJsonObject p = fields;
    if (stage)
        p.insert(QStringLiteral("STAGE_ID"), stage->toString());
    return p;
}

QString DealDraft::hash() const
{
    return payloadHash(payload());
}

QString ContactDraft::patientIdValue() const
{
    return QString::number(patientId);
}

QString ContactDraft::hash() const
{
    QJsonObject o{
        {QStringLiteral("branch"), branchId},
        {QStringLiteral("patient"), QString::number(patientId)},
        {QStringLiteral("last"), lastName},
        {QStringLiteral("first"), firstName},
        {QStringLiteral("second"), secondName},
        {QStringLiteral("phone"), phoneE164},
    };
    if (birthday)
        o.insert(QStringLiteral("birthday"), birthday->toString(Qt::ISODate));
    return payloadHash(o);
}

} // namespace identsync
