#pragma once

#include "data/logline.h"
#include "data/rotatinglogfile.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <chrono>

class QTimer;

namespace identsync {

// The log hub's worker-thread half. Any thread enqueues masked lines (a short lock, no I/O, no
// waiting for the disk or the GUI); on its own thread the writer appends them to the rotating file
// and hands them on in one batch at most every `minInterval`.
class LogWriter : public QObject
{
    Q_OBJECT

public:
    LogWriter(const QString &filePath, qint64 maxBytes, int keep,
              std::chrono::milliseconds minInterval);

    // Thread-safe.
    void enqueue(LogLine line);
    // On the writer's thread: writes and delivers whatever is pending now.
    void flush();
    // On the writer's thread: opens the file, so its folder exists before the first line.
    void prepare();

    // How many batches were delivered (the ≤ 10/s promise is checked against it).
    int deliveries() const { return m_deliveries.loadRelaxed(); }

Q_SIGNALS:
    void delivered(const QList<identsync::LogLine> &lines);
    // Once per run of failures, so a full disk does not flood the view; cleared by a success.
    void fileError(const QString &error);

private:
    void schedule();

    QMutex m_mutex;
    QList<LogLine> m_pending;
    bool m_scheduled = false;

    RotatingLogFile m_file;
    std::chrono::milliseconds m_minInterval;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceFlush;
    bool m_failing = false;
    QAtomicInt m_deliveries = 0;
};

} // namespace identsync
