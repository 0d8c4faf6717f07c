#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace identsync {

// One line of the application log as the console shows it and the log file stores it. The text is
// masked (core/piimask) on the thread that logged, before it is queued.
struct LogLine
{
    Q_GADGET

public:
    // Ordered by severity, so "at least Warning" is a comparison (QtMsgType's values are not).
    enum class Level
    {
        Debug,
        Info,
        Warning,
        Error,
        Fatal,
        Count
    };
    Q_ENUM(Level)

    QDateTime time; // UTC
    Level level = Level::Info;
    QString area; // the logging category, e.g. "identsync.engine"
    QString text;

    static Level levelOf(QtMsgType type);
    // "INFO", "WARNING", …: the fixed, untranslated tag the log file carries.
    static QString levelTag(Level level);
    // The line as the log file stores it: local time with its offset, level tag, area, text.
    QString toFileLine() const;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::LogLine)
