#include "crmwrites.h"

#include <QJsonArray>

namespace identsync {

namespace {

// crm.item.* names a deal's fields in camelCase: UF_CRM_IDENT_KEY -> ufCrmIdentKey, STAGE_ID ->
// stageId (a part starting with a digit keeps its underscore: UF_CRM_1234 -> ufCrm_1234).
QString itemFieldName(const QString &upperName)
{
    const QStringList parts = upperName.split(u'_', Qt::SkipEmptyParts);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).toLower();
        if (i == 0)
            out += part;
        else if (part.at(0).isDigit())
            out += u'_' + part;
        else
            out += part.at(0).toUpper() + part.mid(1);
    }
    return out;
}

} // namespace

QList<BatchCommand> writeCommands(const JobPlan &plan, int index, std::optional<int> contactFrom,
                                  const QString &contactPatientField)
{
    QList<BatchCommand> cmds;
    const QString i = QString::number(index);
    const QJsonObject quiet{{QStringLiteral("REGISTER_SONET_EVENT"), QStringLiteral("N")}};
    if (plan.adoptContact && plan.contactId && plan.action != PlanAction::Fail)
        cmds << BatchCommand{
            QStringLiteral("a") + i, QStringLiteral("crm.contact.update"),
            QJsonObject{{QStringLiteral("id"), QString::number(*plan.contactId)},
                        {QStringLiteral("fields"),
                         QJsonObject{{contactPatientField, plan.contact.patientIdValue()}}},
                        {QStringLiteral("params"), quiet}}};
    switch (plan.action) {
    case PlanAction::UpdateDeal:
    case PlanAction::AutoBind:
        cmds << BatchCommand{QStringLiteral("u") + i, QStringLiteral("crm.deal.update"),
                             QJsonObject{{QStringLiteral("id"), QString::number(*plan.dealId)},
                                         {QStringLiteral("fields"), plan.draft->payload()},
                                         {QStringLiteral("params"), quiet}}};
        break;
    case PlanAction::Create:
    case PlanAction::ConvertLead: {
        QString contactRef;
        if (plan.contactId) {
            contactRef = QString::number(*plan.contactId);
        } else if (contactFrom) {
            contactRef = QStringLiteral("$result[c%1]").arg(*contactFrom);
        } else {
            cmds << BatchCommand{QStringLiteral("c") + i, QStringLiteral("crm.contact.add"),
                                 QJsonObject{{QStringLiteral("fields"), plan.contactFields}}};
            contactRef = QStringLiteral("$result[c%1]").arg(index);
        }
        QJsonObject fields = plan.draft->payload();
        fields.insert(QStringLiteral("CONTACT_IDS"), QJsonArray{contactRef});
        if (plan.leadId) {
            // crm.deal.add ignores LEAD_ID (read-only in crm.deal.fields); crm.item.add links the
            // deal to its lead.
            fields.insert(QStringLiteral("LEAD_ID"), QString::number(*plan.leadId));
            QJsonObject itemFields;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                itemFields.insert(itemFieldName(it.key()), it.value());
            cmds << BatchCommand{QStringLiteral("d") + i, QStringLiteral("crm.item.add"),
                                 QJsonObject{{QStringLiteral("entityTypeId"), 2},
                                             {QStringLiteral("fields"), itemFields}}};
        } else {
            cmds << BatchCommand{
                QStringLiteral("d") + i, QStringLiteral("crm.deal.add"),
                QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("params"), quiet}}};
        }
        if (plan.leadId) {
            cmds << BatchCommand{
                QStringLiteral("l") + i, QStringLiteral("crm.lead.update"),
                QJsonObject{{QStringLiteral("id"), QString::number(*plan.leadId)},
                            {QStringLiteral("fields"),
                             QJsonObject{{QStringLiteral("STATUS_ID"), QStringLiteral("CONVERTED")},
                                         {QStringLiteral("CONTACT_ID"), contactRef}}}}};
        }
        break;
    }
    case PlanAction::Fail:
        break;
    }
    return cmds;
}

} // namespace identsync
