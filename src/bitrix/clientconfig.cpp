#include "clientconfig.h"

#include <QJsonValue>

#include <cmath>

namespace identsync {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A positive finite number under `key`, if present.
bool readPositive(const QJsonObject &section, const char *key, std::optional<double> *out,
                  QString *error)
{
    const QJsonValue value = section.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() <= 0)
        return fail(
            error,
            QStringLiteral("bitrix.%1 must be a number greater than 0.").arg(QLatin1String(key)));
    *out = value.toDouble();
    return true;
}

} // namespace

std::optional<LeakyBucketLimits> ClientConfig::planLimits(const QString &plan,
                                                          std::optional<double> capacity,
                                                          std::optional<double> drainPerSecond,
                                                          QString *error)
{
    const QString name = plan.trimmed().toLower();
    if (name == QLatin1String("standard"))
        return LeakyBucketLimits::standard();
    if (name == QLatin1String("enterprise"))
        return LeakyBucketLimits::enterprise();
    if (name == QLatin1String("unlimited"))
        return LeakyBucketLimits::unlimited();
    if (name == QLatin1String("custom")) {
        if (!capacity || !drainPerSecond) {
            fail(error, QStringLiteral("bitrix.plan \"custom\" needs bitrix.capacity and "
                                       "bitrix.drain_per_second."));
            return std::nullopt;
        }
        LeakyBucketLimits limits;
        limits.capacity = *capacity;
        limits.drainPerSecond = *drainPerSecond;
        return limits;
    }
    fail(error, QStringLiteral("bitrix.plan \"%1\" is unknown; use standard, enterprise, "
                               "unlimited or custom.")
                    .arg(plan.left(32)));
    return std::nullopt;
}

std::optional<ClientConfig> ClientConfig::fromJson(const QJsonObject &section, QString *error)
{
    ClientConfig config;
    const QJsonValue plan = section.value(QLatin1String("plan"));
    if (!plan.isUndefined() && !plan.isString()) {
        fail(error, QStringLiteral("bitrix.plan must be a text: standard, enterprise, unlimited "
                                   "or custom."));
        return std::nullopt;
    }
    std::optional<double> capacity;
    std::optional<double> drain;
    std::optional<double> margin;
    std::optional<double> timeout;
    std::optional<double> maxMb;
    if (!readPositive(section, "capacity", &capacity, error) ||
        !readPositive(section, "drain_per_second", &drain, error) ||
        !readPositive(section, "request_timeout_s", &timeout, error) ||
        !readPositive(section, "max_response_mb", &maxMb, error))
        return std::nullopt;
    const QJsonValue marginValue = section.value(QLatin1String("safety_margin"));
    if (!marginValue.isUndefined()) {
        if (!marginValue.isDouble() || marginValue.toDouble() < 0) {
            fail(error, QStringLiteral("bitrix.safety_margin must be a number of requests, 0 or "
                                       "more."));
            return std::nullopt;
        }
        margin = marginValue.toDouble();
    }

    if (plan.isString())
        config.plan = plan.toString().trimmed().toLower();
    const auto limits = planLimits(config.plan, capacity, drain, error);
    if (!limits)
        return std::nullopt;
    config.limits = *limits;
    if (margin)
        config.limits.safetyMargin = margin;
    if (margin && std::isfinite(config.limits.capacity) && *margin >= config.limits.capacity) {
        fail(error, QStringLiteral("bitrix.safety_margin must be smaller than the plan's "
                                   "capacity (%1).")
                        .arg(config.limits.capacity));
        return std::nullopt;
    }
    if (timeout) {
        if (*timeout > 600) {
            fail(error, QStringLiteral("bitrix.request_timeout_s must be at most 600 seconds."));
            return std::nullopt;
        }
        config.requestTimeout = std::chrono::milliseconds(qint64(*timeout * 1000));
    }
    if (maxMb)
        config.maxResponseBytes = qint64(*maxMb * 1024 * 1024);
    return config;
}

} // namespace identsync
