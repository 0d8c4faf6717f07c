#include "fake-bitrix24/phpjson.h"

#include <QLocale>

#include <cmath>

namespace identsync::fake {

namespace {

void appendHex4(QByteArray &out, uint code, bool upper)
{
    static const char lowerDigits[] = "0123456789abcdef";
    static const char upperDigits[] = "0123456789ABCDEF";
    const char *digits = upper ? upperDigits : lowerDigits;
    out.append("\\u");
    out.append(digits[(code >> 12) & 0xF]);
    out.append(digits[(code >> 8) & 0xF]);
    out.append(digits[(code >> 4) & 0xF]);
    out.append(digits[code & 0xF]);
}

void encodeString(QByteArray &out, const QString &text, const PhpJson::EncodeOptions &options)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    const char *p = utf8.constData();
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        switch (c) {
        case '"':
            out.append("\\u0022");
            continue;
        case '\\':
            out.append("\\\\");
            continue;
        case '/':
            out.append("\\/");
            continue;
        case '<':
            out.append("\\u003C");
            continue;
        case '>':
            out.append("\\u003E");
            continue;
        case '&':
            out.append("\\u0026");
            continue;
        case '\'':
            out.append("\\u0027");
            continue;
        case '\n':
            out.append("\\n");
            continue;
        case '\r':
            out.append("\\r");
            continue;
        case '\t':
            out.append("\\t");
            continue;
        case '\b':
            out.append("\\b");
            continue;
        case '\f':
            out.append("\\f");
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            appendHex4(out, c, false);
        } else if (c < 0x80 || !options.asciiOnly) {
            out.append(char(c));
        } else {
            // Decode one UTF-8 sequence and write it as one or two UTF-16 escapes.
            uint code = 0;
            int extra = 0;
            if ((c & 0xE0) == 0xC0) {
                code = c & 0x1F;
                extra = 1;
            } else if ((c & 0xF0) == 0xE0) {
                code = c & 0x0F;
                extra = 2;
            } else {
                code = c & 0x07;
                extra = 3;
            }
            for (int k = 0; k < extra && i + 1 < n; ++k)
                code = (code << 6) | (static_cast<unsigned char>(p[++i]) & 0x3F);
            if (code >= 0x10000) {
                code -= 0x10000;
                appendHex4(out, 0xD800 + (code >> 10), false);
                appendHex4(out, 0xDC00 + (code & 0x3FF), false);
            } else {
                appendHex4(out, code, false);
            }
        }
    }
    out.append('"');
}

void encodeDouble(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out.append('0');
        return;
    }
    QByteArray text = QByteArray::number(d, 'f', QLocale::FloatingPointShortest);
    // PHP 7.1+ (serialize_precision -1) keeps a ".0" on integral floats.
    if (!text.contains('.'))
        text.append(".0");
    out.append(text);
}

class Parser
{
public:
    explicit Parser(const QByteArray &text)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
        , m_begin(text.constData())
    {}

    bool parseDocument(PhpValue *out, QString *error)
    {
        skipWs();
        if (!parseValue(out, 0))
            return fail(error);
        skipWs();
        if (m_p != m_end) {
            m_error = QStringLiteral("trailing characters");
            return fail(error);
        }
        return true;
    }

private:
    bool fail(QString *error)
    {
        if (error)
            *error = QStringLiteral("%1 at offset %2").arg(m_error).arg(m_p - m_begin);
        return false;
    }

    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool expectWord(const char *word)
    {
        for (const char *w = word; *w; ++w) {
            if (m_p >= m_end || *m_p != *w) {
                m_error = QStringLiteral("unexpected token");
                return false;
            }
            ++m_p;
        }
        return true;
    }

    bool parseValue(PhpValue *out, int depth)
    {
        // PHP's default json_decode depth is 512.
        if (depth > 512) {
            m_error = QStringLiteral("maximum depth exceeded");
            return false;
        }
        if (m_p >= m_end) {
            m_error = QStringLiteral("unexpected end of input");
            return false;
        }
        switch (*m_p) {
        case '{':
            return parseObject(out, depth);
        case '[':
            return parseArray(out, depth);
        case '"': {
            QString s;
            if (!parseString(&s))
                return false;
            *out = PhpValue(s);
            return true;
        }
        case 't':
            *out = PhpValue(true);
            return expectWord("true");
        case 'f':
            *out = PhpValue(false);
            return expectWord("false");
        case 'n':
            *out = PhpValue();
            return expectWord("null");
        default:
            return parseNumber(out);
        }
    }

