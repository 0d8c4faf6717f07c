#pragma once

#include <QByteArray>
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

    // The JSON body of a `batch` call, or nullopt with `error` naming the bad command. The
    // commands keep their order (QJsonObject would sort the keys): the portal runs them in the
    // order it reads them, which `halt` and `$result[...]` references depend on.
    static std::optional<QByteArray> buildBody(const QList<BatchCommand> &commands, bool halt,
                                               QString *error);

    static bool isValidMethod(QStringView method);
    // Methods that only read. Anything else counts as a write, which the client never repeats
    // on its own: an unknown method is treated as one.
    static bool isReadMethod(QStringView method);
};

} // namespace identsync
