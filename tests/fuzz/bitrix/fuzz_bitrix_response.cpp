// libFuzzer target: whatever a portal (or something pretending to be one) sends back must come
// out of the response parser as a value, never as a crash, a hang or undefined behaviour. Each
// input is an HTTP status selector byte followed by the body; the parsed result is pushed
// through everything that reads portal answers: batch unpacking, the typed CRM decoders and the
// PHP query encoder.

#include "bitrix/crmtypes.h"
#include "bitrix/phpquery.h"
#include "bitrix/responseparser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace identsync;

namespace {

const int kStatuses[] = {200, 200, 200, 400, 401, 403, 404, 429, 500, 502, 503, 302};

void decodeRows(const QJsonValue &value)
{
    QString error;
    if (value.isArray()) {
        for (const QJsonValue &row : value.toArray()) {
            (void)CrmDeal::fromJson(row, &error);
            (void)CrmContact::fromJson(row, &error);
            (void)CrmLead::fromJson(row, &error);
            (void)CrmCategory::fromJson(row, &error);
        }
    } else {
        (void)CrmDeal::fromJson(value, &error);
        (void)CrmContact::fromJson(value, &error);
        (void)CrmLead::fromJson(value, &error);
        (void)CrmField::mapFromJson(value, &error);
        const QJsonValue categories = value.toObject().value(QLatin1String("categories"));
        for (const QJsonValue &row : categories.toArray())
            (void)CrmCategory::fromJson(row, &error);
    }
    (void)ResponseParser::toId(value);
    (void)ResponseParser::toCount(value);
    (void)CrmValue::text(value);
    (void)CrmValue::integer(value);
    (void)CrmValue::phones(value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int status = kStatuses[data[0] % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
    const QByteArray contentType =
        (data[0] & 0x80) ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json");
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const ParsedResponse parsed = ResponseParser::parse(status, body, contentType);
    if (parsed.kind != ParsedResponse::Kind::Success)
        return 0;

    decodeRows(parsed.result);
    QString problem;
    const auto commands = ResponseParser::unpackBatch(parsed.result,
                                                      {QStringLiteral("0"), QStringLiteral("1"),
                                                       QStringLiteral("c"), QStringLiteral("d"),
                                                       QStringLiteral("q0"), QStringLiteral("p0")},
                                                      &problem);
    if (commands) {
        for (const ParsedCommand &c : *commands)
            decodeRows(c.result);
    }
    if (parsed.result.isObject())
        (void)PhpQuery::encode(parsed.result.toObject(), &problem);
    return 0;
}
