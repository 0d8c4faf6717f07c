#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ComingPage;
}

namespace identsync {

// An honest placeholder for a page a later version fills: its title and what it will do, never
// sample data.
class ComingPage : public QWidget
{
    Q_OBJECT

public:
    ComingPage(const QString &title, const QString &whatItWillDo, QWidget *parent = nullptr);
    ~ComingPage() override;

private:
    std::unique_ptr<Ui::ComingPage> m_ui;
};

} // namespace identsync
