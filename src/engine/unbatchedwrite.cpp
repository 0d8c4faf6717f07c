#include "unbatchedwrite.h"

#include "bitrix/responseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace identsync {

namespace {

struct Run
{
    Bitrix24Client *client = nullptr;
    QObject *context = nullptr;
    QList<BatchCommand> commands;
    CallOptions options;
    std::function<void(const BatchResult &)> done;
    BatchResult result;
};

// The id an earlier command answered: crm.*.add gives the id, crm.item.add the item.
std::optional<qint64> createdId(const CallResult &c)
{
    if (c.result.isObject())
        return ResponseParser::toId(c.result.toObject()
                                        .value(QStringLiteral("item"))
                                        .toObject()
                                        .value(QStringLiteral("id")));
    return ResponseParser::toId(c.result);
}

// Fills the reference `value` ("$result[key]") from the answers so far; false when it names a
// command that failed or did not run.
bool resolve(QJsonValue &value, const BatchResult &soFar)
{
    static const QRegularExpression ref(QStringLiteral(R"(^\$result\[(\w+)\]$)"));
    const auto m = ref.match(value.toString());
    if (!m.hasMatch())
        return true;
    const CommandResult *c = soFar.find(m.captured(1));
    if (!c)
        return true; // not one of ours: sent as it is
    const auto id = c->call.ok ? createdId(c->call) : std::nullopt;
    if (!id)
        return false;
    value = QString::number(*id);
    return true;
}

bool resolveReferences(QJsonObject &params, const BatchResult &soFar)
{
    QJsonObject fields = params.value(QStringLiteral("fields")).toObject();
    bool ok = true;
    for (const QString &list : {QStringLiteral("CONTACT_IDS"), QStringLiteral("contactIds")}) {
        if (!fields.contains(list))
            continue;
        QJsonArray ids = fields.value(list).toArray();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QJsonValue v = ids.at(i);
            ok = resolve(v, soFar) && ok;
            ids.replace(i, v);
        }
        fields.insert(list, ids);
    }
    if (fields.contains(QStringLiteral("CONTACT_ID"))) {
        QJsonValue v = fields.value(QStringLiteral("CONTACT_ID"));
        ok = resolve(v, soFar) && ok;
        fields.insert(QStringLiteral("CONTACT_ID"), v);
    }
    params.insert(QStringLiteral("fields"), fields);
    return ok;
}

void next(const std::shared_ptr<Run> &run)
{
    const qsizetype i = run->result.commands.size();
    if (i >= run->commands.size()) {
        run->done(run->result);
        return;
    }
    const BatchCommand &cmd = run->commands.at(i);
    QJsonObject params = cmd.params;
    if (!resolveReferences(params, run->result)) {
        CommandResult skipped{cmd.key, cmd.method, {}};
        skipped.call.error.cls = ErrorClass::Transient;
        skipped.call.error.code = QStringLiteral("NOT_EXECUTED");
        skipped.call.error.message = QCoreApplication::translate(
            "UnbatchedWrite", "Not sent: the record it links to was not created.");
        run->result.commands << skipped;
        next(run);
        return;
    }
    run->client->call(cmd.method, params, run->options)
        ->then(run->context, [run, cmd](const CallResult &answer) {
            run->result.commands << CommandResult{cmd.key, cmd.method, answer};
            ++run->result.attempts;
            next(run);
        });
}

} // namespace

bool batchWouldRewrite(const QJsonValue &value)
{
    static const QRegularExpression ref(QStringLiteral(R"(\$(result|next|total|time|error))"));
    switch (value.type()) {
    case QJsonValue::String:
        return ref.match(value.toString()).hasMatch();
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        return std::any_of(a.begin(), a.end(),
                           [](const QJsonValue &v) { return batchWouldRewrite(v); });
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (batchWouldRewrite(it.value()) || batchWouldRewrite(it.key()))
                return true;
        }
        return false;
    }
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

void runUnbatched(Bitrix24Client &client, QObject *context, const QList<BatchCommand> &commands,
                  const CallOptions &options, std::function<void(const BatchResult &)> done)
{
    auto run = std::make_shared<Run>();
    run->client = &client;
    run->context = context;
    run->commands = commands;
    run->options = options;
    run->done = std::move(done);
    run->result.ok = true;
    run->result.correlationId = options.correlationId;
    next(run);
}

} // namespace identsync
