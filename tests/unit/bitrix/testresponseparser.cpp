#include "bitrix/responseparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest/QTest>

using namespace identsync;

using Kind = ParsedResponse::Kind;
using State = ParsedCommand::State;

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void classifiesBodies_data();
    void classifiesBodies();
    void readsEnvelope();
    void readsErrorEnvelope_data();
    void readsErrorEnvelope();
    void timeFields_data();
    void timeFields();
    void unpacksBatch_data();
    void unpacksBatch();
    void rejectsBatchShape_data();
    void rejectsBatchShape();
    void ids_data();
    void ids();
};

void TestResponseParser::classifiesBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("problemPart");

    QTest::newRow("success") << 200 << QByteArray(R"({"result":394,"time":{"start":1}})")
                             << QByteArray("application/json") << int(Kind::Success) << "";
    QTest::newRow("error 503")
        << 503
        << QByteArray(R"({"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"})")
        << QByteArray() << int(Kind::Error) << "";
    QTest::newRow("html 502")
        << 502
        << QByteArray(
               "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>")
        << QByteArray("text/html") << int(Kind::Malformed)
        << "HTML page instead of JSON (HTTP 502): 502 Bad Gateway";
    QTest::newRow("html no title, json content type")
        << 500 << QByteArray("\n <!DOCTYPE html><p>Server   error</p>")
        << QByteArray("application/json") << int(Kind::Malformed) << "HTML page";
    QTest::newRow("truncated") << 200 << QByteArray(R"({"result":{"ID":"1","TITLE":"Vis)")
                               << QByteArray() << int(Kind::Malformed) << "truncated";
    QTest::newRow("invalid") << 200 << QByteArray(R"({"result":1,,"x":2})") << QByteArray()
                             << int(Kind::Malformed) << "invalid";
    QTest::newRow("empty") << 200 << QByteArray("  ") << QByteArray() << int(Kind::Malformed)
                           << "empty body";
    QTest::newRow("bare array") << 200 << QByteArray("[1,2]") << QByteArray()
                                << int(Kind::Malformed) << "not an object";
    QTest::newRow("bare string") << 200 << QByteArray("\"ok\"") << QByteArray()
                                 << int(Kind::Malformed) << "JSON";
    QTest::newRow("neither") << 200 << QByteArray(R"({"time":{}})") << QByteArray()
                             << int(Kind::Malformed) << "neither";
    QTest::newRow("success body with 500")
        << 500 << QByteArray(R"({"result":true})") << QByteArray() << int(Kind::Malformed)
        << "success body";
    QTest::newRow("binary garbage")
        << 200 << QByteArray("\x00\xff\xfe{", 4) << QByteArray() << int(Kind::Malformed) << "JSON";
}

void TestResponseParser::classifiesBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, kind);
    QFETCH(QString, problemPart);
    const ParsedResponse r = ResponseParser::parse(status, body, contentType);
    QCOMPARE(int(r.kind), kind);
    QVERIFY2(r.problem.contains(problemPart), qPrintable(r.problem));
    if (r.kind == Kind::Malformed)
        QVERIFY(!r.problem.isEmpty());
}

void TestResponseParser::readsEnvelope()
{
    const QByteArray body = R"({"result":[{"ID":"37","TITLE":"[A] Deal"}],"total":6,"next":50,
        "time":{"start":1724916859.421475,"finish":1724916859.471588,"duration":0.0501,
        "processing":0.0102,"date_start":"2024-08-29T10:34:19+03:00",
        "operating_reset_at":1757425271,"operating":0.6726}})";
    const ParsedResponse r = ResponseParser::parse(200, body);
    QCOMPARE(r.kind, Kind::Success);
    QVERIFY(r.result.isArray());
    QCOMPARE(r.result.toArray().at(0).toObject().value("TITLE").toString(), QString("[A] Deal"));
    QCOMPARE(r.total, std::optional<int>(6));
    QCOMPARE(r.next, std::optional<int>(50));
    QCOMPARE(r.time.operatingResetAt, std::optional<qint64>(1757425271));
    QVERIFY(r.time.operating.has_value());
    QCOMPARE(*r.time.operating, 0.6726);
}

