#include "data/rotatinglogfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace identsync;

class TestRotatingLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotatesBySizeAndKeepsNFiles_data()
    {
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("batch");
        // Lines are "line NNNNN" plus '\n': 11 bytes each.
        QTest::newRow("no rotation needed") << qint64(1000) << 3 << 50 << 7;
        QTest::newRow("three files, many dropped") << qint64(110) << 3 << 200 << 1;
        QTest::newRow("batches cross the limit") << qint64(110) << 4 << 200 << 33;
        QTest::newRow("keep one") << qint64(55) << 1 << 40 << 6;
    }
    void rotatesBySizeAndKeepsNFiles()
    {
        QFETCH(qint64, maxBytes);
        QFETCH(int, keep);
        QFETCH(int, lines);
        QFETCH(int, batch);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/identsync.log"));
        RotatingLogFile file(path, maxBytes, keep);
        for (int i = 0; i < lines; i += batch) {
            QStringList chunk;
            for (int j = i; j < qMin(lines, i + batch); ++j)
                chunk << QStringLiteral("line %1").arg(j, 5, 10, QLatin1Char('0'));
            QVERIFY2(file.append(chunk), qPrintable(file.errorString()));
        }

        QVERIFY(!QFile::exists(RotatingLogFile::rotatedPath(path, keep)));
        // Oldest file first: the kept lines are the newest ones, contiguous and in order.
        QStringList kept;
        for (int n = keep - 1; n >= 0; --n) {
            QFile f(RotatingLogFile::rotatedPath(path, n));
            if (!f.exists())
                continue;
            QVERIFY(f.size() <= maxBytes);
            QVERIFY(f.open(QIODevice::ReadOnly));
            kept << QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        QVERIFY(!kept.isEmpty());
        QCOMPARE(kept.last(), QStringLiteral("line %1").arg(lines - 1, 5, 10, QLatin1Char('0')));
        const int first = kept.first().mid(5).toInt();
        for (int i = 0; i < kept.size(); ++i)
            QCOMPARE(kept[i], QStringLiteral("line %1").arg(first + i, 5, 10, QLatin1Char('0')));
        const qint64 perFile = maxBytes / 11;
        QVERIFY(kept.size() <= perFile * keep);
        if (lines > perFile * keep)
            QVERIFY(kept.size() > perFile * (keep - 1));
    }

    void unwritableDirectoryIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("logs")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the directory should be
        blocker.close();
        RotatingLogFile file(dir.filePath(QStringLiteral("logs/identsync.log")), 1000, 2);
        QVERIFY(!file.append({QStringLiteral("x")}));
        QVERIFY(!file.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRotatingLogFile)
#include "testrotatinglogfile.moc"
