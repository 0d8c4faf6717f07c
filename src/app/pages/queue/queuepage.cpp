#include "queuepage.h"

#include "ui_queuepage.h"

#include "data/consolesession.h"
#include "models/jobdetailstext.h"
#include "models/jobtexts.h"
#include "models/nonemptyfiltermodel.h"
#include "models/queuechipsmodel.h"
#include "models/queuemodel.h"
#include "models/roles.h"
#include "shell/confirmer.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>

namespace identsync {

namespace {

const QList<JobState> FailureStates = {JobState::Pending, JobState::RetryWait, JobState::Dead,
                                       JobState::NeedsAttention};

QString defaultSaveDialog(QWidget *parent, const QString &suggestedName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, QueuePage::tr("Export the queue"),
                                        dir + u'/' + suggestedName,
                                        QueuePage::tr("CSV for Excel (*.csv)"));
}

} // namespace

QueuePage::QueuePage(ConsoleSession *session, Confirmer *confirmer, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QueuePage>())
    , m_session(session)
    , m_confirmer(confirmer)
    , m_chooser(defaultSaveDialog)
{
    m_ui->setupUi(this);
    m_model = new QueueModel(session, this);
    m_worker = session->createWorker<QueueWorker>();

    m_stateChips = new QueueChipsModel(QueueChipsModel::Kind::State, this);
    m_classChips = new QueueChipsModel(QueueChipsModel::Kind::ErrorClass, this);
    m_stateProxy = new NonEmptyFilterModel(this);
    m_stateProxy->setSourceModel(m_stateChips);
    m_classProxy = new NonEmptyFilterModel(this);
    m_classProxy->setSourceModel(m_classChips);
    m_ui->stateFilter->setModel(m_stateProxy);
    m_ui->classFilter->setModel(m_classProxy);

    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // One height for every row: the view then never measures rows, however many are loaded.
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->filterNote->hide();
    m_ui->clearFilterButton->hide();

    connect(m_worker, &QueueWorker::countsLoaded, this, &QueuePage::updateCounts);
    connect(m_worker, &QueueWorker::detailsLoaded, this, &QueuePage::showDetails);
    connect(m_worker, &QueueWorker::exported, this, [this](const QString &path, qint64 rows) {
        m_ui->messageLabel->setText(tr("Exported %1 row(s) to %2.").arg(rows).arg(path));
        Q_EMIT exported(path, rows);
    });
    connect(m_worker, &QueueWorker::failed, this, [this](const QString &error) {
        m_ui->messageLabel->setText(tr("Could not read the queue: %1").arg(error));
    });
    connect(m_model, &QueueModel::loadFailed, this, [this](const QString &error) {
        m_ui->messageLabel->setText(tr("Could not read the queue: %1").arg(error));
    });
    connect(m_model, &QueueModel::loaded, this, &QueuePage::updateHeadline);
    connect(m_model, &QueueModel::loaded, this, &QueuePage::fitColumns);
    connect(session, &ConsoleSession::jobsChanged, this, [this] {
        QMetaObject::invokeMethod(m_worker, &QueueWorker::loadCounts);
        loadCurrentDetails();
    });
    connect(session, &ConsoleSession::commandPosted, this, [this] {
        m_ui->messageLabel->setText(
            tr("Sent to the synchronisation engine; the table updates when it has acted."));
    });
    connect(session, &ConsoleSession::commandFailed, this,
            [this](CommandKind, const QString &error) {
                m_ui->messageLabel->setText(tr("The command was not sent: %1").arg(error));
            });

    connect(m_ui->stateFilter, &QComboBox::activated, this, [this] {
        m_pinned.reset();
        applyFilter();
    });
    connect(m_ui->classFilter, &QComboBox::activated, this, [this] {
        m_pinned.reset();
        applyFilter();
    });
    connect(m_ui->hideEmpty, &QCheckBox::toggled, this, [this](bool hide) {
        m_stateProxy->setHideEmpty(hide);
        m_classProxy->setHideEmpty(hide);
    });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &QueuePage::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilter();
    });
    connect(m_ui->clearFilterButton, &QPushButton::clicked, this, [this] {
        m_pinned.reset();
        m_ui->searchEdit->clear();
        m_ui->stateFilter->setCurrentIndex(0);
        m_ui->classFilter->setCurrentIndex(0);
        applyFilter();
    });

    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePage::updateSelection);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueuePage::loadCurrentDetails);
    connect(m_ui->checkAll, &QCheckBox::clicked, this, [this](bool checked) {
        if (checked)
            m_ui->table->selectAll();
        else
            m_ui->table->clearSelection();
    });

    connect(m_ui->retryButton, &QPushButton::clicked, this, &QueuePage::retrySelected);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QueuePage::cancelSelected);
    connect(m_ui->retryClassButton, &QPushButton::clicked, this, &QueuePage::retryClass);
    connect(m_ui->retryDeadButton, &QPushButton::clicked, this, &QueuePage::retryAllDead);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &QueuePage::exportCsv);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    auto *retry = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    retry->setContext(Qt::WidgetWithChildrenShortcut);
    connect(retry, &QShortcut::activated, this, &QueuePage::retrySelected);
    // Only on the table: Delete in the search box deletes text.
    auto *cancel = new QShortcut(QKeySequence::Delete, m_ui->table);
    cancel->setContext(Qt::WidgetShortcut);
    connect(cancel, &QShortcut::activated, this, &QueuePage::cancelSelected);

    updateSelection();
    updateHeadline();
    QMetaObject::invokeMethod(m_worker, &QueueWorker::loadCounts);
}

