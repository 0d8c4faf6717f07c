#include "fake-bitrix24/phpvalue.h"

#include <cmath>
#include <limits>

namespace identsync::fake {

namespace {

// PHP's ZEND_HANDLE_NUMERIC_STR: an optional '-', no leading zeros, only digits, fits in 64 bits.
bool canonicalInteger(const QString &text, qint64 *out)
{
    const int n = int(text.size());
    if (n == 0 || n > 20)
        return false;
    int i = 0;
    if (text.at(0) == u'-') {
        if (n == 1)
            return false;
        i = 1;
    }
    if (text.at(i) == u'0' && (n - i > 1 || i == 1))
        return false;
    for (int j = i; j < n; ++j) {
        if (text.at(j) < u'0' || text.at(j) > u'9')
            return false;
    }
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok)
        return false;
    *out = v;
    return true;
}

// PHP's numeric-string rule (is_numeric): optional whitespace, sign, digits, fraction, exponent.
bool parseNumeric(const QString &text, double *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || t.startsWith(u"0x", Qt::CaseInsensitive) ||
        t.contains(u"inf", Qt::CaseInsensitive) || t.contains(u"nan", Qt::CaseInsensitive))
        return false;
    *out = v;
    return true;
}

} // namespace

PhpKey::PhpKey(const QString &name)
{
    qint64 v = 0;
    if (canonicalInteger(name, &v)) {
        m_isInt = true;
        m_int = v;
    } else {
        m_isInt = false;
        m_string = name;
    }
}

PhpValue::PhpValue()
    : m_int(0)
{}

PhpValue::PhpValue(std::nullptr_t)
    : m_int(0)
{}

PhpValue::PhpValue(bool value)
    : m_type(Type::Bool)
    , m_int(0)
{
    m_bool = value;
}

PhpValue::PhpValue(int value)
    : m_type(Type::Int)
    , m_int(value)
{}

PhpValue::PhpValue(qint64 value)
    : m_type(Type::Int)
    , m_int(value)
{}

PhpValue::PhpValue(double value)
    : m_type(Type::Double)
    , m_double(value)
{}

PhpValue::PhpValue(const QString &value)
    : m_type(Type::String)
    , m_int(0)
    , m_string(value)
{}

PhpValue::PhpValue(const char *value)
    : m_type(Type::String)
    , m_int(0)
    , m_string(QString::fromUtf8(value))
{}

PhpValue::PhpValue(const PhpValue &other) = default;
PhpValue::PhpValue(PhpValue &&other) noexcept = default;
PhpValue &PhpValue::operator=(const PhpValue &other) = default;
PhpValue &PhpValue::operator=(PhpValue &&other) noexcept = default;
PhpValue::~PhpValue() = default;

PhpValue PhpValue::array()
{
    PhpValue v;
    v.makeArray();
    return v;
}

void PhpValue::makeArray()
{
    if (m_type == Type::Array)
        return;
    m_type = Type::Array;
    m_string.clear();
    m_int = 0;
    m_array = new PhpArrayData;
}

QString PhpValue::toString() const
{
    switch (m_type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return m_bool ? QStringLiteral("1") : QString();
    case Type::Int:
        return QString::number(m_int);
    case Type::Double: {
        if (std::floor(m_double) == m_double && std::fabs(m_double) < 1e15)
            return QString::number(qint64(m_double));
        return QString::number(m_double, 'g', 14);
    }
    case Type::String:
        return m_string;
    case Type::Array:
        return QStringLiteral("Array");
    case Type::Count:
        break;
    }
    return {};
}

qint64 PhpValue::toInt(bool *ok) const
{
    bool good = false;
    qint64 result = 0;
    switch (m_type) {
    case Type::Null:
        break;
    case Type::Bool:
        result = m_bool ? 1 : 0;
        good = true;
        break;
    case Type::Int:
        result = m_int;
        good = true;
        break;
    case Type::Double:
        if (std::isfinite(m_double) && std::fabs(m_double) < 9.2e18) {
            result = qint64(m_double);
            good = true;
        }
        break;
    case Type::String: {
        double d = 0;
        if (parseNumeric(m_string, &d) && std::fabs(d) < 9.2e18) {
            bool exact = false;
            const qint64 asInt = m_string.trimmed().toLongLong(&exact);
            result = exact ? asInt : qint64(d);
            good = true;
        }
        break;
    }
    case Type::Array:
    case Type::Count:
        break;
    }
    if (ok)
        *ok = good;
    return result;
}

