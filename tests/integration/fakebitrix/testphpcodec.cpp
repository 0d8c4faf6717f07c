// The PHP-compatible codecs of the fake portal: parse_str, http_build_query, json_encode with
// the portal's quirks, order-keeping json_decode, and batch reference substitution.

#include "fake-bitrix24/batchrunner.h"
#include "fake-bitrix24/phpjson.h"
#include "fake-bitrix24/phpquery.h"

#include <QtTest/QTest>

using namespace identsync::fake;

class TestPhpCodec : public QObject
{
    Q_OBJECT

private slots:
    void parseStr_data();
    void parseStr();
    void buildQueryRoundTrip();
    void encodeQuirks_data();
    void encodeQuirks();
    void decodeKeepsOrder();
    void decodeRejectsMalformed_data();
    void decodeRejectsMalformed();
    void substituteReferences_data();
    void substituteReferences();
};

void TestPhpCodec::parseStr_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("json"); // what json_encode(parse_str(query)) gives in PHP

    QTest::newRow("plain") << QByteArray("a=1&b=two") << QByteArray(R"({"a":"1","b":"two"})");
    QTest::newRow("plus and percent") << QByteArray("name=Ivan+Petrov&phone=%2B7%20999")
                                      << QByteArray(R"({"name":"Ivan Petrov","phone":"+7 999"})");
    QTest::newRow("nested brackets")
        << QByteArray("fields[PHONE][0][VALUE]=112233&fields[PHONE][0][VALUE_TYPE]=WORK")
        << QByteArray(R"({"fields":{"PHONE":[{"VALUE":"112233","VALUE_TYPE":"WORK"}]}})");
    QTest::newRow("encoded brackets") << QByteArray("fields%5BTITLE%5D=My%20company")
                                      << QByteArray(R"({"fields":{"TITLE":"My company"}})");
    QTest::newRow("append") << QByteArray("select[]=ID&select[]=NAME")
                            << QByteArray(R"({"select":["ID","NAME"]})");
    QTest::newRow("append after index")
        << QByteArray("a[5]=x&a[]=y") << QByteArray(R"({"a":{"5":"x","6":"y"}})");
    QTest::newRow("later wins") << QByteArray("a=1&a=2") << QByteArray(R"({"a":"2"})");
    QTest::newRow("dots and spaces in the name")
        << QByteArray("a.b=1&c+d=2") << QByteArray(R"({"a_b":"1","c_d":"2"})");
    QTest::newRow("unterminated bracket") << QByteArray("a[b=1") << QByteArray(R"({"a_b":"1"})");
    QTest::newRow("text after bracket ignored")
        << QByteArray("a[b]c=1") << QByteArray(R"({"a":{"b":"1"}})");
    QTest::newRow("empty name skipped")
        << QByteArray("=1&[x]=2&ok=3") << QByteArray(R"({"ok":"3"})");
    QTest::newRow("no value") << QByteArray("flag&x=") << QByteArray(R"({"flag":"","x":""})");
    QTest::newRow("scalar replaced by array")
        << QByteArray("a=1&a[b]=2") << QByteArray(R"({"a":{"b":"2"}})");
    QTest::newRow("numeric keys") << QByteArray("cmd[0]=x&cmd[1]=y")
                                  << QByteArray(R"({"cmd":["x","y"]})");
    QTest::newRow("leading zero key stays a string")
        << QByteArray("a[01]=x") << QByteArray(R"({"a":{"01":"x"}})");
    QTest::newRow("utf8") << QByteArray("n=%D0%98%D0%B2%D0%B0%D0%BD")
                          << QByteArray("{\"n\":\"Иван\"}");
}

void TestPhpCodec::parseStr()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, json);
    QCOMPARE(PhpJson::encode(PhpQuery::parse(query)), json);
}

void TestPhpCodec::buildQueryRoundTrip()
{
    PhpValue phone = PhpValue::array();
    phone.insert("VALUE", "+7 (999) 000-11-22 & co");
    phone.insert("VALUE_TYPE", "MOBILE");
    PhpValue phones = PhpValue::array();
    phones.append(phone);
    PhpValue fields = PhpValue::array();
    fields.insert("NAME", "Иван");
    fields.insert("PHONE", phones);
    fields.insert("OPENED", true);
    fields.insert("SKIPPED", PhpValue());
    PhpValue params = PhpValue::array();
    params.insert("fields", fields);

    const QByteArray query = PhpQuery::build(params);
    QVERIFY(query.contains("fields%5BPHONE%5D%5B0%5D%5BVALUE%5D=%2B7+%28999%29+000-11-22+%26+co"));
    QVERIFY(!query.contains("SKIPPED"));
    const PhpValue back = PhpQuery::parse(query);
    QCOMPARE(back.value("fields").value("NAME").toString(), QStringLiteral("Иван"));
    QCOMPARE(back.value("fields").value("OPENED").toString(), QStringLiteral("1"));
    QCOMPARE(back.value("fields").value("PHONE").value(0).value("VALUE").toString(),
             QStringLiteral("+7 (999) 000-11-22 & co"));
}

