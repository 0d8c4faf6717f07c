// Bitrix24Client against the fake portal: pacing, refusals, operating limits, errors, faults and
// the address change, all asserted on what the portal and the client report, never on time.

#include "fakeportalfixture.h"

#include "bitrix/bitrix24client.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest/QTest>

using namespace identsync;
using identsync::testutils::await;
using identsync::testutils::FakePortalFixture;
using identsync::testutils::spinUntil;

namespace {

fake::PortalConfig portalConfig(fake::Plan plan, double timeScale)
{
    fake::PortalConfig config;
    config.plan = plan;
    config.timeScale = timeScale;
    config.webhookUser = QStringLiteral("1");
    config.webhookCode = QStringLiteral("testcode");
    return config;
}

ClientConfig clientConfig(const QString &plan, double timeScale)
{
    ClientConfig config;
    config.plan = plan;
    config.limits = *ClientConfig::planLimits(plan, {}, {}, nullptr);
    config.timeScale = timeScale;
    return config;
}

QJsonObject dealFields(const QString &title)
{
    return QJsonObject{{QStringLiteral("fields"), QJsonObject{{QStringLiteral("TITLE"), title}}}};
}

// An HTTP server that answers every request with 302 to `target`, as a portal does after its
// address changed, and counts what it was asked.
class MovedPortal : public QTcpServer
{
public:
    explicit MovedPortal(QUrl target)
        : m_target(std::move(target))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    ++requests;
                    m_buffer.clear();
                    QUrl location = m_target;
                    const QByteArray answer =
                        "HTTP/1.1 302 Found\r\nLocation: " + location.toEncoded() +
                        "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    int requests = 0;

private:
    QUrl m_target;
    QByteArray m_buffer;
};

// An HTTP server that answers the n-th request with the n-th canned response (the last one
// repeats), for what the fake portal does not do.
class ScriptedServer : public QTcpServer
{
public:
    explicit ScriptedServer(QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    const qsizetype lengthAt = buffer->toLower().indexOf("content-length:");
                    if (end < 0 || lengthAt < 0)
                        return;
                    const qsizetype lineEnd = buffer->indexOf("\r\n", lengthAt);
                    const int length =
                        buffer->mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toInt();
                    if (buffer->size() < end + 4 + length)
                        return;
                    buffer->clear();
                    socket->write(
                        m_answers.value(std::min<qsizetype>(requests, m_answers.size() - 1)));
                    ++requests;
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    PortalEndpoint endpoint() const
    {
        return *PortalEndpoint::parse(
            QStringLiteral("http://127.0.0.1:%1/rest/1/code/").arg(serverPort()), nullptr);
    }

    int requests = 0;

private:
    QList<QByteArray> m_answers;
};

QByteArray httpAnswer(int status, const QByteArray &extraHeaders, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
           extraHeaders + "Content-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

// Lives on a worker thread and owns the client there, as the engine's portal worker does.
class PortalWorker : public QObject
{
public:
    void start(const PortalEndpoint &endpoint, const ClientConfig &config)
    {
        m_client = std::make_unique<Bitrix24Client>(endpoint, config);
    }
    Bitrix24Client *client() const { return m_client.get(); }
    void stop() { m_client.reset(); }

private:
    std::unique_ptr<Bitrix24Client> m_client;
};

} // namespace

class TestBitrixClient : public QObject
{
    Q_OBJECT

private slots:
    void pacesStandardPlanWithoutRefusals();
    void recoversAfterRefusalBurst();
    void operatingLimitPausesOnlyThatMethod();
    void authErrorIsNotRetried_data();
    void authErrorIsNotRetried();
    void batchReportsEachCommand_data();
    void batchReportsEachCommand();
    void faultsAreClassified_data();
    void faultsAreClassified();
    void readsAreRetriedAfterFaults_data();
    void readsAreRetriedAfterFaults();
    void timeoutIsOutcomeUnknown();
    void oversizedResponseIsCutOff();
    void followsPortalAddressChange();
    void circuitOpensAndCloses();
    void refusesOversizedBatchWithoutSending();
    void cancelBeforeSending();
    void retryAfterIsClamped_data();
    void retryAfterIsClamped();
    void worksOnAWorkerThread();
};

void TestBitrixClient::pacesStandardPlanWithoutRefusals()
{
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Standard, 20), &error), qPrintable(error));
    Bitrix24Client client(portal.endpoint(), clientConfig(QStringLiteral("standard"), 20));

    // 200 requests queued at once: singles and batches (a batch is one request to the pacer).
    QList<Pending<CallResult> *> calls;
    QList<Pending<BatchResult> *> batches;
    for (int i = 0; i < 150; ++i)
        calls << client.call(QStringLiteral("crm.deal.add"),
                             dealFields(QStringLiteral("D%1").arg(i)));
    for (int i = 0; i < 50; ++i) {
        batches << client.batch({{QStringLiteral("a"), QStringLiteral("crm.deal.list"),
                                  QJsonObject{{QStringLiteral("start"), -1}}},
                                 {QStringLiteral("b"), QStringLiteral("crm.contact.list"),
                                  QJsonObject{{QStringLiteral("start"), -1}}}});
    }
    int ok = 0;
    for (auto *p : calls)
        p->then(this, [&ok](const CallResult &r) { ok += r.ok ? 1 : 0; });
    for (auto *p : batches)
        p->then(this, [&ok](const BatchResult &r) { ok += r.allOk() ? 1 : 0; });
    int finished = 0;
    for (auto *p : calls)
        connect(p, &PendingOperation::finished, this, [&finished] { ++finished; });
    for (auto *p : batches)
        connect(p, &PendingOperation::finished, this, [&finished] { ++finished; });
    QVERIFY(spinUntil([&] { return finished == 200; }));

    QCOMPARE(ok, 200);
    QCOMPARE(portal.refusals(QStringLiteral("QUERY_LIMIT_EXCEEDED")), 0);
    QCOMPARE(client.stats().rateLimitRefusals, 0);
    QCOMPARE(client.stats().requestsSent, 200);
    QCOMPARE(portal.stats().value(QLatin1String("requests")).toInteger(), 200);
}

