#include "statusindicator.h"

namespace identsync {

namespace {

struct Look
{
    const char *glyph;
    const char *colour;
};

Look look(Tone tone)
{
    switch (tone) {
    case Tone::Ok:
        return {"●", "#2e7d32"};
    case Tone::Info:
        return {"○", "#6b7280"};
    case Tone::Warning:
        return {"▲", "#b7791f"};
    case Tone::Danger:
        return {"✖", "#c62828"};
    case Tone::Count:
        break;
    }
    return {"○", "#6b7280"};
}

} // namespace

StatusIndicator::StatusIndicator(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setContentsMargins(6, 0, 6, 0);
}

void StatusIndicator::setState(Tone tone, const QString &text, const QString &explanation)
{
    m_tone = tone;
    const Look l = look(tone);
    setText(QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                .arg(QLatin1String(l.colour), QString::fromUtf8(l.glyph), text.toHtmlEscaped()));
    setToolTip(explanation);
    setAccessibleName(text);
    setAccessibleDescription(explanation);
    setProperty("tone", toneKey(tone));
}

} // namespace identsync