QueuePage::~QueuePage()
{
    if (m_worker)
        m_worker->deleteLater();
}

void QueuePage::fitColumns()
{
    // Once, on the first rows: later pages must not make columns jump under the reader's eyes.
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    const int maxWidth = fontMetrics().averageCharWidth() * 36;
    for (int c = 0; c < enumCount<QueueModel::Column>(); ++c) {
        // The last error may be long: wider, and the table scrolls sideways for the rest.
        const int cap = c == int(QueueModel::Column::LastError) ? 3 * maxWidth : maxWidth;
        m_ui->table->resizeColumnToContents(c);
        m_ui->table->setColumnWidth(c, std::min(m_ui->table->columnWidth(c) + 8, cap));
    }
}

void QueuePage::setSavePathChooser(SavePathChooser chooser)
{
    m_chooser = std::move(chooser);
}

std::optional<JobState> QueuePage::chosenState() const
{
    const QVariant v = m_ui->stateFilter->currentData(JobStateRole);
    return v.isValid() ? std::optional(v.value<JobState>()) : std::nullopt;
}

std::optional<ErrorClass> QueuePage::chosenClass() const
{
    const QVariant v = m_ui->classFilter->currentData(ErrorClassRole);
    return v.isValid() ? std::optional(v.value<ErrorClass>()) : std::nullopt;
}

void QueuePage::applyFilter()
{
    JobFilter f;
    if (m_pinned) {
        f = *m_pinned;
    } else {
        if (const auto state = chosenState())
            f.states = {*state};
        f.errorClass = chosenClass();
        // A class count covers the failures still open; the filter shows the same jobs.
        if (f.errorClass && f.states.isEmpty())
            f.states = FailureStates;
    }
    f.text = m_ui->searchEdit->text().trimmed();
    const bool note = m_pinned && (m_pinned->errorCode || m_pinned->states.size() > 1);
    if (note) {
        QStringList parts;
        if (m_pinned->errorClass)
            parts << JobTexts::errorClass(*m_pinned->errorClass);
        if (m_pinned->errorCode)
            parts << *m_pinned->errorCode;
        if (parts.isEmpty()) {
            for (JobState s : m_pinned->states)
                parts << JobTexts::state(s);
        }
        m_ui->filterNote->setText(tr("Showing only: %1").arg(parts.join(QStringLiteral(" · "))));
    }
    m_ui->filterNote->setVisible(note);
    m_ui->clearFilterButton->setVisible(note || !f.text.isEmpty());
    m_model->setFilter(f);
    m_detailsJob = 0;
    m_ui->details->clear();
    updateSelection();
}

