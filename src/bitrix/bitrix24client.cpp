#include "bitrix24client.h"

#include "bitrixlog.h"
#include "responseparser.h"

#include "core/errorclassifier.h"
#include "core/metricsregistry.h"
#include "core/piimask.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace identsync {

using std::chrono::milliseconds;

// One logical call or batch: survives read retries and redirects, one HTTP attempt at a time.
struct Bitrix24Client::Request
{
    QString method; // REST method of the HTTP request: the call's method or "batch"
    QString correlationId;
    QByteArray body;
    bool allReads = false;
    bool boundRecord = false;
    bool isBatch = false;
    QStringList commandKeys;    // batch only
    QStringList commandMethods; // batch only
    QPointer<Pending<CallResult>> callPending;
    QPointer<Pending<BatchResult>> batchPending;

    int attempts = 0;
    int redirects = 0;
    milliseconds notBefore{0}; // our monotonic time; read retries wait until then
    QNetworkReply *reply = nullptr;
    QByteArray received;
    bool timedOut = false;
    bool tooLarge = false;
    bool cancelled = false;
    qint64 sentAtMs = 0;
};

// What one HTTP attempt produced, before any decision is taken on it.
struct Bitrix24Client::Attempt
{
    int httpStatus = 0;
    TransportError transport = TransportError::None;
    QString transportText;
    ParsedResponse parsed;
    QUrl location;
    std::optional<std::chrono::seconds> retryAfter;
};

namespace {

constexpr milliseconds kMinTimer{1};

// A request body QNetworkAccessManager cannot rewind. QNAM quietly sends a request again when
// the connection closes before an answer arrives (a reused keep-alive connection, or a portal
// that dropped the answer after committing the write); for a write that is a duplicate nobody
// decided on. With a body that cannot be reset it reports ContentReSendError instead, and the
// call ends as "outcome unknown", which is the truth.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QString masked(const QString &text)
{
    return PiiMask::text(text);
}

// Which failures may have reached the portal and been executed: no trustworthy answer came back.
bool transportMaySend(TransportError error)
{
    switch (error) {
    case TransportError::Timeout:
    case TransportError::ConnectionReset:
    case TransportError::Cancelled:
    case TransportError::ResponseTooLarge:
    case TransportError::Other:
        return true;
    case TransportError::None:
    case TransportError::ConnectionRefused:
    case TransportError::HostNotFound:
    case TransportError::Tls:
    case TransportError::Count:
        return false;
    }
    return true;
}

// Not a switch: QNetworkReply::NetworkError has dozens of values and all but these few mean
// "some other network failure".
TransportError transportOf(QNetworkReply::NetworkError error)
{
    if (error == QNetworkReply::ConnectionRefusedError)
        return TransportError::ConnectionRefused;
    if (error == QNetworkReply::HostNotFoundError)
        return TransportError::HostNotFound;
    if (error == QNetworkReply::SslHandshakeFailedError)
        return TransportError::Tls;
    if (error == QNetworkReply::TimeoutError)
        return TransportError::Timeout;
    // ContentReSendError: the connection closed after the body went out (see OneShotBody).
    if (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ContentReSendError)
        return TransportError::ConnectionReset;
    if (error == QNetworkReply::OperationCanceledError)
        return TransportError::Cancelled;
    return TransportError::Other;
}

CallResult failedCall(const ErrorInfo &error, bool outcomeUnknown, const QString &correlationId,
                      int attempts)
{
    CallResult r;
    r.ok = false;
    r.outcomeUnknown = outcomeUnknown;
    r.error = error;
    r.correlationId = correlationId;
    r.attempts = attempts;
    return r;
}

ErrorInfo classified(const ClassifyInput &in, QString message)
{
    ErrorInfo e;
    e.cls = classify(in);
    e.transport = in.transport;
    e.httpStatus = in.httpStatus;
    e.code = in.code;
    e.message = std::move(message);
    return e;
}

} // namespace

