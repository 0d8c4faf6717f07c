#pragma once

#include "data/logline.h"

#include <QObject>
#include <QThread>

#include <chrono>

namespace identsync {

class LogModel;
class LogWriter;

struct LogHubOptions
{
    // Empty: LogHub::defaultDirectory().
    QString directory;
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int keepFiles = 5;
    int modelCapacity = 20000;
    // Batches reach the GUI thread at most once per interval (≤ 10/s).
    std::chrono::milliseconds minInterval{100};
};

// The process-wide application log (SPEC §4). Installed as the Qt message handler, it turns every
// qC* message of every thread — the engine's areas (whose logLine output is the same text, logged
// under identsync.engine), the store, the portal client, the console — into a LogLine: time,
// level, area (the logging category) and text masked by core/piimask. A worker thread writes the
// lines to a rotating file and delivers them to the GUI thread in coalesced batches, where the
// hub's LogModel keeps the latest ones. The thread that logged never waits for either.
class LogHub : public QObject
{
    Q_OBJECT

public:
    explicit LogHub(const LogHubOptions &options = {}, QObject *parent = nullptr);
    ~LogHub() override;

    // <AppLocalDataLocation>/logs, e.g. ~/.local/share/IdentSync/identsync/logs or
    // %LOCALAPPDATA%/IdentSync/identsync/logs.
    static QString defaultDirectory();
    static QString fileName() { return QStringLiteral("identsync.log"); }

    // Becomes the Qt message handler until destroyed; the previous handler still receives every
    // message (stderr, Qt Test's message checks). Also catches std::terminate (an exception no
    // one caught): its message is written to the file, after everything queued, before the
    // process ends.
    void install();
    static LogHub *instance();

    // Any thread; what the message handler calls.
    void post(QtMsgType type, const QString &area, const QString &text);
    // Blocks until everything posted so far is written; the batch then reaches the model through
    // the event loop. For shutdown and tests.
    void flush();

    QString directory() const { return m_directory; }
    QString filePath() const;
    LogModel *model() const { return m_model; }
    int deliveries() const;
    // The last failure to write the file, empty while writing works.
    QString fileError() const { return m_fileError; }

Q_SIGNALS:
    void linesAdded(const QList<identsync::LogLine> &lines);
    void fileErrorChanged(const QString &error);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message);
    [[noreturn]] static void handleTerminate();
    void writeFatal(const LogLine &line);

    QString m_directory;
    QThread m_thread;
    LogWriter *m_writer = nullptr;
    LogModel *m_model = nullptr;
    QString m_fileError;
    bool m_installed = false;
};

} // namespace identsync