void TestResponseParser::readsErrorEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");

    QTest::newRow("crm business") << QByteArray(R"({"error":"","error_description":"Not found"})")
                                  << ""
                                  << "Not found";
    QTest::newRow("operation limit")
        << QByteArray(
               R"({"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit."})")
        << "OPERATION_TIME_LIMIT"
        << "Method is blocked due to operation time limit.";
    QTest::newRow("numeric code") << QByteArray(R"({"error":100,"error_description":null})")
                                  << "100"
                                  << "";
    QTest::newRow("no description") << QByteArray(R"({"error":"NO_AUTH_FOUND"})") << "NO_AUTH_FOUND"
                                    << "";
    QTest::newRow("object description")
        << QByteArray(R"({"error":"ERROR_ARGUMENT","error_description":{"a":1},"argument":"id"})")
        << "ERROR_ARGUMENT"
        << R"({"a":1})";
}

void TestResponseParser::readsErrorEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, description);
    const ParsedResponse r = ResponseParser::parse(400, body);
    QCOMPARE(r.kind, Kind::Error);
    QCOMPARE(r.errorCode, code);
    QCOMPARE(r.errorDescription, description);
}

void TestResponseParser::timeFields_data()
{
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<bool>("hasOperating");
    QTest::addColumn<double>("operating");
    QTest::addColumn<qint64>("resetAt");

    QTest::newRow("integer zero") << QByteArray(R"({"operating":0})") << true << 0.0 << qint64(0);
    QTest::newRow("float and reset")
        << QByteArray(R"({"operating":12.5,"operating_reset_at":1757425271})") << true << 12.5
        << qint64(1757425271);
    QTest::newRow("strings") << QByteArray(
                                    R"({"operating":"3.25","operating_reset_at":"1757425271"})")
                             << true << 3.25 << qint64(1757425271);
    QTest::newRow("ill typed") << QByteArray(R"({"operating":[1],"operating_reset_at":{"x":1}})")
                               << false << 0.0 << qint64(0);
    QTest::newRow("negative") << QByteArray(R"({"operating":-1,"operating_reset_at":-5})") << false
                              << 0.0 << qint64(0);
    QTest::newRow("time not object") << QByteArray(R"("soon")") << false << 0.0 << qint64(0);
}

void TestResponseParser::timeFields()
{
    QFETCH(QByteArray, time);
    QFETCH(bool, hasOperating);
    QFETCH(double, operating);
    QFETCH(qint64, resetAt);
    const ParsedResponse r =
        ResponseParser::parse(200, QByteArray(R"({"result":true,"time":)") + time + "}");
    QCOMPARE(r.kind, Kind::Success);
    QCOMPARE(r.time.operating.has_value(), hasOperating);
    if (hasOperating)
        QCOMPARE(*r.time.operating, operating);
    QCOMPARE(r.time.operatingResetAt.value_or(0), resetAt);
}