void TestBitrixClient::recoversAfterRefusalBurst()
{
    FakePortalFixture portal;
    QString error;
    // Real time while the bucket is filled, so it is still full when our client starts.
    QVERIFY2(portal.start(portalConfig(fake::Plan::Standard, 1), &error), qPrintable(error));

    // Someone else fills the portal's bucket past its limit behind our back.
    {
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 80; ++i) {
            QNetworkRequest request(portal.endpoint().methodUrl(QStringLiteral("crm.deal.fields")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            replies << nam.post(request, QByteArray("{}"));
        }
        QVERIFY(spinUntil([&] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        }));
        qDeleteAll(replies);
    }
    const qint64 refusedBefore = portal.refusals(QStringLiteral("QUERY_LIMIT_EXCEEDED"));
    QVERIFY(refusedBefore > 0);

    Bitrix24Client client(portal.endpoint(), clientConfig(QStringLiteral("standard"), 20));
    // A write meeting the refusal is reported, not repeated: the engine re-queues it.
    const auto write = await(client.call(QStringLiteral("crm.deal.add"), dealFields("W")));
    QVERIFY(write);
    QVERIFY(!write->ok);
    QVERIFY(!write->outcomeUnknown);
    QCOMPARE(write->error.cls, ErrorClass::RateLimited);
    QCOMPARE(write->error.httpStatus, 503);
    QCOMPARE(write->attempts, 1);

    // From here the portal's time runs 20 times faster, and so does the client's pacer.
    portal.control(QStringLiteral("limits"), QJsonObject{{QStringLiteral("timeScale"), 20}}, true);

    // Reads re-pace (the client's bucket is now full) and get through.
    QList<Pending<CallResult> *> reads;
    for (int i = 0; i < 30; ++i)
        reads << client.call(QStringLiteral("crm.deal.list"), {{QStringLiteral("start"), -1}});
    int ok = 0;
    int finished = 0;
    for (auto *p : reads)
        p->then(this, [&](const CallResult &r) {
            ok += r.ok ? 1 : 0;
            ++finished;
        });
    QVERIFY(spinUntil([&] { return finished == 30; }));
    QCOMPARE(ok, 30);
    QVERIFY(client.stats().rateLimitRefusals >= 1);
    // After the re-pace the client itself caused no further refusal for these reads.
    QCOMPARE(portal.refusals(QStringLiteral("QUERY_LIMIT_EXCEEDED")),
             refusedBefore + client.stats().rateLimitRefusals);
}

