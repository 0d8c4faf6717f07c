#pragma once

#include "core/pipeline.h"
#include "core/stageid.h"

#include <QColor>
#include <QHash>
#include <QJsonArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace identsync {

// The portal's deal stages as a person knows them: name and colour per stage id, and each
// pipeline's order and semantics for the binding preview. Read from crm.status.list by the
// console's portal worker; empty when the configuration has no portal, and then every stage is
// shown by its id.
class StageCatalog
{
public:
    // Adds one pipeline from the `result` rows of crm.status.list (DEAL_STAGE or DEAL_STAGE_{n}).
    // False with `error` naming the row when the list is malformed; the catalog is then unchanged.
    bool addPipeline(int categoryId, const QJsonArray &statusListRows, QString *error);

    bool isEmpty() const { return m_pipelines.isEmpty(); }
    std::optional<Pipeline> pipeline(int categoryId) const;
    // The portal's name, or the id itself when the stage is not known.
    QString name(const StageId &stage) const;
    // Invalid when unknown.
    QColor color(const StageId &stage) const;

private:
    QHash<int, Pipeline> m_pipelines;
    QHash<StageId, QColor> m_colors;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::StageCatalog)
