#include "engine/engine.h"
#include "engine/engineconfig.h"
#include "engine/metricsendpoint.h"

#include "core/metricsregistry.h"
#include "fake-bitrix24/fakeportalthread.h"
#include "ident-sample/samplegenerator.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace identsync;

// The Prometheus endpoint scraped over HTTP while a real engine syncs a generated IDENT clinic
// into the fake portal. The webhook code is a systemd credential file, as under the service, so
// no keychain is involved.
class TestMetricsEndpoint : public QObject
{
    Q_OBJECT

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<fake::FakePortalThread> m_portal;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MetricsEndpoint> m_endpoint;
    EngineConfig m_config;
    QNetworkAccessManager m_nam;

    Answer request(const QByteArray &verb, const QString &path)
    {
        QNetworkRequest req(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_endpoint->port()).arg(path)));
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return a;
    }

    // The value of one series ("name" or "name{labels}") in an exposition; -1 when absent.
    static double sample(const QByteArray &exposition, const QByteArray &series)
    {
        for (const QByteArray &line : exposition.split('\n')) {
            if (line.startsWith(series + ' '))
                return line.mid(series.size() + 1).toDouble();
        }
        return -1;
    }

    static double sumOf(const QByteArray &exposition, const QByteArray &name)
    {
        double sum = 0;
        for (const QByteArray &line : exposition.split('\n')) {
            if (line.startsWith(name + '{') || line.startsWith(name + ' '))
                sum += line.mid(line.lastIndexOf(' ') + 1).toDouble();
        }
        return sum;
    }

    EngineConfig configWithMetrics(const QString &listen, QList<ConfigProblem> *problems)
    {
        const QString path = m_dir.filePath(QStringLiteral("identsync.ini"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(QStringLiteral("[portal]\nurl=%1rest/1/\nplan=unlimited\n"
                               "[state]\ndriver=sqlite\npath=state.db\n"
                               "[source.main]\ndriver=sqlite\ndatabase=ident.db\n"
                               "first_run_days=365\n"
                               "[metrics]\nlisten=%2\n")
                    .arg(m_portal->baseUrl().toString(), listen)
                    .toUtf8());
        f.close();
        return EngineConfig::load(path, problems);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sample::SampleConnection conn;
        conn.driver = IdentSourceConfig::Driver::Sqlite;
        conn.database = m_dir.filePath(QStringLiteral("ident.db"));
        {
            sample::SampleDatabase db(conn);
            QVERIFY2(db.isOpen(), qPrintable(db.error()));
            sample::CreateOptions o;
            o.receptions = 60;
            o.patients = 30;
            o.seed = 11;
            o.now = QDateTime::currentDateTimeUtc();
            QString error;
            QVERIFY2(sample::SampleGenerator::create(db, o, &error), qPrintable(error));
        }
        fake::PortalConfig pc;
        pc.plan = fake::Plan::Unlimited;
        pc.webhookCode = QStringLiteral("metricscode");
        m_portal = std::make_unique<fake::FakePortalThread>(pc);
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));

        QDir().mkpath(m_dir.filePath(QStringLiteral("credentials")));
        QFile code(m_dir.filePath(QStringLiteral("credentials/webhook")));
        QVERIFY(code.open(QIODevice::WriteOnly));
        code.write("metricscode\n");
        code.close();
        qputenv("CREDENTIALS_DIRECTORY", m_dir.filePath(QStringLiteral("credentials")).toUtf8());

        QList<ConfigProblem> problems;
        m_config = configWithMetrics(QStringLiteral("127.0.0.1:9464"), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(m_config.metricsHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(m_config.metricsPort, quint16(9464));
        m_config.metricsPort = 0; // a free port: tests run in parallel

        m_endpoint = std::make_unique<MetricsEndpoint>(m_config);
        QVERIFY2(m_endpoint->listen(&error), qPrintable(error));
        m_engine = std::make_unique<Engine>(m_config);
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_endpoint->watch(m_engine.get());
    }

    void cleanupTestCase()
    {
        if (m_engine) {
            QSignalSpy stopped(m_engine.get(), &Engine::stopped);
            m_engine->stop();
            QVERIFY(stopped.count() > 0 || stopped.wait(60000));
        }
        m_endpoint.reset();
        m_engine.reset();
        qunsetenv("CREDENTIALS_DIRECTORY");
    }

    void listenIsLoopbackOnly_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("IPv4 loopback") << "127.0.0.1:9464" << true;
        QTest::newRow("IPv6 loopback") << "[::1]:9464" << true;
        QTest::newRow("every interface") << "0.0.0.0:9464" << false;
        QTest::newRow("a LAN address") << "192.168.1.10:9464" << false;
        QTest::newRow("no port") << "127.0.0.1" << false;
        QTest::newRow("port out of range") << "127.0.0.1:70000" << false;
        QTest::newRow("a host name") << "localhost:9464" << false;
    }

    void listenIsLoopbackOnly()
    {
        QFETCH(QString, listen);
        QFETCH(bool, accepted);
        QList<ConfigProblem> problems;
        const EngineConfig c = configWithMetrics(listen, &problems);
        QCOMPARE(problems.isEmpty(), accepted);
        QCOMPARE(!c.metricsHost.isEmpty(), accepted);
        if (!accepted) {
            QCOMPARE(problems.first().key, QStringLiteral("metrics/listen"));
            QVERIFY2(problems.first().message.contains(listen.section(QLatin1Char(':'), 0, 0)),
                     qPrintable(problems.first().message));
        }
    }

    void countersMoveDuringASync()
    {
        const Answer before = request("GET", QStringLiteral("/metrics"));
        QCOMPARE(before.status, 200);
        QVERIFY(before.contentType.startsWith("text/plain; version=0.0.4"));
        QVERIFY(before.body.contains("# TYPE identsync_http_requests_total counter\n"));
        QVERIFY(before.body.contains("# TYPE identsync_jobs gauge\n"));
        const double requestsBefore = sumOf(before.body, "identsync_http_requests_total");
        QCOMPARE(sample(before.body, "identsync_jobs{state=\"done\"}"), 0.0);

        m_engine->runContinuously();
        QByteArray during;
        QTRY_VERIFY_WITH_TIMEOUT((during = request("GET", QStringLiteral("/metrics")).body,
                                  sample(during, "identsync_cycles_total{result=\"ok\"}") >= 1),
                                 120000);

        QVERIFY2(sumOf(during, "identsync_http_requests_total") > requestsBefore,
                 during.constData());
        QVERIFY(sample(during, "identsync_http_requests_total{method=\"batch\"}") > 0);
        QVERIFY(sample(during, "identsync_jobs{state=\"done\"}") > 0);
        QVERIFY(sample(during, "identsync_ident_poll_duration_seconds") > 0);
        QCOMPARE(sample(during, "identsync_circuit_state{state=\"closed\"}"), 1.0);
        QCOMPARE(sample(during, "identsync_circuit_state{state=\"open\"}"), 0.0);
        const double fill = sample(during, "identsync_pacer_fill_ratio");
        QVERIFY(fill >= 0 && fill <= 1);
        QCOMPARE(sample(during, "identsync_engine_paused"), 0.0);
        const double last = sample(during, "identsync_last_successful_cycle_timestamp_seconds");
        QVERIFY(qAbs(last - QDateTime::currentSecsSinceEpoch()) < 3600);
        // The generated clinic has bad rows (no patient, an unparseable phone): problems by class.
        QVERIFY(during.contains("identsync_problem_jobs{class=\"data_quality\"}"));
        QVERIFY(sumOf(during, "identsync_problem_jobs") >= 0);
    }

    void healthzFlipsWhenTheEnginePauses()
    {
        QTRY_COMPARE_WITH_TIMEOUT(request("GET", QStringLiteral("/healthz")).status, 200, 30000);
        m_engine->pause(QStringLiteral("maintenance window"));
        const Answer paused = request("GET", QStringLiteral("/healthz"));
        QCOMPARE(paused.status, 503);
        QVERIFY2(paused.body.contains("maintenance window"), paused.body.constData());
        QCOMPARE(sample(request("GET", QStringLiteral("/metrics")).body, "identsync_engine_paused"),
                 1.0);
        m_engine->resume();
        QCOMPARE(request("GET", QStringLiteral("/healthz")).status, 200);
    }

    void healthzFailsWhenCyclesStop()
    {
        const qint64 limit = m_config.metricsStaleCycles * m_config.pollInterval.count();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_endpoint->setClock([now, limit] { return now.addMSecs(limit + 60000); });
        const Answer stale = request("GET", QStringLiteral("/healthz"));
        m_endpoint->setClock(systemWallClock());
        QCOMPARE(stale.status, 503);
        QVERIFY2(stale.body.contains("No cycle has finished"), stale.body.constData());
        QCOMPARE(request("GET", QStringLiteral("/healthz")).status, 200);
    }

    void otherRequests_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path") << QByteArray("GET") << "/secrets" << 404;
        QTest::newRow("POST") << QByteArray("POST") << "/metrics" << 405;
        QTest::newRow("HEAD") << QByteArray("HEAD") << "/metrics" << 200;
        QTest::newRow("query string") << QByteArray("GET") << "/healthz?verbose=1" << 200;
    }

    void otherRequests()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        QCOMPARE(request(verb, path).status, status);
    }
};

QTEST_GUILESS_MAIN(TestMetricsEndpoint)
#include "testmetricsendpoint.moc"
