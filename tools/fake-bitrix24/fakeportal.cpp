#include "fake-bitrix24/fakeportal.h"

#include "fake-bitrix24/fakelog.h"
#include "fake-bitrix24/httpconnection.h"
#include "fake-bitrix24/phpquery.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTcpSocket>

#include <chrono>
#include <cmath>

Q_LOGGING_CATEGORY(lcFake, "identsync.fake")

namespace identsync::fake {

namespace {

double wallNow()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) /
           1e6;
}

double roundTo(double value, int digits)
{
    const double f = std::pow(10.0, digits);
    return std::round(value * f) / f;
}

QByteArray percentDecode(const QByteArray &text)
{
    return QByteArray::fromPercentEncoding(text);
}

// Debounce for state-file writes: many quick writes share one save.
constexpr int kSaveDelayMs = 100;

} // namespace

FakePortal::FakePortal(const PortalConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(config.timeScale)
    , m_rateLimiter(&m_clock, config.plan)
    , m_operatingLimiter(&m_clock, config.operatingLimitSeconds)
    , m_faults(config.seed)
    , m_store(config.utcOffsetSeconds, config.webhookUser.toLongLong())
    , m_router(&m_store)
{
    m_jsonOptions.asciiOnly = config.asciiJson;
    QString error;
    if (const auto rules = FaultInjector::parseSpec(config.faults, &error))
        m_faults.setRules(*rules);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString saveError;
        if (!saveState(&saveError))
            qCWarning(lcFake) << "cannot save the state file:" << saveError;
    });
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            new HttpConnection(
                socket, [this](const HttpRequest &r) { return handle(r); }, this);
    });
}

FakePortal::~FakePortal()
{
    QString error;
    if (m_store.revision() != m_savedRevision && !saveState(&error))
        qCWarning(lcFake) << "cannot save the state file:" << error;
}

bool FakePortal::listen(QString *error)
{
    if (!m_config.stateFile.isEmpty() && QFile::exists(m_config.stateFile)) {
        QFile file(m_config.stateFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("state file %1: %2").arg(m_config.stateFile, file.errorString());
            return false;
        }
        PhpValue state;
        QString parseError;
        if (!PhpJson::decode(file.readAll(), &state, &parseError) ||
            !m_store.fromState(state, &parseError)) {
            *error =
                QStringLiteral("state file %1 is not a fake-bitrix24 state: %2. Fix or delete it.")
                    .arg(m_config.stateFile, parseError);
            return false;
        }
    }
    m_savedRevision = m_store.revision();
    if (!m_server.listen(m_config.bind, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.bind.toString())
                     .arg(m_config.port)
                     .arg(m_server.errorString());
        return false;
    }
    return true;
}

quint16 FakePortal::port() const
{
    return m_server.serverPort();
}

QUrl FakePortal::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.bind.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl FakePortal::webhookUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/rest/%1/%2/").arg(m_config.webhookUser, m_config.webhookCode));
    return url;
}

