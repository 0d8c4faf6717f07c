#pragma once

#include "core/settingsfile.h"

namespace identsync::settingsform {

// A value of the file, or the engine's default when the file leaves the key out.
inline QString value(const SettingsValues &values, const QString &key, const QString &fallback)
{
    return values.contains(key) ? values.value(key) : fallback;
}

// Sets a key the way a person would: a key the file already has is rewritten, a new key is added
// only when it differs from the engine's default, so the file keeps showing what was chosen.
inline void put(SettingsValues &values, const QString &key, const QString &value,
                const QString &fallback)
{
    if (values.contains(key) || value != fallback)
        values.insert(key, value);
}

inline QString boolText(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

inline bool isTrue(const QString &text)
{
    const QString v = text.trimmed().toLower();
    return v == u"true" || v == u"yes" || v == u"on" || v == u"1";
}

} // namespace identsync::settingsform
