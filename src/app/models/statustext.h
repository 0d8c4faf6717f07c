#pragma once

#include "data/consolesession.h"
#include "models/tone.h"

#include <QCoreApplication>

namespace identsync {

// One thing the console says about the engine: a tone, a short text and what it means or what to
// do next.
struct StatusLine
{
    Tone tone = Tone::Info;
    QString text;
    QString detail;
};

// The one place that turns the session's state into words, so the overview's headline, the
// status bar, the message strip and the tray never disagree.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(identsync::StatusText)

public:
    // State, cause and next step in one line.
    static StatusLine headline(const ConsoleSession &session);
    // «Наблюдение за службой на HOST с …» in monitor mode; empty text otherwise.
    static StatusLine mode(const ConsoleSession &session);
    static StatusLine ident(const ConsoleSession &session);
    static StatusLine portal(const ConsoleSession &session);
    static StatusLine circuit(const ConsoleSession &session);
    static StatusLine pacer(const ConsoleSession &session);

    // "in 1:59", "now", or "—" for no time; m:ss below an hour, h:mm:ss above.
    static QString countdown(const QDateTime &now, const QDateTime &when);
    // A time shown to a person: local "HH:mm" today, "d MMM HH:mm" otherwise, "—" for none.
    static QString moment(const QDateTime &now, const QDateTime &when);
};

} // namespace identsync
