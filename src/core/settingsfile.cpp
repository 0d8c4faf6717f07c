#include "settingsfile.h"

#include <QCryptographicHash>
#include <QSet>

namespace identsync {

namespace {

QString fullKey(const QString &section, const QString &key)
{
    return section.isEmpty() ? key : section + QLatin1Char('/') + key;
}

QString sectionOf(const QString &fullKey)
{
    const qsizetype slash = fullKey.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : fullKey.left(slash);
}

QString keyOf(const QString &fullKey)
{
    return fullKey.mid(fullKey.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

SettingsFile SettingsFile::parse(const QByteArray &content)
{
    SettingsFile file;
    QString section;
    const QString text = QString::fromUtf8(content);
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        Line l{line, section, {}, false};
        if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'))) {
            section = trimmed.mid(1, trimmed.size() - 2).trimmed();
            l.section = section;
            l.header = true;
        } else if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char(';')) &&
                   !trimmed.startsWith(QLatin1Char('#'))) {
            const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
            if (eq > 0)
                l.key = trimmed.left(eq).trimmed();
        }
        file.m_lines << l;
    }
    if (!file.m_lines.isEmpty() && file.m_lines.constLast().text.isEmpty())
        file.m_lines.removeLast(); // the newline that ends the last line
    return file;
}

SettingsValues SettingsFile::values() const
{
    SettingsValues out;
    for (const Line &l : m_lines) {
        if (l.key.isEmpty())
            continue;
        const qsizetype eq = l.text.indexOf(QLatin1Char('='));
        out.insert(fullKey(l.section, l.key), unquote(QStringView(l.text).mid(eq + 1).trimmed()));
    }
    return out;
}

QByteArray SettingsFile::render(const SettingsValues &values) const
{
    QSet<QString> sectionsKept;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        sectionsKept.insert(sectionOf(it.key()));

    QStringList out;
    QSet<QString> written;
    QSet<QString> sectionsSeen;
    auto flushNewKeys = [&](const QString &section) {
        // New keys go after the section's last written line, before trailing blank lines.
        qsizetype at = out.size();
        while (at > 0 && out.at(at - 1).trimmed().isEmpty())
            --at;
        QStringList added;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (sectionOf(it.key()) == section && !written.contains(it.key())) {
                added << keyOf(it.key()) + QLatin1Char('=') + quote(it.value());
                written.insert(it.key());
            }
        }
        for (qsizetype i = 0; i < added.size(); ++i)
            out.insert(at + i, added.at(i));
    };

    QString current;
    bool skipping = false;
    bool first = true;
    for (const Line &l : m_lines) {
        if (l.header) {
            if (!first && !skipping)
                flushNewKeys(current);
            current = l.section;
            sectionsSeen.insert(current);
            skipping = !sectionsKept.contains(current);
        }
        first = false;
        if (skipping)
            continue;
        if (l.key.isEmpty()) {
            out << l.text;
            continue;
        }
        const QString k = fullKey(l.section, l.key);
        if (!values.contains(k) || written.contains(k))
            continue;
        const qsizetype eq = l.text.indexOf(QLatin1Char('='));
        const QString oldValue = unquote(QStringView(l.text).mid(eq + 1).trimmed());
        out << (oldValue == values.value(k) ? l.text
                                            : l.text.left(eq + 1) + quote(values.value(k)));
        written.insert(k);
    }
    if (!skipping)
        flushNewKeys(current);

    QStringList newSections;
    for (const QString &s : sectionsKept)
        if (!sectionsSeen.contains(s) && !s.isEmpty())
            newSections << s;
    newSections.sort();
    for (const QString &s : newSections) {
        if (!out.isEmpty() && !out.constLast().trimmed().isEmpty())
            out << QString();
        out << QLatin1Char('[') + s + QLatin1Char(']');
        flushNewKeys(s);
    }
    return (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray SettingsFile::fingerprint(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

QString SettingsFile::quote(const QString &value)
{
    static const QString special = QStringLiteral(",;\"\\=#[]");
    bool needs = value != value.trimmed();
    for (const QChar c : value)
        needs = needs || special.contains(c);
    if (!needs)
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

QString SettingsFile::unquote(QStringView raw)
{
    if (!raw.startsWith(u'"'))
        return raw.toString();
    QString out;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == u'\\' && i + 1 < raw.size()) {
            out += raw.at(++i);
        } else if (c == u'"') {
            break;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace identsync
