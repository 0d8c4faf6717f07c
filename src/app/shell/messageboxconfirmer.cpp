#include "messageboxconfirmer.h"

#include <QMessageBox>
#include <QPushButton>

namespace identsync {

bool MessageBoxConfirmer::confirm(QWidget *parent, const QString &title, const QString &text,
                                  const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(action, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace identsync
