#pragma once

#include "fake-bitrix24/phpvalue.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace identsync::fake {

// Counters behind GET /_fake/stats: HTTP requests, answers by status, refusals and errors by
// code, injected faults, and the same per method (batch sub-commands counted as calls).
class PortalStats
{
public:
    void recordRequest(const QString &method);
    void recordAnswer(int httpStatus, const QString &errorCode, bool isError);
    void recordCall(const QString &method, bool ok, const QString &errorCode);
    void recordFault(const QString &method, const QString &fault);
    void recordControl() { ++m_controlRequests; }
    void reset();
    PhpValue toJson() const;

private:
    struct MethodStats
    {
        qint64 requests = 0;
        qint64 calls = 0;
        qint64 ok = 0;
        QMap<QString, qint64> errors;
        QMap<QString, qint64> faults;
    };
    qint64 m_requests = 0;
    qint64 m_controlRequests = 0;
    QMap<int, qint64> m_byStatus;
    QMap<QString, qint64> m_refusals;
    QMap<QString, qint64> m_faults;
    QMap<QString, MethodStats> m_methods;
};

} // namespace identsync::fake
