#include "core/settingsfile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace identsync;

class TestSettingsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsKeepCommentsAndOrder()
    {
        const QByteArray in = "; IdentSync\n[portal]\n; the address\nurl=https://a/rest/1/\n"
                              "plan=standard\n\n[sync]\npoll_interval_seconds=60\n";
        const SettingsFile file = SettingsFile::parse(in);
        SettingsValues v = file.values();
        QCOMPARE(v.value(QStringLiteral("portal/plan")), QStringLiteral("standard"));
        v.insert(QStringLiteral("portal/plan"), QStringLiteral("enterprise"));
        v.insert(QStringLiteral("portal/deal_category"), QStringLiteral("2"));
        v.insert(QStringLiteral("retry/max_attempts"), QStringLiteral("5"));
        QCOMPARE(file.render(v),
                 QByteArray("; IdentSync\n[portal]\n; the address\nurl=https://a/rest/1/\n"
                            "plan=enterprise\ndeal_category=2\n\n[sync]\npoll_interval_seconds=60\n"
                            "\n[retry]\nmax_attempts=5\n"));
    }

    void removedKeysAndEmptySectionsGo()
    {
        const QByteArray in =
            "[source.main]\nserver=A\n[source.b]\nserver=B\n; note\n[sync]\nx=1\n";
        SettingsValues v = SettingsFile::parse(in).values();
        v.remove(QStringLiteral("source.b/server"));
        QCOMPARE(SettingsFile::parse(in).render(v),
                 QByteArray("[source.main]\nserver=A\n[sync]\nx=1\n"));
    }

    void unchangedFileRendersIdentically()
    {
        const QByteArray in = "[stages]\nmapping=\"Запланирован:NEW, Отменен:C2:LOSE\"\r\n"
                              "protected=\"A,B\"\n";
        const SettingsFile file = SettingsFile::parse(in);
        QCOMPARE(file.values().value(QStringLiteral("stages/mapping")),
                 QStringLiteral("Запланирован:NEW, Отменен:C2:LOSE"));
        QCOMPARE(file.render(file.values()),
                 QByteArray("[stages]\nmapping=\"Запланирован:NEW, Отменен:C2:LOSE\"\n"
                            "protected=\"A,B\"\n"));
    }

    // Whatever the console writes, QSettings (the engine's reader) reads back the same text.
    void quotedValuesReadBackThroughQSettings_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("list") << QStringLiteral("CONVERTED,JUNK");
        QTest::newRow("mapping") << QStringLiteral(
            "Запланирован:NEW, В процессе:C2:UC_1, default:NEW");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
        QTest::newRow("semicolon") << QStringLiteral("x;y");
        QTest::newRow("plain") << QStringLiteral("https://clinic.bitrix24.ru/rest/1/");
        QTest::newRow("leading space") << QStringLiteral(" padded");
    }
    void quotedValuesReadBackThroughQSettings()
    {
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        const QByteArray content = SettingsFile().render({{QStringLiteral("sync/value"), value}});
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QSettings s(path, QSettings::IniFormat);
        const QVariant read = s.value(QStringLiteral("sync/value"));
        QCOMPARE(read.metaType().id(), QMetaType::QString);
        QCOMPARE(read.toString(), value);
        QCOMPARE(SettingsFile::parse(content).values().value(QStringLiteral("sync/value")), value);
    }
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "testsettingsfile.moc"
