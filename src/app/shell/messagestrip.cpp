#include "messagestrip.h"

#include "ui_messagestrip.h"

#include <QStyle>

namespace identsync {

namespace {

QString toneStyle(Tone tone)
{
    switch (tone) {
    case Tone::Ok:
        return QStringLiteral("#e7f5ea; border: 1px solid #5aa469");
    case Tone::Info:
        return QStringLiteral("#e8f0fb; border: 1px solid #5b8bd0");
    case Tone::Warning:
        return QStringLiteral("#fdf3dc; border: 1px solid #d9a52b");
    case Tone::Danger:
        return QStringLiteral("#fbe6e4; border: 1px solid #c8493d");
    case Tone::Count:
        break;
    }
    return QStringLiteral("palette(window)");
}

// The icon says the tone too, so the strip never speaks by colour alone.
QString toneGlyph(Tone tone)
{
    switch (tone) {
    case Tone::Ok:
        return QStringLiteral("✔");
    case Tone::Info:
        return QStringLiteral("ℹ");
    case Tone::Warning:
        return QStringLiteral("⚠");
    case Tone::Danger:
        return QStringLiteral("✖");
    case Tone::Count:
        break;
    }
    return {};
}

} // namespace

MessageStrip::MessageStrip(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::MessageStrip>())
{
    m_ui->setupUi(this);
    connect(m_ui->bannerClose, &QToolButton::clicked, this, [this] { withdraw(m_current); });
    connect(m_ui->bannerAction, &QPushButton::clicked, this, [this] {
        for (const Message &m : std::as_const(m_messages)) {
            if (m.key == m_current && m.action) {
                const auto action = m.action; // the action may withdraw its own message
                action();
                return;
            }
        }
    });
    hide();
}

MessageStrip::~MessageStrip() = default;

void MessageStrip::post(const QString &key, Tone tone, const QString &text,
                        const QString &actionText, std::function<void()> action, bool closable)
{
    m_messages.removeIf([&](const Message &m) { return m.key == key; });
    m_messages.append({key, tone, text, actionText, std::move(action), closable});
    showBest();
}

void MessageStrip::withdraw(const QString &key)
{
    if (m_messages.removeIf([&](const Message &m) { return m.key == key; }) > 0)
        showBest();
}

QString MessageStrip::currentKey() const
{
    return m_current;
}

void MessageStrip::showBest()
{
    const Message *best = nullptr;
    for (const Message &m : std::as_const(m_messages)) {
        if (!best || int(m.tone) >= int(best->tone))
            best = &m;
    }
    if (!best) {
        m_current.clear();
        hide();
        return;
    }
    m_current = best->key;
    setProperty("tone", toneKey(best->tone));
    setStyleSheet(QStringLiteral("#MessageStrip, #banner { background: %1; border-radius: 4px; }")
                      .arg(toneStyle(best->tone)));
    m_ui->bannerIcon->setText(toneGlyph(best->tone));
    m_ui->bannerText->setText(best->text);
    m_ui->bannerAction->setText(best->actionText);
    m_ui->bannerAction->setVisible(!best->actionText.isEmpty() && best->action);
    m_ui->bannerAction->setAccessibleName(best->actionText);
    m_ui->bannerClose->setVisible(best->closable);
    setAccessibleDescription(best->text);
    show();
}

} // namespace identsync
