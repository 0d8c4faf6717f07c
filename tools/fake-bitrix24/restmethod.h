#pragma once

#include "fake-bitrix24/crmstore.h"
#include "fake-bitrix24/phpvalue.h"

#include <optional>

namespace identsync::fake {

// What one REST method call produced: a result (with total/next for list methods) or an error.
struct MethodResult
{
    bool ok = true;
    PhpValue result;
    std::optional<qint64> total;
    std::optional<qint64> next;
    CrmError error;

    static MethodResult success(const PhpValue &result)
    {
        MethodResult r;
        r.result = result;
        return r;
    }
    static MethodResult failure(int httpStatus, const QString &code, const QString &description)
    {
        MethodResult r;
        r.ok = false;
        r.error = {httpStatus, code, description};
        return r;
    }
    static MethodResult failure(const CrmError &error)
    {
        MethodResult r;
        r.ok = false;
        r.error = error;
        return r;
    }
};

} // namespace identsync::fake
