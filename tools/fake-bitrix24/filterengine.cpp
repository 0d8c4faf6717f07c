#include "fake-bitrix24/filterengine.h"

namespace identsync::fake {

FilterEngine::FilterEngine(KindResolver resolver, DateParser dateParser)
    : m_resolver(std::move(resolver))
    , m_dateParser(std::move(dateParser))
{}

void FilterEngine::setFilter(const PhpValue &filter)
{
    m_conditions.clear();
    struct Prefix
    {
        const char *text;
        Op op;
        bool substring;
    };
    // Longest first so "!=" is not read as "!" followed by "=FIELD".
    static const Prefix prefixes[] = {
        {"!><", Op::NotBetween, false}, {"><", Op::Between, false}, {"!@", Op::NotIn, false},
        {"!%", Op::NotLike, true},      {"!=", Op::NotEq, false},   {">=", Op::Ge, false},
        {"<=", Op::Le, false},          {"=%", Op::Like, false},    {"%=", Op::Like, false},
        {"@", Op::In, false},           {"%", Op::Like, true},      {"=", Op::Eq, false},
        {"!", Op::NotEq, false},        {">", Op::Gt, false},       {"<", Op::Lt, false},
    };
    for (const auto &e : filter.entries()) {
        if (e.first.isInt())
            continue; // nested sub-filters are not supported by the classic list methods
        const QString key = e.first.toString();
        Condition c;
        QString field = key;
        for (const Prefix &p : prefixes) {
            const QLatin1String text(p.text);
            if (key.startsWith(text)) {
                c.op = p.op;
                c.substring = p.substring;
                field = key.mid(text.size());
                break;
            }
        }
        if (field.isEmpty() || field == u"LOGIC")
            continue;
        const auto kind = m_resolver(field);
        if (!kind)
            continue;
        c.field = field;
        c.kind = *kind;
        if (e.second.isArray()) {
            for (const auto &v : e.second.entries())
                c.operands << v.second.toString();
            if (c.op == Op::Eq)
                c.op = Op::In;
            else if (c.op == Op::NotEq)
                c.op = Op::NotIn;
        } else {
            c.operands << (e.second.type() == PhpValue::Type::Bool
                               ? (e.second.toBool() ? QStringLiteral("Y") : QStringLiteral("N"))
                               : e.second.toString());
        }
        // The portal does not apply LIKE to dictionary fields such as STAGE_ID.
        if (c.kind == ValueKind::Status && c.op == Op::Like)
            c.op = Op::Eq;
        if (c.kind == ValueKind::Status && c.op == Op::NotLike)
            c.op = Op::NotEq;
        m_conditions.append(c);
    }
}

void FilterEngine::setOrder(const PhpValue &order)
{
    m_order.clear();
    for (const auto &e : order.entries()) {
        const QString field = e.first.toString().toUpper();
        const auto kind = m_resolver(field);
        if (!kind)
            continue;
        m_order.append({field, *kind, e.second.toString().trimmed().toUpper() != u"DESC"});
    }
}

int FilterEngine::compareValues(ValueKind kind, const QString &a, const QString &b) const
{
    switch (kind) {
    case ValueKind::Integer:
    case ValueKind::Money:
    case ValueKind::Double:
    case ValueKind::Boolean: {
        bool okA = false;
        bool okB = false;
        const double x = a.toDouble(&okA);
        const double y = b.toDouble(&okB);
        if (okA && okB)
            return x < y ? -1 : (x > y ? 1 : 0);
        break;
    }
    case ValueKind::Date:
    case ValueKind::DateTime: {
        const auto x = m_dateParser(a);
        const auto y = m_dateParser(b);
        if (x && y)
            return *x < *y ? -1 : (*x > *y ? 1 : 0);
        break;
    }
    case ValueKind::Text:
    case ValueKind::Char:
    case ValueKind::Status:
    case ValueKind::Multifield:
    case ValueKind::Count:
        break;
    }
    return QString::compare(a, b, Qt::CaseInsensitive);
}

bool FilterEngine::equals(ValueKind kind, const QString &a, const QString &b) const
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    return compareValues(kind, a, b) == 0;
}

