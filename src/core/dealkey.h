#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <optional>

namespace identsync {

// The idempotency key of a deal, `F{branch}_{Receptions.ID}`, compatible with the replaced
// product so deals it created are recognised. Canonical: no signs, no leading zeros.
class DealKey
{
public:
    DealKey() = default;
    DealKey(int branchId, qint64 receptionId)
        : m_branchId(branchId)
        , m_receptionId(receptionId)
    {}

    static std::optional<DealKey> parse(QStringView text);

    int branchId() const { return m_branchId; }
    qint64 receptionId() const { return m_receptionId; }
    bool isValid() const { return m_branchId >= 0 && m_receptionId > 0; }
    QString toString() const;

    auto operator<=>(const DealKey &) const = default;

private:
    int m_branchId = -1;
    qint64 m_receptionId = 0;
};

inline size_t qHash(const DealKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.branchId(), k.receptionId());
}

} // namespace identsync

Q_DECLARE_METATYPE(identsync::DealKey)
