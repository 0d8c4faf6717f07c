#pragma once

#include "core/circuitbreaker.h"
#include "core/leakybucket.h"
#include "core/operatingbudget.h"
#include "core/retrypolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace identsync {

// How one Bitrix24Client paces, waits and gives up. Defaults are the cloud standard plan.
struct ClientConfig
{
    // "standard" (50, 2/s), "enterprise" (250, 5/s), "unlimited" (on-premise with the limiter
    // off) or "custom" (the given capacity and drain).
    QString plan = QStringLiteral("standard");
    LeakyBucketLimits limits = LeakyBucketLimits::standard();

    // Portal time runs this many times faster than ours: for tests against a fake portal
    // started with --time-scale K. The pacer drains K times faster and every portal-time wait
    // (bucket, operating pause, read retry delay) is K times shorter. 1 in production.
    double timeScale = 1.0;

    std::chrono::milliseconds requestTimeout{30000}; // whole request, send to last byte
    qint64 maxResponseBytes = 32LL * 1024 * 1024;
    // QNetworkAccessManager opens at most 6 connections to a host and queues the rest; keeping
    // our own count at or below that means a request leaves when the pacer lets it go.
    int maxInFlight = 6;
    int maxRedirects = 3;
    // Total HTTP attempts the client makes for a read (writes always get exactly one).
    int maxReadAttempts = 4;

    RetryConfig retry;
    CircuitBreakerConfig breaker;
    OperatingBudgetConfig operating;
    QByteArray userAgent = QByteArrayLiteral("IdentSync/0.1 (+bitrix24 webhook client)");

    // Plan limits by name; `custom` takes `capacity` and `drainPerSecond` (both > 0).
    static std::optional<LeakyBucketLimits> planLimits(const QString &plan,
                                                       std::optional<double> capacity,
                                                       std::optional<double> drainPerSecond,
                                                       QString *error);

    // Reads the "bitrix" section of the configuration file:
    //   {"plan":"custom","capacity":100,"drain_per_second":3,"safety_margin":2,
    //    "request_timeout_s":30,"max_response_mb":32}
    // Every key is optional. Unknown keys are ignored; wrong types and values are errors naming
    // the key.
    static std::optional<ClientConfig> fromJson(const QJsonObject &section, QString *error);
};

} // namespace identsync
