#include "statustext.h"

#include <QLocale>

namespace identsync {

namespace {

bool paused(const EngineStatus &s)
{
    return s.phase == QLatin1String("paused");
}

bool running(const ConsoleSession &session)
{
    return session.mode() != ConsoleSession::Mode::Offline &&
           session.status().phase != QLatin1String("stopped");
}

} // namespace

StatusLine StatusText::headline(const ConsoleSession &session)
{
    const EngineStatus s = session.status();
    switch (session.mode()) {
    case ConsoleSession::Mode::Offline:
        if (!session.canHost() && !session.configProblems().isEmpty())
            return {Tone::Warning,
                    tr("Not running: the configuration has problems (%1)")
                        .arg(session.configProblems().size()),
                    tr("Each one is listed below with what to do; fix them in Settings.")};
        if (!session.canHost())
            return {Tone::Warning, tr("Not running: there is no configuration yet"),
                    tr("Open Settings and connect IDENT and the portal.")};
        if (!session.startError().isEmpty())
            return {Tone::Danger, tr("Stopped: %1").arg(session.startError()),
                    tr("Fix the cause, then press Retry in the message above.")};
        if (!session.readError().isEmpty())
            return {Tone::Danger,
                    tr("No access to the state database: %1").arg(session.readError()),
                    tr("Check the [state] settings and that the database is reachable.")};
        return {Tone::Info, tr("Starting…"), {}};
    case ConsoleSession::Mode::Monitor:
        if (session.holderGone())
            return {Tone::Danger, tr("The service stopped answering"),
                    tr("Take over to run synchronisation in this window, or start the service.")};
        [[fallthrough]];
    case ConsoleSession::Mode::Host:
        if (paused(s))
            return {Tone::Warning,
                    s.reason.isEmpty() ? tr("Paused") : tr("Paused: %1").arg(s.reason),
                    tr("Press Resume when the cause is fixed.")};
        if (s.phase == QLatin1String("stopped"))
            return {Tone::Warning, tr("Stopped"),
                    tr("Nothing is synchronised until the engine starts again.")};
        if (s.counts[int(JobState::NeedsAttention)] > 0)
            return {Tone::Warning,
                    tr("Running; records that need a person: %1")
                        .arg(s.counts[int(JobState::NeedsAttention)]),
                    tr("Open Problems to decide what to do with them.")};
        if (s.counts[int(JobState::Dead)] > 0)
            return {
                Tone::Warning,
                tr("Running; records that failed for good: %1").arg(s.counts[int(JobState::Dead)]),
                tr("Open Problems: each cause comes with a fix and «Retry all».")};
        return {Tone::Ok, tr("Running"), tr("Nothing needs you now.")};
    case ConsoleSession::Mode::Count:
        break;
    }
    return {};
}

StatusLine StatusText::mode(const ConsoleSession &session)
{
    if (session.mode() != ConsoleSession::Mode::Monitor || !session.holder())
        return {};
    const EngineHolder h = *session.holder();
    const QString since = QLocale().toString(h.acquiredAt.toLocalTime(), QLocale::ShortFormat);
    if (session.holderGone())
        return {Tone::Danger,
                tr("The service on %1 (process %2) stopped answering at %3.")
                    .arg(h.host)
                    .arg(h.pid)
                    .arg(QLocale().toString(h.heartbeatAt.toLocalTime(), QLocale::ShortFormat)),
                tr("Take over")};
    return {
        Tone::Info,
        tr("Watching the service on %1 (process %2) since %3.").arg(h.host).arg(h.pid).arg(since),
        tr("Commands from this window go to that service.")};
}

StatusLine StatusText::ident(const ConsoleSession &session)
{
    if (!running(session))
        return {Tone::Info, tr("IDENT: not checked"), tr("The engine is not running.")};
    const EngineStatus s = session.status();
    if (!s.lastPoll.isValid())
        return {Tone::Info, tr("IDENT: waiting for the first read"),
                tr("The engine has not read IDENT yet in this run.")};
    return {
        Tone::Ok, tr("IDENT: read"),
        tr("The last read of IDENT finished at %1.").arg(moment(session.clock()(), s.lastPoll))};
}

StatusLine StatusText::portal(const ConsoleSession &session)
{
    if (!running(session))
        return {Tone::Info, tr("Portal: not checked"), tr("The engine is not running.")};
    const EngineStatus s = session.status();
    if (paused(s) && !s.reason.isEmpty())
        return {Tone::Warning, tr("Portal: paused"),
                tr("Nothing is sent to the portal: %1").arg(s.reason)};
    return {Tone::Ok, tr("Portal: sending"), tr("Deals are sent to the portal as they are due.")};
}

StatusLine StatusText::circuit(const ConsoleSession &session)
{
    if (!running(session))
        return {Tone::Info, tr("Circuit: —"), tr("The engine is not running.")};
    return {Tone::Info, tr("Circuit: no data"),
            tr("The circuit breaker stops requests to the portal for a while after repeated "
               "failures. This engine does not report its state yet.")};
}

StatusLine StatusText::pacer(const ConsoleSession &session)
{
    if (!running(session))
        return {Tone::Info, tr("Limit: —"), tr("The engine is not running.")};
    return {Tone::Info, tr("Limit: no data"),
            tr("The portal allows a limited number of requests a second; the engine paces itself "
               "to stay under it. This engine does not report the fill yet.")};
}

QString StatusText::countdown(const QDateTime &now, const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("—");
    const qint64 secs = now.secsTo(when);
    if (secs <= 0)
        return tr("now");
    const qint64 h = secs / 3600;
    const qint64 m = (secs % 3600) / 60;
    const qint64 sec = secs % 60;
    const QString clock = h > 0 ? QStringLiteral("%1:%2:%3")
                                      .arg(h)
                                      .arg(m, 2, 10, QLatin1Char('0'))
                                      .arg(sec, 2, 10, QLatin1Char('0'))
                                : QStringLiteral("%1:%2").arg(m).arg(sec, 2, 10, QLatin1Char('0'));
    return tr("in %1").arg(clock);
}

QString StatusText::moment(const QDateTime &now, const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("—");
    const QDateTime local = when.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
}

} // namespace identsync
