#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest/QTest>

// The console ships complete translations: every message of both .ts files is finished, both files
// hold the same messages, and a Russian translation is Russian (English left in the Russian UI is
// the defect this guards against; product and protocol names may stay as they are).
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QStringList translations;
        bool unfinished = false;
    };

    static QList<Message> read(const QString &language)
    {
        QFile file(qEnvironmentVariable("IDENTSYNC_SOURCE_DIR") +
                   QStringLiteral("/translations/identsync_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Message> messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message{context, {}, {}, false};
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                current.unfinished = !type.isEmpty();
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isEndElement() && xml.name() == u"numerusform") {
                        current.translations << text;
                        text.clear();
                    }
                }
                if (current.translations.isEmpty())
                    current.translations << text;
                messages << current;
            }
        }
        return messages;
    }

    // Words that are the same in Russian: product, protocol and format names.
    static QString withoutNames(QString text)
    {
        static const QRegularExpression names(
            QStringLiteral("IdentSync|IDENT|Bitrix24|Bitrix|SQL Server|SQLite|PostgreSQL|ODBC|"
                           "FreeTDS|HTTPS?|URL|CSV|JSON|INI|ID|UF_CRM_\\w*|%\\w+|<[^>]*>|&\\w+;|"
                           "systemd|D-Bus|Qt|\\w+\\.(ini|log|db|json|csv)"));
        return text.remove(names);
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void complete()
    {
        QFETCH(QString, language);
        const auto messages = read(language);
        QVERIFY2(!messages.isEmpty(), "translations/identsync_*.ts not found or empty");
        QStringList unfinished;
        for (const Message &m : messages) {
            const bool empty = std::all_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.trimmed().isEmpty(); });
            if ((m.unfinished || empty) && !m.source.trimmed().isEmpty())
                unfinished << QStringLiteral("[%1] %2").arg(m.context, m.source);
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("unfinished %1 entries "
                                           "(scripts/update-translations.sh):\n")
                                .arg(language) +
                            unfinished.join(u'\n')));
    }

    void sameMessages()
    {
        auto keys = [](const QList<Message> &messages) {
            QStringList out;
            for (const Message &m : messages)
                out << m.context + u'\x1f' + m.source;
            out.sort();
            return out;
        };
        QCOMPARE(keys(read(QStringLiteral("ru"))), keys(read(QStringLiteral("en"))));
    }

    void russianIsRussian()
    {
        static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3,}"));
        static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
        QStringList english;
        for (const Message &m : read(QStringLiteral("ru"))) {
            if (!withoutNames(m.source).contains(latinWord))
                continue;
            for (const QString &t : m.translations) {
                if (!t.contains(cyrillic))
                    english << QStringLiteral("[%1] %2 -> %3").arg(m.context, m.source, t);
            }
        }
        QVERIFY2(
            english.isEmpty(),
            qPrintable(QStringLiteral("Russian entries without Russian:\n") + english.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
