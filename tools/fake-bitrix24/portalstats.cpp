#include "fake-bitrix24/portalstats.h"

namespace identsync::fake {

void PortalStats::recordRequest(const QString &method)
{
    ++m_requests;
    ++m_methods[method].requests;
}

void PortalStats::recordAnswer(int httpStatus, const QString &errorCode, bool isError)
{
    ++m_byStatus[httpStatus];
    if (isError)
        ++m_refusals[errorCode];
}

void PortalStats::recordCall(const QString &method, bool ok, const QString &errorCode)
{
    MethodStats &m = m_methods[method];
    ++m.calls;
    if (ok)
        ++m.ok;
    else
        ++m.errors[errorCode];
}

void PortalStats::recordFault(const QString &method, const QString &fault)
{
    ++m_faults[fault];
    ++m_methods[method].faults[fault];
}

void PortalStats::reset()
{
    *this = PortalStats();
}

namespace {

PhpValue counts(const QMap<QString, qint64> &map)
{
    PhpValue out = PhpValue::array();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(PhpKey(it.key()), it.value());
    return out;
}

} // namespace

PhpValue PortalStats::toJson() const
{
    PhpValue out = PhpValue::array();
    out.insert("requests", m_requests);
    out.insert("controlRequests", m_controlRequests);
    PhpValue byStatus = PhpValue::array();
    for (auto it = m_byStatus.cbegin(); it != m_byStatus.cend(); ++it)
        byStatus.insert(PhpKey(qint64(it.key())), it.value());
    out.insert("byStatus", byStatus);
    out.insert("refusals", counts(m_refusals));
    out.insert("faults", counts(m_faults));
    PhpValue methods = PhpValue::array();
    for (auto it = m_methods.cbegin(); it != m_methods.cend(); ++it) {
        PhpValue m = PhpValue::array();
        m.insert("requests", it->requests);
        m.insert("calls", it->calls);
        m.insert("ok", it->ok);
        m.insert("errors", counts(it->errors));
        m.insert("faults", counts(it->faults));
        methods.insert(it.key(), m);
    }
    out.insert("methods", methods);
    return out;
}

} // namespace identsync::fake