void TestBitrixClient::operatingLimitPausesOnlyThatMethod()
{
    fake::PortalConfig config = portalConfig(fake::Plan::Unlimited, 200);
    config.operatingLimitSeconds = 3;
    config.methodProcessingSeconds.insert(QStringLiteral("crm.deal.list"), 1.5);
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(config, &error), qPrintable(error));
    Bitrix24Client client(portal.endpoint(), clientConfig(QStringLiteral("unlimited"), 200));

    // Use crm.deal.list until the portal blocks it.
    const QJsonObject params{{QStringLiteral("start"), -1}};
    for (int i = 0; i < 3; ++i) {
        const auto r = await(client.call(QStringLiteral("crm.deal.list"), params));
        QVERIFY(r && r->ok);
    }
    auto *blocked = client.call(QStringLiteral("crm.deal.list"), params);
    QVERIFY(spinUntil([&] { return client.stats().operatingRefusals >= 1; }));
    QVERIFY(client.methodPausedFor(QStringLiteral("crm.deal.list")).count() > 0);

    // Another method goes ahead while crm.deal.list waits for its reset.
    bool blockedDone = false;
    blocked->then(this, [&blockedDone](const CallResult &) { blockedDone = true; });
    const auto other = await(client.call(QStringLiteral("crm.contact.list"), params));
    QVERIFY(other && other->ok);
    QVERIFY(!blockedDone);

    const auto afterPause = await(blocked);
    QVERIFY(afterPause);
    QVERIFY2(afterPause->ok, qPrintable(afterPause->error.message));
    QVERIFY(afterPause->attempts >= 2);
    QVERIFY(portal.methodErrors(QStringLiteral("crm.deal.list"),
                                QStringLiteral("OPERATION_TIME_LIMIT")) >= 1);

    // A write the portal blocks is reported with its class and not repeated.
    config.methodProcessingSeconds.insert(QStringLiteral("crm.deal.add"), 2);
    portal.control(QStringLiteral("limits"),
                   QJsonObject{{QStringLiteral("methodProcessingTime"),
                                QJsonObject{{QStringLiteral("crm.deal.add"), 2}}}},
                   true);
    CallResult last;
    for (int i = 0; i < 4 && (i == 0 || last.ok); ++i)
        last = *await(client.call(QStringLiteral("crm.deal.add"), dealFields("P")));
    QVERIFY(!last.ok);
    QCOMPARE(last.error.cls, ErrorClass::OperationLimit);
    QCOMPARE(last.error.httpStatus, 429);
    QCOMPARE(last.attempts, 1);
    QVERIFY(!last.outcomeUnknown);
}

void TestBitrixClient::authErrorIsNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("method");
    QTest::newRow("401 read") << 401 << "crm.deal.list";
    QTest::newRow("403 read") << 403 << "crm.deal.list";
    QTest::newRow("401 write") << 401 << "crm.deal.add";
}

void TestBitrixClient::authErrorIsNotRetried()
{
    QFETCH(int, status);
    QFETCH(QString, method);
    fake::PortalConfig config = portalConfig(fake::Plan::Unlimited, 1);
    config.authFailureStatus = status;
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(config, &error), qPrintable(error));
    const auto wrong = PortalEndpoint::parse(
        QStringLiteral("http://127.0.0.1:%1/rest/1/wrongcode/").arg(portal.port()), nullptr);
    QVERIFY(wrong);
    Bitrix24Client client(*wrong, clientConfig(QStringLiteral("unlimited"), 1));

    const auto r = await(client.call(method, dealFields("A")));
    QVERIFY(r);
    QVERIFY(!r->ok);
    QVERIFY(!r->outcomeUnknown);
    QCOMPARE(r->error.cls, ErrorClass::Auth);
    QCOMPARE(r->error.httpStatus, status);
    QCOMPARE(r->attempts, 1);
    QVERIFY(!r->error.message.contains(QLatin1String("wrongcode")));
}

