#pragma once

#include "fake-bitrix24/crmschema.h"
#include "fake-bitrix24/phpvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace identsync::fake {

// A row as the filter and the sort see it: the values of a field as strings (several for
// multiple fields and multifields; none when the field is empty).
class FilterRow
{
public:
    virtual ~FilterRow() = default;
    virtual QStringList values(const QString &field) const = 0;
};

// The list-method filter and order of the classic crm.*.list methods (reference §5.4): key
// prefixes =, != (and !), >, >=, <, <=, @ (IN), !@, % (substring LIKE), =% / %= (LIKE with
// explicit wildcards), !% and >< (between). Comparisons follow the field kind: numbers as
// numbers, dates as instants, text case-insensitively like the portal's MySQL collation.
// Unknown fields are ignored, as the portal ignores them.
class FilterEngine
{
public:
    using KindResolver = std::function<std::optional<ValueKind>(const QString &field)>;
    using DateParser = std::function<std::optional<qint64>(const QString &text)>;

    FilterEngine(KindResolver resolver, DateParser dateParser);

    void setFilter(const PhpValue &filter);
    void setOrder(const PhpValue &order);

    bool matches(const FilterRow &row) const;
    // Strict weak order for sorting rows by the `order` parameter; false when equal.
    bool lessThan(const FilterRow &a, const FilterRow &b) const;
    bool hasOrder() const { return !m_order.isEmpty(); }

    // The same comparison the sort uses, exposed for tests and other lists.
    int compareValues(ValueKind kind, const QString &a, const QString &b) const;

private:
    enum class Op
    {
        Eq,
        NotEq,
        Gt,
        Ge,
        Lt,
        Le,
        In,
        NotIn,
        Like,
        NotLike,
        Between,
        NotBetween,
        Count
    };
    struct Condition
    {
        QString field;
        Op op = Op::Eq;
        ValueKind kind = ValueKind::Text;
        QStringList operands;
        bool substring = false; // "%" wraps the operand in wildcards
    };
    struct OrderKey
    {
        QString field;
        ValueKind kind = ValueKind::Text;
        bool ascending = true;
    };

    bool test(const Condition &c, const QStringList &values) const;
    bool equals(ValueKind kind, const QString &a, const QString &b) const;
    static bool likeMatch(const QString &text, const QString &pattern);

    KindResolver m_resolver;
    DateParser m_dateParser;
    QList<Condition> m_conditions;
    QList<OrderKey> m_order;
};

} // namespace identsync::fake
