#pragma once

#include "bitrix/callresult.h"
#include "core/errorinfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The small pieces the look-ups are built from: filter values, list parameters, answer rows and
// what a look-up batch came to. Only PortalResolver uses them.
namespace identsync::lookup {

QJsonArray toArray(const QStringList &values);
QJsonArray toArray(const QList<qint64> &values);
// A crm.*.list call's parameters: filter, select, ascending ids, no count (start=-1).
QJsonObject listParams(const QJsonObject &filter, const QStringList &select);
QList<QJsonObject> rowsOf(const CommandResult &c);
std::optional<qint64> idOf(const QJsonValue &v);
// Every phone of a multifield, normalised so it compares with IDENT's.
QStringList phonesOf(const QJsonObject &row);
// The first reason a look-up batch gave for failing: the batch's own, or its first failed
// command's.
std::optional<ErrorInfo> firstFailure(const BatchResult &r);
// The commands of one prefix all answered: only then is that look-up trustworthy.
bool allOk(const BatchResult &r, const QString &prefix);

} // namespace identsync::lookup
