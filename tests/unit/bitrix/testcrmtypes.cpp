#include "bitrix/crmtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest/QTest>

using namespace identsync;

namespace {

QJsonValue json(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

} // namespace

class TestCrmTypes : public QObject
{
    Q_OBJECT

private slots:
    void deal();
    void contactPhones();
    void rowsWithoutId_data();
    void rowsWithoutId();
    void fields();
    void categories_data();
    void categories();
};

void TestCrmTypes::deal()
{
    QString error;
    const auto deal = CrmDeal::fromJson(
        json(R"({"ID":"410","TITLE":"Visit","STAGE_ID":"C1:NEW","STAGE_SEMANTIC_ID":"P",
                 "CATEGORY_ID":"1","CONTACT_ID":null,"UF_CRM_IDENT_KEY":"F1_5"})"),
        &error);
    QVERIFY2(deal, qPrintable(error));
    QCOMPARE(deal->id, 410);
    QCOMPARE(deal->title, QStringLiteral("Visit"));
    QCOMPARE(deal->categoryId, 1);
    QCOMPARE(deal->stageId, QStringLiteral("C1:NEW"));
    QCOMPARE(deal->contactId, 0);
    QCOMPARE(deal->fields.value("UF_CRM_IDENT_KEY").toString(), QStringLiteral("F1_5"));

    const auto numeric =
        CrmDeal::fromJson(json(R"({"ID":7,"CATEGORY_ID":3,"CONTACT_ID":9})"), &error);
    QVERIFY(numeric);
    QCOMPARE(numeric->id, 7);
    QCOMPARE(numeric->categoryId, 3);
    QCOMPARE(numeric->contactId, 9);
}

void TestCrmTypes::contactPhones()
{
    QString error;
    const auto contact =
        CrmContact::fromJson(json(R"({"ID":"5","NAME":"Анна","LAST_NAME":"Иванова","PHONE":[
            {"ID":"156","VALUE_TYPE":"WORK","VALUE":"+13333333555","TYPE_ID":"PHONE"},
            {"ID":"157","VALUE":"","VALUE_TYPE":"HOME"}, "junk", {"VALUE":"8 916 000"}]})"),
                             &error);
    QVERIFY2(contact, qPrintable(error));
    QCOMPARE(contact->lastName, QStringLiteral("Иванова"));
    QCOMPARE(contact->phones.size(), 2);
    QCOMPARE(contact->phones.at(0), (CrmPhone{156, "+13333333555", "WORK"}));
    QCOMPARE(contact->phones.at(1).id, 0);

    const auto noPhones = CrmContact::fromJson(json(R"({"ID":"6","PHONE":"x"})"), &error);
    QVERIFY(noPhones);
    QVERIFY(noPhones->phones.isEmpty());
}

void TestCrmTypes::rowsWithoutId_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no id") << QByteArray(R"({"TITLE":"x"})") << "no valid ID";
    QTest::newRow("zero") << QByteArray(R"({"ID":"0"})") << "no valid ID";
    QTest::newRow("text id") << QByteArray(R"({"ID":"abc"})") << "\"abc\"";
    QTest::newRow("not an object") << QByteArray(R"([1])") << "not an object";
    QTest::newRow("null") << QByteArray("null") << "not an object";
}

void TestCrmTypes::rowsWithoutId()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!CrmDeal::fromJson(json(row), &error));
    QVERIFY2(error.contains(messagePart) && error.contains("deal"), qPrintable(error));
    QVERIFY(!CrmLead::fromJson(json(row), &error));
    QVERIFY2(error.contains("lead"), qPrintable(error));
}

void TestCrmTypes::fields()
{
    QString error;
    const auto map = CrmField::mapFromJson(
        json(R"({"ID":{"type":"integer","isRequired":false,"isReadOnly":true,"title":"ID"},
                 "UF_CRM_1":{"type":"string","isDynamic":true,"isMultiple":"Y","title":"UF_CRM_1",
                             "listLabel":"IDENT key"}})"),
        &error);
    QVERIFY2(map, qPrintable(error));
    QCOMPARE(map->size(), 2);
    QVERIFY(map->value("ID").isReadOnly);
    QCOMPARE(map->value("ID").label, QStringLiteral("ID"));
    QVERIFY(map->value("UF_CRM_1").isDynamic);
    QVERIFY(map->value("UF_CRM_1").isMultiple);
    QCOMPARE(map->value("UF_CRM_1").label, QStringLiteral("IDENT key"));

    QVERIFY(!CrmField::mapFromJson(json("[]"), &error));
    QVERIFY(!CrmField::mapFromJson(json(R"({"X":5})"), &error));
    QVERIFY(error.contains("X"));
}

void TestCrmTypes::categories_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("id");
    QTest::addColumn<bool>("isDefault");
    QTest::newRow("default") << QByteArray(
                                    R"({"id":0,"name":"General","sort":100,"isDefault":"Y"})")
                             << true << 0 << true;
    QTest::newRow("string id") << QByteArray(R"({"id":"4","name":"Clinic","isDefault":false})")
                               << true << 4 << false;
    QTest::newRow("negative") << QByteArray(R"({"id":-1})") << false << 0 << false;
    QTest::newRow("missing") << QByteArray(R"({"name":"x"})") << false << 0 << false;
}

void TestCrmTypes::categories()
{
    QFETCH(QByteArray, row);
    QFETCH(bool, ok);
    QFETCH(int, id);
    QFETCH(bool, isDefault);
    QString error;
    const auto category = CrmCategory::fromJson(json(row), &error);
    QCOMPARE(category.has_value(), ok);
    if (ok) {
        QCOMPARE(category->id, id);
        QCOMPARE(category->isDefault, isDefault);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCrmTypes)
#include "testcrmtypes.moc"