Bitrix24Client::Bitrix24Client(const PortalEndpoint &endpoint, const ClientConfig &config,
                               QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_config(config)
    , m_portalClock([scale = std::max(1e-3, config.timeScale), base = steadyClock()] {
        return milliseconds{static_cast<qint64>(double(base().count()) * scale)};
    })
    , m_bucket(config.limits, m_portalClock)
    , m_budget(config.operating, m_portalClock)
    , m_breaker(config.breaker)
    , m_retry(config.retry)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<identsync::PortalEndpoint>();
    qRegisterMetaType<identsync::CircuitBreaker::State>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &Bitrix24Client::pump);
}

Bitrix24Client::~Bitrix24Client()
{
    m_pumpTimer.stop();
    const ErrorInfo gone{ErrorClass::Transient,
                         TransportError::Cancelled,
                         0,
                         QString(),
                         QStringLiteral("the Bitrix24 client was shut down"),
                         std::nullopt};
    for (const RequestPtr &request : std::exchange(m_queue, {}))
        finishFailed(request, gone, false);
    const auto inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        finishFailed(it.value(), gone, true);
    }
}

QString Bitrix24Client::newCorrelationId()
{
    return QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16)
        .rightJustified(12, QLatin1Char('0'));
}

milliseconds Bitrix24Client::realNow() const
{
    return steadyClock()();
}

milliseconds Bitrix24Client::toReal(milliseconds portalTime) const
{
    const double scale = std::max(1e-3, m_config.timeScale);
    return milliseconds{static_cast<qint64>(std::ceil(double(portalTime.count()) / scale))};
}

milliseconds Bitrix24Client::methodPausedFor(const QString &method) const
{
    return toReal(m_budget.waitFor(method));
}

Bitrix24Client::RequestPtr Bitrix24Client::makeRequest(const QString &method,
                                                       const CallOptions &options)
{
    auto request = std::make_shared<Request>();
    request->method = method;
    request->correlationId =
        options.correlationId.isEmpty() ? newCorrelationId() : options.correlationId;
    request->boundRecord = options.boundRecord;
    return request;
}

Pending<CallResult> *Bitrix24Client::call(const QString &method, const QJsonObject &params,
                                          const CallOptions &options)
{
    auto *pending = new Pending<CallResult>(this);
    RequestPtr request = makeRequest(method.trimmed(), options);
    request->callPending = pending;
    request->allReads = BatchCommand::isReadMethod(request->method);
    request->body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    connect(pending, &PendingOperation::cancelRequested, this,
            [this, weak = std::weak_ptr<Request>(request)] {
                if (const RequestPtr r = weak.lock())
                    cancelRequest(r);
            });
    if (!BatchCommand::isValidMethod(request->method) ||
        request->method.compare(QLatin1String("batch"), Qt::CaseInsensitive) == 0) {
        const ErrorInfo error{ErrorClass::Internal,
                              TransportError::None,
                              0,
                              QString(),
                              QStringLiteral("\"%1\" is not a REST method name this client "
                                             "calls directly")
                                  .arg(method.left(64)),
                              std::nullopt};
        QTimer::singleShot(0, pending,
                           [this, request, error] { finishFailed(request, error, false); });
        return pending;
    }
    enqueue(request);
    return pending;
}

Pending<BatchResult> *Bitrix24Client::batch(const QList<BatchCommand> &commands, bool halt,
                                            const CallOptions &options)
{
    auto *pending = new Pending<BatchResult>(this);
    RequestPtr request = makeRequest(QStringLiteral("batch"), options);
    request->batchPending = pending;
    request->isBatch = true;
    request->allReads = !commands.isEmpty();
    for (const BatchCommand &c : commands) {
        request->commandKeys << c.key;
        request->commandMethods << c.method;
        request->allReads = request->allReads && BatchCommand::isReadMethod(c.method);
    }
    connect(pending, &PendingOperation::cancelRequested, this,
            [this, weak = std::weak_ptr<Request>(request)] {
                if (const RequestPtr r = weak.lock())
                    cancelRequest(r);
            });

    QString problem;
    std::optional<QByteArray> body;
    if (commands.isEmpty())
        problem = QStringLiteral("a batch needs at least one command");
    else if (commands.size() > maxBatchCommands)
        problem = QStringLiteral("a batch takes at most %1 commands, got %2")
                      .arg(maxBatchCommands)
                      .arg(commands.size());
    else
        body = BatchCommand::buildBody(commands, halt, &problem);
    if (!body) {
        const ErrorInfo error{ErrorClass::Internal, TransportError::None, 0, QString(), problem,
                              std::nullopt};
        QTimer::singleShot(0, pending,
                           [this, request, error] { finishFailed(request, error, false); });
        return pending;
    }
    request->body = *body;
    enqueue(request);
    return pending;
}

