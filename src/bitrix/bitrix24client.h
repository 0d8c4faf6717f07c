#pragma once

#include "batchcommand.h"
#include "callresult.h"
#include "clientconfig.h"
#include "pendingoperation.h"
#include "portalendpoint.h"
#include "responseparser.h"

#include "core/circuitbreaker.h"
#include "core/leakybucket.h"
#include "core/operatingbudget.h"
#include "core/retrypolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace identsync {

struct CallOptions
{
    // Carried into every log line of the request; a fresh one is made when empty.
    QString correlationId;
    // The call addresses a record we bound earlier, so "Not found" means deleted in the CRM.
    bool boundRecord = false;
};

// The Bitrix24 inbound-webhook client (SPEC §3, bitrix24-rest.md). One per portal and thread: it
// owns the thread's QNetworkAccessManager, must be used from the thread it lives on, and never
// blocks it; every wait is a timer.
//
// Before each HTTP request it waits for the per-portal pacer (a batch is one request), for the
// method's operating budget and for the circuit breaker. Every failure is classified with
// core classify(). Reads (BatchCommand::isReadMethod, or a batch of only reads) are retried here
// per RetryPolicy for transient, rate-limited and operation-limited failures; writes are sent
// exactly once and reported as ok, failed or outcome unknown, and the engine decides.
class Bitrix24Client : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        qint64 requestsSent = 0;
        qint64 rateLimitRefusals = 0; // 503 QUERY_LIMIT_EXCEEDED answers
        qint64 operatingRefusals = 0; // 429 OPERATION_TIME_LIMIT answers
        qint64 readRetries = 0;
        qint64 redirects = 0;
        qint64 bytesReceived = 0;
    };

    static constexpr int maxBatchCommands = 50;

    explicit Bitrix24Client(const PortalEndpoint &endpoint, const ClientConfig &config = {},
                            QObject *parent = nullptr);
    ~Bitrix24Client() override;

    Pending<CallResult> *call(const QString &method, const QJsonObject &params = {},
                              const CallOptions &options = {});
    // Up to 50 commands in one HTTP request. `halt`: the portal stops at the first failing
    // command; the ones after it come back as NOT_EXECUTED.
    Pending<BatchResult> *batch(const QList<BatchCommand> &commands, bool halt = false,
                                const CallOptions &options = {});

    PortalEndpoint endpoint() const { return m_endpoint; }
    const ClientConfig &config() const { return m_config; }
    CircuitBreaker::State circuitState() const { return m_breaker.state(); }
    std::chrono::milliseconds circuitRetryIn() const { return m_breaker.retryIn(); }
    double bucketLevel() const { return m_bucket.level(); }
    // How long calls of `method` are held back by the operating budget, in our time.
    std::chrono::milliseconds methodPausedFor(const QString &method) const;
    Stats stats() const { return m_stats; }
    int queuedRequests() const { return int(m_queue.size()); }
    int requestsInFlight() const { return int(m_inFlight.size()); }

    static QString newCorrelationId();

signals:
    // The portal answered 302 with a new address; every later request goes there. Persist
    // `to` (PortalEndpoint::webhookUrl() into the keychain) so the next start uses it too.
    void portalMoved(const identsync::PortalEndpoint &from, const identsync::PortalEndpoint &to);
    void circuitStateChanged(identsync::CircuitBreaker::State state);

private:
    struct Request;
    struct Attempt;
    using RequestPtr = std::shared_ptr<Request>;

    RequestPtr makeRequest(const QString &method, const CallOptions &options);
    void enqueue(const RequestPtr &request);
    void schedulePump(std::chrono::milliseconds in);
    void pump();
    void send(const RequestPtr &request);
    void onReplyFinished(QNetworkReply *reply);
    Attempt evaluate(QNetworkReply *reply, const RequestPtr &request);
    bool handleRedirect(const RequestPtr &request, const Attempt &attempt);
    void handleSuccess(const RequestPtr &request, const Attempt &attempt);
    void handleFailure(const RequestPtr &request, const Attempt &attempt);
    void recordTiming(const QString &method, const PortalTime &time,
                      std::optional<double> portalNow);
    void cancelRequest(const RequestPtr &request);
    void finishFailed(const RequestPtr &request, const ErrorInfo &error, bool outcomeUnknown);
    void noteCircuitState();
    std::chrono::milliseconds toReal(std::chrono::milliseconds portalTime) const;
    std::chrono::milliseconds realNow() const;

    PortalEndpoint m_endpoint;
    ClientConfig m_config;
    MonotonicClock m_portalClock; // our monotonic clock sped up by timeScale
    LeakyBucket m_bucket;
    OperatingBudget m_budget;
    CircuitBreaker m_breaker;
    RetryPolicy m_retry;
    QNetworkAccessManager *m_nam = nullptr;
    std::deque<RequestPtr> m_queue;
    QHash<QNetworkReply *, RequestPtr> m_inFlight;
    QTimer m_pumpTimer;
    CircuitBreaker::State m_lastCircuitState = CircuitBreaker::State::Closed;
    Stats m_stats;
};

} // namespace identsync
