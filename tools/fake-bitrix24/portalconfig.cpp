#include "fake-bitrix24/portalconfig.h"

#include "fake-bitrix24/faultinjector.h"

#include <QRegularExpression>

namespace identsync::fake {

QString PortalConfig::usage()
{
    return QStringLiteral(
        "usage: fake-bitrix24 --port N [--bind 127.0.0.1] --plan standard|enterprise|unlimited\n"
        "                     [--time-scale K] --webhook-user 1 --webhook-code CODE\n"
        "                     [--state FILE] [--faults SPEC] [--seed N]\n"
        "                     [--auth-status 401|403] [--operating-limit SECONDS]\n"
        "                     [--processing-time [METHOD=]SECONDS]... [--utc-offset +03:00]\n"
        "                     [--ascii-json]\n"
        "See tools/fake-bitrix24/README.md for every flag and the /_fake/ endpoints.\n");
}

std::optional<PortalConfig> PortalConfig::fromArguments(const QStringList &args, QString *error,
                                                        bool *helpRequested)
{
    PortalConfig c;
    *helpRequested = false;
    bool havePort = false;
    bool havePlan = false;
    bool haveUser = false;
    bool haveCode = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString flag = args[i];
        if (flag == u"--help" || flag == u"-h") {
            *helpRequested = true;
            return std::nullopt;
        }
        if (flag == u"--ascii-json") {
            c.asciiJson = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            *error = QStringLiteral("%1 needs a value").arg(flag);
            return std::nullopt;
        }
        const QString value = args[++i];
        bool ok = true;
        if (flag == u"--port") {
            const uint port = value.toUInt(&ok);
            ok = ok && port <= 65535;
            c.port = quint16(port);
            havePort = true;
        } else if (flag == u"--bind") {
            ok = c.bind.setAddress(value);
        } else if (flag == u"--plan") {
            const auto plan = planFromKey(value);
            ok = plan.has_value();
            if (plan)
                c.plan = *plan;
            havePlan = true;
        } else if (flag == u"--time-scale") {
            c.timeScale = value.toDouble(&ok);
            ok = ok && c.timeScale >= 0;
        } else if (flag == u"--webhook-user") {
            c.webhookUser = value;
            ok = !value.isEmpty();
            haveUser = true;
        } else if (flag == u"--webhook-code") {
            c.webhookCode = value;
            ok = !value.isEmpty() && !value.contains(u'/');
            haveCode = true;
        } else if (flag == u"--state") {
            c.stateFile = value;
        } else if (flag == u"--faults") {
            QString faultError;
            ok = FaultInjector::parseSpec(value, &faultError).has_value();
            if (!ok) {
                *error = QStringLiteral("--faults: %1").arg(faultError);
                return std::nullopt;
            }
            c.faults = value;
        } else if (flag == u"--seed") {
            c.seed = value.toULongLong(&ok);
        } else if (flag == u"--auth-status") {
            c.authFailureStatus = value.toInt(&ok);
            ok = ok && c.authFailureStatus >= 400 && c.authFailureStatus <= 599;
        } else if (flag == u"--operating-limit") {
            c.operatingLimitSeconds = value.toDouble(&ok);
            ok = ok && c.operatingLimitSeconds > 0;
        } else if (flag == u"--processing-time") {
            const qsizetype eq = value.indexOf(u'=');
            const double seconds = (eq < 0 ? value : value.mid(eq + 1)).toDouble(&ok);
            ok = ok && seconds >= 0;
            if (eq < 0)
                c.processingSeconds = seconds;
            else
                c.methodProcessingSeconds.insert(value.left(eq).trimmed().toLower(), seconds);
        } else if (flag == u"--utc-offset") {
            static const QRegularExpression rx(QStringLiteral(R"(^([+-])(\d{2}):(\d{2})$)"));
            const auto m = rx.match(value);
            ok = m.hasMatch();
            if (ok) {
                const int secs = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
                c.utcOffsetSeconds = m.captured(1) == u"-" ? -secs : secs;
            }
        } else {
            *error = QStringLiteral("unknown flag %1").arg(flag);
            return std::nullopt;
        }
        if (!ok) {
            *error = QStringLiteral("bad value '%1' for %2").arg(value, flag);
            return std::nullopt;
        }
    }
    QStringList missing;
    if (!havePort)
        missing << QStringLiteral("--port");
    if (!havePlan)
        missing << QStringLiteral("--plan");
    if (!haveUser)
        missing << QStringLiteral("--webhook-user");
    if (!haveCode)
        missing << QStringLiteral("--webhook-code");
    if (!missing.isEmpty()) {
        *error = QStringLiteral("missing %1").arg(missing.join(u", "));
        return std::nullopt;
    }
    return c;
}

} // namespace identsync::fake
