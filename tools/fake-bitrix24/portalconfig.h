#pragma once

#include "fake-bitrix24/ratelimiter.h"

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace identsync::fake {

// Everything a fake portal is started with; the command line of fake-bitrix24 maps onto it
// one flag per field (README.md lists them).
struct PortalConfig
{
    quint16 port = 0;
    QHostAddress bind = QHostAddress::LocalHost;
    Plan plan = Plan::Standard;
    double timeScale = 1.0;
    QString webhookUser = QStringLiteral("1");
    QString webhookCode = QStringLiteral("testcode");
    // The on-premise source answers a bad webhook with 401, the cloud docs say 403.
    int authFailureStatus = 401;
    QString stateFile;
    QString faults;
    quint64 seed = 1;
    double operatingLimitSeconds = 480;
    // Simulated handler time per call in portal seconds; what makes operating time accumulate.
    double processingSeconds = 0;
    QHash<QString, double> methodProcessingSeconds;
    int utcOffsetSeconds = 3 * 3600;
    bool asciiJson = false;

    double processingFor(const QString &method) const
    {
        return methodProcessingSeconds.value(method, processingSeconds);
    }

    // Parses the command line (without the program name). Returns nullopt with `error` set on
    // bad input; `helpRequested` is set for --help.
    static std::optional<PortalConfig> fromArguments(const QStringList &args, QString *error,
                                                     bool *helpRequested);
    static QString usage();
};

} // namespace identsync::fake
