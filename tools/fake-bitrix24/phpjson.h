#pragma once

#include "fake-bitrix24/phpvalue.h"

#include <QByteArray>

namespace identsync::fake {

// json_encode / json_decode with the rules the portal's PHP applies.
class PhpJson
{
public:
    struct EncodeOptions
    {
        // Bitrix escapes <, >, &, ' and " as \u003C... and '/' as "\/" (PHP defaults plus
        // JSON_HEX_*). Non-ASCII text is written as UTF-8 unless asciiOnly asks for \uXXXX.
        bool asciiOnly = false;
    };

    static QByteArray encode(const PhpValue &value, const EncodeOptions &options);
    static QByteArray encode(const PhpValue &value) { return encode(value, EncodeOptions()); }
    static void encodeTo(QByteArray &out, const PhpValue &value, const EncodeOptions &options);

    // json_decode($text, true): objects become arrays in document order (which matters: batch
    // commands run in key order). Returns false with `error` set on malformed input.
    static bool decode(const QByteArray &text, PhpValue *out, QString *error);
};

} // namespace identsync::fake