void TestBitrixClient::batchReportsEachCommand_data()
{
    QTest::addColumn<bool>("halt");
    QTest::newRow("no halt") << false;
    QTest::newRow("halt") << true;
}

void TestBitrixClient::batchReportsEachCommand()
{
    QFETCH(bool, halt);
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Unlimited, 1), &error), qPrintable(error));
    Bitrix24Client client(portal.endpoint(), clientConfig(QStringLiteral("unlimited"), 1));

    const QList<BatchCommand> commands{
        {QStringLiteral("contact"), QStringLiteral("crm.contact.add"),
         QJsonObject{
             {QStringLiteral("fields"),
              QJsonObject{{QStringLiteral("NAME"), QStringLiteral("Анна & Co + 1")},
                          {QStringLiteral("PHONE"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("VALUE"), QStringLiteral("+79990001122")},
                               {QStringLiteral("VALUE_TYPE"), QStringLiteral("MOBILE")}}}}}}}},
        {QStringLiteral("missing"), QStringLiteral("crm.deal.update"),
         QJsonObject{{QStringLiteral("id"), 987654},
                     {QStringLiteral("fields"), QJsonObject{{QStringLiteral("TITLE"), "X"}}}}},
        {QStringLiteral("deal"), QStringLiteral("crm.deal.add"),
         QJsonObject{
             {QStringLiteral("fields"),
              QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Visit")},
                          {QStringLiteral("CONTACT_ID"), QStringLiteral("$result[contact]")}}}}}};
    const auto r = await(client.batch(commands, halt));
    QVERIFY(r);
    QVERIFY2(r->ok, qPrintable(r->error.message));
    QCOMPARE(r->commands.size(), 3);

    const CallResult &contact = r->find(QStringLiteral("contact"))->call;
    QVERIFY(contact.ok);
    const qint64 contactId = ResponseParser::toId(contact.result).value_or(0);
    QVERIFY(contactId > 0);

    const CallResult &missing = r->find(QStringLiteral("missing"))->call;
    QVERIFY(!missing.ok);
    QVERIFY(!missing.outcomeUnknown);
    QCOMPARE(missing.error.cls, ErrorClass::Validation);
    QVERIFY2(missing.error.message.contains(QLatin1String("Not found")),
             qPrintable(missing.error.message));

    const CallResult &deal = r->find(QStringLiteral("deal"))->call;
    if (halt) {
        QVERIFY(!deal.ok);
        QVERIFY(!deal.outcomeUnknown);
        QCOMPARE(deal.error.code, QStringLiteral("NOT_EXECUTED"));
    } else {
        QVERIFY(deal.ok);
        const qint64 dealId = ResponseParser::toId(deal.result).value_or(0);
        const auto got =
            await(client.call(QStringLiteral("crm.deal.get"), {{QStringLiteral("id"), dealId}}));
        QVERIFY(got && got->ok);
        QCOMPARE(got->result.toObject().value("CONTACT_ID").toVariant().toLongLong(), contactId);
    }
    // The name with "&" and "+" went through the PHP query encoding intact.
    const auto stored =
        await(client.call(QStringLiteral("crm.contact.get"), {{QStringLiteral("id"), contactId}}));
    QVERIFY(stored && stored->ok);
    QCOMPARE(stored->result.toObject().value("NAME").toString(), QStringLiteral("Анна & Co + 1"));
}

void TestBitrixClient::faultsAreClassified_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("cls");
    QTest::addColumn<bool>("committed");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("dropped after commit")
        << "drop:1@crm.deal.add#1" << int(ErrorClass::Transient) << true << "";
    QTest::newRow("truncated json after commit")
        << "truncate:1@crm.deal.add#1" << int(ErrorClass::Internal) << true << "truncated";
    QTest::newRow("html 502 page")
        << "html502:1@crm.deal.add#1" << int(ErrorClass::Transient) << false << "HTML page";
    QTest::newRow("reset before reading")
        << "reset:1@crm.deal.add#1" << int(ErrorClass::Transient) << false << "";
}

