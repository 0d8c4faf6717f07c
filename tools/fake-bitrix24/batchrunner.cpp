#include "fake-bitrix24/batchrunner.h"

#include "fake-bitrix24/phpquery.h"

#include <QRegularExpression>

namespace identsync::fake {

BatchRunner::BatchRunner(Executor executor)
    : m_executor(std::move(executor))
{}

PhpValue BatchRunner::substitute(const PhpValue &value, const PhpValue &results)
{
    if (value.isArray()) {
        PhpValue out = PhpValue::array();
        for (const auto &e : value.entries())
            out.insert(e.first, substitute(e.second, results));
        return out;
    }
    if (!value.isString())
        return value;
    // CRestUtil::processBatchElement: \$(result|next|total|time|error)(\S*), then walk the
    // [...] segments; a missing segment stops the walk where it is.
    static const QRegularExpression ref(QStringLiteral(R"(\$(result|next|total|time|error)(\S*))"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression segment(QStringLiteral(R"(\[([^\]]+)\])"));
    QString text = value.toString();
    if (!text.contains(u'$'))
        return value;
    const QString original = text;
    auto it = ref.globalMatch(original);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString kind = m.captured(1).toLower();
        const QString path = m.captured(2);
        auto segments = segment.globalMatch(path);
        if (!segments.hasNext())
            continue;
        PhpValue node = results.value(kind == u"result" ? PhpKey("result")
                                                        : PhpKey(QStringLiteral("result_") + kind));
        while (segments.hasNext()) {
            const PhpKey key(segments.next().captured(1));
            if (!node.contains(key))
                break;
            node = node.value(key);
        }
        if (m.captured(0) == original)
            return node;
        if (node.isScalar())
            text.replace(m.captured(0), node.type() == PhpValue::Type::Bool
                                            ? (node.toBool() ? QStringLiteral("1") : QString())
                                            : node.toString());
    }
    return PhpValue(text);
}

MethodResult BatchRunner::run(const PhpValue &params)
{
    const PhpValue cmd = params.param("cmd");
    const PhpValue haltValue = params.param("halt");
    const QString haltText = haltValue.toString().toLower();
    const bool halt =
        haltValue.type() == PhpValue::Type::Bool
            ? haltValue.toBool()
            : !(haltText.isEmpty() || haltText == u"0" || haltText == u"false" || haltText == u"n");

    PhpValue state = PhpValue::array();
    state.insert("result", PhpValue::array());
    state.insert("result_error", PhpValue::array());
    state.insert("result_total", PhpValue::array());
    state.insert("result_next", PhpValue::array());
    state.insert("result_time", PhpValue::array());

    int count = 0;
    for (const auto &e : cmd.entries()) {
        const PhpKey &key = e.first;
        if (count++ >= kMaxCommands) {
            PhpValue err = PhpValue::array();
            err.insert("error", QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"));
            err.insert("error_description", QStringLiteral("Max batch length exceeded"));
            state["result_error"].insert(key, err);
            continue;
        }
        const QString call = e.second.toString();
        const qsizetype q = call.indexOf(u'?');
        const QString method = (q < 0 ? call : call.left(q)).trimmed().toLower();
        const QByteArray query = q < 0 ? QByteArray() : call.mid(q + 1).toUtf8();
        PhpValue subParams = PhpValue::array();
        for (const auto &p : PhpQuery::parse(query).entries())
            subParams.insert(p.first, substitute(p.second, state));

        SubCall sub;
        QString bare = method;
        if (bare.endsWith(QStringLiteral(".json")))
            bare.chop(5);
        if (bare == u"batch" || bare == u"upload" || bare == u"download") {
            sub.outcome =
                MethodResult::failure(405, QStringLiteral("ERROR_BATCH_METHOD_NOT_ALLOWED"),
                                      QStringLiteral("Method is not allowed for batch usage"));
        } else {
            sub = m_executor(bare, subParams);
        }
        if (sub.outcome.ok) {
            state["result"].insert(key, sub.outcome.result);
            if (sub.outcome.total)
                state["result_total"].insert(key, *sub.outcome.total);
            if (sub.outcome.next)
                state["result_next"].insert(key, *sub.outcome.next);
        } else {
            PhpValue err = PhpValue::array();
            err.insert("error", sub.outcome.error.code);
            err.insert("error_description", sub.outcome.error.description);
            state["result_error"].insert(key, err);
        }
        if (!sub.time.isNull())
            state["result_time"].insert(key, sub.time);
        if (halt && !sub.outcome.ok)
            break;
    }
    return MethodResult::success(state);
}

} // namespace identsync::fake
