#include "rotatinglogfile.h"

#include <QDir>
#include <QFileInfo>

namespace identsync {

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path))
    , m_maxBytes(qMax<qint64>(maxBytes, 1))
    , m_keep(qMax(keep, 1))
{}

QString RotatingLogFile::rotatedPath(const QString &path, int n)
{
    return n == 0 ? path : path + QLatin1Char('.') + QString::number(n);
}

bool RotatingLogFile::open()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_path, m_keep - 1));
    for (int n = m_keep - 2; n >= 0; --n)
        QFile::rename(rotatedPath(m_path, n), rotatedPath(m_path, n + 1));
    if (m_keep == 1)
        QFile::remove(m_path);
}

bool RotatingLogFile::append(const QStringList &lines)
{
    if (!open())
        return false;
    for (const QString &line : lines) {
        const QByteArray bytes = line.toUtf8() + '\n';
        // A line longer than the limit still gets a file of its own rather than being lost.
        if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
            rotate();
            if (!open())
                return false;
        }
        if (m_file.write(bytes) != bytes.size())
            return false;
    }
    return m_file.flush();
}

} // namespace identsync