void TestResponseParser::unpacksBatch_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<int>>("states");
    QTest::addColumn<QString>("firstResult");
    QTest::addColumn<QString>("failedDescription");

    QTest::newRow("reference object form")
        << QByteArray(R"({"result":{"result":{"c":101,"d":555},"result_error":[],"result_total":[],
            "result_next":[],"result_time":{"c":{"operating":1.5},"d":{}}},"time":{}})")
        << QStringList{"c", "d"} << QList<int>{int(State::Ok), int(State::Ok)} << "101"
        << "";
    QTest::newRow("one failed command")
        << QByteArray(R"({"result":{"result":{"a":1,"c":3},"result_error":{"b":{"error":"",
            "error_description":"The field \"Name\" is required.<br />"}},"result_total":[],
            "result_next":[],"result_time":[]}})")
        << QStringList{"a", "b", "c"}
        << QList<int>{int(State::Ok), int(State::Failed), int(State::Ok)} << "1"
        << "The field \"Name\" is required.<br />";
    QTest::newRow("list form all ok")
        << QByteArray(R"({"result":{"result":[true,true],"result_error":[],"result_total":[],
            "result_next":[],"result_time":[{},{}]}})")
        << QStringList{"0", "1"} << QList<int>{int(State::Ok), int(State::Ok)} << "true"
        << "";
    QTest::newRow("list form with gap becomes object")
        << QByteArray(
               R"({"result":{"result":{"0":5,"2":7},"result_error":{"1":{"error":"ERROR_CORE",
            "error_description":"bad"}}}})")
        << QStringList{"0", "1", "2"}
        << QList<int>{int(State::Ok), int(State::Failed), int(State::Ok)} << "5"
        << "bad";
    QTest::newRow("halt leaves later commands unrun")
        << QByteArray(R"({"result":{"result":{"a":1},"result_error":{"b":{"error":"",
            "error_description":"Not found"}}}})")
        << QStringList{"a", "b", "c"}
        << QList<int>{int(State::Ok), int(State::Failed), int(State::NotExecuted)} << "1"
        << "Not found";
    QTest::newRow("all failed, result is []")
        << QByteArray(R"({"result":{"result":[],"result_error":{"q":"plain text error"}}})")
        << QStringList{"q"} << QList<int>{int(State::Failed)} << ""
        << "plain text error";
    QTest::newRow("list key must be canonical")
        << QByteArray(R"({"result":{"result":[9]}})") << QStringList{"00", "0"}
        << QList<int>{int(State::NotExecuted), int(State::Ok)} << ""
        << "";
}

void TestResponseParser::unpacksBatch()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, keys);
    QFETCH(QList<int>, states);
    QFETCH(QString, firstResult);
    QFETCH(QString, failedDescription);
    const ParsedResponse r = ResponseParser::parse(200, body);
    QCOMPARE(r.kind, Kind::Success);
    QString problem;
    const auto commands = ResponseParser::unpackBatch(r.result, keys, &problem);
    QVERIFY2(commands.has_value(), qPrintable(problem));
    QCOMPARE(commands->size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(commands->at(i).key, keys.at(i));
        QCOMPARE(int(commands->at(i).state), states.at(i));
        if (commands->at(i).state == State::Failed)
            QCOMPARE(commands->at(i).errorDescription, failedDescription);
    }
    const auto firstOk = std::find_if(commands->cbegin(), commands->cend(),
                                      [](const ParsedCommand &c) { return c.state == State::Ok; });
    if (!firstResult.isEmpty()) {
        QVERIFY(firstOk != commands->cend());
        const QJsonValue v = firstOk->result;
        QCOMPARE(v.isBool() ? QString(v.toBool() ? "true" : "false")
                            : QString::number(v.toInteger()),
                 firstResult);
    }
}

void TestResponseParser::rejectsBatchShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problemPart");
    QTest::newRow("result is list") << QByteArray(R"({"result":[1,2]})") << "not a map";
    QTest::newRow("result_error is string")
        << QByteArray(R"({"result":{"result":{},"result_error":"x"}})") << "result_error";
    QTest::newRow("result is number") << QByteArray(R"({"result":{"result":5}})") << "\"result\"";
}

void TestResponseParser::rejectsBatchShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problemPart);
    const ParsedResponse r = ResponseParser::parse(200, body);
    QCOMPARE(r.kind, Kind::Success);
    QString problem;
    QVERIFY(!ResponseParser::unpackBatch(r.result, {"a"}, &problem).has_value());
    QVERIFY2(problem.contains(problemPart), qPrintable(problem));
}

void TestResponseParser::ids_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("id");
    QTest::newRow("string") << QByteArray(R"("410")") << qint64(410);
    QTest::newRow("int") << QByteArray("394") << qint64(394);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative string") << QByteArray(R"("-3")") << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(0);
    QTest::newRow("text") << QByteArray(R"("abc")") << qint64(0);
    QTest::newRow("null") << QByteArray("null") << qint64(0);
    QTest::newRow("object") << QByteArray(R"({"ID":1})") << qint64(0);
}

void TestResponseParser::ids()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, id);
    const ParsedResponse r = ResponseParser::parse(200, "{\"result\":" + value + "}");
    QCOMPARE(r.kind, Kind::Success);
    QCOMPARE(ResponseParser::toId(r.result).value_or(0), id);
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "testresponseparser.moc"
