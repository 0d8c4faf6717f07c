#pragma once

#include "models/tone.h"

#include <QFrame>

#include <functional>
#include <memory>

namespace Ui {
class MessageStrip;
}

namespace identsync {

// The window's non-modal message strip (in place of chains of pop-ups): one message at a time,
// the most serious and then the newest of those posted, with an optional action button. Messages
// are keyed by what they are about ("engine", "mode", …), so a new state replaces the old one.
class MessageStrip : public QFrame
{
    Q_OBJECT

public:
    explicit MessageStrip(QWidget *parent = nullptr);
    ~MessageStrip() override;

    void post(const QString &key, Tone tone, const QString &text, const QString &actionText = {},
              std::function<void()> action = {}, bool closable = true);
    void withdraw(const QString &key);

    // The key of the message shown; empty when the strip is hidden.
    QString currentKey() const;

private:
    struct Message
    {
        QString key;
        Tone tone = Tone::Info;
        QString text;
        QString actionText;
        std::function<void()> action;
        bool closable = true;
    };
    void showBest();

    std::unique_ptr<Ui::MessageStrip> m_ui;
    QList<Message> m_messages; // oldest first
    QString m_current;
};

} // namespace identsync
