#include "logpage.h"

#include "ui_logpage.h"

#include "data/loghub.h"
#include "models/logfilterproxymodel.h"
#include "models/logmodel.h"
#include "pages/log/toneddelegate.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QThread>

#include <algorithm>

namespace identsync {

LogPage::LogPage(LogHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogPage>())
    , m_hub(hub)
    , m_proxy(new LogFilterProxyModel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_chooseSaveFile([](QWidget *owner, const QString &suggested) {
        return QFileDialog::getSaveFileName(owner, tr("Save log lines"), suggested,
                                            tr("Text files (*.txt *.log)"));
    })
{
    m_ui->setupUi(this);
    LogModel *model = m_hub->model();
    m_proxy->setSourceModel(model);
    QTableView *table = m_ui->table;
    table->setModel(m_proxy);
    auto *toned = new TonedDelegate(table);
    table->setItemDelegateForColumn(int(LogModel::Column::Level), toned);
    table->setItemDelegateForColumn(int(LogModel::Column::Message), toned);

    // Fixed row heights and column widths: a view over 20,000 rows must never measure them all.
    const QFontMetrics metrics = table->fontMetrics();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setColumnWidth(int(LogModel::Column::Time),
                          metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    table->setColumnWidth(int(LogModel::Column::Level),
                          metrics.horizontalAdvance(LogModel::levelName(LogLine::Level::Warning)) +
                              24);
    table->setColumnWidth(
        int(LogModel::Column::Area),
        metrics.horizontalAdvance(LogModel::areaName(QStringLiteral("identsync.store"))) + 24);

    connect(m_ui->levelFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumLevel(LogLine::Level(m_ui->levelFilter->currentData().toInt()));
    });
    connect(m_ui->areaFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setArea(m_ui->areaFilter->currentData().toString()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &LogFilterProxyModel::setText);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });

    // Ctrl+C copies the selected lines as the log file has them, for a support request.
    auto *copy = new QShortcut(QKeySequence::Copy, table);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, [this] {
        QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        QStringList lines;
        for (const QModelIndex &row : rows)
            lines << m_hub->model()->line(m_proxy->mapToSource(row).row()).toFileLine();
        if (!lines.isEmpty())
            QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });

    // Following: at the bottom, a grown range moves the view down with it. Scrolled up, lines
    // leaving the top of the buffer move the view up by as many, so the same lines stay in sight.
    QScrollBar *bar = table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        const bool following = value >= bar->maximum();
        if (following != m_following) {
            m_following = following;
            updateStatus();
        }
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_following)
            bar->setValue(maximum);
    });
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, bar](const QModelIndex &, int first, int last) {
                const int top = bar->value();
                m_removedAtTop = (m_following || first >= top) ? 0 : qMin(last + 1, top) - first;
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this, bar] {
        if (m_removedAtTop > 0)
            bar->setValue(bar->value() - m_removedAtTop);
        m_removedAtTop = 0;
        updateStatus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LogPage::updateStatus);

    connect(model, &LogModel::areaAdded, this, &LogPage::addArea);
    connect(m_hub, &LogHub::fileErrorChanged, this, &LogPage::retranslate);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this, &LogPage::openFolder);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &LogPage::save);
    connect(m_ui->clearButton, &QPushButton::clicked, model, &LogModel::clear);

    retranslate();
    table->scrollToBottom();
}

LogPage::~LogPage() = default;

void LogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LogPage::retranslate()
{
    const QSignalBlocker levelBlock(m_ui->levelFilter);
    const int level = m_ui->levelFilter->currentIndex();
    m_ui->levelFilter->clear();
    m_ui->levelFilter->addItem(tr("All levels"), int(LogLine::Level::Debug));
    m_ui->levelFilter->addItem(tr("Information and above"), int(LogLine::Level::Info));
    m_ui->levelFilter->addItem(tr("Warnings and errors"), int(LogLine::Level::Warning));
    m_ui->levelFilter->addItem(tr("Errors only"), int(LogLine::Level::Error));
    m_ui->levelFilter->setCurrentIndex(qMax(level, 0));

    const QSignalBlocker areaBlock(m_ui->areaFilter);
    const QString area = m_ui->areaFilter->currentData().toString();
    m_ui->areaFilter->clear();
    m_ui->areaFilter->addItem(tr("All areas"), QString());
    const QStringList areas = m_hub->model()->areas();
    for (const QString &seen : areas)
        addArea(seen);
    m_ui->areaFilter->setCurrentIndex(qMax(m_ui->areaFilter->findData(area), 0));

    const QString path = QDir::toNativeSeparators(m_hub->filePath());
    m_ui->fileLabel->setText(
        m_hub->fileError().isEmpty()
            ? tr("Log file: %1").arg(path)
            : tr("The log file %1 cannot be written (%2). Lines still appear here; make sure "
                 "the folder exists and the disk is not full.")
                  .arg(path, m_hub->fileError()));
    updateStatus();
}

void LogPage::addArea(const QString &area)
{
    // Keep "All areas" first and the rest sorted by their raw name, as LogModel::areas() is.
    int row = 1;
    while (row < m_ui->areaFilter->count() && m_ui->areaFilter->itemData(row).toString() < area)
        ++row;
    if (row < m_ui->areaFilter->count() && m_ui->areaFilter->itemData(row).toString() == area)
        return;
    m_ui->areaFilter->insertItem(row, LogModel::areaName(area), area);
}

void LogPage::updateStatus()
{
    QString status =
        tr("Showing %1 of %2 lines.").arg(m_proxy->rowCount()).arg(m_hub->model()->rowCount());
    status += QLatin1Char(' ');
    status += m_following ? tr("New lines appear at the bottom.")
                          : tr("Scrolled up: new lines are added below without moving the view; "
                               "press Ctrl+End to follow them.");
    if (!m_notice.isEmpty())
        status += QLatin1Char(' ') + m_notice;
    m_ui->statusLabel->setText(status);
}

void LogPage::openFolder()
{
    const QString dir = m_hub->directory();
    if (!m_openUrl(QUrl::fromLocalFile(dir))) {
        m_notice = tr("The folder %1 could not be opened; open it in the file manager.")
                         .arg(QDir::toNativeSeparators(dir));
        updateStatus();
    }
}

void LogPage::save()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("identsync-log-%1.txt")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = m_chooseSaveFile(this, suggested);
    if (path.isEmpty())
        return;
    QStringList lines;
    lines.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        lines << m_hub->model()
                     ->line(m_proxy->mapToSource(m_proxy->index(row, 0)).row())
                     .toFileLine();

    // Written on a thread of its own: the GUI thread does no file I/O. Its finished signal reaches
    // this page queued, and not at all if the page is gone by then.
    m_ui->saveButton->setEnabled(false);
    auto error = std::make_shared<QString>();
    QThread *writer = QThread::create([error, path, lines] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            *error = file.errorString();
            return;
        }
        for (const QString &line : lines)
            file.write(line.toUtf8() + '\n');
        if (!file.commit())
            *error = file.errorString();
    });
    connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    const auto count = lines.size();
    connect(writer, &QThread::finished, this, [this, path, count, error] {
        m_ui->saveButton->setEnabled(true);
        const QString shown = QDir::toNativeSeparators(path);
        m_notice =
            error->isEmpty()
                ? tr("Saved %1 lines to %2.").arg(count).arg(shown)
                : tr("Could not save to %1: %2. Choose another folder.").arg(shown, *error);
        updateStatus();
        Q_EMIT saveFinished(path, *error);
    });
    writer->start();
}

} // namespace identsync