// A write that fails in any of these ways is sent once and reported as outcome unknown, with
// the class the engine needs; whether the portal committed it is for the engine to find out.
void TestBitrixClient::faultsAreClassified()
{
    QFETCH(QString, spec);
    QFETCH(int, cls);
    QFETCH(bool, committed);
    QFETCH(QString, messagePart);
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Unlimited, 1), &error), qPrintable(error));
    QVERIFY(!portal.faults(spec).isEmpty());
    Bitrix24Client client(portal.endpoint(), clientConfig(QStringLiteral("unlimited"), 1));

    const QString title = QStringLiteral("Fault %1").arg(QTest::currentDataTag());
    const auto r = await(client.call(QStringLiteral("crm.deal.add"), dealFields(title)));
    QVERIFY(r);
    QVERIFY(!r->ok);
    QVERIFY(r->outcomeUnknown);
    QCOMPARE(int(r->error.cls), cls);
    QCOMPARE(r->attempts, 1);
    QVERIFY2(r->error.message.contains(messagePart), qPrintable(r->error.message));

    const auto found = await(
        client.call(QStringLiteral("crm.deal.list"),
                    {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("TITLE"), title}}},
                     {QStringLiteral("start"), -1}}));
    QVERIFY(found && found->ok);
    QCOMPARE(found->result.toArray().size(), committed ? 1 : 0);
}

void TestBitrixClient::readsAreRetriedAfterFaults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("dropped") << "drop:1@crm.deal.list#2";
    QTest::newRow("html 502") << "html502:1@crm.deal.list#2";
    QTest::newRow("error 500") << "error500:1@crm.deal.list#2";
    QTest::newRow("reset") << "reset:1@crm.deal.list#2";
}

void TestBitrixClient::readsAreRetriedAfterFaults()
{
    QFETCH(QString, spec);
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Unlimited, 1), &error), qPrintable(error));
    QVERIFY(!portal.faults(spec).isEmpty());
    ClientConfig config = clientConfig(QStringLiteral("unlimited"), 1);
    config.retry.base = std::chrono::milliseconds(20);
    Bitrix24Client client(portal.endpoint(), config);

    const auto r = await(client.call(QStringLiteral("crm.deal.list"), {{"start", -1}}));
    QVERIFY(r);
    QVERIFY2(r->ok, qPrintable(r->error.message));
    QCOMPARE(r->attempts, 3);
    QCOMPARE(client.stats().readRetries, 2);
}

void TestBitrixClient::timeoutIsOutcomeUnknown()
{
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Unlimited, 1), &error), qPrintable(error));
    QVERIFY(!portal.faults(QStringLiteral("latency:1@crm.deal.add#1+3000")).isEmpty());
    ClientConfig config = clientConfig(QStringLiteral("unlimited"), 1);
    config.requestTimeout = std::chrono::milliseconds(300);
    Bitrix24Client client(portal.endpoint(), config);

    const auto r = await(client.call(QStringLiteral("crm.deal.add"), dealFields("Slow")));
    QVERIFY(r);
    QVERIFY(!r->ok);
    QVERIFY(r->outcomeUnknown);
    QCOMPARE(r->error.transport, TransportError::Timeout);
    QCOMPARE(r->error.cls, ErrorClass::Transient);
    QCOMPARE(r->attempts, 1);
}

void TestBitrixClient::oversizedResponseIsCutOff()
{
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Unlimited, 1), &error), qPrintable(error));
    ClientConfig config = clientConfig(QStringLiteral("unlimited"), 1);
    config.maxResponseBytes = 256;
    Bitrix24Client client(portal.endpoint(), config);

    const auto r = await(client.call(QStringLiteral("crm.deal.fields")));
    QVERIFY(r);
    QVERIFY(!r->ok);
    QCOMPARE(r->error.transport, TransportError::ResponseTooLarge);
    QCOMPARE(r->error.cls, ErrorClass::Internal);
    QVERIFY(r->error.message.contains(QLatin1String("256")));
}

