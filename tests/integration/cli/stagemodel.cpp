#include "stagemodel.h"

#include <QHash>

namespace identsync::e2e {

std::optional<QString> StageModel::mapped(const QString &status)
{
    if (status == u"Запланирован" || status == u"Пациент пришел")
        return QStringLiteral("NEW");
    if (status == u"В процессе")
        return QStringLiteral("UC_NO40X0");
    if (status == u"Завершен")
        return std::nullopt;
    if (status == u"Завершен (счет выдан)")
        return QStringLiteral("WON");
    if (status == u"Отменен")
        return QStringLiteral("LOSE");
    return QStringLiteral("NEW"); // the default stage of an unmapped status
}

QString StageModel::forNewDeal(const QString &status)
{
    return mapped(status).value_or(*mapped(QStringLiteral("В процессе")));
}

QString StageModel::after(const QString &current, const QString &status)
{
    if (isFinal(current) || isProtected(current))
        return current;
    const std::optional<QString> target = mapped(status);
    if (!target || sort(*target) < sort(current))
        return current;
    return *target;
}

bool StageModel::isFinal(const QString &stage)
{
    return stage == u"WON" || stage == u"LOSE" || stage == u"APOLOGY";
}

bool StageModel::isProtected(const QString &stage)
{
    return stage == u"PREPAYMENT_INVOICE" || stage == u"FINAL_INVOICE" || stage == u"EXECUTING" ||
           stage == u"APOLOGY";
}

int StageModel::sort(const QString &stage)
{
    static const QHash<QString, int> sorts{
        {QStringLiteral("NEW"), 10},       {QStringLiteral("PREPARATION"), 20},
        {QStringLiteral("UC_NO40X0"), 25}, {QStringLiteral("PREPAYMENT_INVOICE"), 30},
        {QStringLiteral("EXECUTING"), 40}, {QStringLiteral("FINAL_INVOICE"), 50},
        {QStringLiteral("WON"), 60},       {QStringLiteral("LOSE"), 70},
        {QStringLiteral("APOLOGY"), 80},
    };
    return sorts.value(stage, 0);
}

} // namespace identsync::e2e
