#pragma once

#include "core/enums.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

namespace identsync {

struct EngineStatus;

// The engine's state reduced to what the tray and desktop notifications say: one of five states,
// the reason in plain words, what a person must fix, and how many items are dead. `of()` is the
// one place that reads EngineStatus for them.
struct EngineHealth
{
    Q_GADGET

public:
    enum class State
    {
        Ok,      // running, nothing in progress
        Working, // polling IDENT or writing to the portal
        Paused,  // paused by a person
        Stopped, // no engine runs
        Error,   // paused by a problem a person must fix (auth, permission, configuration)
        Count
    };
    Q_ENUM(State)

    State state = State::Stopped;
    QString reason;
    std::optional<ErrorClass> pauseCause;
    qint64 dead = 0;

    static EngineHealth of(const EngineStatus &status);
    bool operator==(const EngineHealth &) const = default;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::EngineHealth)