bool FilterEngine::likeMatch(const QString &text, const QString &pattern)
{
    // SQL LIKE with % and _, case-insensitive; iterative with backtracking on the last '%'.
    const QString t = text.toLower();
    const QString p = pattern.toLower();
    qsizetype ti = 0;
    qsizetype pi = 0;
    qsizetype star = -1;
    qsizetype mark = 0;
    while (ti < t.size()) {
        if (pi < p.size() && (p.at(pi) == u'_' || p.at(pi) == t.at(ti))) {
            ++ti;
            ++pi;
        } else if (pi < p.size() && p.at(pi) == u'%') {
            star = pi++;
            mark = ti;
        } else if (star >= 0) {
            pi = star + 1;
            ti = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p.at(pi) == u'%')
        ++pi;
    return pi == p.size();
}

bool FilterEngine::test(const Condition &c, const QStringList &values) const
{
    const QString first = c.operands.value(0);
    auto any = [&](auto pred) {
        for (const QString &v : values) {
            if (pred(v))
                return true;
        }
        return false;
    };
    switch (c.op) {
    case Op::Eq:
        if (values.isEmpty())
            return first.isEmpty();
        return any([&](const QString &v) { return equals(c.kind, v, first); });
    case Op::NotEq:
        if (values.isEmpty())
            return !first.isEmpty();
        return !any([&](const QString &v) { return equals(c.kind, v, first); });
    case Op::Gt:
        return any([&](const QString &v) { return compareValues(c.kind, v, first) > 0; });
    case Op::Ge:
        return any([&](const QString &v) { return compareValues(c.kind, v, first) >= 0; });
    case Op::Lt:
        return any([&](const QString &v) { return compareValues(c.kind, v, first) < 0; });
    case Op::Le:
        return any([&](const QString &v) { return compareValues(c.kind, v, first) <= 0; });
    case Op::In:
    case Op::NotIn: {
        bool hit = false;
        for (const QString &operand : c.operands) {
            if (values.isEmpty() ? operand.isEmpty() : any([&](const QString &v) {
                    return equals(c.kind, v, operand);
                })) {
                hit = true;
                break;
            }
        }
        return c.op == Op::In ? hit : !hit;
    }
    case Op::Like:
    case Op::NotLike: {
        const QString pattern = c.substring ? u'%' + first + u'%' : first;
        const bool hit = any([&](const QString &v) { return likeMatch(v, pattern); });
        return c.op == Op::Like ? hit : !hit;
    }
    case Op::Between:
    case Op::NotBetween: {
        if (c.operands.size() < 2)
            return c.op == Op::NotBetween;
        const bool hit = any([&](const QString &v) {
            return compareValues(c.kind, v, c.operands[0]) >= 0 &&
                   compareValues(c.kind, v, c.operands[1]) <= 0;
        });
        return c.op == Op::Between ? hit : !hit;
    }
    case Op::Count:
        break;
    }
    return false;
}

bool FilterEngine::matches(const FilterRow &row) const
{
    for (const Condition &c : m_conditions) {
        if (!test(c, row.values(c.field)))
            return false;
    }
    return true;
}

bool FilterEngine::lessThan(const FilterRow &a, const FilterRow &b) const
{
    for (const OrderKey &key : m_order) {
        const QString x = a.values(key.field).value(0);
        const QString y = b.values(key.field).value(0);
        int cmp = 0;
        // NULLs sort first in ascending order, as in MySQL.
        if (x.isEmpty() || y.isEmpty())
            cmp = x.isEmpty() == y.isEmpty() ? 0 : (x.isEmpty() ? -1 : 1);
        else
            cmp = compareValues(key.kind, x, y);
        if (cmp != 0)
            return key.ascending ? cmp < 0 : cmp > 0;
    }
    return false;
}

} // namespace identsync::fake
