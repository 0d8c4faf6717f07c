#pragma once

#include "confirmer.h"

namespace identsync {

// The console's confirmation: a question box whose accept button names the action and whose
// default is «Cancel», so Enter never triggers a bulk action by accident.
class MessageBoxConfirmer : public Confirmer
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &action) override;
};

} // namespace identsync
