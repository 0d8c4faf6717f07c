#pragma once

#include "fake-bitrix24/batchrunner.h"
#include "fake-bitrix24/crmstore.h"
#include "fake-bitrix24/faultinjector.h"
#include "fake-bitrix24/httpmessage.h"
#include "fake-bitrix24/limiterclock.h"
#include "fake-bitrix24/operatinglimiter.h"
#include "fake-bitrix24/phpjson.h"
#include "fake-bitrix24/portalconfig.h"
#include "fake-bitrix24/portalstats.h"
#include "fake-bitrix24/ratelimiter.h"
#include "fake-bitrix24/restrouter.h"

#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

namespace identsync::fake {

// A local Bitrix24 portal: the webhook REST API under /rest/{user}/{code}/{method} and the
// control endpoints under /_fake/. Everything runs on the thread the portal lives on.
class FakePortal : public QObject
{
    Q_OBJECT
public:
    explicit FakePortal(const PortalConfig &config, QObject *parent = nullptr);
    ~FakePortal() override;

    // Loads the state file (if any) and starts listening. False with `error` set on failure.
    bool listen(QString *error);
    quint16 port() const;
    QUrl baseUrl() const;
    // http://host:port/rest/{user}/{code}/ — append a method name.
    QUrl webhookUrl() const;

    // Writes the state file now (no-op without --state).
    bool saveState(QString *error);

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse handleRest(const HttpRequest &request);
    HttpResponse handleControl(const HttpRequest &request, const QByteArray &path);

    bool parseParams(const HttpRequest &request, PhpValue *params, QString *error) const;
    // Runs one method call through the operating limiter, the handler and the statistics.
    MethodResult execute(const QString &method, const PhpValue &params, double *simulated,
                         PhpValue *time, double startWall);
    PhpValue timeObject(const QString &method, double startWall, double finishWall,
                        double processing) const;
    HttpResponse jsonResponse(int status, const PhpValue &body) const;
    HttpResponse errorResponse(int status, const QString &code, const QString &description) const;
    HttpResponse htmlProxyPage(int status) const;
    HttpResponse seed(const PhpValue &body);
    HttpResponse setFaults(const PhpValue &body);
    HttpResponse setLimits(const PhpValue &body);
    PhpValue limitsJson() const;
    void scheduleSave();

    PortalConfig m_config;
    LimiterClock m_clock;
    RateLimiter m_rateLimiter;
    OperatingLimiter m_operatingLimiter;
    FaultInjector m_faults;
    CrmStore m_store;
    RestRouter m_router;
    PortalStats m_stats;
    QTcpServer m_server;
    QTimer m_saveTimer;
    quint64 m_savedRevision = 0;
    PhpJson::EncodeOptions m_jsonOptions;
};

} // namespace identsync::fake
