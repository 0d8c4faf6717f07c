#include "stageid.h"

namespace identsync {

StageId::StageId(int categoryId, const QString &localId)
    : m_categoryId(categoryId < 0 ? 0 : categoryId)
    , m_localId(localId.trimmed())
{}

StageId StageId::parse(QStringView fullId)
{
    const QStringView t = fullId.trimmed();
    // "C{n}:" with n a positive decimal; anything else is a bare id of the default pipeline.
    if (t.size() > 2 && t.front() == QLatin1Char('C')) {
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        if (colon > 1) {
            bool ok = false;
            const int n = t.mid(1, colon - 1).toInt(&ok);
            if (ok && n > 0 && t.mid(1, colon - 1).front() != QLatin1Char('0'))
                return StageId(n, t.mid(colon + 1).toString());
        }
    }
    return StageId(0, t.toString());
}

QString StageId::toString() const
{
    if (m_categoryId == 0)
        return m_localId;
    return QStringLiteral("C%1:%2").arg(m_categoryId).arg(m_localId);
}

} // namespace identsync
