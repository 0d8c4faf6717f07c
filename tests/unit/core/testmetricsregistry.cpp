#include "core/metricsregistry.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace identsync;

// The Prometheus text exposition the endpoint serves: a scraper rejects the whole page on one
// malformed line, so the format is checked line by line.
class TestMetricsRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exposition_data()
    {
        QTest::addColumn<QString>("labelValue");
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("whole number")
            << "crm.deal.add" << 3.0 << QByteArray("x_total{method=\"crm.deal.add\"} 3");
        QTest::newRow("fraction, shortest form")
            << "batch" << 0.1 << QByteArray("x_total{method=\"batch\"} 0.1");
        QTest::newRow("quote and backslash escaped")
            << "a\"b\\c" << 1.0 << QByteArray("x_total{method=\"a\\\"b\\\\c\"} 1");
        QTest::newRow("newline escaped")
            << "a\nb" << 2.0 << QByteArray("x_total{method=\"a\\nb\"} 2");
    }

    void exposition()
    {
        QFETCH(QString, labelValue);
        QFETCH(double, value);
        QFETCH(QByteArray, line);
        MetricsRegistry r;
        r.describe(QStringLiteral("x_total"), MetricsRegistry::Type::Counter,
                   QStringLiteral("Things."));
        r.add(QStringLiteral("x_total"), {{QStringLiteral("method"), labelValue}}, value);
        const QList<QByteArray> lines = r.exposition().split('\n');
        QCOMPARE(lines.value(0), QByteArray("# HELP x_total Things."));
        QCOMPARE(lines.value(1), QByteArray("# TYPE x_total counter"));
        QCOMPARE(lines.value(2), line);
    }

    void familiesSortedAndReplaced()
    {
        MetricsRegistry r;
        r.describe(QStringLiteral("b_jobs"), MetricsRegistry::Type::Gauge, QStringLiteral("B."));
        r.describe(QStringLiteral("a_paused"), MetricsRegistry::Type::Gauge, QStringLiteral("A."));
        r.set(QStringLiteral("a_paused"), 1);
        r.set(QStringLiteral("b_jobs"), {{QStringLiteral("state"), QStringLiteral("old")}}, 5);
        r.replace(QStringLiteral("b_jobs"),
                  {{{{QStringLiteral("state"), QStringLiteral("done")}}, 7}});
        const QByteArray text = r.exposition();
        QVERIFY(text.indexOf("a_paused 1\n") < text.indexOf("# HELP b_jobs"));
        QVERIFY(text.contains("b_jobs{state=\"done\"} 7\n"));
        QVERIFY2(!text.contains("old"), text.constData());
        QCOMPARE(
            r.value(QStringLiteral("b_jobs"), {{QStringLiteral("state"), QStringLiteral("done")}}),
            7.0);
        QCOMPARE(
            r.value(QStringLiteral("b_jobs"), {{QStringLiteral("state"), QStringLiteral("old")}}),
            0.0);
    }

    void countersFromManyThreads()
    {
        MetricsRegistry r;
        r.describe(QStringLiteral("n_total"), MetricsRegistry::Type::Counter, QStringLiteral("N."));
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&r] {
                for (int i = 0; i < 1000; ++i)
                    r.add(QStringLiteral("n_total"));
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(r.total(QStringLiteral("n_total")), 4000.0);
    }

    void globalDescribesEveryMetricName()
    {
        const QByteArray text = MetricsRegistry::global().exposition();
        for (const char *name :
             {metric::jobs, metric::problemJobs, metric::httpRequests, metric::httpRefusals,
              metric::pacerFill, metric::circuitState, metric::lastSuccessfulCycle, metric::cycles,
              metric::identPollDuration, metric::enginePaused}) {
            QVERIFY2(text.contains(QByteArray("# TYPE ") + name + ' '), name);
            const QByteArray n(name);
            QVERIFY2(n.startsWith("identsync_"), name);
            QCOMPARE(text.contains(QByteArray("# TYPE ") + name + " counter"),
                     n.endsWith("_total"));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "testmetricsregistry.moc"
