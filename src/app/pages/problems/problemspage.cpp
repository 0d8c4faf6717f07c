#include "problemspage.h"

#include "ui_problemspage.h"

#include "data/consolesession.h"
#include "models/jobtexts.h"
#include "models/problemsmodel.h"
#include "models/roles.h"
#include "shell/confirmer.h"

#include <QItemSelectionModel>

namespace identsync {

namespace {

enum class Fix
{
    None,
    Settings,
    Binding,
};

Fix fixFor(ErrorClass cls)
{
    switch (cls) {
    case ErrorClass::Auth:
    case ErrorClass::Config:
        return Fix::Settings;
    case ErrorClass::NotFound:
    case ErrorClass::Ambiguous:
        return Fix::Binding;
    case ErrorClass::Transient:
    case ErrorClass::RateLimited:
    case ErrorClass::OperationLimit:
    case ErrorClass::Permission:
    case ErrorClass::Validation:
    case ErrorClass::DataQuality:
    case ErrorClass::Internal:
    case ErrorClass::Count:
        break;
    }
    return Fix::None;
}

} // namespace

ProblemsPage::ProblemsPage(ConsoleSession *session, Confirmer *confirmer, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProblemsPage>())
    , m_session(session)
    , m_confirmer(confirmer)
{
    m_ui->setupUi(this);
    m_model = new ProblemsModel(session, this);
    m_ui->tree->setModel(m_model);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);

    connect(m_model, &ProblemsModel::loaded, this, [this] {
        m_ui->tree->expandAll();
        if (!m_ui->tree->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->tree->setCurrentIndex(m_model->index(0, 0));
        updateSide();
        updateHeadline();
    });
    connect(m_ui->tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProblemsPage::updateSide);
    connect(m_ui->tree, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT showInQueue(m_model->filterFor(index)); });
    connect(m_ui->retryGroupButton, &QPushButton::clicked, this, &ProblemsPage::retryGroup);
    connect(m_ui->showInQueueButton, &QPushButton::clicked, this,
            [this] { Q_EMIT showInQueue(m_model->filterFor(m_ui->tree->currentIndex())); });
    connect(m_ui->actionButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->tree->currentIndex();
        if (!current.isValid())
            return;
        switch (fixFor(current.data(ErrorClassRole).value<ErrorClass>())) {
        case Fix::Settings:
            Q_EMIT openSettings();
            break;
        case Fix::Binding:
            Q_EMIT openBinding();
            break;
        case Fix::None:
            break;
        }
    });
    connect(session, &ConsoleSession::commandPosted, this, [this] {
        m_ui->messageLabel->setText(
            tr("Sent to the synchronisation engine; the counts update when it has acted."));
    });
    connect(session, &ConsoleSession::commandFailed, this,
            [this](CommandKind, const QString &error) {
                m_ui->messageLabel->setText(tr("The command was not sent: %1").arg(error));
            });
    updateSide();
    updateHeadline();
}

ProblemsPage::~ProblemsPage() = default;

void ProblemsPage::updateHeadline()
{
    const qint64 total = m_model->total();
    m_ui->headline->setText(
        total == 0 ? tr("No problems: every job is sent or on its way.")
                   : tr("%1 job(s) could not be sent, grouped by cause. Choose a cause to see "
                        "what to do.")
                         .arg(total));
}

void ProblemsPage::updateSide()
{
    const QModelIndex current = m_ui->tree->currentIndex();
    const bool has = current.isValid();
    m_ui->retryGroupButton->setEnabled(has);
    m_ui->showInQueueButton->setEnabled(has);
    if (!has) {
        m_ui->groupTitle->clear();
        m_ui->explanation->clear();
        m_ui->action->clear();
        m_ui->actionButton->hide();
        return;
    }
    const auto cls = current.data(ErrorClassRole).value<ErrorClass>();
    const QString code = current.data(ErrorCodeRole).toString();
    m_ui->groupTitle->setText(
        QStringLiteral("<b>%1</b>")
            .arg((code.isEmpty() ? JobTexts::errorClass(cls)
                                 : tr("%1 · %2").arg(JobTexts::errorClass(cls), code))
                     .toHtmlEscaped()));
    m_ui->explanation->setText(JobTexts::explanation(cls));
    m_ui->action->setText(tr("What to do: %1").arg(JobTexts::recommendedAction(cls)));
    m_ui->retryGroupButton->setText(
        tr("Retry all of these (%1)").arg(current.data(UnderlyingDataRole).toLongLong()));
    switch (fixFor(cls)) {
    case Fix::Settings:
        m_ui->actionButton->setText(tr("Open &Settings"));
        m_ui->actionButton->show();
        break;
    case Fix::Binding:
        m_ui->actionButton->setText(tr("Open &Binding"));
        m_ui->actionButton->show();
        break;
    case Fix::None:
        m_ui->actionButton->hide();
        break;
    }
}

void ProblemsPage::retryGroup()
{
    const QModelIndex current = m_ui->tree->currentIndex();
    if (!current.isValid())
        return;
    const auto cls = current.data(ErrorClassRole).value<ErrorClass>();
    const QString code = current.data(ErrorCodeRole).toString();
    const qint64 count = current.data(UnderlyingDataRole).toLongLong();
    const QString name = code.isEmpty() ? JobTexts::errorClass(cls)
                                        : tr("%1 · %2").arg(JobTexts::errorClass(cls), code);
    if (!m_confirmer->confirm(
            this, tr("Problems"),
            tr("Send all %1 job(s) with the problem «%2» again now?").arg(count).arg(name),
            tr("Retry all")))
        return;
    QJsonObject args{{QStringLiteral("class"), toKey(cls)}};
    if (!code.isEmpty())
        args.insert(QStringLiteral("code"), code);
    m_session->postCommand(CommandKind::Retry, args);
}

} // namespace identsync
