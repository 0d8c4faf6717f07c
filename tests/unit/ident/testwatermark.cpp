#include "ident/watermark.h"

#include <QtTest>

using namespace identsync;

namespace {

QDateTime at(int h, int m, int s = 0, int ms = 0)
{
    return QDateTime(QDate(2025, 3, 3), QTime(h, m, s, ms));
}

} // namespace

class TestWatermark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        Watermark w;
        w.changeTime = at(18, 0, 35, 120);
        w.lastId = 987654321012;
        w.seenFrom = at(17, 45, 35, 120);
        w.seenFromId = 42;
        w.seen.insert(5, at(17, 50));
        w.seen.insert(987654321012, at(18, 0, 35, 120));
        QString error;
        const auto back = Watermark::fromJson(w.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, w);
        QVERIFY(back->isValid());
    }

    void firstRunRoundTrip()
    {
        const Watermark none;
        QVERIFY(!none.isValid());
        const auto back = Watermark::fromJson(none.toJson(), nullptr);
        QVERIFY(back);
        QVERIFY(!back->isValid());
        QVERIFY(back->seen.isEmpty());
    }

    void serialisationDoesNotDependOnInsertionOrder()
    {
        Watermark a;
        Watermark b;
        a.changeTime = b.changeTime = at(10, 0);
        for (qint64 id = 1; id <= 200; ++id)
            a.seen.insert(id, at(9, int(id % 60)));
        for (qint64 id = 200; id >= 1; --id)
            b.seen.insert(id, at(9, int(id % 60)));
        QCOMPARE(a.toJson(), b.toJson());
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{oops");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("future version") << QByteArray(R"({"v":2})");
        QTest::newRow("bad time") << QByteArray(R"({"v":1,"changeTime":"yesterday"})");
        QTest::newRow("bad seen entry")
            << QByteArray(R"({"v":1,"changeTime":"2025-03-03 10:00:00.000","seen":[[0,"x"]]})");
        QTest::newRow("short seen entry")
            << QByteArray(R"({"v":1,"changeTime":"2025-03-03 10:00:00.000","seen":[[5]]})");
    }

    void unreadable()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Watermark::fromJson(json, &error));
        QVERIFY(error.contains(QStringLiteral("watermark")));
        QVERIFY(error.contains(QStringLiteral("reset")));
    }
};

QTEST_GUILESS_MAIN(TestWatermark)
#include "testwatermark.moc"
