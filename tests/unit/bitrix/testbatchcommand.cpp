#include "bitrix/batchcommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest/QTest>

using namespace identsync;

class TestBatchCommand : public QObject
{
    Q_OBJECT

private slots:
    void bodyKeepsOrderAndEncodes();
    void bodyRefuses_data();
    void bodyRefuses();
    void readMethods_data();
    void readMethods();
};

void TestBatchCommand::bodyKeepsOrderAndEncodes()
{
    const QList<BatchCommand> commands{
        {QStringLiteral("z"), QStringLiteral("crm.contact.add"),
         QJsonObject{{QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("NAME"), QStringLiteral("A&B \"q\"")}}}}},
        {QStringLiteral("a"), QStringLiteral("crm.deal.add"),
         QJsonObject{{QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("CONTACT_ID"), QStringLiteral("$result[z]")}}}}}};
    QString error;
    const auto body = BatchCommand::buildBody(commands, true, &error);
    QVERIFY2(body, qPrintable(error));
    QCOMPARE(
        *body,
        QByteArray(
            R"({"halt":1,"cmd":{"z":"crm.contact.add?fields[NAME]=A%26B%20%22q%22","a":"crm.deal.add?fields[CONTACT_ID]=%24result%5Bz%5D"}})"));
    // Still valid JSON that decodes to the same commands.
    QJsonParseError parseError;
    const QJsonObject decoded = QJsonDocument::fromJson(*body, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(decoded.value("cmd").toObject().value("a").toString(),
             QStringLiteral("crm.deal.add?fields[CONTACT_ID]=%24result%5Bz%5D"));
    QCOMPARE(
        *BatchCommand::buildBody({commands.first()}, false, &error),
        QByteArray(R"({"halt":0,"cmd":{"z":"crm.contact.add?fields[NAME]=A%26B%20%22q%22"}})"));
}

void TestBatchCommand::bodyRefuses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("secondKey");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("bad key") << "a b"
                             << "crm.deal.add"
                             << "x"
                             << "key must be";
    QTest::newRow("empty key") << ""
                               << "crm.deal.add"
                               << "x"
                               << "key must be";
    QTest::newRow("duplicate key") << "a"
                                   << "crm.deal.add"
                                   << "a"
                                   << "used twice";
    QTest::newRow("nested batch") << "a"
                                  << "batch"
                                  << "x"
                                  << "cannot contain a batch";
    QTest::newRow("bad method") << "a"
                                << "crm.deal.add?x=1"
                                << "x"
                                << "not a REST method";
    QTest::newRow("method with slash") << "a"
                                       << "../crm"
                                       << "x"
                                       << "not a REST method";
}

void TestBatchCommand::bodyRefuses()
{
    QFETCH(QString, key);
    QFETCH(QString, method);
    QFETCH(QString, secondKey);
    QFETCH(QString, messagePart);
    QString error;
    const auto body = BatchCommand::buildBody(
        {{key, method, {}}, {secondKey, QStringLiteral("crm.deal.list"), {}}}, false, &error);
    QVERIFY(!body);
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestBatchCommand::readMethods_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("read");
    QTest::newRow("get") << "crm.deal.get" << true;
    QTest::newRow("list upper") << "CRM.Deal.LIST" << true;
    QTest::newRow("fields") << "crm.contact.fields" << true;
    QTest::newRow("findbycomm") << "crm.duplicate.findbycomm" << true;
    QTest::newRow("status list") << "crm.status.list" << true;
    QTest::newRow("add") << "crm.deal.add" << false;
    QTest::newRow("update") << "crm.lead.update" << false;
    QTest::newRow("delete") << "crm.deal.delete" << false;
    QTest::newRow("unknown counts as write") << "crm.something.do" << false;
    QTest::newRow("userfield add") << "crm.deal.userfield.add" << false;
}

void TestBatchCommand::readMethods()
{
    QFETCH(QString, method);
    QFETCH(bool, read);
    QCOMPARE(BatchCommand::isReadMethod(method), read);
}

QTEST_GUILESS_MAIN(TestBatchCommand)
#include "testbatchcommand.moc"
