#include "stagecatalog.h"

#include <QJsonObject>

namespace identsync {

bool StageCatalog::addPipeline(int categoryId, const QJsonArray &statusListRows, QString *error)
{
    const Pipeline pipeline = Pipeline::fromStatusList(categoryId, statusListRows, error);
    if (pipeline.isEmpty())
        return false;
    QHash<StageId, QColor> colors;
    for (const QJsonValue &v : statusListRows) {
        const QJsonObject row = v.toObject();
        StageId id = StageId::parse(row.value(QLatin1String("STATUS_ID")).toString().trimmed());
        if (id.categoryId() == 0)
            id = id.inCategory(categoryId);
        QString color = row.value(QLatin1String("COLOR")).toString();
        if (color.isEmpty())
            color = row.value(QLatin1String("EXTRA"))
                        .toObject()
                        .value(QLatin1String("COLOR"))
                        .toString();
        if (pipeline.contains(id) && QColor::isValidColorName(color))
            colors.insert(id, QColor::fromString(color));
    }
    m_pipelines.insert(categoryId, pipeline);
    m_colors.insert(colors);
    return true;
}

std::optional<Pipeline> StageCatalog::pipeline(int categoryId) const
{
    const auto it = m_pipelines.constFind(categoryId);
    if (it == m_pipelines.cend())
        return std::nullopt;
    return *it;
}

QString StageCatalog::name(const StageId &stage) const
{
    if (stage.isEmpty())
        return {};
    if (const auto p = pipeline(stage.categoryId()))
        if (const auto info = p->find(stage); info && !info->name.isEmpty())
            return info->name;
    return stage.toString();
}

QColor StageCatalog::color(const StageId &stage) const
{
    return m_colors.value(stage);
}

} // namespace identsync
