#pragma once

#include <QtGlobal>

#include <QList>

namespace identsync::sample {

// A seeded generator whose sequence is fixed by this file alone (splitmix64): std::
// distributions differ between standard libraries, and a sample database must be the same for
// the same seed everywhere.
class SampleRandom
{
public:
    explicit SampleRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); n > 0.
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    // Uniform in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    // True with probability percent / 100.
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(list.size()));
    }

    // A stable value for a key, independent of how far the sequence has advanced.
    static quint64 hash(quint64 a, quint64 b)
    {
        SampleRandom r(a * 0x9E3779B97F4A7C15ull ^ b);
        return r.next();
    }

private:
    quint64 m_state;
};

} // namespace identsync::sample
