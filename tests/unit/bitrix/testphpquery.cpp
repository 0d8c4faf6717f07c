#include "bitrix/phpquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QtTest/QTest>

using namespace identsync;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return doc.object();
}

// PHP's parse_str, as the portal applies it to a batch command: names and values are
// percent-decoded ("+" is a space), then "a[b][0]" builds nested maps. Leaves stay strings.
void phpAssign(QJsonObject &target, const QStringList &path, int at, const QString &value)
{
    const QString key = path.at(at);
    if (at == path.size() - 1) {
        target.insert(key, value);
        return;
    }
    QJsonObject child = target.value(key).toObject();
    phpAssign(child, path, at + 1, value);
    target.insert(key, child);
}

QJsonObject phpParseStr(const QString &query)
{
    QJsonObject out;
    const auto decode = [](QString s) {
        s.replace(QLatin1Char('+'), QLatin1Char(' '));
        return QUrl::fromPercentEncoding(s.toUtf8());
    };
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        QStringList path;
        const qsizetype bracket = name.indexOf(QLatin1Char('['));
        path << (bracket < 0 ? name : name.left(bracket));
        for (qsizetype i = bracket; i >= 0 && i < name.size();) {
            const qsizetype close = name.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            path << name.mid(i + 1, close - i - 1);
            i = close + 1;
        }
        phpAssign(out, path, 0, value);
    }
    return out;
}

// What parse_str gives back for a JSON value under this encoder's documented rules.
QJsonValue phpView(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double:
        return PhpQuery::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QString();
        QJsonObject out;
        for (qsizetype i = 0; i < array.size(); ++i)
            out.insert(QString::number(i), phpView(array.at(i)));
        return out;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QString();
        QJsonObject out;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.insert(it.key(), phpView(it.value()));
        return out;
    }
    }
    return QString();
}

} // namespace

class TestPhpQuery : public QObject
{
    Q_OBJECT

private slots:
    void encodes_data();
    void encodes();
    void roundTripsThroughParseStr_data();
    void roundTripsThroughParseStr();
    void refusesNames_data();
    void refusesNames();
    void numbers_data();
    void numbers();
};

void TestPhpQuery::encodes_data()
{
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("expected");

    QTest::newRow("reference contact")
        << R"({"fields":{"NAME":"Ivan","PHONE":[{"VALUE":"+79990001122","VALUE_TYPE":"MOBILE"}]}})"
        << "fields[NAME]=Ivan&fields[PHONE][0][VALUE]=%2B79990001122"
           "&fields[PHONE][0][VALUE_TYPE]=MOBILE";
    QTest::newRow("ampersand and plus") << R"({"fields":{"TITLE":"A&B + C=D"}})"
                                        << "fields[TITLE]=A%26B%20%2B%20C%3DD";
    QTest::newRow("select list") << R"({"select":["ID","NAME"]})"
                                 << "select[0]=ID&select[1]=NAME";
    QTest::newRow("filter operators")
        << R"({"filter":{"@UF_CRM_IDENT":["1:2","3:4"],">ID":10},"start":-1})"
        << "filter[%3EID]=10&filter[%40UF_CRM_IDENT][0]=1%3A2"
           "&filter[%40UF_CRM_IDENT][1]=3%3A4&start=-1";
    QTest::newRow("cyrillic utf8") << R"({"fields":{"NAME":"Иван"}})"
                                   << "fields[NAME]=%D0%98%D0%B2%D0%B0%D0%BD";
    QTest::newRow("bools and null") << R"({"a":true,"b":false,"c":null})"
                                    << "a=1&b=0&c=";
    QTest::newRow("empty containers") << R"({"fields":{"CONTACT_IDS":[]},"params":{}})"
                                      << "fields[CONTACT_IDS]=&params=";
    QTest::newRow("decimal") << R"({"fields":{"OPPORTUNITY":1500.5}})"
                             << "fields[OPPORTUNITY]=1500.5";
    QTest::newRow("batch reference stays literal brackets encoded")
        << R"({"fields":{"CONTACT_ID":"$result[c]"}})"
        << "fields[CONTACT_ID]=%24result%5Bc%5D";
    QTest::newRow("empty") << "{}"
                           << "";
}

void TestPhpQuery::encodes()
{
    QFETCH(QString, params);
    QFETCH(QString, expected);
    QString error;
    const auto encoded = PhpQuery::encode(json(params.toUtf8().constData()), &error);
    QVERIFY2(encoded.has_value(), qPrintable(error));
    QCOMPARE(*encoded, expected);
}

void TestPhpQuery::roundTripsThroughParseStr_data()
{
    QTest::addColumn<QString>("params");

    QTest::newRow("hostile text")
        << R"({"fields":{"COMMENTS":"a&b=c+d%20e#f?g\"h'i\\j\nk\tl ; <m> [n] {o}"}})";
    QTest::newRow("emoji and nul") << R"({"fields":{"NAME":"😀 Ёлка \u0000 end"}})";
    QTest::newRow("deep nesting") << R"({"a":{"b":{"c":[[1,2],[3,{"d":"e"}]]}}})";
    QTest::newRow("phones")
        << R"({"fields":{"PHONE":[{"VALUE":"+7 (916) 123-45-67","VALUE_TYPE":"WORK"},{"ID":"5","DELETE":"Y"}]}})";
    QTest::newRow("key with symbols")
        << R"({"filter":{"!@STATUS_ID":["CONVERTED","JUNK"],"=%TITLE":"x%"}})";
    QTest::newRow("numbers") << R"({"n":[0,-1,2.5,1e21,123456789012]})";
}

void TestPhpQuery::roundTripsThroughParseStr()
{
    QFETCH(QString, params);
    const QJsonObject input = json(params.toUtf8().constData());
    QString error;
    const auto encoded = PhpQuery::encode(input, &error);
    QVERIFY2(encoded.has_value(), qPrintable(error));
    QVERIFY2(!encoded->contains(QLatin1Char('+')), qPrintable(*encoded));
    QVERIFY2(!encoded->contains(QLatin1Char(' ')), qPrintable(*encoded));
    QCOMPARE(QJsonValue(phpParseStr(*encoded)), phpView(input));
}

void TestPhpQuery::refusesNames_data()
{
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("dot at top") << R"({"a.b":1})"
                                << "a.b";
    QTest::newRow("space at top") << R"({"a b":1})"
                                  << "a b";
    QTest::newRow("bracket nested") << R"({"fields":{"X]":1}})"
                                    << "X]";
    QTest::newRow("bracket top") << R"({"x[0]":1})"
                                 << "x[0]";
    QTest::newRow("empty nested") << R"({"fields":{"":1}})"
                                  << "empty";
}

void TestPhpQuery::refusesNames()
{
    QFETCH(QString, params);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!PhpQuery::encode(json(params.toUtf8().constData()), &error).has_value());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestPhpQuery::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("integer") << 1000000.0 << "1000000";
    QTest::newRow("negative") << -1.0 << "-1";
    QTest::newRow("big id") << 9007199254740991.0 << "9007199254740991";
    QTest::newRow("fraction") << 0.1 << "0.1";
    QTest::newRow("money") << 1999.99 << "1999.99";
}

void TestPhpQuery::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(PhpQuery::number(value), expected);
}

QTEST_GUILESS_MAIN(TestPhpQuery)
#include "testphpquery.moc"
