#pragma once

#include <QString>

namespace identsync {

// How serious something shown to a person is. Widgets colour by it and always say it in words or
// an icon as well; the key is what ToneRole and the "tone" property carry.
enum class Tone
{
    Ok,
    Info,
    Warning,
    Danger,
    Count
};

inline QString toneKey(Tone tone)
{
    switch (tone) {
    case Tone::Ok:
        return QStringLiteral("ok");
    case Tone::Info:
        return QStringLiteral("info");
    case Tone::Warning:
        return QStringLiteral("warning");
    case Tone::Danger:
        return QStringLiteral("danger");
    case Tone::Count:
        break;
    }
    return QStringLiteral("info");
}

} // namespace identsync
