#pragma once

#include <QString>

class QWidget;

namespace identsync {

// Asks a person to confirm a bulk or destructive action. Pages take one so tests can answer
// without a modal dialog; the console uses MessageBoxConfirmer.
class Confirmer
{
public:
    virtual ~Confirmer() = default;
    // `text` names what happens and how many items it touches; `action` is the accept button.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &action) = 0;
};

} // namespace identsync
