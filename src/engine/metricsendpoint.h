#pragma once

#include "engine/engineconfig.h"

#include "core/clock.h"

#include <QObject>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

namespace identsync {

class Database;
class Engine;

// The opt-in Prometheus endpoint ([metrics] listen = 127.0.0.1:9464) on the thread that creates
// it: GET /metrics answers MetricsRegistry::global() with the job counts by state and the problem
// counts by class read from the state database at scrape time (its own connection); GET /healthz
// answers 200 "ok", or 503 with the reason while the engine is paused or has not finished a
// cycle without errors for [metrics] healthz_stale_cycles poll intervals.
class MetricsEndpoint : public QObject
{
    Q_OBJECT

public:
    explicit MetricsEndpoint(EngineConfig config, QObject *parent = nullptr);
    ~MetricsEndpoint() override;

    // Listens on the configured loopback address (port 0 picks a free port: see port()).
    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }
    // The engine's pauses and finished cycles feed the paused gauge, the cycle counter and the
    // last-successful-cycle time.
    void watch(const Engine *engine);
    void setClock(WallClock clock) { m_clock = std::move(clock); }

    // Empty while healthy; otherwise why /healthz fails, for a person.
    QString unhealthyReason() const;

private:
    void onConnection();
    void answer(QTcpSocket *socket);
    void collectStore();

    EngineConfig m_config;
    QTcpServer m_server;
    std::unique_ptr<Database> m_db;
    WallClock m_clock = systemWallClock();
    QDateTime m_startedAt;
    QString m_pauseReason;
};

} // namespace identsync
