#include "transitionspage.h"

#include "ui_transitionspage.h"

#include "data/consolesession.h"
#include "models/roles.h"
#include "models/transitionfilterproxy.h"
#include "models/transitionreasons.h"
#include "models/transitionsmodel.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>

namespace identsync {

TransitionsPage::TransitionsPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TransitionsPage>())
    , m_model(new TransitionsModel(session, this))
    , m_proxy(new TransitionFilterProxy(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->title->setFont(titleFont);

    m_proxy->setTransitionsModel(m_model);
    m_ui->view->setModel(m_proxy);
    m_ui->view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->view->horizontalHeader()->setSectionResizeMode(TransitionsModel::Explanation,
                                                         QHeaderView::Stretch);

    m_ui->reasonFilter->addItem(tr("All reasons"));
    for (int r = 0; r < enumCount<StageReason>(); ++r)
        m_ui->reasonFilter->addItem(TransitionReasons::name(StageReason(r)), r);
    refillFacets();
    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addDays(-7));
    m_ui->untilDate->setDate(today);
    m_ui->fromDate->setEnabled(false);
    m_ui->untilDate->setEnabled(false);

    m_openDeal = new QAction(tr("Open deal in Bitrix24"), this);
    m_openDeal->setObjectName(QStringLiteral("openDealAction"));
    m_openDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_copyDeal = new QAction(tr("Copy deal ID"), this);
    m_copyDeal->setObjectName(QStringLiteral("copyDealAction"));
    m_copyDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_showInQueue = new QAction(tr("Show in queue"), this);
    m_showInQueue->setObjectName(QStringLiteral("showInQueueAction"));
    for (QAction *a : {m_openDeal, m_copyDeal, m_showInQueue}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->view->addAction(a);
    }

    connect(m_openDeal, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        if (row < 0)
            return;
        const QUrl url = dealUrl(m_portalUrl, m_model->transition(row).dealId.value_or(0));
        if (url.isValid())
            m_openUrl(url);
    });
    connect(m_copyDeal, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        if (row >= 0 && m_model->transition(row).dealId)
            QGuiApplication::clipboard()->setText(
                QString::number(*m_model->transition(row).dealId));
    });
    connect(m_showInQueue, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        if (row >= 0)
            Q_EMIT queueItemRequested(m_model->transition(row).dealKey.toString());
    });
    connect(m_ui->openDealButton, &QPushButton::clicked, m_openDeal, &QAction::trigger);
    connect(m_ui->copyDealButton, &QPushButton::clicked, m_copyDeal, &QAction::trigger);
    connect(m_ui->queueButton, &QPushButton::clicked, m_showInQueue, &QAction::trigger);
    connect(m_ui->view, &QAbstractItemView::activated, m_openDeal, &QAction::trigger);

    connect(m_ui->reasonFilter, &QComboBox::currentIndexChanged, this,
            &TransitionsPage::applyFilter);
    connect(m_ui->branchFilter, &QComboBox::currentIndexChanged, this,
            &TransitionsPage::applyFilter);
    connect(m_ui->doctorFilter, &QComboBox::activated, this, &TransitionsPage::applyFilter);
    connect(m_ui->doctorFilter->lineEdit(), &QLineEdit::editingFinished, this,
            &TransitionsPage::applyFilter);
    connect(m_ui->dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDate->setEnabled(on);
        m_ui->untilDate->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &TransitionsPage::applyFilter);
    connect(m_ui->untilDate, &QDateEdit::dateChanged, this, &TransitionsPage::applyFilter);
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] {
        const QSignalBlocker b1(m_ui->reasonFilter), b2(m_ui->branchFilter), b3(m_ui->doctorFilter),
            b4(m_ui->dateFilter);
        m_ui->reasonFilter->setCurrentIndex(0);
        m_ui->branchFilter->setCurrentIndex(0);
        m_ui->doctorFilter->setCurrentIndex(0);
        m_ui->doctorFilter->setEditText({});
        m_ui->dateFilter->setChecked(false);
        m_ui->fromDate->setEnabled(false);
        m_ui->untilDate->setEnabled(false);
        applyFilter();
    });

    connect(m_model, &TransitionsModel::facetsChanged, this, &TransitionsPage::refillFacets);
    connect(m_model, &TransitionsModel::loadingChanged, this, &TransitionsPage::updateStatus);
    connect(m_model, &TransitionsModel::loadFailed, this, [this](const QString &error) {
        m_loadError = error;
        updateStatus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TransitionsPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TransitionsPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TransitionsPage::updateStatus);
    connect(m_ui->view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransitionsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TransitionsPage::updateActions);
    updateActions();
    updateStatus();
}

TransitionsPage::~TransitionsPage() = default;

