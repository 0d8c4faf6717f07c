#include "pipeline.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <limits>

namespace identsync {

QString toKey(StageSemantics semantics)
{
    switch (semantics) {
    case StageSemantics::Process:
        return QStringLiteral("process");
    case StageSemantics::Success:
        return QStringLiteral("success");
    case StageSemantics::Failure:
        return QStringLiteral("failure");
    }
    return {};
}

Pipeline::Pipeline(int categoryId, QList<StageInfo> stages)
    : m_categoryId(categoryId < 0 ? 0 : categoryId)
{
    stages.removeIf([this](const StageInfo &s) { return s.id.categoryId() != m_categoryId; });
    std::stable_sort(stages.begin(), stages.end(),
                     [](const StageInfo &a, const StageInfo &b) { return a.sort < b.sort; });
    m_stages = std::move(stages);
}

std::optional<StageInfo> Pipeline::find(const StageId &id) const
{
    for (const StageInfo &s : m_stages) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

bool Pipeline::isFinal(const StageId &id) const
{
    const auto s = find(id);
    return s && s->isFinal();
}

std::optional<int> Pipeline::sortOf(const StageId &id) const
{
    const auto s = find(id);
    return s ? std::optional<int>(s->sort) : std::nullopt;
}

std::optional<StageId> Pipeline::firstStage() const
{
    for (const StageInfo &s : m_stages) {
        if (!s.isFinal())
            return s.id;
    }
    return std::nullopt;
}

namespace {

QString dictionaryOf(int categoryId)
{
    return categoryId == 0 ? QStringLiteral("DEAL_STAGE")
                           : QStringLiteral("DEAL_STAGE_%1").arg(categoryId);
}

// The portal sends numbers as strings ("10") in crm.status.list; accept either form.
std::optional<int> intValue(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!(d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max()) ||
            d != static_cast<int>(d))
            return std::nullopt;
        return static_cast<int>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().trimmed().toInt(&ok);
        return ok ? std::optional<int>(i) : std::nullopt;
    }
    return std::nullopt;
}

// SEMANTICS is null for process stages and "S"/"F" for final ones; EXTRA.SEMANTICS spells it out
// (process, success, failure, apology). Either saying "final" is enough: treating a final stage as
// a process stage would let us overwrite a closed deal, the reverse only writes less.
std::optional<StageSemantics> semanticsOf(const QJsonObject &row, QString *what)
{
    std::optional<StageSemantics> top;
    const QJsonValue sem = row.value(QLatin1String("SEMANTICS"));
    if (sem.isNull() || sem.isUndefined() || (sem.isString() && sem.toString().isEmpty())) {
        top = StageSemantics::Process;
    } else if (sem.isString() && sem.toString() == QLatin1String("S")) {
        top = StageSemantics::Success;
    } else if (sem.isString() && sem.toString() == QLatin1String("F")) {
        top = StageSemantics::Failure;
    } else {
        *what = QStringLiteral("SEMANTICS must be null, \"S\" or \"F\"");
        return std::nullopt;
    }

    const QJsonValue extra = row.value(QLatin1String("EXTRA"));
    if (!extra.isObject())
        return top;
    const QJsonValue extraSem = extra.toObject().value(QLatin1String("SEMANTICS"));
    if (extraSem.isUndefined() || extraSem.isNull())
        return top;
    const QString e = extraSem.toString();
    std::optional<StageSemantics> fromExtra;
    if (e == QLatin1String("process"))
        fromExtra = StageSemantics::Process;
    else if (e == QLatin1String("success"))
        fromExtra = StageSemantics::Success;
    else if (e == QLatin1String("failure") || e == QLatin1String("apology"))
        fromExtra = StageSemantics::Failure;
    if (!fromExtra) {
        *what = QStringLiteral("EXTRA.SEMANTICS must be process, success, failure or apology");
        return std::nullopt;
    }
    if (*top != StageSemantics::Process)
        return top;
    return fromExtra;
}

} // namespace

