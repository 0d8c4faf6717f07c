#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace identsync {

// One command of a `batch` call: sent as "method?query" (PHP http_build_query) under `key`.
// Keys are what `$result[key]` references and the batch answer use; letters, digits and "_".
struct BatchCommand
{
    QString key;
    QString method;
    QJsonObject params;

    // The `cmd` object of the batch body, or nullopt with `error` naming the bad command.
    static std::optional<QJsonObject> buildCmd(const QList<BatchCommand> &commands, QString *error);

    static bool isValidMethod(QStringView method);
    // Methods that only read. Anything else counts as a write, which the client never repeats
    // on its own: an unknown method is treated as one.
    static bool isReadMethod(QStringView method);
};

} // namespace identsync