void TestBitrixClient::followsPortalAddressChange()
{
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Unlimited, 1), &error), qPrintable(error));
    MovedPortal old(portal.endpoint().methodUrl(QStringLiteral("crm.deal.add")));
    QVERIFY(old.listen(QHostAddress::LocalHost));
    const auto oldEndpoint = PortalEndpoint::parse(
        QStringLiteral("http://127.0.0.1:%1/rest/1/testcode/").arg(old.serverPort()), nullptr);
    QVERIFY(oldEndpoint);
    Bitrix24Client client(*oldEndpoint, clientConfig(QStringLiteral("unlimited"), 1));
    QSignalSpy moved(&client, &Bitrix24Client::portalMoved);

    const auto added = await(client.call(QStringLiteral("crm.deal.add"), dealFields("Moved")));
    QVERIFY(added);
    QVERIFY2(added->ok, qPrintable(added->error.message));
    QCOMPARE(added->attempts, 1);
    QCOMPARE(old.requests, 1);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.at(0).at(1).value<PortalEndpoint>().port(), int(portal.port()));
    QCOMPARE(client.endpoint().port(), int(portal.port()));

    // The POST body survived the redirect, and later calls go straight to the new address.
    const auto got = await(client.call(QStringLiteral("crm.deal.get"),
                                       {{QStringLiteral("id"), added->result.toInteger()}}));
    QVERIFY(got && got->ok);
    QCOMPARE(got->result.toObject().value("TITLE").toString(), QStringLiteral("Moved"));
    QCOMPARE(old.requests, 1);
    QCOMPARE(moved.size(), 1);
}

void TestBitrixClient::circuitOpensAndCloses()
{
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Unlimited, 1), &error), qPrintable(error));
    QVERIFY(!portal.faults(QStringLiteral("error500:1")).isEmpty());
    ClientConfig config = clientConfig(QStringLiteral("unlimited"), 1);
    config.breaker.failureThreshold = 3;
    config.breaker.coolDown = std::chrono::milliseconds(50);
    config.breaker.maxCoolDown = std::chrono::milliseconds(100);
    Bitrix24Client client(portal.endpoint(), config);
    QSignalSpy states(&client, &Bitrix24Client::circuitStateChanged);

    for (int i = 0; i < 3; ++i) {
        const auto r = await(client.call(QStringLiteral("crm.deal.add"), dealFields("C")));
        QVERIFY(r && !r->ok);
        QCOMPARE(r->error.cls, ErrorClass::Transient);
        QCOMPARE(r->error.httpStatus, 500);
    }
    QCOMPARE(client.circuitState(), CircuitBreaker::State::Open);
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.last().at(0).value<CircuitBreaker::State>(), CircuitBreaker::State::Open);

    // Held while open, sent as the probe once the cool-down ends; its success closes the circuit.
    QVERIFY(!portal.faults(QString()).isEmpty());
    const auto probe = await(client.call(QStringLiteral("crm.deal.add"), dealFields("Probe")));
    QVERIFY(probe);
    QVERIFY2(probe->ok, qPrintable(probe->error.message));
    QCOMPARE(client.circuitState(), CircuitBreaker::State::Closed);
    QCOMPARE(states.last().at(0).value<CircuitBreaker::State>(), CircuitBreaker::State::Closed);
}

void TestBitrixClient::refusesOversizedBatchWithoutSending()
{
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Unlimited, 1), &error), qPrintable(error));
    Bitrix24Client client(portal.endpoint(), clientConfig(QStringLiteral("unlimited"), 1));

    QList<BatchCommand> commands;
    for (int i = 0; i < 51; ++i)
        commands.append({QStringLiteral("c%1").arg(i), QStringLiteral("crm.deal.list"), {}});
    const auto r = await(client.batch(commands));
    QVERIFY(r);
    QVERIFY(!r->ok);
    QVERIFY(!r->outcomeUnknown);
    QCOMPARE(r->error.cls, ErrorClass::Internal);
    QVERIFY(r->error.message.contains(QLatin1String("50")));
    QCOMPARE(r->commands.size(), 51);
    QCOMPARE(client.stats().requestsSent, 0);
}

