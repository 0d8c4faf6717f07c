#pragma once

#include "bitrix/batchcommand.h"
#include "bitrix/bitrix24client.h"
#include "bitrix/callresult.h"

#include <QJsonValue>
#include <QList>
#include <QObject>

#include <functional>

namespace identsync {

// The batch endpoint rewrites every value that contains `$result`, `$next`, `$total`, `$time` or
// `$error` (it matches \$(result|next|total|time|error)(\S*) inside values, bitrix24-rest.md
// "batch"): IDENT text such as «см. $result[c1]» would reach the portal changed. True when any
// string in `value` would be touched.
bool batchWouldRewrite(const QJsonValue &value);

// The commands of one record sent one call at a time, in order, so every value reaches the
// portal byte for byte. The engine's own references to an earlier command's new id (a deal's
// CONTACT_IDS / contactIds entries and a lead's CONTACT_ID, "$result[c3]") are filled in here
// from that command's answer; a command whose reference failed is not sent. `done` receives the
// answers as a batch would give them (ok, every command in order).
void runUnbatched(Bitrix24Client &client, QObject *context, const QList<BatchCommand> &commands,
                  const CallOptions &options, std::function<void(const BatchResult &)> done);

} // namespace identsync