bool FakePortal::saveState(QString *error)
{
    if (m_config.stateFile.isEmpty())
        return true;
    QSaveFile file(m_config.stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(PhpJson::encode(m_store.toState()));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    m_savedRevision = m_store.revision();
    return true;
}

void FakePortal::scheduleSave()
{
    if (!m_config.stateFile.isEmpty() && m_store.revision() != m_savedRevision &&
        !m_saveTimer.isActive())
        m_saveTimer.start();
}

HttpResponse FakePortal::handle(const HttpRequest &request)
{
    const QByteArray path = percentDecode(request.path);
    HttpResponse response;
    if (path.startsWith("/rest/"))
        response = handleRest(request);
    else if (path.startsWith("/_fake/"))
        response = handleControl(request, path);
    else
        response = errorResponse(404, QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                                 QStringLiteral("Method not found!"));
    scheduleSave();
    return response;
}

HttpResponse FakePortal::jsonResponse(int status, const PhpValue &body) const
{
    HttpResponse r;
    r.status = status;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    r.body = PhpJson::encode(body, m_jsonOptions);
    return r;
}

HttpResponse FakePortal::errorResponse(int status, const QString &code,
                                       const QString &description) const
{
    PhpValue body = PhpValue::array();
    body.insert("error", code);
    body.insert("error_description", description);
    return jsonResponse(status, body);
}

HttpResponse FakePortal::htmlProxyPage(int status) const
{
    HttpResponse r;
    r.status = status;
    r.addHeader("Content-Type", "text/html");
    const QByteArray title = QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
    r.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" +
             title + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return r;
}

bool FakePortal::parseParams(const HttpRequest &request, PhpValue *params, QString *error) const
{
    // $_GET first, then the body, as the REST server merges them.
    *params = PhpQuery::parse(request.query);
    if (request.body.trimmed().isEmpty())
        return true;
    const QByteArray type = request.header("content-type").toLower();
    if (type.contains("application/json")) {
        PhpValue body;
        if (!PhpJson::decode(request.body, &body, error))
            return false;
        for (const auto &e : body.entries())
            params->insert(e.first, e.second);
        return true;
    }
    if (type.contains("multipart/form-data")) {
        *error = QStringLiteral("multipart/form-data bodies are not supported by the fake portal");
        return false;
    }
    PhpQuery::parseInto(request.body, params);
    return true;
}

PhpValue FakePortal::timeObject(const QString &method, double startWall, double finishWall,
                                double processing) const
{
    PhpValue t = PhpValue::array();
    t.insert("start", roundTo(startWall, 6));
    t.insert("finish", roundTo(finishWall, 6));
    t.insert("duration", finishWall - startWall);
    t.insert("processing", processing);
    t.insert("date_start",
             m_store.formatDateTime(QDateTime::fromMSecsSinceEpoch(qint64(startWall * 1000))));
    t.insert("date_finish",
             m_store.formatDateTime(QDateTime::fromMSecsSinceEpoch(qint64(finishWall * 1000))));
    const double operating = m_operatingLimiter.operating(method);
    if (const auto resetAt = m_operatingLimiter.resetAt(method))
        t.insert("operating_reset_at", qint64(std::ceil(m_clock.toWallClock(*resetAt))));
    if (operating > 0)
        t.insert("operating", operating);
    else
        t.insert("operating", 0);
    return t;
}

MethodResult FakePortal::execute(const QString &method, const PhpValue &params, double *simulated,
                                 PhpValue *time, double startWall)
{
    QElapsedTimer real;
    real.start();
    MethodResult result;
    *simulated = 0;
    if (!m_router.hasMethod(method)) {
        result = MethodResult::failure(404, QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                                       QStringLiteral("Method not found!"));
    } else if (m_operatingLimiter.isBlocked(method)) {
        result =
            MethodResult::failure(429, QStringLiteral("OPERATION_TIME_LIMIT"),
                                  QStringLiteral("Method is blocked due to operation time limit."));
    } else {
        result = m_router.call(method, params);
        *simulated = m_config.processingFor(method);
        m_operatingLimiter.record(method, *simulated);
    }
    m_stats.recordCall(method, result.ok, result.error.code);
    const double handler = double(real.nsecsElapsed()) / 1e9;
    if (result.ok) {
        const double finish = startWall + handler + m_clock.toRealSeconds(*simulated);
        *time = timeObject(method, startWall, finish, *simulated + handler);
    }
    return result;
}

HttpResponse FakePortal::handleRest(const HttpRequest &request)
{
    const double startWall = wallNow();
    QElapsedTimer real;
    real.start();
    const QByteArray path = percentDecode(request.path).mid(int(qstrlen("/rest/")));
    QList<QByteArray> segments = path.split('/');
    while (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast();
    if (segments.size() < 3) {
        // /rest/{method} is the OAuth form with no token; /rest/{code}/{method} does not
        // resolve the method (reference §1.1).
        HttpResponse r = segments.size() == 1
                             ? errorResponse(401, QStringLiteral("NO_AUTH_FOUND"),
                                             QStringLiteral("Wrong authorization data"))
                             : errorResponse(404, QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                                             QStringLiteral("Method not found!"));
        m_stats.recordRequest(QString());
        m_stats.recordAnswer(r.status,
                             segments.size() == 1 ? QStringLiteral("NO_AUTH_FOUND")
                                                  : QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                             true);
        return r;
    }
    const QString user = QString::fromUtf8(segments[0]);
    const QString code = QString::fromUtf8(segments[1]);
    QString method = QString::fromUtf8(segments.mid(2).join('/')).toLower();
    if (method.endsWith(QStringLiteral(".json")) || method.endsWith(QStringLiteral(".xml")))
        method.truncate(method.lastIndexOf(u'.'));

    m_stats.recordRequest(method);
    const FaultDecision fault = m_faults.draw(method);
    auto answer = [&](HttpResponse r, const QString &errorCode, bool isError) {
        r.delayMs += fault.latencyMs;
        if (fault.latencyMs > 0)
            m_stats.recordFault(method, faultKey(FaultKind::Latency));
        m_stats.recordAnswer(r.status, errorCode, isError);
        return r;
    };
    if (fault.before) {
        m_stats.recordFault(method, faultKey(*fault.before));
        switch (*fault.before) {
        case FaultKind::Reset: {
            HttpResponse r;
            r.action = HttpResponse::Action::Reset;
            r.delayMs = fault.latencyMs;
            return r;
        }
        case FaultKind::Error500:
            return answer(errorResponse(500, QStringLiteral("ERROR_CORE"),
                                        QStringLiteral("SQL query error!")),
                          QStringLiteral("ERROR_CORE"), true);
        case FaultKind::Html502:
            return answer(htmlProxyPage(502), QStringLiteral("HTML_502"), true);
        case FaultKind::Html503:
            return answer(htmlProxyPage(503), QStringLiteral("HTML_503"), true);
        case FaultKind::Latency:
        case FaultKind::Drop:
        case FaultKind::ResetAfter:
        case FaultKind::Truncate:
        case FaultKind::Count:
            break;
        }
    }
    if (!m_rateLimiter.admit()) {
        return answer(errorResponse(503, QStringLiteral("QUERY_LIMIT_EXCEEDED"),
                                    QStringLiteral("Too many requests")),
                      QStringLiteral("QUERY_LIMIT_EXCEEDED"), true);
    }
    if (user != m_config.webhookUser || code != m_config.webhookCode) {
        return answer(errorResponse(m_config.authFailureStatus,
                                    QStringLiteral("INVALID_CREDENTIALS"),
                                    QStringLiteral("Invalid request credentials")),
                      QStringLiteral("INVALID_CREDENTIALS"), true);
    }
    const bool isBatch = method == u"batch";
    if (!isBatch && !m_router.hasMethod(method)) {
        m_stats.recordCall(method, false, QStringLiteral("ERROR_METHOD_NOT_FOUND"));
        return answer(errorResponse(404, QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                                    QStringLiteral("Method not found!")),
                      QStringLiteral("ERROR_METHOD_NOT_FOUND"), true);
    }
    PhpValue params;
    QString parseError;
    if (!parseParams(request, &params, &parseError)) {
        return answer(
            errorResponse(400, QStringLiteral("ERROR_ARGUMENT"),
                          QStringLiteral("Cannot read the request body: %1").arg(parseError)),
            QStringLiteral("ERROR_ARGUMENT"), true);
    }

    MethodResult result;
    PhpValue time;
    double simulated = 0;
    if (isBatch) {
        // batch itself is not billed by the operating limiter; its commands are, under their
        // own method names (reference §2.2).
        BatchRunner runner([&](const QString &sub, const PhpValue &subParams) {
            BatchRunner::SubCall call;
            double subSimulated = 0;
            call.outcome = execute(sub, subParams, &subSimulated, &call.time, wallNow());
            simulated += subSimulated;
            return call;
        });
        result = runner.run(params);
        m_stats.recordCall(method, true, QString());
        const double handler = double(real.nsecsElapsed()) / 1e9;
        time = timeObject(method, startWall, startWall + handler + m_clock.toRealSeconds(simulated),
                          handler + simulated);
    } else {
        result = execute(method, params, &simulated, &time, startWall);
    }
    const double processing = simulated + double(real.nsecsElapsed()) / 1e9;
    const double simulatedDelay = m_clock.toRealSeconds(simulated);

    if (!result.ok) {
        HttpResponse r =
            errorResponse(result.error.httpStatus, result.error.code, result.error.description);
        r.delayMs = int(simulatedDelay * 1000);
        return answer(r, result.error.code, true);
    }
    PhpValue body = PhpValue::array();
    body.insert("result", result.result);
    if (result.total)
        body.insert("total", *result.total);
    if (result.next)
        body.insert("next", *result.next);
    body.insert("time", time);
    HttpResponse r = jsonResponse(200, body);
    const QByteArray seconds = QByteArray::number(processing, 'f', 6);
    r.addHeader("X-Bitrix-Rest-Time", seconds);
    r.addHeader("X-Bitrix-Rest-User-Time", seconds);
    r.addHeader("X-Bitrix-Rest-System-Time", "0");
    r.delayMs = int(simulatedDelay * 1000);
    if (fault.after) {
        m_stats.recordFault(method, faultKey(*fault.after));
        switch (*fault.after) {
        case FaultKind::Drop:
            r.action = HttpResponse::Action::HeadersThenClose;
            break;
        case FaultKind::ResetAfter:
            r.action = HttpResponse::Action::Reset;
            break;
        case FaultKind::Truncate:
            r.body.truncate(r.body.size() / 2);
            break;
        case FaultKind::Error500:
        case FaultKind::Html502:
        case FaultKind::Html503:
        case FaultKind::Reset:
        case FaultKind::Latency:
        case FaultKind::Count:
            break;
        }
    }
    return answer(r, QString(), false);
}

PhpValue FakePortal::limitsJson() const
{
    PhpValue out = PhpValue::array();
    out.insert("plan", planKey(m_rateLimiter.plan()));
    out.insert("bucketCapacity", m_rateLimiter.capacity());
    out.insert("drainPerSecond", m_rateLimiter.drainPerSecond());
    out.insert("bucketLevel", m_rateLimiter.level());
    out.insert("timeScale", m_clock.scale());
    out.insert("clock", m_clock.now());
    out.insert("operatingLimit", m_operatingLimiter.limit());
    out.insert("processingTime", m_config.processingSeconds);
    PhpValue methods = PhpValue::array();
    for (auto it = m_config.methodProcessingSeconds.cbegin();
         it != m_config.methodProcessingSeconds.cend(); ++it)
        methods.insert(it.key(), it.value());
    out.insert("methodProcessingTime", methods);
    return out;
}

HttpResponse FakePortal::setLimits(const PhpValue &body)
{
    if (body.contains("plan")) {
        const auto plan = planFromKey(body.value("plan").toString());
        if (!plan)
            return errorResponse(400, QStringLiteral("BAD_LIMITS"),
                                 QStringLiteral("plan must be standard, enterprise or unlimited"));
        m_rateLimiter.setPlan(*plan);
    }
    if (body.contains("timeScale")) {
        const double scale = body.value("timeScale").toDouble();
        if (scale < 0)
            return errorResponse(400, QStringLiteral("BAD_LIMITS"),
                                 QStringLiteral("timeScale must be >= 0"));
        m_clock.setScale(scale);
    }
    if (body.contains("operatingLimit")) {
        const double limit = body.value("operatingLimit").toDouble();
        if (limit <= 0)
            return errorResponse(400, QStringLiteral("BAD_LIMITS"),
                                 QStringLiteral("operatingLimit must be > 0 seconds"));
        m_operatingLimiter.setLimit(limit);
    }
    if (body.contains("processingTime"))
        m_config.processingSeconds = std::max(0.0, body.value("processingTime").toDouble());
    if (body.value("methodProcessingTime").isArray()) {
        m_config.methodProcessingSeconds.clear();
        for (const auto &e : body.value("methodProcessingTime").entries())
            m_config.methodProcessingSeconds.insert(e.first.toString().toLower(),
                                                    std::max(0.0, e.second.toDouble()));
    }
    if (body.value("resetBuckets").toBool()) {
        m_rateLimiter.reset();
        m_operatingLimiter.reset();
    }
    return jsonResponse(200, limitsJson());
}

HttpResponse FakePortal::setFaults(const PhpValue &body)
{
    QString error;
    std::optional<QList<FaultRule>> rules;
    if (body.contains("spec"))
        rules = FaultInjector::parseSpec(body.value("spec").toString(), &error);
    else
        rules = FaultInjector::fromJson(body.value("rules"), &error);
    if (!rules)
        return errorResponse(400, QStringLiteral("BAD_FAULTS"), error);
    if (body.contains("seed"))
        m_faults.setSeed(quint64(body.value("seed").toInt()));
    m_faults.setRules(*rules);
    return jsonResponse(200, m_faults.toJson());
}

HttpResponse FakePortal::seed(const PhpValue &body)
{
    auto fail = [this](const QString &where, const QString &what) {
        return errorResponse(400, QStringLiteral("SEED_ERROR"),
                             where + QStringLiteral(": ") + what);
    };
    for (const auto &e : body.value("categories").entries()) {
        const PhpValue &c = e.second;
        if (!c.contains("id") || c.value("name").toString().isEmpty())
            return fail(QStringLiteral("categories[%1]").arg(e.first.toString()),
                        QStringLiteral("'id' and 'name' are required"));
        m_store.upsertCategory({int(c.value("id").toInt()), c.value("name").toString(),
                                c.contains("sort") ? int(c.value("sort").toInt()) : 100});
    }
    auto statusItems = [](const PhpValue &list) {
        QList<StatusItem> items;
        for (const auto &e : list.entries()) {
            StatusItem s;
            s.statusId = e.second.value("statusId").toString();
            s.name = e.second.value("name").toString();
            s.sort = int(e.second.value("sort").toInt());
            s.semantics = e.second.value("semantics").toString();
            if (s.semantics.isEmpty())
                s.semantics = QStringLiteral("process");
            s.color = e.second.value("color").toString();
            if (s.color.isEmpty())
                s.color = QStringLiteral("#39A8EF");
            s.system = e.second.value("system").toBool();
            items.append(s);
        }
        return items;
    };
    QMap<int, PhpValue> stagesByCategory;
    for (const auto &e : body.value("stages").entries()) {
        const int category = int(e.second.value("categoryId").toInt());
        if (!m_store.hasCategory(category))
            return fail(QStringLiteral("stages[%1]").arg(e.first.toString()),
                        QStringLiteral("pipeline %1 does not exist; add it under 'categories'")
                            .arg(category));
        if (e.second.value("statusId").toString().isEmpty())
            return fail(QStringLiteral("stages[%1]").arg(e.first.toString()),
                        QStringLiteral("'statusId' is required"));
        stagesByCategory[category].append(e.second);
    }
    for (auto it = stagesByCategory.cbegin(); it != stagesByCategory.cend(); ++it)
        m_store.replaceStatuses(stageEntityId(it.key()), it.key(), statusItems(it.value()));
    if (body.contains("leadStatuses"))
        m_store.replaceStatuses(QStringLiteral("STATUS"), 0,
                                statusItems(body.value("leadStatuses")));

    PhpValue created = PhpValue::array();
    for (const auto &e : body.value("dropUserFields").entries()) {
        const auto entity = entityFromKey(e.second.value("entity").toString());
        if (!entity)
            return fail(QStringLiteral("dropUserFields[%1]").arg(e.first.toString()),
                        QStringLiteral("'entity' must be deal, contact or lead"));
        m_store.removeUserField(*entity, e.second.value("FIELD_NAME").toString());
    }
    PhpValue ufIds = PhpValue::array();
    for (const auto &e : body.value("userFields").entries()) {
        const auto entity = entityFromKey(e.second.value("entity").toString());
        if (!entity)
            return fail(QStringLiteral("userFields[%1]").arg(e.first.toString()),
                        QStringLiteral("'entity' must be deal, contact or lead"));
        qint64 id = 0;
        CrmError error;
        if (!m_store.addUserField(*entity, e.second, &id, &error))
            return fail(QStringLiteral("userFields[%1]").arg(e.first.toString()),
                        error.description);
        ufIds.append(id);
    }
    created.insert("userFields", ufIds);
    const EntityType order[] = {EntityType::Contact, EntityType::Lead, EntityType::Deal};
    for (EntityType type : order) {
        const QString key = entityKey(type) + u's';
        PhpValue ids = PhpValue::array();
        for (const auto &e : body.value(key).entries()) {
            qint64 id = 0;
            CrmError error;
            if (!e.second.isArray() || !m_store.add(type, e.second, WriteMode::Import, &id, &error))
                return fail(QStringLiteral("%1[%2]").arg(key, e.first.toString()),
                            e.second.isArray() ? error.description
                                               : QStringLiteral("must be an object of fields"));
            ids.append(id);
        }
        created.insert(key, ids);
    }
    return jsonResponse(200, created);
}

HttpResponse FakePortal::handleControl(const HttpRequest &request, const QByteArray &rawPath)
{
    m_stats.recordControl();
    QByteArray path = rawPath.mid(int(qstrlen("/_fake/")));
    while (path.endsWith('/'))
        path.chop(1);
    const bool post = request.method == "POST";
    PhpValue body;
    if (post && !request.body.trimmed().isEmpty()) {
        QString error;
        if (!PhpJson::decode(request.body, &body, &error))
            return errorResponse(400, QStringLiteral("BAD_JSON"),
                                 QStringLiteral("The body of /_fake/%1 must be JSON: %2")
                                     .arg(QString::fromUtf8(path), error));
    }
    if (path == "state" && !post) {
        PhpValue out = PhpValue::array();
        out.insert("deals", m_store.allToRest(EntityType::Deal));
        out.insert("contacts", m_store.allToRest(EntityType::Contact));
        out.insert("leads", m_store.allToRest(EntityType::Lead));
        return jsonResponse(200, out);
    }
    if (path == "stats" && !post)
        return jsonResponse(200, m_stats.toJson());
    if (path == "reset" && post) {
        m_store.resetToDefaults();
        m_rateLimiter.reset();
        m_operatingLimiter.reset();
        m_stats.reset();
        PhpValue out = PhpValue::array();
        out.insert("reset", true);
        return jsonResponse(200, out);
    }
    if (path == "seed" && post)
        return seed(body);
    if (path == "faults")
        return post ? setFaults(body) : jsonResponse(200, m_faults.toJson());
    if (path == "limits")
        return post ? setLimits(body) : jsonResponse(200, limitsJson());
    if (path == "clock" && post) {
        const double advance = body.value("advance").toDouble();
        if (advance < 0)
            return errorResponse(400, QStringLiteral("BAD_CLOCK"),
                                 QStringLiteral("'advance' must be >= 0 seconds"));
        m_clock.advance(advance);
        PhpValue out = PhpValue::array();
        out.insert("clock", m_clock.now());
        return jsonResponse(200, out);
    }
    if (path == "save" && post) {
        QString error;
        if (!saveState(&error))
            return errorResponse(500, QStringLiteral("SAVE_FAILED"), error);
        PhpValue out = PhpValue::array();
        out.insert("saved", !m_config.stateFile.isEmpty());
        return jsonResponse(200, out);
    }
    return errorResponse(404, QStringLiteral("NOT_FOUND"),
                         QStringLiteral("Unknown control endpoint %1 /_fake/%2 (see README.md)")
                             .arg(QString::fromLatin1(request.method), QString::fromUtf8(path)));
}

} // namespace identsync::fake
