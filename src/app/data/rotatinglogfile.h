#pragma once

#include <QFile>
#include <QString>

namespace identsync {

// An append-only log file that rotates by size: when the next line would take `name` past
// `maxBytes`, name.(keep-1) is dropped, name.k becomes name.(k+1), name becomes name.1 and a fresh
// name is started, so at most `keep` files exist (the current one included). Not thread-safe:
// one owner, on a worker thread (SPEC §4: no file I/O on the GUI thread).
class RotatingLogFile
{
public:
    RotatingLogFile(QString path, qint64 maxBytes, int keep);

    // Appends the lines, each followed by '\n', and flushes. False (with errorString()) when the
    // file cannot be opened or written; the next call tries again.
    bool append(const QStringList &lines);
    // Creates the folder and opens the file (append() does so when needed), so the folder exists
    // before the first line.
    bool open();
    QString path() const { return m_path; }
    QString errorString() const { return m_file.errorString(); }

    // name, name.1, …: the path of the n-th file, 0 being the current one.
    static QString rotatedPath(const QString &path, int n);

private:
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
};

} // namespace identsync