void QueuePage::selectChip(QComboBox *combo, NonEmptyFilterModel *proxy, int role,
                           const QVariant &value)
{
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(role) == value) {
            combo->setCurrentIndex(row);
            return;
        }
    }
    if (value.isValid() && proxy->hideEmpty()) {
        m_ui->hideEmpty->setChecked(false);
        selectChip(combo, proxy, role, value);
        return;
    }
    combo->setCurrentIndex(0);
}

void QueuePage::showFilter(const JobFilter &filter)
{
    selectChip(m_ui->stateFilter, m_stateProxy, JobStateRole,
               filter.states.size() == 1 ? QVariant::fromValue(filter.states.constFirst())
                                         : QVariant());
    selectChip(m_ui->classFilter, m_classProxy, ErrorClassRole,
               filter.errorClass ? QVariant::fromValue(*filter.errorClass) : QVariant());
    m_ui->searchEdit->setText(filter.text);
    m_pinned = filter;
    applyFilter();
}

QList<qint64> QueuePage::selectedJobs() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        ids << i.data(JobIdRole).toLongLong();
    return ids;
}

void QueuePage::updateSelection()
{
    const qsizetype n = m_ui->table->selectionModel()->selectedRows().size();
    m_ui->selectionLabel->setText(n > 0 ? tr("Selected: %1").arg(n) : QString());
    m_ui->retryButton->setEnabled(n > 0);
    m_ui->cancelButton->setEnabled(n > 0);
    const bool all = n > 0 && n == m_model->rowCount();
    m_ui->checkAll->setChecked(all);
    const auto cls = chosenClass();
    m_ui->retryClassButton->setEnabled(cls.has_value() && m_counts.classes[size_t(*cls)] > 0);
    m_ui->retryClassButton->setText(cls ? tr("Retry all «%1» (%2)")
                                              .arg(JobTexts::errorClass(*cls))
                                              .arg(m_counts.classes[size_t(*cls)])
                                        : tr("Retry all of the chosen problem"));
    m_ui->retryClassButton->setToolTip(cls ? QString()
                                           : tr("Choose a problem in the list above first"));
    const qint64 dead = m_counts.states[size_t(JobState::Dead)];
    m_ui->retryDeadButton->setEnabled(dead > 0);
    m_ui->retryDeadButton->setText(tr("Retry all failed (%1)").arg(dead));
}

void QueuePage::updateCounts(const QueueCounts &counts)
{
    m_counts = counts;
    // Keep the chosen chips: the proxies may reorder when groups empty out.
    const QVariant state = m_ui->stateFilter->currentData(JobStateRole);
    const QVariant cls = m_ui->classFilter->currentData(ErrorClassRole);
    m_stateChips->setCounts(counts);
    m_classChips->setCounts(counts);
    selectChip(m_ui->stateFilter, m_stateProxy, JobStateRole, state);
    selectChip(m_ui->classFilter, m_classProxy, ErrorClassRole, cls);
    updateSelection();
    updateHeadline();
}

void QueuePage::updateHeadline()
{
    const auto &s = m_counts.states;
    const qint64 dead = s[size_t(JobState::Dead)];
    const qint64 attention = s[size_t(JobState::NeedsAttention)];
    const qint64 waiting = s[size_t(JobState::RetryWait)];
    const qint64 pending = s[size_t(JobState::Pending)] + s[size_t(JobState::InFlight)];
    QString headline;
    if (dead + attention > 0)
        headline = tr("%1 job(s) need a person: %2 failed with no more retries, %3 need a "
                      "decision. Choose them below and press «Retry now» or open Problems.")
                       .arg(dead + attention)
                       .arg(dead)
                       .arg(attention);
    else if (waiting > 0)
        headline =
            tr("%1 job(s) wait to be retried automatically; nothing needs you now.").arg(waiting);
    else if (pending > 0)
        headline = tr("%1 job(s) are being sent; nothing needs you now.").arg(pending);
    else
        headline = tr("Everything is sent; nothing needs you now.");
    m_ui->headline->setText(headline);
}

