#pragma once

#include <QSharedDataPointer>
#include <QString>

#include <utility>
#include <vector>

namespace identsync::fake {

// A PHP array key: PHP turns canonical decimal strings ("7", "-3") into integer keys, so "7" and
// 7 address the same slot. Keeping that rule is what makes a map with keys 0..n-1 come out as a
// JSON list, the quirk real clients have to cope with.
class PhpKey
{
public:
    PhpKey() = default;
    PhpKey(qint64 index)
        : m_isInt(true)
        , m_int(index)
    {}
    PhpKey(int index)
        : m_isInt(true)
        , m_int(index)
    {}
    PhpKey(const QString &name);
    PhpKey(const char *name)
        : PhpKey(QString::fromUtf8(name))
    {}

    bool isInt() const { return m_isInt; }
    qint64 toInt() const { return m_int; }
    QString toString() const { return m_isInt ? QString::number(m_int) : m_string; }

    bool operator==(const PhpKey &other) const
    {
        return m_isInt == other.m_isInt &&
               (m_isInt ? m_int == other.m_int : m_string == other.m_string);
    }

private:
    bool m_isInt = true;
    qint64 m_int = 0;
    QString m_string;
};

class PhpArrayData;

// The value model of a PHP request or response: scalars and ordered arrays. Requests decode into
// it (JSON, form bodies, query strings) and responses encode from it, so the PHP JSON rules
// (empty map is [], sequential keys give a list, insertion order kept) hold everywhere.
class PhpValue
{
public:
    enum class Type
    {
        Null,
        Bool,
        Int,
        Double,
        String,
        Array,
        Count
    };
    using Entry = std::pair<PhpKey, PhpValue>;

    PhpValue();
    PhpValue(std::nullptr_t);
    PhpValue(bool value);
    PhpValue(int value);
    PhpValue(qint64 value);
    PhpValue(double value);
    PhpValue(const QString &value);
    PhpValue(const char *value);
    PhpValue(const PhpValue &other);
    PhpValue(PhpValue &&other) noexcept;
    PhpValue &operator=(const PhpValue &other);
    PhpValue &operator=(PhpValue &&other) noexcept;
    ~PhpValue();

    static PhpValue array();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isScalar() const { return m_type != Type::Array && m_type != Type::Null; }

    // PHP's (string) cast: true -> "1", false/null -> "", arrays -> "Array".
    QString toString() const;
    // PHP's (int) cast of the leading number; `ok` says whether the whole value was numeric.
    qint64 toInt(bool *ok = nullptr) const;
    double toDouble(bool *ok = nullptr) const;
    bool toBool() const;
    // PHP empty(): null, false, 0, "", "0" and empty arrays.
    bool isEmpty() const;

    // Array access. On a non-array, reads give null and writes turn the value into an array.
    int size() const;
    bool contains(const PhpKey &key) const;
    PhpValue value(const PhpKey &key) const;
    const PhpValue *find(const PhpKey &key) const;
    PhpValue *findMutable(const PhpKey &key);
    PhpValue &operator[](const PhpKey &key);
    void insert(const PhpKey &key, const PhpValue &value);
    void append(const PhpValue &value);
    void remove(const PhpKey &key);
    const std::vector<Entry> &entries() const &;
    // On a temporary (`x.value("k").entries()` in a range-for) a copy keeps the loop valid.
    std::vector<Entry> entries() const &&;
    // True when the keys are exactly 0..n-1 in order: json_encode then writes a list.
    bool isList() const;

    // First of `lower`/`upper` present: CRM handlers accept "fields" and "FIELDS".
    PhpValue param(const char *lower) const;

    bool operator==(const PhpValue &other) const;

private:
    void makeArray();

    Type m_type = Type::Null;
    union {
        bool m_bool;
        qint64 m_int;
        double m_double;
    };
    QString m_string;
    QSharedDataPointer<PhpArrayData> m_array;
};

class PhpArrayData : public QSharedData
{
public:
    std::vector<PhpValue::Entry> entries;
    qint64 nextIndex = 0;
};

} // namespace identsync::fake