double PhpValue::toDouble(bool *ok) const
{
    bool good = false;
    double result = 0;
    switch (m_type) {
    case Type::Null:
        break;
    case Type::Bool:
        result = m_bool ? 1 : 0;
        good = true;
        break;
    case Type::Int:
        result = double(m_int);
        good = true;
        break;
    case Type::Double:
        result = m_double;
        good = std::isfinite(m_double);
        break;
    case Type::String:
        good = parseNumeric(m_string, &result);
        break;
    case Type::Array:
    case Type::Count:
        break;
    }
    if (ok)
        *ok = good;
    return result;
}

bool PhpValue::toBool() const
{
    return !isEmpty();
}

bool PhpValue::isEmpty() const
{
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return !m_bool;
    case Type::Int:
        return m_int == 0;
    case Type::Double:
        return m_double == 0;
    case Type::String:
        return m_string.isEmpty() || m_string == u"0";
    case Type::Array:
        return m_array->entries.empty();
    case Type::Count:
        break;
    }
    return true;
}

int PhpValue::size() const
{
    return m_type == Type::Array ? int(m_array->entries.size()) : 0;
}

const PhpValue *PhpValue::find(const PhpKey &key) const
{
    if (m_type != Type::Array)
        return nullptr;
    for (const Entry &e : m_array->entries) {
        if (e.first == key)
            return &e.second;
    }
    return nullptr;
}

PhpValue *PhpValue::findMutable(const PhpKey &key)
{
    if (m_type != Type::Array)
        return nullptr;
    for (Entry &e : m_array->entries) {
        if (e.first == key)
            return &e.second;
    }
    return nullptr;
}

bool PhpValue::contains(const PhpKey &key) const
{
    return find(key) != nullptr;
}

PhpValue PhpValue::value(const PhpKey &key) const
{
    const PhpValue *v = find(key);
    return v ? *v : PhpValue();
}

PhpValue &PhpValue::operator[](const PhpKey &key)
{
    makeArray();
    if (PhpValue *v = findMutable(key))
        return *v;
    insert(key, PhpValue());
    return m_array->entries.back().second;
}

void PhpValue::insert(const PhpKey &key, const PhpValue &value)
{
    makeArray();
    if (PhpValue *v = findMutable(key)) {
        *v = value;
        return;
    }
    m_array->entries.emplace_back(key, value);
    if (key.isInt() && key.toInt() >= m_array->nextIndex)
        m_array->nextIndex = key.toInt() + 1;
}

void PhpValue::append(const PhpValue &value)
{
    makeArray();
    const qint64 index = m_array->nextIndex++;
    m_array->entries.emplace_back(PhpKey(index), value);
}

void PhpValue::remove(const PhpKey &key)
{
    if (m_type != Type::Array)
        return;
    auto &entries = m_array->entries;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->first == key) {
            entries.erase(it);
            return;
        }
    }
}

const std::vector<PhpValue::Entry> &PhpValue::entries() const &
{
    static const std::vector<Entry> none;
    return m_type == Type::Array ? m_array->entries : none;
}

std::vector<PhpValue::Entry> PhpValue::entries() const &&
{
    return m_type == Type::Array ? m_array->entries : std::vector<Entry>();
}

bool PhpValue::isList() const
{
    if (m_type != Type::Array)
        return false;
    qint64 expected = 0;
    for (const Entry &e : m_array->entries) {
        if (!e.first.isInt() || e.first.toInt() != expected)
            return false;
        ++expected;
    }
    return true;
}

PhpValue PhpValue::param(const char *lower) const
{
    const QString name = QString::fromLatin1(lower);
    if (const PhpValue *v = find(PhpKey(name)))
        return *v;
    if (const PhpValue *v = find(PhpKey(name.toUpper())))
        return *v;
    return {};
}

bool PhpValue::operator==(const PhpValue &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Int:
        return m_int == other.m_int;
    case Type::Double:
        return m_double == other.m_double;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array: {
        const auto &a = m_array->entries;
        const auto &b = other.m_array->entries;
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (!(a[i].first == b[i].first) || !(a[i].second == b[i].second))
                return false;
        }
        return true;
    }
    case Type::Count:
        break;
    }
    return false;
}

} // namespace identsync::fake
