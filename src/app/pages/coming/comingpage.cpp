#include "comingpage.h"

#include "ui_comingpage.h"

namespace identsync {

ComingPage::ComingPage(const QString &title, const QString &whatItWillDo, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComingPage>())
{
    m_ui->setupUi(this);
    m_ui->title->setText(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()));
    m_ui->body->setText(tr("This page is not built yet. It will: %1").arg(whatItWillDo));
}

ComingPage::~ComingPage() = default;

} // namespace identsync