void TestBitrixClient::cancelBeforeSending()
{
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Standard, 1), &error), qPrintable(error));
    ClientConfig config = clientConfig(QStringLiteral("standard"), 1);
    Bitrix24Client client(portal.endpoint(), config);

    // Fill the pacer so the last call has to wait, then take it back.
    QList<Pending<CallResult> *> calls;
    for (int i = 0; i < 60; ++i)
        calls << client.call(QStringLiteral("crm.deal.list"), {{"start", -1}});
    Pending<CallResult> *last = calls.last();
    std::optional<CallResult> cancelled;
    last->then(this, [&cancelled](const CallResult &r) { cancelled = r; });
    last->cancel();
    QVERIFY(spinUntil([&] { return cancelled.has_value(); }));
    QVERIFY(!cancelled->ok);
    QVERIFY(!cancelled->outcomeUnknown);
    QCOMPARE(cancelled->error.transport, TransportError::Cancelled);
    QCOMPARE(cancelled->attempts, 0);
}

void TestBitrixClient::retryAfterIsClamped_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("as sent") << QByteArray("Retry-After: 7\r\n") << 7;
    QTest::newRow("zero raised to 1 s") << QByteArray("Retry-After: 0\r\n") << 1;
    QTest::newRow("a day cut to 1 h") << QByteArray("Retry-After: 86400\r\n") << 3600;
    QTest::newRow("garbage ignored") << QByteArray("Retry-After: soon\r\n") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
}

void TestBitrixClient::retryAfterIsClamped()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    ScriptedServer server({httpAnswer(
        503, header,
        R"({"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"})")});
    QVERIFY(server.listen(QHostAddress::LocalHost));
    Bitrix24Client client(server.endpoint(), clientConfig(QStringLiteral("unlimited"), 1));

    const auto r = await(client.call(QStringLiteral("crm.deal.add"), dealFields("R")));
    QVERIFY(r);
    QVERIFY(!r->ok);
    QCOMPARE(r->error.cls, ErrorClass::RateLimited);
    QCOMPARE(r->error.retryAfter.has_value(), seconds >= 0);
    if (seconds >= 0)
        QCOMPARE(r->error.retryAfter->count(), seconds);
    QCOMPARE(server.requests, 1);
}

void TestBitrixClient::worksOnAWorkerThread()
{
    FakePortalFixture portal;
    QString error;
    QVERIFY2(portal.start(portalConfig(fake::Plan::Unlimited, 1), &error), qPrintable(error));
    QThread thread;
    PortalWorker worker;
    worker.moveToThread(&thread);
    thread.start();
    const PortalEndpoint endpoint = portal.endpoint();
    QMetaObject::invokeMethod(
        &worker, [&] { worker.start(endpoint, clientConfig(QStringLiteral("unlimited"), 1)); },
        Qt::BlockingQueuedConnection);

    // Calls are made on the worker thread; the value-type result comes back queued.
    std::optional<BatchResult> received;
    QThread *answeredOn = nullptr;
    QMetaObject::invokeMethod(&worker, [&] {
        worker.client()
            ->batch({{QStringLiteral("a"), QStringLiteral("crm.deal.add"), dealFields("T1")},
                     {QStringLiteral("b"), QStringLiteral("crm.deal.list"),
                      QJsonObject{{QStringLiteral("start"), -1}}}})
            ->then(worker.client(), [&](const BatchResult &r) {
                answeredOn = QThread::currentThread();
                QMetaObject::invokeMethod(this, [&received, r] { received = r; });
            });
    });
    QVERIFY(spinUntil([&] { return received.has_value(); }));
    QVERIFY(received->allOk());
    QCOMPARE(answeredOn, &thread);
    QVERIFY(ResponseParser::toId(received->find(QStringLiteral("a"))->call.result).has_value());

    QMetaObject::invokeMethod(
        &worker, [&] { worker.stop(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

QTEST_GUILESS_MAIN(TestBitrixClient)
#include "testbitrixclient.moc"