void TransitionsPage::setPortalUrl(const QString &webhookUrl)
{
    m_portalUrl = webhookUrl;
    updateActions();
}

void TransitionsPage::setStageCatalog(const StageCatalog &catalog)
{
    m_model->setStageCatalog(catalog);
}

QUrl TransitionsPage::dealUrl(const QString &webhookUrl, qint64 dealId)
{
    const QUrl webhook(webhookUrl);
    if (dealId <= 0 || !webhook.isValid() || webhook.host().isEmpty())
        return {};
    QUrl url;
    url.setScheme(webhook.scheme());
    url.setHost(webhook.host());
    url.setPort(webhook.port());
    url.setPath(QStringLiteral("/crm/deal/details/%1/").arg(dealId));
    return url;
}

void TransitionsPage::applyFilter()
{
    TransitionFilter filter;
    if (const QVariant r = m_ui->reasonFilter->currentData(); r.isValid())
        filter.reason = StageReason(r.toInt());
    if (const QVariant b = m_ui->branchFilter->currentData(); b.isValid())
        filter.branchId = b.toInt();
    if (const QString doctor = m_ui->doctorFilter->currentText().trimmed();
        !doctor.isEmpty() && doctor != m_ui->doctorFilter->itemText(0))
        filter.doctor = doctor;
    if (m_ui->dateFilter->isChecked()) {
        filter.from = m_ui->fromDate->date().startOfDay().toUTC();
        filter.until = m_ui->untilDate->date().addDays(1).startOfDay().toUTC();
    }
    const TransitionFilter &current = m_proxy->filter();
    if (filter.reason == current.reason && filter.branchId == current.branchId &&
        filter.doctor == current.doctor && filter.from == current.from &&
        filter.until == current.until)
        return;
    m_loadError.clear();
    m_proxy->setFilter(filter);
}

void TransitionsPage::refillFacets()
{
    const QVariant branch = m_ui->branchFilter->currentData();
    {
        const QSignalBlocker blocker(m_ui->branchFilter);
        m_ui->branchFilter->clear();
        m_ui->branchFilter->addItem(tr("All branches"));
        for (int id : m_model->branches())
            m_ui->branchFilter->addItem(tr("Branch %1").arg(id), id);
        m_ui->branchFilter->setCurrentIndex(qMax(0, m_ui->branchFilter->findData(branch)));
    }
    const QString doctor = m_ui->doctorFilter->currentText();
    const bool anyDoctor = m_ui->doctorFilter->currentIndex() <= 0;
    const QSignalBlocker blocker(m_ui->doctorFilter);
    m_ui->doctorFilter->clear();
    m_ui->doctorFilter->addItem(tr("All doctors"));
    m_ui->doctorFilter->addItems(m_model->doctors());
    if (anyDoctor)
        m_ui->doctorFilter->setCurrentIndex(0);
    else
        m_ui->doctorFilter->setCurrentText(doctor);
}

int TransitionsPage::currentSourceRow() const
{
    const QModelIndex current = m_ui->view->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

void TransitionsPage::updateActions()
{
    const int row = currentSourceRow();
    const bool hasDeal = row >= 0 && m_model->transition(row).dealId.has_value();
    m_openDeal->setEnabled(hasDeal && !m_portalUrl.isEmpty());
    m_openDeal->setToolTip(m_portalUrl.isEmpty()
                               ? tr("No portal is configured: enter the webhook URL in Settings.")
                               : tr("Opens the deal's page on the portal in the browser."));
    m_copyDeal->setEnabled(hasDeal);
    m_showInQueue->setEnabled(row >= 0);
    m_ui->openDealButton->setEnabled(m_openDeal->isEnabled());
    m_ui->openDealButton->setToolTip(m_openDeal->toolTip());
    m_ui->copyDealButton->setEnabled(m_copyDeal->isEnabled());
    m_ui->queueButton->setEnabled(m_showInQueue->isEnabled());
}

void TransitionsPage::updateStatus()
{
    if (!m_loadError.isEmpty()) {
        m_ui->statusLabel->setText(
            tr("The history could not be read: %1 Press «Show all» to try again.")
                .arg(m_loadError));
        return;
    }
    const int shown = m_proxy->rowCount();
    QString text = shown == 0 && !m_model->isLoading()
                       ? tr("No stage transitions match. The sync records one for every deal it "
                            "writes.")
                       : tr("%n transition(s) shown", nullptr, shown);
    if (m_model->isLoading())
        text += QLatin1Char(' ') + tr("(loading…)");
    else if (m_model->canFetchMore({}))
        text += QLatin1Char(' ') + tr("(older ones load as you scroll)");
    m_ui->statusLabel->setText(text);
}

} // namespace identsync
