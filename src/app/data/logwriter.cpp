#include "logwriter.h"

#include <QTimer>

namespace identsync {

LogWriter::LogWriter(const QString &filePath, qint64 maxBytes, int keep,
                     std::chrono::milliseconds minInterval)
    : m_file(filePath, maxBytes, keep)
    , m_minInterval(minInterval)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LogWriter::flush);
}

void LogWriter::enqueue(LogLine line)
{
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append(std::move(line));
        first = !m_scheduled;
        m_scheduled = true;
    }
    if (first)
        QMetaObject::invokeMethod(this, &LogWriter::schedule, Qt::QueuedConnection);
}

void LogWriter::schedule()
{
    if (m_timer->isActive())
        return;
    const auto since = std::chrono::milliseconds(m_sinceFlush.isValid() ? m_sinceFlush.elapsed()
                                                                        : m_minInterval.count());
    if (since >= m_minInterval)
        flush();
    else
        m_timer->start(m_minInterval - since);
}

void LogWriter::prepare()
{
    if (!m_file.open() && !m_failing) {
        m_failing = true;
        Q_EMIT fileError(m_file.errorString());
    }
}

void LogWriter::flush()
{
    m_timer->stop();
    QList<LogLine> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_scheduled = false;
    }
    if (batch.isEmpty())
        return;
    m_sinceFlush.start();

    QStringList fileLines;
    fileLines.reserve(batch.size());
    for (const LogLine &line : batch)
        fileLines.append(line.toFileLine());
    if (m_file.append(fileLines)) {
        m_failing = false;
    } else if (!m_failing) {
        m_failing = true;
        Q_EMIT fileError(m_file.errorString());
    }
    m_deliveries.fetchAndAddRelaxed(1);
    Q_EMIT delivered(batch);
}

} // namespace identsync
