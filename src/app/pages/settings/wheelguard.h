#pragma once

#include <QObject>

namespace identsync {

// Number fields and lists inside a scroll area must not change when the page is scrolled past
// them with the mouse wheel: the guard hands the wheel to the scroll area instead.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every spin box and combo box under `root`.
    static void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace identsync
