#include "core/portaltext.h"

#include <QtTest>

using namespace identsync;

class TestPortalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("bytes");
        QTest::newRow("contact name") << "LAST_NAME" << 50 << 0;
        QTest::newRow("title") << "TITLE" << 255 << 0;
        QTest::newRow("user field") << "UF_CRM_IDENT_COMMENT" << 0 << 65535;
        QTest::newRow("comments") << "COMMENTS" << 0 << 65535;
    }

    void limits()
    {
        QFETCH(QString, field);
        QFETCH(int, characters);
        QFETCH(int, bytes);
        QCOMPARE(portalTextLimit(field), (TextLimit{characters, bytes}));
    }

    void fit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("removed");
        QTest::addColumn<bool>("cut");

        QTest::newRow("fits") << "Иванова" << 50 << 0 << "Иванова" << 0 << false;
        QTest::newRow("tab and newline stay")
            << "a\tb\nc\r" << 50 << 0 << "a\tb\nc\r" << 0 << false;
        QTest::newRow("NUL and bell go")
            << QStringLiteral("a\u0000b\u0007c\u009f") << 50 << 0 << "abc" << 3 << false;
        QTest::newRow("cut at a word's end")
            << "один два три четыре" << 12 << 0 << "один два […]" << 0 << true;
        QTest::newRow("cut inside a word") << "один двадцать" << 12 << 0 << "один […]" << 0 << true;
        QTest::newRow("emoji never split")
            << QStringLiteral("😀😀😀😀😀😀") << 5 << 0 << QStringLiteral("😀 […]") << 0 << true;
        QTest::newRow("bytes: cyrillic is two")
            << QString(20, u'ж') << 0 << 20 << QString(7, u'ж') + QStringLiteral(" […]") << 0
            << true;
        QTest::newRow("$result text untouched")
            << "см. $result[c1][ID] и $result[c0]" << 255 << 0
            << "см. $result[c1][ID] и $result[c0]" << 0 << false;
    }

    void fit()
    {
        QFETCH(QString, text);
        QFETCH(int, characters);
        QFETCH(int, bytes);
        QFETCH(QString, expected);
        QFETCH(int, removed);
        QFETCH(bool, cut);
        const FittedText t = fitPortalText(text, TextLimit{characters, bytes});
        QCOMPARE(t.text, expected);
        QCOMPARE(t.removedControls, removed);
        QCOMPARE(t.cut, cut);
        QCOMPARE(t.changed(), removed > 0 || cut);
        if (bytes > 0)
            QVERIFY(t.text.toUtf8().size() <= bytes);
        if (characters > 0)
            QVERIFY(t.text.toUcs4().size() <= characters);
    }
};

QTEST_GUILESS_MAIN(TestPortalText)
#include "testportaltext.moc"