void Bitrix24Client::enqueue(const RequestPtr &request)
{
    m_queue.push_back(request);
    schedulePump(milliseconds{0});
}

void Bitrix24Client::schedulePump(milliseconds in)
{
    if (m_pumpTimer.isActive() && m_pumpTimer.remainingTime() <= in.count())
        return;
    m_pumpTimer.start(int(std::clamp<qint64>(in.count(), 0, 24LL * 3600 * 1000)));
}

void Bitrix24Client::pump()
{
    const milliseconds none = milliseconds::max();
    milliseconds wake = none;
    const milliseconds now = realNow();
    for (auto it = m_queue.begin();
         it != m_queue.end() && m_inFlight.size() < qsizetype(std::max(1, m_config.maxInFlight));) {
        const RequestPtr request = *it;
        if (request->notBefore > now) {
            wake = std::min(wake, request->notBefore - now);
            ++it;
            continue;
        }
        // A paused method holds only its own calls; the others go ahead of it.
        milliseconds operatingWait = m_budget.waitFor(request->method);
        for (const QString &m : std::as_const(request->commandMethods))
            operatingWait = std::max(operatingWait, m_budget.waitFor(m));
        if (operatingWait > milliseconds{0}) {
            wake = std::min(wake, std::max(kMinTimer, toReal(operatingWait)));
            ++it;
            continue;
        }
        const milliseconds bucketWait = m_bucket.timeUntilFree();
        if (bucketWait > milliseconds{0}) {
            wake = std::min(wake, std::max(kMinTimer, toReal(bucketWait)));
            break;
        }
        if (!m_breaker.allowRequest()) {
            // Open, or half-open with the probe out: its answer wakes us up too.
            wake = std::min(wake, std::max(milliseconds{100}, m_breaker.retryIn()));
            noteCircuitState();
            break;
        }
        // The bucket is this thread's alone and was free a moment ago.
        [[maybe_unused]] const bool acquired = m_bucket.tryAcquire();
        Q_ASSERT(acquired);
        it = m_queue.erase(it);
        send(request);
    }
    noteCircuitState();
    if (wake != none && !m_queue.empty())
        schedulePump(wake);
}

