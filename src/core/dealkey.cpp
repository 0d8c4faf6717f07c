#include "dealkey.h"

namespace identsync {

namespace {

// Digits only, no sign, no leading zero (except "0" itself), so parse(format(k)) == k and every
// key has exactly one spelling.
std::optional<qint64> canonicalNumber(QStringView s)
{
    if (s.isEmpty() || s.size() > 18)
        return std::nullopt;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    if (s.size() > 1 && s.front() == QLatin1Char('0'))
        return std::nullopt;
    bool ok = false;
    const qint64 v = s.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

std::optional<DealKey> DealKey::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 4 || t.front() != QLatin1Char('F'))
        return std::nullopt;
    const qsizetype sep = t.indexOf(QLatin1Char('_'));
    if (sep < 0)
        return std::nullopt;
    const auto branch = canonicalNumber(t.mid(1, sep - 1));
    const auto id = canonicalNumber(t.mid(sep + 1));
    if (!branch || !id || *branch > std::numeric_limits<int>::max() || *id <= 0)
        return std::nullopt;
    return DealKey(static_cast<int>(*branch), *id);
}

QString DealKey::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("F%1_%2").arg(m_branchId).arg(m_receptionId);
}

} // namespace identsync
