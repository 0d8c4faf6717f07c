#include "metricsendpoint.h"

#include "engine/engine.h"
#include "engine/secretstore.h"

#include "core/metricsregistry.h"
#include "store/database.h"
#include "store/jobqueue.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMetrics, "identsync.metrics")

namespace identsync {

namespace {

// A scraper sends a few hundred bytes; anything bigger or slower is not one.
constexpr qsizetype kMaxRequestBytes = 8192;
constexpr int kRequestTimeoutMs = 5000;

QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType,
                    const QByteArray &body, bool headOnly)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    r += "Content-Type: " + contentType + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    if (!headOnly)
        r += body;
    return r;
}

} // namespace

MetricsEndpoint::MetricsEndpoint(EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsEndpoint::onConnection);
}

MetricsEndpoint::~MetricsEndpoint() = default;

bool MetricsEndpoint::listen(QString *error)
{
    const QHostAddress address(m_config.metricsHost);
    if (address.isNull() || !address.isLoopback()) {
        *error = tr("The metrics endpoint listens on loopback only; [metrics] listen is «%1».")
                     .arg(m_config.metricsHost);
        return false;
    }
    if (!m_server.listen(address, m_config.metricsPort)) {
        *error = tr("The metrics endpoint cannot listen on %1:%2: %3")
                     .arg(m_config.metricsHost)
                     .arg(m_config.metricsPort)
                     .arg(m_server.errorString());
        return false;
    }
    m_startedAt = m_clock();
    qCInfo(lcMetrics).noquote() << QStringLiteral("metrics on http://%1:%2/metrics")
                                       .arg(m_config.metricsHost)
                                       .arg(m_server.serverPort());
    return true;
}

void MetricsEndpoint::watch(const Engine *engine)
{
    auto &registry = MetricsRegistry::global();
    const auto notePhase = [this, &registry](const EngineStatus &status) {
        const bool paused = status.phase == u"paused";
        m_pauseReason = paused ? status.reason : QString();
        registry.set(QLatin1String(metric::enginePaused), paused ? 1 : 0);
    };
    notePhase(engine->status());
    connect(engine, &Engine::statusChanged, this, notePhase);
    connect(engine, &Engine::cycleFinished, this,
            [this, &registry](const PollReport &poll, const DrainReport &drain) {
                const bool ok = poll.errors.isEmpty() && !poll.pauseEngine && !drain.pauseEngine;
                registry.add(QLatin1String(metric::cycles),
                             {{QStringLiteral("result"),
                               ok ? QStringLiteral("ok") : QStringLiteral("failed")}});
                if (ok)
                    registry.set(QLatin1String(metric::lastSuccessfulCycle),
                                 double(m_clock().toMSecsSinceEpoch()) / 1000.0);
            });
}

QString MetricsEndpoint::unhealthyReason() const
{
    const auto &registry = MetricsRegistry::global();
    if (registry.value(QLatin1String(metric::enginePaused)) != 0)
        return tr("The engine is paused: %1").arg(m_pauseReason);
    const double last = registry.value(QLatin1String(metric::lastSuccessfulCycle));
    const QDateTime since =
        last > 0 ? QDateTime::fromMSecsSinceEpoch(qint64(last * 1000.0), Qt::UTC) : m_startedAt;
    const qint64 limitMs = qint64(m_config.metricsStaleCycles) * m_config.pollInterval.count();
    const qint64 idleMs = since.msecsTo(m_clock());
    if (idleMs > limitMs)
        return tr("No cycle has finished without errors for %1 s (the limit is %2 poll "
                  "intervals, %3 s).")
            .arg(idleMs / 1000)
            .arg(m_config.metricsStaleCycles)
            .arg(limitMs / 1000);
    return {};
}

void MetricsEndpoint::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void MetricsEndpoint::answer(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const QByteArray head = socket->peek(kMaxRequestBytes);
    if (!head.contains("\r\n\r\n") && !head.contains("\n\n"))
        return;
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = head.left(head.indexOf('\n')).trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray path = requestLine.value(1).split('?').value(0);
    const bool headOnly = method == "HEAD";
    QByteArray reply;
    if (method != "GET" && !headOnly) {
        reply = response(405, "Method Not Allowed", "text/plain", "GET or HEAD\n", false);
    } else if (path == "/metrics") {
        collectStore();
        reply = response(200, "OK", "text/plain; version=0.0.4; charset=utf-8",
                         MetricsRegistry::global().exposition(), headOnly);
    } else if (path == "/healthz") {
        const QString why = unhealthyReason();
        reply = why.isEmpty() ? response(200, "OK", "text/plain; charset=utf-8", "ok\n", headOnly)
                              : response(503, "Service Unavailable", "text/plain; charset=utf-8",
                                         why.toUtf8() + '\n', headOnly);
    } else {
        reply = response(404, "Not Found", "text/plain", "/metrics or /healthz\n", headOnly);
    }
    socket->write(reply);
    socket->disconnectFromHost();
}

void MetricsEndpoint::collectStore()
{
    if (!m_db) {
        StoreConfig sc = m_config.store;
        if (sc.driver == StoreConfig::Driver::Postgres) {
            if (const auto pw = SecretStore().read(SecretStore::statePasswordKey()); pw.ok)
                sc.password = pw.value;
        }
        auto db = std::make_unique<Database>(sc);
        if (auto opened = db->open(); !opened) {
            qCWarning(lcMetrics).noquote() << opened.error();
            return;
        }
        m_db = std::move(db);
    }
    JobQueue queue(*m_db);
    auto &registry = MetricsRegistry::global();
    if (const auto counts = queue.countsByState(); counts) {
        QList<std::pair<MetricsRegistry::Labels, double>> samples;
        for (int i = 0; i < enumCount<JobState>(); ++i)
            samples.append(
                {{{QStringLiteral("state"), toKey(JobState(i))}}, double(counts->at(i))});
        registry.replace(QLatin1String(metric::jobs), samples);
    }
    if (const auto groups = queue.problemGroups(); groups) {
        std::array<qint64, enumCount<ErrorClass>()> byClass{};
        for (const ProblemGroup &g : *groups)
            byClass.at(std::size_t(g.errorClass)) += g.count;
        QList<std::pair<MetricsRegistry::Labels, double>> samples;
        for (int i = 0; i < enumCount<ErrorClass>(); ++i)
            samples.append({{{QStringLiteral("class"), toKey(ErrorClass(i))}},
                            double(byClass.at(std::size_t(i)))});
        registry.replace(QLatin1String(metric::problemJobs), samples);
    }
}

} // namespace identsync
