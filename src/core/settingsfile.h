#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace identsync {

// Flat view of an INI file: "section/key" → value, as QSettings and EngineConfig name keys.
using SettingsValues = QMap<QString, QString>;

// An INI file edited in place (text in, text out; the caller does the I/O): values change where
// they stand, and the comments, blank lines and order a person wrote survive a save from the
// console (QSettings would rewrite the whole file and drop every comment of the sample).
class SettingsFile
{
public:
    static SettingsFile parse(const QByteArray &content);

    SettingsValues values() const;

    // The file with exactly `values`: changed keys are rewritten where they stand, new keys go
    // to the end of their section (new sections to the end of the file), keys absent from
    // `values` are removed, and so is a section left with no key.
    QByteArray render(const SettingsValues &values) const;

    // What "changed on disk meanwhile" compares.
    static QByteArray fingerprint(const QByteArray &content);

    // A value as the file must hold it so QSettings reads it back unchanged: quoted when it
    // holds a comma (QSettings would split it into a list) or anything else INI treats specially.
    static QString quote(const QString &value);
    static QString unquote(QStringView raw);

private:
    struct Line
    {
        QString text;
        QString section; // the section the line belongs to
        QString key;     // empty for comments, blank lines and section headers
        bool header = false;
    };
    QList<Line> m_lines;
};

} // namespace identsync
