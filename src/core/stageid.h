#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace identsync {

// A deal stage id. The default pipeline (category 0) uses bare ids ("NEW", "UC_NO40X0"); pipeline
// n > 0 prefixes them with "C{n}:" ("C1:NEW"). Comparison is on the full portal id.
class StageId
{
public:
    StageId() = default;
    // Accepts both "C2:WON" and a bare id with an explicit category.
    static StageId parse(QStringView fullId);
    StageId(int categoryId, const QString &localId);

    int categoryId() const { return m_categoryId; }
    QString localId() const { return m_localId; }
    QString toString() const; // the id as the portal spells it
    bool isEmpty() const { return m_localId.isEmpty(); }
    // The same stage name moved to another pipeline ("NEW" in category 3 -> "C3:NEW").
    StageId inCategory(int categoryId) const { return StageId(categoryId, m_localId); }

    bool operator==(const StageId &) const = default;

private:
    int m_categoryId = 0;
    QString m_localId;
};

inline size_t qHash(const StageId &s, size_t seed = 0)
{
    return qHashMulti(seed, s.categoryId(), s.localId());
}

} // namespace identsync

Q_DECLARE_METATYPE(identsync::StageId)