void TestPhpCodec::encodeQuirks_data()
{
    QTest::addColumn<QByteArray>("input"); // JSON decoded with json_decode(..., true)
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty object is []") << QByteArray("{}") << QByteArray("[]");
    QTest::newRow("sequential keys are a list")
        << QByteArray(R"({"0":"a","1":"b"})") << QByteArray(R"(["a","b"])");
    QTest::newRow("gap keeps an object")
        << QByteArray(R"({"0":"a","2":"b"})") << QByteArray(R"({"0":"a","2":"b"})");
    QTest::newRow("out of order keeps an object")
        << QByteArray(R"({"1":"a","0":"b"})") << QByteArray(R"({"1":"a","0":"b"})");
    QTest::newRow("slash and html escapes")
        << QByteArray(R"(["[B]x[/B]","<a href='u'>&\"</a>"])")
        << QByteArray(
               R"(["[B]x[\/B]","\u003Ca href=\u0027u\u0027\u003E\u0026\u0022\u003C\/a\u003E"])");
    QTest::newRow("floats keep a fraction")
        << QByteArray("[1.0,0.5,1724916859.421475]") << QByteArray("[1.0,0.5,1724916859.421475]");
    QTest::newRow("integers") << QByteArray("[394,-1,0]") << QByteArray("[394,-1,0]");
    QTest::newRow("unicode as utf8") << QByteArray("[\"Лечение\"]") << QByteArray("[\"Лечение\"]");
    QTest::newRow("control characters")
        << QByteArray(R"(["a\nb\u0001"])") << QByteArray(R"(["a\nb\u0001"])");
}

void TestPhpCodec::encodeQuirks()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    PhpValue value;
    QString error;
    QVERIFY2(PhpJson::decode(input, &value, &error), qPrintable(error));
    QCOMPARE(PhpJson::encode(value), expected);
}

void TestPhpCodec::decodeKeepsOrder()
{
    PhpValue value;
    QString error;
    QVERIFY(PhpJson::decode(R"({"cmd":{"z":"1","a":"2","m":"3"}})", &value, &error));
    QStringList keys;
    for (const auto &e : value.value("cmd").entries())
        keys << e.first.toString();
    QCOMPARE(keys, QStringList({"z", "a", "m"}));

    PhpJson::EncodeOptions ascii;
    ascii.asciiOnly = true;
    QCOMPARE(PhpJson::encode(PhpValue(QStringLiteral("Лё😀")), ascii),
             QByteArray(R"("\u041b\u0451\ud83d\ude00")"));
}

void TestPhpCodec::decodeRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("truncated") << QByteArray(R"({"result":{"ID":"1")");
    QTest::newRow("trailing garbage") << QByteArray("{} x");
    QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])");
    QTest::newRow("empty") << QByteArray("");
}

void TestPhpCodec::decodeRejectsMalformed()
{
    QFETCH(QByteArray, input);
    PhpValue value;
    QString error;
    QVERIFY(!PhpJson::decode(input, &value, &error));
    QVERIFY(!error.isEmpty());
}

void TestPhpCodec::substituteReferences_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("whole value, scalar") << QStringLiteral("$result[c]") << QByteArray("101");
    QTest::newRow("field of a map")
        << QStringLiteral("$result[g][TITLE]") << QByteArray(R"("Visit")");
    QTest::newRow("first row of a list")
        << QStringLiteral("$result[l][0][ID]") << QByteArray(R"("7")");
    QTest::newRow("inside text") << QStringLiteral("Deal for $result[g][TITLE] now")
                                 << QByteArray(R"("Deal for Visit now")");
    QTest::newRow("whole array") << QStringLiteral("$result[l][0]") << QByteArray(R"({"ID":"7"})");
    QTest::newRow("total") << QStringLiteral("$total[l]") << QByteArray("120");
    QTest::newRow("missing path stops the walk")
        << QStringLiteral("$result[c][X]") << QByteArray("101");
    QTest::newRow("no reference") << QStringLiteral("plain $5") << QByteArray(R"("plain $5")");
}

void TestPhpCodec::substituteReferences()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    PhpValue state;
    QString error;
    QVERIFY(PhpJson::decode(R"({"result":{"c":101,"g":{"TITLE":"Visit"},"l":[{"ID":"7"}]},)"
                            R"("result_total":{"l":120}})",
                            &state, &error));
    QCOMPARE(PhpJson::encode(BatchRunner::substitute(PhpValue(value), state)), expected);
}

QTEST_GUILESS_MAIN(TestPhpCodec)
#include "testphpcodec.moc"
