#pragma once

#include "models/tone.h"

#include <QLabel>

namespace identsync {

// One status-bar indicator (IDENT, portal, circuit, pacer): a shape and a colour for the tone
// plus words for the state, and a tooltip that explains it and says what to do. The "tone"
// property carries the tone's key for tests and style sheets.
class StatusIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit StatusIndicator(QWidget *parent = nullptr);

    void setState(Tone tone, const QString &text, const QString &explanation);
    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Info;
};

} // namespace identsync
