#pragma once

#include "fake-bitrix24/phpvalue.h"
#include "fake-bitrix24/restmethod.h"

#include <functional>

namespace identsync::fake {

// The `batch` method (reference §3): up to 50 "method?query" commands run in key order, each
// parsed with parse_str after $result[...] / $next / $total / $time / $error references to earlier
// commands are substituted; `halt` stops at the first failure; commands past the 50th get
// ERROR_BATCH_LENGTH_EXCEEDED. The whole batch answers HTTP 200.
class BatchRunner
{
public:
    static constexpr int kMaxCommands = 50;

    struct SubCall
    {
        MethodResult outcome;
        PhpValue time; // the command's `time` object, null when it failed
    };
    // Runs one sub-command through the portal's pipeline (auth, operating limit, handler).
    using Executor = std::function<SubCall(const QString &method, const PhpValue &params)>;

    explicit BatchRunner(Executor executor);

    MethodResult run(const PhpValue &params);

    // The substitution of one parameter value, exposed for tests.
    static PhpValue substitute(const PhpValue &value, const PhpValue &results);

private:
    Executor m_executor;
};

} // namespace identsync::fake
