#include "logline.h"

namespace identsync {

LogLine::Level LogLine::levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return Level::Debug;
    case QtInfoMsg:
        return Level::Info;
    case QtWarningMsg:
        return Level::Warning;
    case QtCriticalMsg:
        return Level::Error;
    case QtFatalMsg:
        return Level::Fatal;
    }
    return Level::Error;
}

QString LogLine::levelTag(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("DEBUG");
    case Level::Info:
        return QStringLiteral("INFO");
    case Level::Warning:
        return QStringLiteral("WARNING");
    case Level::Error:
        return QStringLiteral("ERROR");
    case Level::Fatal:
    case Level::Count:
        break;
    }
    return QStringLiteral("FATAL");
}

QString LogLine::toFileLine() const
{
    return QStringLiteral("%1 %2 [%3] %4")
        .arg(time.toLocalTime()
                 .toOffsetFromUtc(time.toLocalTime().offsetFromUtc())
                 .toString(Qt::ISODateWithMs),
             levelTag(level).leftJustified(7), area, text);
}

} // namespace identsync