    bool parseObject(PhpValue *out, int depth)
    {
        ++m_p;
        PhpValue obj = PhpValue::array();
        skipWs();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            *out = obj;
            return true;
        }
        for (;;) {
            skipWs();
            QString key;
            if (m_p >= m_end || *m_p != '"') {
                m_error = QStringLiteral("expected a string key");
                return false;
            }
            if (!parseString(&key))
                return false;
            skipWs();
            if (m_p >= m_end || *m_p != ':') {
                m_error = QStringLiteral("expected ':'");
                return false;
            }
            ++m_p;
            skipWs();
            PhpValue v;
            if (!parseValue(&v, depth + 1))
                return false;
            obj.insert(PhpKey(key), v);
            skipWs();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                *out = obj;
                return true;
            }
            m_error = QStringLiteral("expected ',' or '}'");
            return false;
        }
    }

    bool parseArray(PhpValue *out, int depth)
    {
        ++m_p;
        PhpValue arr = PhpValue::array();
        skipWs();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            *out = arr;
            return true;
        }
        for (;;) {
            skipWs();
            PhpValue v;
            if (!parseValue(&v, depth + 1))
                return false;
            arr.append(v);
            skipWs();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                *out = arr;
                return true;
            }
            m_error = QStringLiteral("expected ',' or ']'");
            return false;
        }
    }

    bool parseHex4(uint *code)
    {
        if (m_end - m_p < 4) {
            m_error = QStringLiteral("bad \\u escape");
            return false;
        }
        uint v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint(c - 'A' + 10);
            else {
                m_error = QStringLiteral("bad \\u escape");
                return false;
            }
        }
        *code = v;
        return true;
    }

    bool parseString(QString *out)
    {
        ++m_p;
        QByteArray bytes;
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"') {
                *out = QString::fromUtf8(bytes);
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                m_error = QStringLiteral("control character in string");
                return false;
            }
            if (c != '\\') {
                bytes.append(c);
                continue;
            }
            if (m_p >= m_end)
                break;
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                bytes.append(e);
                break;
            case 'b':
                bytes.append('\b');
                break;
            case 'f':
                bytes.append('\f');
                break;
            case 'n':
                bytes.append('\n');
                break;
            case 'r':
                bytes.append('\r');
                break;
            case 't':
                bytes.append('\t');
                break;
            case 'u': {
                uint code = 0;
                if (!parseHex4(&code))
                    return false;
                if (code >= 0xD800 && code < 0xDC00 && m_end - m_p >= 6 && m_p[0] == '\\' &&
                    m_p[1] == 'u') {
                    m_p += 2;
                    uint low = 0;
                    if (!parseHex4(&low))
                        return false;
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                const char32_t ch = char32_t(code);
                bytes.append(QString::fromUcs4(&ch, 1).toUtf8());
                break;
            }
            default:
                m_error = QStringLiteral("bad escape");
                return false;
            }
        }
        m_error = QStringLiteral("unterminated string");
        return false;
    }

    bool parseNumber(PhpValue *out)
    {
        const char *start = m_p;
        bool isFloat = false;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9') {
            m_error = QStringLiteral("unexpected character");
            return false;
        }
        while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' ||
                               *m_p == 'E' || *m_p == '+' || *m_p == '-')) {
            if (*m_p == '.' || *m_p == 'e' || *m_p == 'E')
                isFloat = true;
            ++m_p;
        }
        const QByteArray text(start, m_p - start);
        bool ok = false;
        if (!isFloat) {
            const qint64 v = text.toLongLong(&ok);
            if (ok) {
                *out = PhpValue(v);
                return true;
            }
        }
        const double d = text.toDouble(&ok);
        if (!ok) {
            m_error = QStringLiteral("bad number");
            return false;
        }
        *out = PhpValue(d);
        return true;
    }

    const char *m_p;
    const char *m_end;
    const char *m_begin;
    QString m_error;
};

} // namespace

void PhpJson::encodeTo(QByteArray &out, const PhpValue &value, const EncodeOptions &options)
{
    switch (value.type()) {
    case PhpValue::Type::Null:
        out.append("null");
        return;
    case PhpValue::Type::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case PhpValue::Type::Int:
        out.append(QByteArray::number(value.toInt()));
        return;
    case PhpValue::Type::Double:
        encodeDouble(out, value.toDouble());
        return;
    case PhpValue::Type::String:
        encodeString(out, value.toString(), options);
        return;
    case PhpValue::Type::Array: {
        const auto &entries = value.entries();
        if (value.isList()) {
            out.append('[');
            bool first = true;
            for (const auto &e : entries) {
                if (!first)
                    out.append(',');
                first = false;
                encodeTo(out, e.second, options);
            }
            out.append(']');
            return;
        }
        out.append('{');
        bool first = true;
        for (const auto &e : entries) {
            if (!first)
                out.append(',');
            first = false;
            encodeString(out, e.first.toString(), options);
            out.append(':');
            encodeTo(out, e.second, options);
        }
        out.append('}');
        return;
    }
    case PhpValue::Type::Count:
        break;
    }
    out.append("null");
}

QByteArray PhpJson::encode(const PhpValue &value, const EncodeOptions &options)
{
    QByteArray out;
    out.reserve(256);
    encodeTo(out, value, options);
    return out;
}

bool PhpJson::decode(const QByteArray &text, PhpValue *out, QString *error)
{
    Parser parser(text);
    return parser.parseDocument(out, error);
}

} // namespace identsync::fake
