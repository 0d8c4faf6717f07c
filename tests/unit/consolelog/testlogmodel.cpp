#include "models/logfilterproxymodel.h"
#include "models/logmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace identsync;

namespace {

LogLine makeLine(int n, LogLine::Level level = LogLine::Level::Info,
                 const QString &area = QStringLiteral("identsync.engine"))
{
    return {QDateTime(QDate(2026, 12, 6), QTime(4, 0), Qt::UTC).addMSecs(n), level, area,
            QStringLiteral("line %1").arg(n)};
}

QList<LogLine> makeLines(int from, int count)
{
    QList<LogLine> lines;
    for (int i = from; i < from + count; ++i)
        lines << makeLine(i);
    return lines;
}

QString message(const QAbstractItemModel &model, int row)
{
    return model.index(row, int(LogModel::Column::Message)).data(UnderlyingDataRole).toString();
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testerAcrossOverflowAndClear()
    {
        LogModel model(50);
        LogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(makeLines(0, 30));
        model.append(makeLines(30, 30)); // drops 10
        proxy.setText(QStringLiteral("line 5"));
        model.append(makeLines(60, 120)); // larger than the buffer
        proxy.setText({});
        proxy.setMinimumLevel(LogLine::Level::Warning);
        model.append({makeLine(500, LogLine::Level::Error)});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setMinimumLevel(LogLine::Level::Debug);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.append(makeLines(0, 5));
        QCOMPARE(proxy.rowCount(), 5);
    }

    void keepsTheNewestLines_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("batch");
        QTest::newRow("inventory: 25,000 into 20,000") << 20000 << 25000 << 250;
        QTest::newRow("flood of 100,000, one by one") << 20000 << 100000 << 1;
        QTest::newRow("flood of 100,000, batches of 997") << 20000 << 100000 << 997;
        QTest::newRow("one batch larger than the buffer") << 20000 << 100000 << 100000;
        QTest::newRow("below the bound") << 20000 << 19999 << 1000;
    }
    void keepsTheNewestLines()
    {
        QFETCH(int, capacity);
        QFETCH(int, total);
        QFETCH(int, batch);
        LogModel model(capacity);
        LogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setMinimumLevel(LogLine::Level::Info);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < total; i += batch)
            model.append(makeLines(i, qMin(batch, total - i)));

        const int expected = qMin(capacity, total);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(proxy.rowCount(), expected);
        QCOMPARE(message(model, 0), QStringLiteral("line %1").arg(total - expected));
        QCOMPARE(message(model, expected - 1), QStringLiteral("line %1").arg(total - 1));
        QCOMPARE(message(proxy, 0), QStringLiteral("line %1").arg(total - expected));
        QCOMPARE(message(model, expected / 2),
                 QStringLiteral("line %1").arg(total - expected + expected / 2));
        if (total <= capacity)
            QCOMPARE(removed.count(), 0);
    }

    void rolesAndDisplay()
    {
        LogModel model;
        const LogLine line =
            makeLine(7, LogLine::Level::Warning, QStringLiteral("identsync.bitrix"));
        model.append({line});
        const auto at = [&](LogModel::Column c) { return model.index(0, int(c)); };
        QCOMPARE(model.columnCount(), int(LogModel::Column::Count));
        QCOMPARE(at(LogModel::Column::Time).data(UnderlyingDataRole).toDateTime(), line.time);
        QCOMPARE(at(LogModel::Column::Level).data(UnderlyingDataRole).toInt(),
                 int(LogLine::Level::Warning));
        QCOMPARE(at(LogModel::Column::Message).data(LevelRole).toInt(),
                 int(LogLine::Level::Warning));
        QCOMPARE(at(LogModel::Column::Area).data(UnderlyingDataRole).toString(),
                 QStringLiteral("identsync.bitrix"));
        QCOMPARE(at(LogModel::Column::Message).data(AreaRole).toString(),
                 QStringLiteral("identsync.bitrix"));
        QCOMPARE(at(LogModel::Column::Message).data(ToneRole).toString(),
                 QStringLiteral("warning"));
        // State never by colour alone: the level is text in its own column.
        QVERIFY(!at(LogModel::Column::Level).data().toString().isEmpty());
        QCOMPARE(at(LogModel::Column::Area).data().toString(), LogModel::areaName(line.area));
        QCOMPARE(at(LogModel::Column::Message).data().toString(), QStringLiteral("line 7"));
        QCOMPARE(at(LogModel::Column::Time).data().toString(),
                 line.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }

    void areasAreCollected()
    {
        LogModel model;
        QSignalSpy added(&model, &LogModel::areaAdded);
        model.append({makeLine(1, LogLine::Level::Info, QStringLiteral("identsync.store")),
                      makeLine(2, LogLine::Level::Info, QStringLiteral("identsync.app")),
                      makeLine(3, LogLine::Level::Info, QStringLiteral("identsync.store"))});
        QCOMPARE(added.count(), 2);
        QCOMPARE(model.areas(),
                 QStringList({QStringLiteral("identsync.app"), QStringLiteral("identsync.store")}));
    }

    void proxyFilters_data()
    {
        QTest::addColumn<int>("minimumLevel");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto all =
            QStringList{QStringLiteral("debug portal"), QStringLiteral("info engine"),
                        QStringLiteral("warning Portal"), QStringLiteral("error store")};
        QTest::newRow("everything") << int(LogLine::Level::Debug) << QString() << QString() << all;
        QTest::newRow("info and up")
            << int(LogLine::Level::Info) << QString() << QString() << all.mid(1);
        QTest::newRow("errors only") << int(LogLine::Level::Error) << QString() << QString()
                                     << QStringList{QStringLiteral("error store")};
        QTest::newRow("area") << int(LogLine::Level::Debug) << QStringLiteral("identsync.bitrix")
                              << QString() << QStringList{all[0], all[2]};
        QTest::newRow("text, any case") << int(LogLine::Level::Debug) << QString()
                                        << QStringLiteral("PORTAL") << QStringList{all[0], all[2]};
        QTest::newRow("all three")
            << int(LogLine::Level::Warning) << QStringLiteral("identsync.bitrix")
            << QStringLiteral("port") << QStringList{all[2]};
        QTest::newRow("nothing") << int(LogLine::Level::Fatal) << QString() << QString()
                                 << QStringList{};
    }
    void proxyFilters()
    {
        QFETCH(int, minimumLevel);
        QFETCH(QString, area);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        LogModel model;
        LogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString bitrix = QStringLiteral("identsync.bitrix");
        model.append({{QDateTime::currentDateTimeUtc(), LogLine::Level::Debug, bitrix,
                       QStringLiteral("debug portal")},
                      {QDateTime::currentDateTimeUtc(), LogLine::Level::Info,
                       QStringLiteral("identsync.engine"), QStringLiteral("info engine")},
                      {QDateTime::currentDateTimeUtc(), LogLine::Level::Warning, bitrix,
                       QStringLiteral("warning Portal")},
                      {QDateTime::currentDateTimeUtc(), LogLine::Level::Error,
                       QStringLiteral("identsync.store"), QStringLiteral("error store")}});
        proxy.setMinimumLevel(LogLine::Level(minimumLevel));
        proxy.setArea(area);
        proxy.setText(text);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << message(proxy, row);
        QCOMPARE(shown, expected);
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "testlogmodel.moc"