Pipeline Pipeline::fromStatusList(int categoryId, const QJsonArray &crmStatusListResult,
                                  QString *error)
{
    const QString dictionary = dictionaryOf(categoryId);
    auto fail = [&](qsizetype row, const QString &statusId, const QString &what) {
        if (error) {
            *error = QStringLiteral("crm.status.list for %1, row %2%3: %4; reload the stages or "
                                    "fix the pipeline in Bitrix24")
                         .arg(dictionary)
                         .arg(row)
                         .arg(statusId.isEmpty() ? QString()
                                                 : QStringLiteral(" (STATUS_ID %1)").arg(statusId))
                         .arg(what);
        }
        return Pipeline();
    };

    QList<StageInfo> stages;
    for (qsizetype i = 0; i < crmStatusListResult.size(); ++i) {
        const QJsonValue v = crmStatusListResult.at(i);
        if (!v.isObject())
            return fail(i, {}, QStringLiteral("the row is not an object"));
        const QJsonObject row = v.toObject();

        const QJsonValue entity = row.value(QLatin1String("ENTITY_ID"));
        if (entity.isString() && entity.toString() != dictionary)
            continue;

        const QJsonValue statusValue = row.value(QLatin1String("STATUS_ID"));
        const QString statusId = statusValue.toString().trimmed();
        if (!statusValue.isString() || statusId.isEmpty())
            return fail(i, {}, QStringLiteral("STATUS_ID is missing or not a string"));
        StageId id = StageId::parse(statusId);
        // Some listings give bare ids for a non-default pipeline; anything explicitly prefixed
        // with another pipeline is a wrong answer, not a stage of ours.
        if (id.categoryId() == 0)
            id = id.inCategory(categoryId);
        if (id.categoryId() != categoryId) {
            return fail(i, statusId,
                        QStringLiteral("the stage belongs to pipeline %1, not %2")
                            .arg(id.categoryId())
                            .arg(categoryId));
        }

        const auto sort = intValue(row.value(QLatin1String("SORT")));
        if (!sort)
            return fail(i, statusId, QStringLiteral("SORT is missing or not a whole number"));

        QString what;
        const auto semantics = semanticsOf(row, &what);
        if (!semantics)
            return fail(i, statusId, what);

        for (const StageInfo &seen : std::as_const(stages)) {
            if (seen.id == id)
                return fail(i, statusId, QStringLiteral("the stage is listed twice"));
        }
        stages.append(
            StageInfo{id, row.value(QLatin1String("NAME")).toString(), *sort, *semantics});
    }
    if (stages.isEmpty())
        return fail(crmStatusListResult.size(), {}, QStringLiteral("the pipeline has no stages"));
    if (error)
        error->clear();
    return Pipeline(categoryId, std::move(stages));
}

Pipeline Pipeline::defaultPipeline()
{
    auto stage = [](const char *id, const QString &name, int sort, StageSemantics semantics) {
        return StageInfo{StageId(0, QString::fromLatin1(id)), name, sort, semantics};
    };
    return Pipeline(
        0,
        {
            stage("NEW", QStringLiteral("Новая"), 10, StageSemantics::Process),
            stage("PREPARATION", QStringLiteral("Подготовка документов"), 20,
                  StageSemantics::Process),
            stage("UC_NO40X0", QStringLiteral("Лечение"), 25, StageSemantics::Process),
            stage("PREPAYMENT_INVOICE", QStringLiteral("Счёт на предоплату"), 30,
                  StageSemantics::Process),
            stage("EXECUTING", QStringLiteral("В работе"), 40, StageSemantics::Process),
            stage("FINAL_INVOICE", QStringLiteral("Финальный счёт"), 50, StageSemantics::Process),
            stage("WON", QStringLiteral("Сделка успешна"), 60, StageSemantics::Success),
            stage("LOSE", QStringLiteral("Сделка провалена"), 70, StageSemantics::Failure),
            stage("APOLOGY", QStringLiteral("Анализ причины провала"), 80, StageSemantics::Failure),
        });
}

} // namespace identsync
