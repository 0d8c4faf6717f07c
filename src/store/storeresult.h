#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace identsync {

// Why a state-database call failed, worded for a person: what was being done, to which record,
// what the database said.
struct StoreError
{
    QString message;
};

// The value of a store call or the reason it failed. Values cross threads (engine -> console),
// so the error travels with the result instead of living in a connection's "last error".
template <typename T = void> class [[nodiscard]] StoreResult
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    {}
    StoreResult(StoreError error)
        : m_error(std::move(error.message))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const QString &error() const { return m_error; }
    StoreError failure() const { return StoreError{m_error}; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template <> class [[nodiscard]] StoreResult<void>
{
public:
    StoreResult() = default;
    StoreResult(StoreError error)
        : m_ok(false)
        , m_error(std::move(error.message))
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    StoreError failure() const { return StoreError{m_error}; }

private:
    bool m_ok = true;
    QString m_error;
};

} // namespace identsync
