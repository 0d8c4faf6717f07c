#include "loghub.h"

#include "data/logwriter.h"
#include "data/rotatinglogfile.h"
#include "models/logmodel.h"

#include "core/piimask.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <atomic>
#include <cstdlib>
#include <exception>

namespace identsync {

namespace {

std::atomic<LogHub *> s_instance{nullptr};
QtMessageHandler s_previous = nullptr;
std::terminate_handler s_previousTerminate = nullptr;

} // namespace

LogHub::LogHub(const LogHubOptions &options, QObject *parent)
    : QObject(parent)
    , m_directory(options.directory.isEmpty() ? defaultDirectory() : options.directory)
    , m_model(new LogModel(options.modelCapacity, this))
{
    qRegisterMetaType<LogLine>();
    qRegisterMetaType<QList<LogLine>>();
    m_writer = new LogWriter(QDir(m_directory).filePath(fileName()), options.maxFileBytes,
                             options.keepFiles, options.minInterval);
    m_thread.setObjectName(QStringLiteral("identsync-log"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &LogWriter::delivered, this, [this](const QList<LogLine> &lines) {
        m_model->append(lines);
        Q_EMIT linesAdded(lines);
    });
    connect(m_writer, &LogWriter::fileError, this, [this](const QString &error) {
        m_fileError = error;
        Q_EMIT fileErrorChanged(error);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_writer, &LogWriter::prepare, Qt::QueuedConnection);
}

LogHub::~LogHub()
{
    if (m_installed) {
        qInstallMessageHandler(s_previous);
        std::set_terminate(s_previousTerminate);
        s_instance.store(nullptr);
    }
    flush();
    m_thread.quit();
    m_thread.wait();
}

QString LogHub::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

QString LogHub::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

int LogHub::deliveries() const
{
    return m_writer->deliveries();
}

LogHub *LogHub::instance()
{
    return s_instance.load();
}

void LogHub::install()
{
    if (m_installed)
        return;
    m_installed = true;
    s_instance.store(this);
    s_previous = qInstallMessageHandler(&LogHub::handleMessage);
    s_previousTerminate = std::set_terminate(&LogHub::handleTerminate);
}

void LogHub::handleTerminate()
{
    QString what = QStringLiteral("no exception");
    if (const std::exception_ptr error = std::current_exception()) {
        try {
            std::rethrow_exception(error);
        } catch (const std::exception &e) {
            what = QString::fromLocal8Bit(e.what());
        } catch (...) {
            what = QStringLiteral("an exception of unknown type");
        }
    }
    if (LogHub *hub = s_instance.load())
        hub->writeFatal(
            {QDateTime::currentDateTimeUtc(), LogLine::Level::Fatal,
             QStringLiteral("identsync.app"),
             PiiMask::text(QStringLiteral("The program stopped on an unhandled error: ") + what)});
    if (s_previousTerminate)
        s_previousTerminate();
    std::abort();
}

void LogHub::handleMessage(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    // Something the hub itself calls could log; that message goes only to the previous handler.
    static thread_local bool inside = false;
    LogHub *hub = s_instance.load();
    if (!hub || inside) {
        if (s_previous)
            s_previous(type, context, message);
        return;
    }
    inside = true;
    // Masked here, on the thread that logged, so stderr never sees what the file may not.
    const QString masked = PiiMask::text(message);
    LogLine line{QDateTime::currentDateTimeUtc(), LogLine::levelOf(type),
                 QString::fromLatin1(context.category ? context.category : "default"), masked};
    if (type == QtFatalMsg)
        hub->writeFatal(line);
    else
        hub->m_writer->enqueue(std::move(line));
    inside = false;
    if (s_previous)
        s_previous(type, context, masked);
}

void LogHub::post(QtMsgType type, const QString &area, const QString &text)
{
    m_writer->enqueue(
        {QDateTime::currentDateTimeUtc(), LogLine::levelOf(type), area, PiiMask::text(text)});
}

void LogHub::writeFatal(const LogLine &line)
{
    // The process aborts right after this message, before the writer thread could run: this
    // one line is written here, on the failing thread, after what was already queued.
    if (QThread::currentThread() != &m_thread)
        QMetaObject::invokeMethod(m_writer, &LogWriter::flush, Qt::BlockingQueuedConnection);
    QDir().mkpath(m_directory);
    QFile file(filePath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(line.toFileLine().toUtf8() + '\n');
}

void LogHub::flush()
{
    QMetaObject::invokeMethod(m_writer, &LogWriter::flush, Qt::BlockingQueuedConnection);
}

} // namespace identsync
