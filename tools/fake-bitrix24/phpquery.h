#pragma once

#include "fake-bitrix24/phpvalue.h"

#include <QByteArray>

namespace identsync::fake {

// PHP's parse_str() and http_build_query(): the form/query encoding of nested parameters
// ("fields[PHONE][0][VALUE]=..."), used by form bodies, GET queries and every batch command.
class PhpQuery
{
public:
    // parse_str($query, $result): '&'-separated pairs, '+' is a space, %XX decoded, bracket paths
    // build nested arrays, "[]" appends, numeric keys become integers, later pairs overwrite.
    static PhpValue parse(const QByteArray &query);
    static void parseInto(const QByteArray &query, PhpValue *target);

    // http_build_query($value): brackets percent-encoded, spaces as '+', true/false as 1/0,
    // nulls skipped.
    static QByteArray build(const PhpValue &value);

    // urldecode(): '+' is a space.
    static QByteArray urlDecode(const QByteArray &text);
    // urlencode(): RFC 1738 style, as PHP writes it.
    static QByteArray urlEncode(const QByteArray &text);
};

} // namespace identsync::fake
