#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace identsync {

// Encodes parameters the way PHP's http_build_query does, for the `method?query` strings of a
// batch command, which the portal decodes with parse_str:
//   {"fields":{"TITLE":"A&B","PHONE":[{"VALUE":"+7"}]}}
//   -> fields[TITLE]=A%26B&fields[PHONE][0][VALUE]=%2B7
// Values are percent-encoded as UTF-8 (everything but A-Z a-z 0-9 - . _ ~), so "+" becomes %2B
// and "&" %26; lists become [0], [1], ...; true/false become 1/0.
//
// Where PHP would silently drop something, this encoder keeps the intent instead:
// - null becomes an empty value ("key="), which the CRM treats as "clear the field"; PHP omits it,
//   which would leave the old value in place;
// - an empty list or object also becomes "key=" (PHP omits it).
// Names parse_str cannot carry are refused with an error rather than sent mangled: a top-level
// name with "." or " " (PHP turns them into "_"), and any name containing "[" or "]".
class PhpQuery
{
public:
    static std::optional<QString> encode(const QJsonObject &params, QString *error);

    // A number as PHP prints it in a query: integers without ".0" or an exponent.
    static QString number(double value);
};

} // namespace identsync
