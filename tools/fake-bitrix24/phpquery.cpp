#include "fake-bitrix24/phpquery.h"

#include <QList>

#include <optional>

namespace identsync::fake {

namespace {

// PHP's max_input_nesting_level: deeper paths are dropped.
constexpr int kMaxNesting = 64;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Stores `value` at `path` under `target`: each step descends into (or creates) an array; an
// empty optional step means "[]", i.e. append.
void assignPath(PhpValue *target, const QString &base, const QList<std::optional<QString>> &path,
                const PhpValue &value)
{
    if (path.isEmpty()) {
        target->insert(PhpKey(base), value);
        return;
    }
    PhpValue *node = &(*target)[PhpKey(base)];
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (!node->isArray())
            *node = PhpValue::array();
        const bool last = i + 1 == path.size();
        if (!path[i]) {
            node->append(last ? value : PhpValue::array());
            node = node->findMutable(node->entries().back().first);
        } else if (last) {
            node->insert(PhpKey(*path[i]), value);
        } else {
            node = &(*node)[PhpKey(*path[i])];
        }
    }
}

void registerVariable(PhpValue *target, const QString &rawName, const PhpValue &value)
{
    // php_register_variable_ex: leading spaces skipped, then ' ' and '.' in the base name become
    // '_' up to the first '['.
    qsizetype start = 0;
    while (start < rawName.size() && rawName.at(start) == u' ')
        ++start;
    QString name = rawName.mid(start);
    qsizetype bracket = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u' ' || c == u'.') {
            name[i] = u'_';
        } else if (c == u'[') {
            bracket = i;
            break;
        }
    }
    if (bracket < 0) {
        if (!name.isEmpty())
            target->insert(PhpKey(name), value);
        return;
    }
    QString base = name.left(bracket);
    if (base.isEmpty())
        return;
    QList<std::optional<QString>> path;
    qsizetype pos = bracket;
    for (;;) {
        // pos points at '['.
        const qsizetype close = name.indexOf(u']', pos + 1);
        if (close < 0) {
            // An unterminated first bracket is not an index: it becomes part of the name.
            if (path.isEmpty()) {
                base = base + u'_' + name.mid(pos + 1);
            }
            break;
        }
        const QString index = name.mid(pos + 1, close - pos - 1);
        if (index.isEmpty())
            path.append(std::nullopt);
        else
            path.append(index);
        if (path.size() > kMaxNesting)
            return;
        pos = close + 1;
        if (pos >= name.size() || name.at(pos) != u'[')
            break;
    }
    assignPath(target, base, path, value);
}

} // namespace

QByteArray PhpQuery::urlDecode(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text.at(i);
        if (c == '+') {
            out.append(' ');
        } else if (c == '%' && i + 2 < n && hexValue(text.at(i + 1)) >= 0 &&
                   hexValue(text.at(i + 2)) >= 0) {
            out.append(char(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2))));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray PhpQuery::urlEncode(const QByteArray &text)
{
    static const char digits[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size() * 3);
    for (const char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.') {
            out.append(char(c));
        } else if (c == ' ') {
            out.append('+');
        } else {
            out.append('%');
            out.append(digits[c >> 4]);
            out.append(digits[c & 0xF]);
        }
    }
    return out;
}

void PhpQuery::parseInto(const QByteArray &query, PhpValue *target)
{
    if (!target->isArray())
        *target = PhpValue::array();
    qsizetype pos = 0;
    const qsizetype n = query.size();
    while (pos <= n) {
        qsizetype amp = query.indexOf('&', pos);
        if (amp < 0)
            amp = n;
        const QByteArray pair = query.mid(pos, amp - pos);
        pos = amp + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray rawName = eq < 0 ? pair : pair.left(eq);
        const QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        registerVariable(target, QString::fromUtf8(urlDecode(rawName)),
                         PhpValue(QString::fromUtf8(urlDecode(rawValue))));
    }
}

PhpValue PhpQuery::parse(const QByteArray &query)
{
    PhpValue result = PhpValue::array();
    parseInto(query, &result);
    return result;
}

namespace {

void buildInto(QByteArray &out, const QByteArray &prefix, const PhpValue &value)
{
    for (const auto &e : value.entries()) {
        const QByteArray key = PhpQuery::urlEncode(e.first.toString().toUtf8());
        const QByteArray name = prefix.isEmpty() ? key : prefix + "%5B" + key + "%5D";
        const PhpValue &v = e.second;
        switch (v.type()) {
        case PhpValue::Type::Null:
            break;
        case PhpValue::Type::Array:
            buildInto(out, name, v);
            break;
        case PhpValue::Type::Bool:
        case PhpValue::Type::Int:
        case PhpValue::Type::Double:
        case PhpValue::Type::String: {
            if (!out.isEmpty())
                out.append('&');
            out.append(name);
            out.append('=');
            const QString text = v.type() == PhpValue::Type::Bool
                                     ? QString::number(v.toBool() ? 1 : 0)
                                     : v.toString();
            out.append(PhpQuery::urlEncode(text.toUtf8()));
            break;
        }
        case PhpValue::Type::Count:
            break;
        }
    }
}

} // namespace

QByteArray PhpQuery::build(const PhpValue &value)
{
    QByteArray out;
    buildInto(out, QByteArray(), value);
    return out;
}

} // namespace identsync::fake