void QueuePage::loadCurrentDetails()
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    m_detailsJob = current.data(JobIdRole).toLongLong();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker.data(), id = m_detailsJob] { worker->loadDetails(id); });
}

void QueuePage::showDetails(const JobDetails &details)
{
    if (details.job.summary.id != m_detailsJob)
        return;
    // Keep the reader's place when the same job is refreshed.
    const int scroll = m_ui->details->verticalScrollBar()->value();
    m_ui->details->setHtml(
        JobDetailsText::html(details, m_model->maxAttempts(), m_session->clock()()));
    m_ui->details->verticalScrollBar()->setValue(scroll);
}

bool QueuePage::confirm(const QString &text, const QString &action)
{
    return m_confirmer->confirm(this, tr("Queue"), text, action);
}

void QueuePage::post(CommandKind kind, const QJsonObject &args)
{
    m_session->postCommand(kind, args);
}

void QueuePage::retrySelected()
{
    const QList<qint64> ids = selectedJobs();
    if (ids.isEmpty()) {
        m_ui->messageLabel->setText(tr("Select the jobs to retry in the table first."));
        return;
    }
    if (ids.size() > 1 &&
        !confirm(tr("Send %1 selected job(s) again now? Automatic attempts are not used up.")
                     .arg(ids.size()),
                 tr("Retry now")))
        return;
    QJsonArray jobs;
    for (qint64 id : ids)
        jobs.append(id);
    post(CommandKind::Retry, {{QStringLiteral("jobs"), jobs}});
}

void QueuePage::cancelSelected()
{
    const QList<qint64> ids = selectedJobs();
    if (ids.isEmpty()) {
        m_ui->messageLabel->setText(tr("Select the jobs to cancel in the table first."));
        return;
    }
    if (!confirm(tr("Cancel %1 selected job(s)? They are not sent to the portal unless the "
                    "appointment changes in IDENT again. The cancellation is recorded.")
                     .arg(ids.size()),
                 tr("Cancel jobs")))
        return;
    QJsonArray jobs;
    for (qint64 id : ids)
        jobs.append(id);
    post(CommandKind::Cancel, {{QStringLiteral("jobs"), jobs}});
}

void QueuePage::retryClass()
{
    const auto cls = chosenClass();
    if (!cls) {
        m_ui->messageLabel->setText(tr("Choose a problem in the list above first."));
        return;
    }
    const qint64 count = m_counts.classes[size_t(*cls)];
    if (!confirm(tr("Send all %1 job(s) with the problem «%2» again now?")
                     .arg(count)
                     .arg(JobTexts::errorClass(*cls)),
                 tr("Retry all")))
        return;
    post(CommandKind::Retry, {{QStringLiteral("class"), toKey(*cls)}});
}

void QueuePage::retryAllDead()
{
    const qint64 count = m_counts.states[size_t(JobState::Dead)];
    if (!confirm(tr("Send all %1 failed job(s) again now? A manual retry does not use up an "
                    "automatic attempt.")
                     .arg(count),
                 tr("Retry all")))
        return;
    post(CommandKind::Retry, {{QStringLiteral("all_dead"), true}});
}

void QueuePage::exportCsv()
{
    const QString name =
        QStringLiteral("identsync-queue-%1.csv")
            .arg(m_session->clock()().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = m_chooser(this, name);
    if (path.isEmpty())
        return;
    m_ui->messageLabel->setText(tr("Exporting…"));
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker.data(), r = m_model->request(), path,
                               max = m_model->maxAttempts()] { worker->exportCsv(r, path, max); });
}

} // namespace identsync
