#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>

namespace identsync {

void WheelGuard::install(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    for (QAbstractSpinBox *w : root->findChildren<QAbstractSpinBox *>()) {
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(guard);
    }
    for (QComboBox *w : root->findChildren<QComboBox *>()) {
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return QObject::eventFilter(watched, event);
    for (QObject *p = watched->parent(); p; p = p->parent()) {
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            QCoreApplication::sendEvent(area->verticalScrollBar(), event);
            break;
        }
    }
    return true;
}

} // namespace identsync