void Bitrix24Client::send(const RequestPtr &request)
{
    ++request->attempts;
    ++m_stats.requestsSent;
    MetricsRegistry::global().add(QLatin1String(metric::httpRequests),
                                  {{QStringLiteral("method"), request->method}});
    if (m_bucket.capacity() > 0)
        MetricsRegistry::global().set(QLatin1String(metric::pacerFill),
                                      m_bucket.level() / m_bucket.capacity());
    request->received.clear();
    request->timedOut = false;
    request->tooLarge = false;
    request->sentAtMs = realNow().count();

    QNetworkRequest nr(m_endpoint.methodUrl(request->method));
    nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    nr.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    nr.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: its connection pool is what maxInFlight mirrors, and it has no stream
    // resets that QNAM would answer by resending.
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    nr.setHeader(QNetworkRequest::ContentLengthHeader, request->body.size());
    auto *body = new OneShotBody(request->body, nullptr);
    QNetworkReply *reply = m_nam->post(nr, body);
    body->setParent(reply);
    request->reply = reply;
    m_inFlight.insert(reply, request);

    qCDebug(lcBitrix).noquote()
        << QStringLiteral("[%1] -> %2%3 (attempt %4) to %5")
               .arg(request->correlationId, request->method,
                    request->isBatch
                        ? QStringLiteral(" of %1 commands").arg(request->commandKeys.size())
                        : QString())
               .arg(request->attempts)
               .arg(m_endpoint.displayUrl());

    const qint64 cap = m_config.maxResponseBytes;
    const auto overCap = [request, reply, cap](qint64 size) {
        if (size > cap && !request->tooLarge) {
            request->tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, overCap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            overCap(length.toLongLong());
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, request, reply, overCap] {
        if (request->tooLarge)
            return;
        const QByteArray chunk = reply->readAll();
        m_stats.bytesReceived += chunk.size();
        request->received += chunk;
        overCap(request->received.size());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    QTimer::singleShot(m_config.requestTimeout, reply, [request, reply] {
        request->timedOut = true;
        reply->abort();
    });
}

Bitrix24Client::Attempt Bitrix24Client::evaluate(QNetworkReply *reply, const RequestPtr &request)
{
    Attempt a;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    a.httpStatus = status.isValid() ? status.toInt() : 0;
    if (!request->tooLarge && reply->isOpen()) {
        const QByteArray rest = reply->readAll();
        m_stats.bytesReceived += rest.size();
        request->received += rest;
    }

    if (request->timedOut) {
        a.transport = TransportError::Timeout;
        a.transportText = QStringLiteral("no complete answer within %1 s")
                              .arg(double(m_config.requestTimeout.count()) / 1000.0);
        return a;
    }
    if (request->tooLarge) {
        a.transport = TransportError::ResponseTooLarge;
        a.transportText = QStringLiteral("the answer is larger than %1 bytes; it was cut off")
                              .arg(m_config.maxResponseBytes);
        return a;
    }
    if (request->cancelled) {
        a.transport = TransportError::Cancelled;
        a.transportText = QStringLiteral("cancelled while waiting for the portal's answer");
        return a;
    }
    const QNetworkReply::NetworkError error = reply->error();
    // HTTP error statuses arrive as "content" errors with the body intact; anything at the
    // network level means the answer is missing or incomplete.
    const bool httpLevel =
        a.httpStatus > 0 && error != QNetworkReply::ContentReSendError &&
        (error == QNetworkReply::NoError || (error >= QNetworkReply::ContentAccessDenied &&
                                             error <= QNetworkReply::UnknownServerError));
    if (!httpLevel) {
        a.transport = transportOf(error);
        a.transportText = m_endpoint.redact(reply->errorString());
        return a;
    }
    if (a.httpStatus >= 300 && a.httpStatus <= 399) {
        a.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (a.location.isRelative())
            a.location = reply->url().resolved(a.location);
    }
    const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    if (!retryAfter.isEmpty())
        a.retryAfter = RetryPolicy::parseRetryAfter(QString::fromLatin1(retryAfter),
                                                    QDateTime::currentDateTimeUtc());
    if (!(a.httpStatus >= 300 && a.httpStatus <= 399))
        a.parsed = ResponseParser::parse(
            a.httpStatus, request->received,
            reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1());
    return a;
}

void Bitrix24Client::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const RequestPtr request = m_inFlight.take(reply);
    if (!request)
        return;
    request->reply = nullptr;
    const Attempt attempt = evaluate(reply, request);

    if (attempt.transport == TransportError::None && attempt.httpStatus >= 300 &&
        attempt.httpStatus <= 399) {
        if (handleRedirect(request, attempt)) {
            schedulePump(milliseconds{0});
            return;
        }
    } else if (attempt.transport == TransportError::None &&
               attempt.parsed.kind == ParsedResponse::Kind::Success) {
        handleSuccess(request, attempt);
    } else {
        handleFailure(request, attempt);
    }
    schedulePump(milliseconds{0});
}

bool Bitrix24Client::handleRedirect(const RequestPtr &request, const Attempt &attempt)
{
    m_breaker.recordSuccess();
    noteCircuitState();
    ++m_stats.redirects;
    QString problem;
    std::optional<PortalEndpoint> moved;
    if (request->redirects >= m_config.maxRedirects)
        problem = QStringLiteral("the portal redirected %1 times in a row").arg(request->redirects);
    else
        moved = m_endpoint.movedTo(attempt.location, &problem);
    if (!moved) {
        ClassifyInput in;
        in.httpStatus = attempt.httpStatus;
        const ErrorInfo error = classified(
            in, QStringLiteral("The portal answered HTTP %1 (address change) but the new address "
                               "cannot be used: %2")
                    .arg(attempt.httpStatus)
                    .arg(problem));
        qCWarning(lcBitrix).noquote()
            << QStringLiteral("[%1] %2: %3")
                   .arg(request->correlationId, request->method, error.message);
        finishFailed(request, error, false);
        return false;
    }
    ++request->redirects;
    // The old address did not run the request, so sending it to the new one is safe for writes.
    --request->attempts;
    if (!(*moved == m_endpoint)) {
        const PortalEndpoint from = m_endpoint;
        m_endpoint = *moved;
        qCWarning(lcBitrix).noquote()
            << QStringLiteral("[%1] the portal moved from %2 to %3; using the new address")
                   .arg(request->correlationId, from.displayUrl(), m_endpoint.displayUrl());
        emit portalMoved(from, m_endpoint);
    }
    m_queue.push_front(request);
    return true;
}

void Bitrix24Client::recordTiming(const QString &method, const PortalTime &time,
                                  std::optional<double> portalNow)
{
    if (!time.operating)
        return;
    const double now = portalNow.value_or(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    // The reset moment comes on the portal's wall clock. The budget runs on portal time, which
    // a fake portal in a test speeds up by timeScale, so the distance to it is scaled alike.
    std::optional<double> resetAt;
    if (time.operatingResetAt)
        resetAt = now + (double(*time.operatingResetAt) - now) * m_config.timeScale;
    m_budget.record(method, *time.operating, resetAt, now);
}

void Bitrix24Client::handleSuccess(const RequestPtr &request, const Attempt &attempt)
{
    m_breaker.recordSuccess();
    noteCircuitState();
    const ParsedResponse &p = attempt.parsed;
    const qint64 elapsed = realNow().count() - request->sentAtMs;

    if (!request->isBatch) {
        recordTiming(request->method, p.time, p.time.finish);
        CallResult r;
        r.ok = true;
        r.result = p.result;
        r.total = p.total.value_or(0);
        r.next = p.next;
        r.operating = p.time.operating.value_or(0);
        r.operatingResetAt = p.time.operatingResetAt;
        r.correlationId = request->correlationId;
        r.attempts = request->attempts;
        qCDebug(lcBitrix).noquote() << QStringLiteral("[%1] <- %2 ok in %3 ms")
                                           .arg(request->correlationId, request->method)
                                           .arg(elapsed);
        if (request->callPending)
            request->callPending->finish(std::move(r));
        return;
    }

    QString problem;
    const auto commands = ResponseParser::unpackBatch(p.result, request->commandKeys, &problem);
    if (!commands) {
        ClassifyInput in;
        in.httpStatus = attempt.httpStatus;
        in.malformedBody = true;
        const ErrorInfo error =
            classified(in, QStringLiteral("Unreadable batch answer: %1").arg(problem));
        qCWarning(lcBitrix).noquote() << QStringLiteral("[%1] batch: %2 (outcome unknown)")
                                             .arg(request->correlationId, error.message);
        finishFailed(request, error, true);
        return;
    }
    recordTiming(request->method, p.time, p.time.finish);
    BatchResult batch;
    batch.ok = true;
    batch.correlationId = request->correlationId;
    batch.attempts = request->attempts;
    int failed = 0;
    for (qsizetype i = 0; i < commands->size(); ++i) {
        const ParsedCommand &c = commands->at(i);
        CommandResult command;
        command.key = c.key;
        command.method = request->commandMethods.value(i);
        CallResult &r = command.call;
        r.correlationId = request->correlationId;
        r.attempts = request->attempts;
        r.operating = c.time.operating.value_or(0);
        r.operatingResetAt = c.time.operatingResetAt;
        recordTiming(command.method, c.time, p.time.finish);
        switch (c.state) {
        case ParsedCommand::State::Ok:
            r.ok = true;
            r.result = c.result;
            r.total = c.total.value_or(0);
            r.next = c.next;
            break;
        case ParsedCommand::State::Failed: {
            ++failed;
            ClassifyInput in;
            in.httpStatus = attempt.httpStatus;
            in.code = c.errorCode;
            in.description = c.errorDescription;
            in.boundDealContext = request->boundRecord;
            r.error =
                classified(in, c.errorDescription.isEmpty() ? c.errorCode : c.errorDescription);
            if (r.error.cls == ErrorClass::OperationLimit)
                m_budget.blocked(command.method);
            qCInfo(lcBitrix).noquote()
                << QStringLiteral("[%1] batch command %2 (%3) failed: %4 %5 %6")
                       .arg(request->correlationId, c.key, command.method, toKey(r.error.cls),
                            c.errorCode, masked(c.errorDescription));
            break;
        }
        case ParsedCommand::State::NotExecuted:
            ++failed;
            r.error = ErrorInfo{ErrorClass::Transient,
                                TransportError::None,
                                attempt.httpStatus,
                                QStringLiteral("NOT_EXECUTED"),
                                QStringLiteral("The portal did not run this command (the batch "
                                               "stopped at an earlier failing command)."),
                                std::nullopt};
            break;
        }
        batch.commands.append(command);
    }
    qCDebug(lcBitrix).noquote() << QStringLiteral("[%1] <- batch of %2 in %3 ms, %4 failed")
                                       .arg(request->correlationId)
                                       .arg(commands->size())
                                       .arg(elapsed)
                                       .arg(failed);
    if (request->batchPending)
        request->batchPending->finish(std::move(batch));
}

void Bitrix24Client::handleFailure(const RequestPtr &request, const Attempt &attempt)
{
    ClassifyInput in;
    in.transport = attempt.transport;
    in.httpStatus = attempt.httpStatus;
    in.boundDealContext = request->boundRecord;
    QString message;
    bool outcomeUnknown = false;
    if (attempt.transport != TransportError::None) {
        message = attempt.transportText;
        outcomeUnknown = transportMaySend(attempt.transport);
    } else if (attempt.parsed.kind == ParsedResponse::Kind::Error) {
        in.code = attempt.parsed.errorCode;
        in.description = attempt.parsed.errorDescription;
        message = in.description.isEmpty() ? in.code : in.description;
    } else {
        in.malformedBody = true;
        message = attempt.parsed.problem;
        // A proxy's page or a broken body says nothing about whether the portal ran the call;
        // only a client error (4xx) means it was turned away.
        outcomeUnknown = !(attempt.httpStatus >= 400 && attempt.httpStatus <= 499);
    }
    ErrorInfo error = classified(in, message);
    if (attempt.retryAfter)
        error.retryAfter = RetryPolicy::clampRetryAfter(*attempt.retryAfter);

    // Our own cancellation says nothing about the portal; a stuck probe times out in the breaker.
    if (!request->cancelled) {
        m_breaker.recordFailure(error.cls);
        noteCircuitState();
    }
    if (error.cls == ErrorClass::RateLimited || error.cls == ErrorClass::OperationLimit)
        MetricsRegistry::global().add(QLatin1String(metric::httpRefusals),
                                      {{QStringLiteral("method"), request->method},
                                       {QStringLiteral("reason"), toKey(error.cls)}});
    if (error.cls == ErrorClass::RateLimited) {
        ++m_stats.rateLimitRefusals;
        m_bucket.saturate();
    } else if (error.cls == ErrorClass::OperationLimit) {
        ++m_stats.operatingRefusals;
        m_budget.blocked(request->method);
    }

    qCWarning(lcBitrix).noquote()
        << QStringLiteral("[%1] %2 attempt %3 failed: %4 HTTP %5 %6: %7%8")
               .arg(request->correlationId, request->method)
               .arg(request->attempts)
               .arg(toKey(error.cls))
               .arg(error.httpStatus)
               .arg(error.code.isEmpty() ? toKey(error.transport) : error.code, masked(message),
                    outcomeUnknown ? QStringLiteral(" (outcome unknown)") : QString());

    const bool retryable = error.cls == ErrorClass::Transient ||
                           error.cls == ErrorClass::RateLimited ||
                           error.cls == ErrorClass::OperationLimit;
    if (request->allReads && retryable && !request->cancelled &&
        request->attempts < m_config.maxReadAttempts) {
        std::optional<milliseconds> resetIn;
        if (error.cls == ErrorClass::OperationLimit)
            resetIn = m_budget.waitFor(request->method);
        const RetryDecision decision =
            m_retry.decide(error.cls, request->attempts, error.retryAfter, resetIn);
        if (decision.action == RetryAction::RetryLater ||
            decision.action == RetryAction::PauseMethod) {
            const milliseconds delay = toReal(decision.delay);
            request->notBefore = realNow() + delay;
            ++m_stats.readRetries;
            qCInfo(lcBitrix).noquote() << QStringLiteral("[%1] %2: read retried in %3 ms")
                                              .arg(request->correlationId, request->method)
                                              .arg(delay.count());
            m_queue.push_front(request);
            schedulePump(delay);
            return;
        }
    }
    finishFailed(request, error, outcomeUnknown);
}

void Bitrix24Client::finishFailed(const RequestPtr &request, const ErrorInfo &error,
                                  bool outcomeUnknown)
{
    if (request->callPending) {
        request->callPending->finish(
            failedCall(error, outcomeUnknown, request->correlationId, request->attempts));
    }
    if (request->batchPending) {
        BatchResult batch;
        batch.ok = false;
        batch.outcomeUnknown = outcomeUnknown;
        batch.error = error;
        batch.correlationId = request->correlationId;
        batch.attempts = request->attempts;
        for (qsizetype i = 0; i < request->commandKeys.size(); ++i) {
            batch.commands.append(CommandResult{
                request->commandKeys.at(i), request->commandMethods.value(i),
                failedCall(error, outcomeUnknown, request->correlationId, request->attempts)});
        }
        request->batchPending->finish(std::move(batch));
    }
}

void Bitrix24Client::cancelRequest(const RequestPtr &request)
{
    const auto queued = std::find(m_queue.begin(), m_queue.end(), request);
    if (queued != m_queue.end()) {
        m_queue.erase(queued);
        finishFailed(request,
                     ErrorInfo{ErrorClass::Transient, TransportError::Cancelled, 0, QString(),
                               QStringLiteral("cancelled before it was sent"), std::nullopt},
                     false);
        return;
    }
    if (request->reply) {
        request->cancelled = true;
        request->reply->abort();
    }
}

void Bitrix24Client::noteCircuitState()
{
    const CircuitBreaker::State state = m_breaker.state();
    QList<std::pair<MetricsRegistry::Labels, double>> circuit;
    for (int i = 0; i < enumCount<CircuitBreaker::State>(); ++i) {
        const auto each = CircuitBreaker::State(i);
        circuit.append({{{QStringLiteral("state"), toKey(each)}}, each == state ? 1.0 : 0.0});
    }
    MetricsRegistry::global().replace(QLatin1String(metric::circuitState), circuit);
    if (state == m_lastCircuitState)
        return;
    m_lastCircuitState = state;
    qCWarning(lcBitrix).noquote()
        << QStringLiteral("circuit for %1 is now %2").arg(m_endpoint.displayUrl(), toKey(state));
    emit circuitStateChanged(state);
}

} // namespace identsync
