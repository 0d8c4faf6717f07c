// The fake portal over real HTTP: an in-process FakePortal on its own thread, driven with
// QNetworkAccessManager exactly as the product's client talks to a Bitrix24 webhook.

#include "restclient.h"

#include "fake-bitrix24/fakeportalthread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using identsync::fake::FakePortalThread;
using identsync::fake::Plan;
using identsync::fake::PortalConfig;

namespace {

const QByteArray kQueryLimitBody =
    R"({"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"})";

QList<int> ids(const QJsonArray &rows)
{
    QList<int> out;
    for (const QJsonValue &row : rows)
        out << row.toObject().value(QStringLiteral("ID")).toString().toInt();
    return out;
}

} // namespace

class TestFakePortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void envelopes();
    void idErrors_data();
    void idErrors();
    void webhookPaths_data();
    void webhookPaths();
    void authStatusIsConfigurable();
    void bodyEncodings_data();
    void bodyEncodings();
    void validationErrors_data();
    void validationErrors();
    void filters_data();
    void filters();
    void contactPhoneFilterIsExact();
    void selectAndOrder();
    void pagingOver120Deals();
    void multifieldUpdateRules();
    void findByComm();
    void statusesAndCategories();
    void fieldsAndUserFields();
    void itemAddWithLead();
    void leadStatusSemantics();
    void batchReferences();
    void batchHalt();
    void batchOf51();
    void batchListFormAndNesting();
    void burstOf50ThenQueryLimit_data();
    void burstOf50ThenQueryLimit();
    void operatingLimit();
    void faultsBeforeTheWrite_data();
    void faultsBeforeTheWrite();
    void dropAfterCommit();
    void resetAfterCommit();
    void truncatedJson();
    void faultsAreScopedAndCounted();
    void faultsAreDeterministic();
    void controlEndpoints();
    void seedEndpoint();
    void stateFileRoundTrip();

private:
    RestClient::Reply call(const QString &method, const QByteArray &json);
    RestClient::Reply control(const QString &name, const QByteArray &json = {});
    int addDeal(const QByteArray &fieldsJson);
    std::unique_ptr<FakePortalThread> startPortal(const PortalConfig &config);

    std::unique_ptr<FakePortalThread> m_portal;
    RestClient m_client;
};

std::unique_ptr<FakePortalThread> TestFakePortal::startPortal(const PortalConfig &config)
{
    auto portal = std::make_unique<FakePortalThread>(config);
    QString error;
    if (!portal->start(&error))
        qFatal("fake portal did not start: %s", qPrintable(error));
    return portal;
}

void TestFakePortal::initTestCase()
{
    PortalConfig config;
    config.plan = Plan::Unlimited;
    config.webhookCode = QStringLiteral("secretcode");
    m_portal = startPortal(config);
    QVERIFY(m_portal->port() != 0);
}

void TestFakePortal::init()
{
    QCOMPARE(control(QStringLiteral("reset"), "{}").status, 200);
    QCOMPARE(control(QStringLiteral("faults"), R"({"rules":[]})").status, 200);
}

RestClient::Reply TestFakePortal::call(const QString &method, const QByteArray &json)
{
    return m_client.postJson(m_portal->method(method), json);
}

RestClient::Reply TestFakePortal::control(const QString &name, const QByteArray &json)
{
    if (json.isNull())
        return m_client.get(m_portal->control(name));
    return m_client.postJson(m_portal->control(name), json);
}

int TestFakePortal::addDeal(const QByteArray &fieldsJson)
{
    const auto reply = call(QStringLiteral("crm.deal.add"), "{\"fields\":" + fieldsJson + "}");
    if (reply.status != 200)
        qWarning() << reply.body;
    return reply.result().toInt();
}

void TestFakePortal::envelopes()
{
    const auto add =
        call(QStringLiteral("crm.deal.add"),
             R"({"fields":{"TITLE":"Visit","OPPORTUNITY":1500,"UF_CRM_IDENT_KEY":"F1_10",)"
             R"("UF_CRM_IDENT_START":"2024-08-30T14:29:00+03:00"}})");
    QCOMPARE(add.status, 200);
    QVERIFY(add.contentType.startsWith("application/json"));
    QVERIFY(add.result().isDouble()); // add returns an integer, not a string
    const int id = add.result().toInt();
    QCOMPARE(id, 1);
    const QJsonObject time = add.object().value(QStringLiteral("time")).toObject();
    for (const char *key :
         {"start", "finish", "duration", "processing", "date_start", "date_finish", "operating"})
        QVERIFY2(time.contains(QLatin1String(key)), key);
    QVERIFY(time.value(QStringLiteral("date_start")).toString().endsWith(QStringLiteral("+03:00")));

    const auto get = call(QStringLiteral("crm.deal.get"), R"({"id":1})");
    QCOMPARE(get.status, 200);
    const QJsonObject deal = get.result().toObject();
    QCOMPARE(deal.value(QStringLiteral("ID")), QJsonValue(QStringLiteral("1")));
    QCOMPARE(deal.value(QStringLiteral("OPPORTUNITY")), QJsonValue(QStringLiteral("1500.00")));
    QCOMPARE(deal.value(QStringLiteral("CATEGORY_ID")), QJsonValue(QStringLiteral("0")));
    QCOMPARE(deal.value(QStringLiteral("STAGE_ID")), QJsonValue(QStringLiteral("NEW")));
    QCOMPARE(deal.value(QStringLiteral("STAGE_SEMANTIC_ID")), QJsonValue(QStringLiteral("P")));
    QCOMPARE(deal.value(QStringLiteral("UF_CRM_IDENT_START")),
             QJsonValue(QStringLiteral("2024-08-30T14:29:00+03:00")));
    QVERIFY(deal.value(QStringLiteral("COMMENTS")).isNull());
    QVERIFY(!deal.contains(QStringLiteral("CONTACT_IDS")));
    QVERIFY(!get.object().contains(QStringLiteral("total")));

    const auto update = call(QStringLiteral("crm.deal.update"),
                             R"({"id":"1","fields":{"STAGE_ID":"WON","COMMENTS":"a/b"}})");
    QCOMPARE(update.status, 200);
    QCOMPARE(update.result(), QJsonValue(true));
    QVERIFY(update.body.contains(R"("a\/b")") == false); // update answers true only
    const auto after = call(QStringLiteral("crm.deal.get"), R"({"ID":1})");
    QVERIFY(after.body.contains(R"("COMMENTS":"a\/b")")); // PHP escapes slashes
    QCOMPARE(after.result().toObject().value(QStringLiteral("CLOSED")), QJsonValue("Y"));
    QCOMPARE(after.result().toObject().value(QStringLiteral("STAGE_SEMANTIC_ID")), QJsonValue("S"));

    const auto missing = call(QStringLiteral("crm.deal.get"), R"({"id":99})");
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.body, QByteArray(R"({"error":"","error_description":"Not found"})"));
}

void TestFakePortal::idErrors_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("description");

    const QString invalid = QStringLiteral("ID is not defined or invalid.");
    QTest::newRow("get without id") << "crm.deal.get" << QByteArray("{}") << invalid;
    QTest::newRow("get id 0") << "crm.deal.get" << QByteArray(R"({"id":0})") << invalid;
    QTest::newRow("get negative id") << "crm.contact.get" << QByteArray(R"({"id":-3})") << invalid;
    QTest::newRow("get text id") << "crm.lead.get" << QByteArray(R"({"id":"abc"})") << invalid;
    QTest::newRow("update without id")
        << "crm.deal.update" << QByteArray(R"({"fields":{}})") << invalid;
    QTest::newRow("update missing deal")
        << "crm.deal.update" << QByteArray(R"({"id":5,"fields":{"TITLE":"x"}})")
        << QStringLiteral("Not found");
    QTest::newRow("add without fields") << "crm.deal.add" << QByteArray("{}")
                                        << QStringLiteral("Parameter 'fields' must be array.");
    QTest::newRow("update fields not a map")
        << "crm.contact.update" << QByteArray(R"({"id":1,"fields":"x"})")
        << QStringLiteral("Parameter 'fields' must be array.");
}

void TestFakePortal::idErrors()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(QString, description);
    QVERIFY(call(QStringLiteral("crm.contact.add"), R"({"fields":{"NAME":"A"}})").status == 200);
    const auto reply = call(method, params);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("error")), QJsonValue(QString()));
    QCOMPARE(reply.object().value(QStringLiteral("error_description")).toString(), description);
    QVERIFY(!reply.object().contains(QStringLiteral("time")));
}

void TestFakePortal::webhookPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("plain") << "/rest/1/secretcode/crm.deal.fields" << 200 << QString();
    QTest::newRow(".json suffix") << "/rest/1/secretcode/crm.deal.fields.json" << 200 << QString();
    QTest::newRow("trailing slash") << "/rest/1/secretcode/crm.deal.fields/" << 200 << QString();
    QTest::newRow("upper case method") << "/rest/1/secretcode/CRM.Deal.Fields" << 200 << QString();
    QTest::newRow("wrong code") << "/rest/1/wrong/crm.deal.fields" << 401
                                << QStringLiteral("INVALID_CREDENTIALS");
    QTest::newRow("wrong user") << "/rest/7/secretcode/crm.deal.fields" << 401
                                << QStringLiteral("INVALID_CREDENTIALS");
    QTest::newRow("code without user")
        << "/rest/secretcode/crm.deal.fields" << 404 << QStringLiteral("ERROR_METHOD_NOT_FOUND");
    QTest::newRow("unknown method")
        << "/rest/1/secretcode/crm.deal.explode" << 404 << QStringLiteral("ERROR_METHOD_NOT_FOUND");
    QTest::newRow("oauth form without token")
        << "/rest/crm.deal.fields" << 401 << QStringLiteral("NO_AUTH_FOUND");
}

void TestFakePortal::webhookPaths()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, error);
    QUrl url = m_portal->baseUrl();
    url.setPath(path);
    const auto reply = m_client.get(url);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.object().value(QStringLiteral("error")).toString(), error);
    if (error == u"ERROR_METHOD_NOT_FOUND")
        QCOMPARE(reply.object().value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("Method not found!"));
    if (!error.isEmpty())
        QVERIFY(!reply.object().contains(QStringLiteral("time")));
}

void TestFakePortal::authStatusIsConfigurable()
{
    PortalConfig config;
    config.plan = Plan::Unlimited;
    config.authFailureStatus = 403;
    auto portal = startPortal(config);
    QUrl url = portal->baseUrl();
    url.setPath(QStringLiteral("/rest/1/not-the-code/crm.deal.list"));
    const auto reply = m_client.get(url);
    QCOMPARE(reply.status, 403);
    QCOMPARE(
        reply.body,
        QByteArray(
            R"({"error":"INVALID_CREDENTIALS","error_description":"Invalid request credentials"})"));
}

void TestFakePortal::bodyEncodings_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("json lower")
        << "json"
        << QByteArray(R"({"fields":{"NAME":"Иван","LAST_NAME":"O'Neil & Co",)"
                      R"("PHONE":[{"VALUE":"+79990001122","VALUE_TYPE":"MOBILE"}]}})");
    QTest::newRow("json upper")
        << "json"
        << QByteArray(R"({"FIELDS":{"NAME":"Иван","LAST_NAME":"O'Neil & Co",)"
                      R"("PHONE":[{"VALUE":"+79990001122","VALUE_TYPE":"MOBILE"}]}})");
    QTest::newRow("form brackets")
        << "form"
        << QByteArray(
               "fields[NAME]=%D0%98%D0%B2%D0%B0%D0%BD&fields[LAST_NAME]=O%27Neil+%26+Co"
               "&fields[PHONE][0][VALUE]=%2B79990001122&fields[PHONE][0][VALUE_TYPE]=MOBILE");
    QTest::newRow("form encoded brackets")
        << "form"
        << QByteArray(
               "FIELDS%5BNAME%5D=%D0%98%D0%B2%D0%B0%D0%BD&FIELDS%5BLAST_NAME%5D=O%27Neil%20%26%20Co"
               "&FIELDS%5BPHONE%5D%5B0%5D%5BVALUE%5D=%2B79990001122"
               "&FIELDS%5BPHONE%5D%5B0%5D%5BVALUE_TYPE%5D=MOBILE");
    QTest::newRow("get query")
        << "get"
        << QByteArray("fields[NAME]=%D0%98%D0%B2%D0%B0%D0%BD&fields[LAST_NAME]=O%27Neil+%26+Co"
                      "&fields[PHONE][][VALUE]=%2B79990001122");
}

void TestFakePortal::bodyEncodings()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, payload);
    RestClient::Reply reply;
    const QUrl url = m_portal->method(QStringLiteral("crm.contact.add"));
    if (kind == u"json") {
        reply = m_client.postJson(url, payload);
    } else if (kind == u"form") {
        reply = m_client.postForm(url, payload);
    } else {
        QUrl withQuery = url;
        withQuery.setQuery(QString::fromLatin1(payload));
        reply = m_client.get(withQuery);
    }
    QCOMPARE(reply.status, 200);
    const auto get = call(QStringLiteral("crm.contact.get"), R"({"id":1})");
    const QJsonObject contact = get.result().toObject();
    QCOMPARE(contact.value(QStringLiteral("NAME")).toString(), QStringLiteral("Иван"));
    QCOMPARE(contact.value(QStringLiteral("LAST_NAME")).toString(), QStringLiteral("O'Neil & Co"));
    QVERIFY(get.body.contains(R"(O\u0027Neil \u0026 Co)"));
    const QJsonArray phones = contact.value(QStringLiteral("PHONE")).toArray();
    QCOMPARE(phones.size(), 1);
    QCOMPARE(phones[0].toObject().value(QStringLiteral("VALUE")).toString(),
             QStringLiteral("+79990001122"));
    QCOMPARE(phones[0].toObject().value(QStringLiteral("TYPE_ID")).toString(),
             QStringLiteral("PHONE"));
    QCOMPARE(contact.value(QStringLiteral("HAS_PHONE")).toString(), QStringLiteral("Y"));
}

void TestFakePortal::validationErrors_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");

    QTest::newRow("contact without a name")
        << "crm.contact.add" << QByteArray(R"({"fields":{"COMMENTS":"x"}})") << QString()
        << QStringLiteral("The field \"Name\" is required.<br />");
    QTest::newRow("two bad dates")
        << "crm.deal.add"
        << QByteArray(R"({"fields":{"BEGINDATE":"tomorrow","CLOSEDATE":"32.13.2024"}})")
        << QString()
        << QStringLiteral("The field \"Start Date\" is incorrect.<br />\nThe field \"Close Date\" "
                          "is incorrect.<br />");
    QTest::newRow("stage of another pipeline")
        << "crm.deal.add" << QByteArray(R"({"fields":{"CATEGORY_ID":1,"STAGE_ID":"UC_NO40X0"}})")
        << QString() << QStringLiteral("The field \"Deal Stage\" is incorrect.<br />");
    QTest::newRow("unknown pipeline")
        << "crm.deal.add" << QByteArray(R"({"fields":{"CATEGORY_ID":7}})") << QString()
        << QStringLiteral("The field \"Sales Funnel\" is incorrect.<br />");
    QTest::newRow("bad email")
        << "crm.contact.add" << QByteArray(R"({"fields":{"NAME":"A","EMAIL":[{"VALUE":"nope"}]}})")
        << QStringLiteral("ERROR_CORE")
        << QStringLiteral("The field Work e-mail contains an invalid address");
    QTest::newRow("unknown lead status")
        << "crm.lead.add" << QByteArray(R"({"fields":{"STATUS_ID":"WHATEVER"}})") << QString()
        << QStringLiteral("The field \"Status\" is incorrect.<br />");
}

void TestFakePortal::validationErrors()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(QString, code);
    QFETCH(QString, description);
    const auto reply = call(method, params);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("error")).toString(), code);
    QCOMPARE(reply.object().value(QStringLiteral("error_description")).toString(), description);
    const auto state = control(QStringLiteral("state"));
    QCOMPARE(state.object().value(QStringLiteral("deals")).toArray().size(), 0);
    QCOMPARE(state.object().value(QStringLiteral("contacts")).toArray().size(), 0);
}

void TestFakePortal::filters_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QList<int>>("expected");

    // Deals 1..5 from the seed in filters().
    QTest::newRow("default equals on UF")
        << QByteArray(R"({"UF_CRM_IDENT_KEY":"F1_2"})") << QList<int>{2};
    QTest::newRow("= prefix") << QByteArray(R"({"=UF_CRM_IDENT_KEY":"F1_3"})") << QList<int>{3};
    QTest::newRow("@ IN over keys")
        << QByteArray(R"({"@UF_CRM_IDENT_KEY":["F1_1","F1_4","F9_9"]})") << QList<int>{1, 4};
    QTest::newRow("!@ NOT IN") << QByteArray(R"({"!@ID":[1,2]})") << QList<int>{3, 4, 5};
    QTest::newRow("array value means IN")
        << QByteArray(R"({"STAGE_ID":["WON","C1:LOSE"]})") << QList<int>{4, 5};
    QTest::newRow("stage ids carry the pipeline")
        << QByteArray(R"({"STAGE_ID":["WON","LOSE"]})") << QList<int>{4};
    QTest::newRow("!= on stage") << QByteArray(R"({"!=STAGE_ID":"NEW"})") << QList<int>{3, 4, 5};
    QTest::newRow("! on stage") << QByteArray(R"({"!STAGE_ID":"NEW"})") << QList<int>{3, 4, 5};
    QTest::newRow("> on ID") << QByteArray(R"({">ID":3})") << QList<int>{4, 5};
    QTest::newRow(">= on money") << QByteArray(R"({">=OPPORTUNITY":"1000"})")
                                 << QList<int>{3, 4, 5};
    QTest::newRow("< numeric not text")
        << QByteArray(R"({"<OPPORTUNITY":200})") << QList<int>{1, 2};
    QTest::newRow("<= on datetime UF")
        << QByteArray(R"({"<=UF_CRM_IDENT_START":"2024-09-02T10:00:00+03:00"})")
        << QList<int>{1, 2};
    QTest::newRow("datetime compares instants")
        << QByteArray(R"({">UF_CRM_IDENT_START":"2024-09-02T07:00:00Z"})") << QList<int>{3, 4, 5};
    QTest::newRow("% substring, case-insensitive")
        << QByteArray(R"({"%TITLE":"ИМПЛАНТ"})") << QList<int>{3, 4};
    QTest::newRow("empty means not set")
        << QByteArray(R"({"UF_CRM_IDENT_DOCTOR":""})") << QList<int>{5};
    QTest::newRow("not empty") << QByteArray(R"({"!UF_CRM_IDENT_DOCTOR":""})")
                               << QList<int>{1, 2, 3, 4};
    QTest::newRow("combined") << QByteArray(R"({"CONTACT_ID":7,">ID":1})") << QList<int>{2};
    QTest::newRow("unknown field ignored")
        << QByteArray(R"({"NO_SUCH_FIELD":"x",">ID":4})") << QList<int>{5};
    QTest::newRow("category") << QByteArray(R"({"CATEGORY_ID":1})") << QList<int>{5};
}

void TestFakePortal::filters()
{
    QFETCH(QByteArray, filter);
    QFETCH(QList<int>, expected);
    addDeal(
        R"({"TITLE":"Осмотр","UF_CRM_IDENT_KEY":"F1_1","OPPORTUNITY":100,"STAGE_ID":"NEW",)"
        R"("CONTACT_ID":7,"UF_CRM_IDENT_DOCTOR":"Петров","UF_CRM_IDENT_START":"2024-09-01T10:00:00+03:00"})");
    addDeal(
        R"({"TITLE":"Чистка","UF_CRM_IDENT_KEY":"F1_2","OPPORTUNITY":150,"STAGE_ID":"NEW",)"
        R"("CONTACT_ID":7,"UF_CRM_IDENT_DOCTOR":"Петров","UF_CRM_IDENT_START":"2024-09-02T10:00:00+03:00"})");
    addDeal(
        R"({"TITLE":"Имплант 1","UF_CRM_IDENT_KEY":"F1_3","OPPORTUNITY":1000,"STAGE_ID":"UC_NO40X0",)"
        R"("UF_CRM_IDENT_DOCTOR":"Сидоров","UF_CRM_IDENT_START":"2024-09-03T10:00:00+03:00"})");
    addDeal(
        R"({"TITLE":"имплант 2","UF_CRM_IDENT_KEY":"F1_4","OPPORTUNITY":20000,"STAGE_ID":"WON",)"
        R"("UF_CRM_IDENT_DOCTOR":"Сидоров","UF_CRM_IDENT_START":"2024-09-04T10:00:00+03:00"})");
    addDeal(R"({"TITLE":"Брекеты","UF_CRM_IDENT_KEY":"F2_5","OPPORTUNITY":90000,"CATEGORY_ID":1,)"
            R"("STAGE_ID":"C1:LOSE","UF_CRM_IDENT_START":"2024-09-05T10:00:00+03:00"})");
    const auto reply =
        call(QStringLiteral("crm.deal.list"), "{\"filter\":" + filter + R"(,"select":["ID"]})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(ids(reply.result().toArray()), expected);
    QCOMPARE(reply.object().value(QStringLiteral("total")).toInt(), expected.size());
}

void TestFakePortal::contactPhoneFilterIsExact()
{
    QCOMPARE(call(QStringLiteral("crm.contact.add"),
                  R"({"fields":{"NAME":"A","PHONE":[{"VALUE":"+79990001122"}]}})")
                 .status,
             200);
    QCOMPARE(call(QStringLiteral("crm.contact.add"),
                  R"({"fields":{"NAME":"B","PHONE":[{"VALUE":"+7 999 000-11-22"}],)"
                  R"("EMAIL":[{"VALUE":"b@example.com"}]}})")
                 .status,
             200);
    auto list = [&](const QByteArray &filter) {
        return ids(call(QStringLiteral("crm.contact.list"), "{\"filter\":" + filter + "}")
                       .result()
                       .toArray());
    };
    QCOMPARE(list(R"({"PHONE":"+79990001122"})"), QList<int>{1});
    QCOMPARE(list(R"({"PHONE":"+7 999 000-11-22"})"), QList<int>{2});
    QCOMPARE(list(R"({"PHONE":"79990001122"})"), QList<int>{});
    QCOMPARE(list(R"({"EMAIL":"B@EXAMPLE.COM"})"), QList<int>{2});
}

void TestFakePortal::selectAndOrder()
{
    addDeal(R"({"TITLE":"b","UF_CRM_IDENT_KEY":"K1","OPPORTUNITY":5})");
    addDeal(R"({"TITLE":"a","UF_CRM_IDENT_KEY":"K2","OPPORTUNITY":50})");
    addDeal(R"({"TITLE":"c","UF_CRM_IDENT_KEY":"K3","OPPORTUNITY":7})");
    QCOMPARE(call(QStringLiteral("crm.contact.add"),
                  R"({"fields":{"NAME":"A","PHONE":[{"VALUE":"+79990001122"}]}})")
                 .status,
             200);

    const auto star = call(QStringLiteral("crm.deal.list"), R"({"select":["*"]})");
    const QJsonObject first = star.result().toArray().at(0).toObject();
    QVERIFY(first.contains(QStringLiteral("TITLE")));
    QVERIFY(!first.contains(QStringLiteral("UF_CRM_IDENT_KEY")));

    const auto uf = call(QStringLiteral("crm.deal.list"), R"({"select":["UF_*"]})");
    const QJsonObject ufRow = uf.result().toArray().at(0).toObject();
    QVERIFY(ufRow.contains(QStringLiteral("UF_CRM_IDENT_KEY")));
    QVERIFY(ufRow.contains(QStringLiteral("ID")));
    QVERIFY(!ufRow.contains(QStringLiteral("TITLE")));

    const auto byDefault = call(QStringLiteral("crm.deal.list"), "{}");
    const QJsonObject defaultRow = byDefault.result().toArray().at(0).toObject();
    QVERIFY(defaultRow.contains(QStringLiteral("TITLE")));
    QVERIFY(defaultRow.contains(QStringLiteral("UF_CRM_IDENT_KEY")));

    const auto desc = call(QStringLiteral("crm.deal.list"),
                           R"({"order":{"OPPORTUNITY":"DESC"},"select":["ID","OPPORTUNITY"]})");
    QCOMPARE(ids(desc.result().toArray()), (QList<int>{2, 3, 1}));
    QCOMPARE(desc.result().toArray().at(0).toObject().keys(),
             (QStringList{QStringLiteral("ID"), QStringLiteral("OPPORTUNITY")}));
    const auto byTitle = call(QStringLiteral("crm.deal.list"), R"({"order":{"TITLE":"ASC"}})");
    QCOMPARE(ids(byTitle.result().toArray()), (QList<int>{2, 1, 3}));

    const auto noPhones = call(QStringLiteral("crm.contact.list"), R"({"select":["*"]})");
    QVERIFY(!noPhones.result().toArray().at(0).toObject().contains(QStringLiteral("PHONE")));
    const auto phones = call(QStringLiteral("crm.contact.list"), R"({"select":["ID","PHONE"]})");
    QCOMPARE(
        phones.result().toArray().at(0).toObject().value(QStringLiteral("PHONE")).toArray().size(),
        1);
}

void TestFakePortal::pagingOver120Deals()
{
    QByteArray seed = R"({"deals":[)";
    for (int i = 1; i <= 120; ++i)
        seed +=
            (i > 1 ? "," : "") + QByteArray(R"({"TITLE":"Deal )") + QByteArray::number(i) + "\"}";
    seed += "]}";
    QCOMPARE(control(QStringLiteral("seed"), seed).status, 200);

    struct Page
    {
        int start;
        int rows;
        int firstId;
        int next; // -1: no "next"
    };
    const Page pages[] = {{0, 50, 1, 50}, {50, 50, 51, 100}, {100, 20, 101, -1}, {30, 50, 1, 50}};
    for (const Page &p : pages) {
        const auto reply = call(QStringLiteral("crm.deal.list"),
                                R"({"order":{"ID":"ASC"},"select":["ID"],"start":)" +
                                    QByteArray::number(p.start) + "}");
        QCOMPARE(reply.status, 200);
        const QJsonArray rows = reply.result().toArray();
        QCOMPARE(rows.size(), p.rows);
        QCOMPARE(ids(rows).first(), p.firstId);
        QCOMPARE(reply.object().value(QStringLiteral("total")).toInt(), 120);
        QVERIFY(reply.object().value(QStringLiteral("total")).isDouble());
        if (p.next < 0)
            QVERIFY(!reply.object().contains(QStringLiteral("next")));
        else
            QCOMPARE(reply.object().value(QStringLiteral("next")).toInt(), p.next);
    }
    // start=-1: no counting, no next; keyset paging with >ID still walks everything.
    int lastId = 0;
    int seen = 0;
    for (;;) {
        const auto reply =
            call(QStringLiteral("crm.deal.list"), R"({"order":{"ID":"ASC"},"filter":{">ID":)" +
                                                      QByteArray::number(lastId) +
                                                      R"(},"select":["ID"],"start":-1})");
        QCOMPARE(reply.object().value(QStringLiteral("total")).toInt(), 0);
        QVERIFY(!reply.object().contains(QStringLiteral("next")));
        const QList<int> page = ids(reply.result().toArray());
        seen += page.size();
        if (page.size() < 50)
            break;
        lastId = page.last();
    }
    QCOMPARE(seen, 120);
}

void TestFakePortal::multifieldUpdateRules()
{
    QCOMPARE(call(QStringLiteral("crm.contact.add"),
                  R"({"fields":{"NAME":"A","PHONE":[{"VALUE":"+71110000001","VALUE_TYPE":"WORK"},)"
                  R"({"VALUE":"+71110000002","VALUE_TYPE":"HOME"},{"VALUE":"+71110000003"},)"
                  R"({"VALUE":"+71110000004"}]}})")
                 .status,
             200);
    const QJsonArray before = call(QStringLiteral("crm.contact.get"), R"({"id":1})")
                                  .result()
                                  .toObject()
                                  .value(QStringLiteral("PHONE"))
                                  .toArray();
    QCOMPARE(before.size(), 4);
    const QString id1 = before[0].toObject().value(QStringLiteral("ID")).toString();
    const QString id2 = before[1].toObject().value(QStringLiteral("ID")).toString();
    const QString id3 = before[2].toObject().value(QStringLiteral("ID")).toString();
    const QString id4 = before[3].toObject().value(QStringLiteral("ID")).toString();
    QVERIFY(id1 != id2);

    const QByteArray update =
        QStringLiteral(
            R"({"id":1,"fields":{"PHONE":[{"ID":"%1","VALUE":"+72220000001","VALUE_TYPE":"MOBILE"},)"
            R"({"ID":"%2","DELETE":"Y"},{"ID":"%3","VALUE":""},{"ID":"%4"},{"VALUE":"+73330000005"}]}})")
            .arg(id1, id2, id3, id4)
            .toUtf8();
    QCOMPARE(call(QStringLiteral("crm.contact.update"), update).status, 200);
    const QJsonArray after = call(QStringLiteral("crm.contact.get"), R"({"id":1})")
                                 .result()
                                 .toObject()
                                 .value(QStringLiteral("PHONE"))
                                 .toArray();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after[0].toObject().value(QStringLiteral("ID")).toString(), id1);
    QCOMPARE(after[0].toObject().value(QStringLiteral("VALUE")).toString(),
             QStringLiteral("+72220000001"));
    QCOMPARE(after[0].toObject().value(QStringLiteral("VALUE_TYPE")).toString(),
             QStringLiteral("MOBILE"));
    QCOMPARE(after[1].toObject().value(QStringLiteral("VALUE")).toString(),
             QStringLiteral("+73330000005"));
    QVERIFY(after[1].toObject().value(QStringLiteral("ID")).toString().toInt() > id4.toInt());

    // Entries not mentioned stay untouched; an update without PHONE keeps them all.
    QCOMPARE(call(QStringLiteral("crm.contact.update"), R"({"id":1,"fields":{"NAME":"B"}})").status,
             200);
    QCOMPARE(call(QStringLiteral("crm.contact.get"), R"({"id":1})")
                 .result()
                 .toObject()
                 .value(QStringLiteral("PHONE"))
                 .toArray()
                 .size(),
             2);
}

void TestFakePortal::findByComm()
{
    QCOMPARE(call(QStringLiteral("crm.contact.add"),
                  R"({"fields":{"NAME":"A","PHONE":[{"VALUE":"+79990001122"}]}})")
                 .status,
             200);
    QCOMPARE(call(QStringLiteral("crm.contact.add"),
                  R"({"fields":{"NAME":"B","PHONE":[{"VALUE":"+79990001122"}]}})")
                 .status,
             200);
    QCOMPARE(
        call(
            QStringLiteral("crm.lead.add"),
            R"({"fields":{"NAME":"L","PHONE":[{"VALUE":"+79990001122"}],"EMAIL":[{"VALUE":"l@x.ru"}]}})")
            .status,
        200);

    const auto none = call(QStringLiteral("crm.duplicate.findbycomm"),
                           R"({"type":"PHONE","values":["+70000000000"]})");
    QCOMPARE(none.status, 200);
    QVERIFY(none.body.startsWith(R"({"result":[],)")); // nothing found is [], not {}
    QVERIFY(none.result().isArray());

    const auto both = call(QStringLiteral("crm.duplicate.findbycomm"),
                           R"({"type":"PHONE","values":["+79990001122"]})");
    QCOMPARE(both.result().toObject().value(QStringLiteral("CONTACT")).toArray(),
             (QJsonArray{1, 2}));
    QCOMPARE(both.result().toObject().value(QStringLiteral("LEAD")).toArray(), (QJsonArray{1}));

    const auto leadsOnly = call(QStringLiteral("crm.duplicate.findbycomm"),
                                R"({"type":"EMAIL","values":["L@X.RU"],"entity_type":"LEAD"})");
    QCOMPARE(leadsOnly.result().toObject().keys(), QStringList{QStringLiteral("LEAD")});

    QJsonArray many;
    for (int i = 0; i < 25; ++i)
        many.append(QStringLiteral("+7000000%1").arg(i, 4, 10, QLatin1Char('0')));
    many.append(QStringLiteral("+79990001122")); // the 26th value is ignored
    const auto capped =
        m_client.postJson(m_portal->method(QStringLiteral("crm.duplicate.findbycomm")),
                          QJsonObject{{"type", "PHONE"}, {"values", many}});
    QVERIFY(capped.result().isArray());

    const auto noType = call(QStringLiteral("crm.duplicate.findbycomm"), R"({"values":["1"]})");
    QCOMPARE(noType.status, 400);
    const auto stringValues = call(QStringLiteral("crm.duplicate.findbycomm"),
                                   R"({"type":"PHONE","values":"+79990001122"})");
    QCOMPARE(stringValues.object().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Communication values is not defined."));
    const auto deal = call(QStringLiteral("crm.duplicate.findbycomm"),
                           R"({"type":"PHONE","values":["1"],"entity_type":"DEAL"})");
    QCOMPARE(deal.status, 400);
}

void TestFakePortal::statusesAndCategories()
{
    const auto stages = call(QStringLiteral("crm.status.list"),
                             R"({"order":{"SORT":"ASC"},"filter":{"ENTITY_ID":"DEAL_STAGE"}})");
    const QJsonArray rows = stages.result().toArray();
    QStringList idsInOrder;
    for (const QJsonValue &row : rows)
        idsInOrder << row.toObject().value(QStringLiteral("STATUS_ID")).toString();
    QCOMPARE(idsInOrder, (QStringList{"NEW", "PREPARATION", "UC_NO40X0", "PREPAYMENT_INVOICE",
                                      "EXECUTING", "FINAL_INVOICE", "WON", "LOSE", "APOLOGY"}));
    QCOMPARE(stages.object().value(QStringLiteral("total")).toInt(), 9);
    const QJsonObject treatment = rows[2].toObject();
    QCOMPARE(treatment.value(QStringLiteral("NAME")).toString(), QStringLiteral("Лечение"));
    QCOMPARE(treatment.value(QStringLiteral("SORT")).toString(), QStringLiteral("25"));
    QVERIFY(treatment.value(QStringLiteral("CATEGORY_ID")).isNull());
    QCOMPARE(rows[6].toObject().value(QStringLiteral("SEMANTICS")).toString(), QStringLiteral("S"));
    QCOMPARE(rows[8]
                 .toObject()
                 .value(QStringLiteral("EXTRA"))
                 .toObject()
                 .value(QStringLiteral("SEMANTICS"))
                 .toString(),
             QStringLiteral("apology"));

    const auto second =
        call(QStringLiteral("crm.status.list"), R"({"filter":{"ENTITY_ID":"DEAL_STAGE_1"}})");
    const QJsonObject c1 = second.result().toArray().at(0).toObject();
    QCOMPARE(c1.value(QStringLiteral("STATUS_ID")).toString(), QStringLiteral("C1:NEW"));
    QCOMPARE(c1.value(QStringLiteral("CATEGORY_ID")).toString(), QStringLiteral("1"));

    const auto leads =
        call(QStringLiteral("crm.status.list"), R"({"filter":{"ENTITY_ID":"STATUS"}})");
    QStringList leadIds;
    for (const QJsonValue &row : leads.result().toArray())
        leadIds << row.toObject().value(QStringLiteral("STATUS_ID")).toString();
    QCOMPARE(leadIds, (QStringList{"NEW", "IN_PROCESS", "PROCESSED", "CONVERTED", "JUNK"}));

    const auto categories = call(QStringLiteral("crm.category.list"), R"({"entityTypeId":2})");
    const QJsonArray list =
        categories.result().toObject().value(QStringLiteral("categories")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value(QStringLiteral("id")).toInt(), 0);
    QCOMPARE(list[0].toObject().value(QStringLiteral("isDefault")).toString(), QStringLiteral("Y"));
    QCOMPARE(categories.object().value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(call(QStringLiteral("crm.category.list"), R"({"entityTypeId":999})").status, 400);
}

void TestFakePortal::fieldsAndUserFields()
{
    const auto fields = call(QStringLiteral("crm.deal.fields"), "{}");
    const QJsonObject map = fields.result().toObject();
    const QJsonObject stage = map.value(QStringLiteral("STAGE_ID")).toObject();
    QCOMPARE(stage.value(QStringLiteral("type")).toString(), QStringLiteral("crm_status"));
    QCOMPARE(stage.value(QStringLiteral("statusType")).toString(), QStringLiteral("DEAL_STAGE"));
    QCOMPARE(
        map.value(QStringLiteral("CATEGORY_ID")).toObject().value(QStringLiteral("isImmutable")),
        QJsonValue(true));
    QCOMPARE(map.value(QStringLiteral("ID")).toObject().value(QStringLiteral("isReadOnly")),
             QJsonValue(true));
    const char *identFields[] = {
        "UF_CRM_IDENT_KEY",        "UF_CRM_IDENT_START",         "UF_CRM_IDENT_END",
        "UF_CRM_IDENT_DOCTOR",     "UF_CRM_IDENT_SPECIALITY",    "UF_CRM_IDENT_BRANCH",
        "UF_CRM_IDENT_CHAIR",      "UF_CRM_IDENT_STATUS",        "UF_CRM_IDENT_CARD",
        "UF_CRM_IDENT_GUARDIAN",   "UF_CRM_IDENT_COMMENT",       "UF_CRM_IDENT_SERVICES",
        "UF_CRM_IDENT_ORDER_DATE", "UF_CRM_IDENT_CANCEL_REASON", "UF_CRM_IDENT_PLAN",
        "UF_CRM_IDENT_PLAN_HASH",  "UF_CRM_IDENT_REGISTRAR"};
    for (const char *name : identFields) {
        const QJsonObject uf = map.value(QLatin1String(name)).toObject();
        QVERIFY2(uf.value(QStringLiteral("isDynamic")).toBool(), name);
        QCOMPARE(uf.value(QStringLiteral("title")).toString(), QLatin1String(name));
        QVERIFY2(!uf.value(QStringLiteral("listLabel")).toString().isEmpty(), name);
        QVERIFY2(uf.contains(QStringLiteral("formLabel")) &&
                     uf.contains(QStringLiteral("filterLabel")),
                 name);
    }
    QCOMPARE(map.value(QStringLiteral("UF_CRM_IDENT_START"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("datetime"));
    const QJsonObject contactFields =
        call(QStringLiteral("crm.contact.fields"), "{}").result().toObject();
    QVERIFY(contactFields.value(QStringLiteral("UF_CRM_IDENT_PATIENT"))
                .toObject()
                .value(QStringLiteral("isDynamic"))
                .toBool());
    QCOMPARE(contactFields.value(QStringLiteral("PHONE"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("crm_multifield"));

    const auto added =
        call(QStringLiteral("crm.deal.userfield.add"),
             R"({"fields":{"FIELD_NAME":"uf_extra","USER_TYPE_ID":"integer","LABEL":"Extra"}})");
    QCOMPARE(added.status, 200);
    QVERIFY(added.result().isDouble());
    const QJsonObject extra = call(QStringLiteral("crm.deal.fields"), "{}")
                                  .result()
                                  .toObject()
                                  .value(QStringLiteral("UF_CRM_EXTRA"))
                                  .toObject();
    QCOMPARE(extra.value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
    QCOMPARE(extra.value(QStringLiteral("listLabel")).toString(), QStringLiteral("Extra"));
    QCOMPARE(addDeal(R"({"UF_CRM_EXTRA":"42"})"), 1);
    QCOMPARE(call(QStringLiteral("crm.deal.add"), R"({"fields":{"UF_CRM_EXTRA":"forty"}})").status,
             400);

    const auto noName =
        call(QStringLiteral("crm.deal.userfield.add"), R"({"fields":{"USER_TYPE_ID":"string"}})");
    QCOMPARE(noName.object().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("The 'FIELD_NAME' field is not found."));
    const auto duplicate =
        call(QStringLiteral("crm.deal.userfield.add"),
             R"({"fields":{"FIELD_NAME":"UF_CRM_EXTRA","USER_TYPE_ID":"string"}})");
    QCOMPARE(duplicate.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("ERROR_CORE"));

    const auto list = call(QStringLiteral("crm.deal.userfield.list"),
                           R"({"filter":{"FIELD_NAME":"UF_CRM_EXTRA"}})");
    QCOMPARE(list.result().toArray().size(), 1);
    QCOMPARE(list.result().toArray().at(0).toObject().value(QStringLiteral("ENTITY_ID")).toString(),
             QStringLiteral("CRM_DEAL"));
    QVERIFY(!list.result().toArray().at(0).toObject().contains(QStringLiteral("EDIT_FORM_LABEL")));
    const auto withLang =
        call(QStringLiteral("crm.contact.userfield.list"), R"({"filter":{"LANG":"ru"}})");
    QCOMPARE(
        withLang.result().toArray().at(0).toObject().value(QStringLiteral("FIELD_NAME")).toString(),
        QStringLiteral("UF_CRM_IDENT_PATIENT"));
    QVERIFY(
        withLang.result().toArray().at(0).toObject().contains(QStringLiteral("EDIT_FORM_LABEL")));
    QCOMPARE(call(QStringLiteral("crm.contact.userfield.add"),
                  R"({"fields":{"FIELD_NAME":"CARD","USER_TYPE_ID":"string"}})")
                 .status,
             200);
}

void TestFakePortal::itemAddWithLead()
{
    QCOMPARE(call(QStringLiteral("crm.lead.add"), R"({"fields":{"NAME":"L"}})").status, 200);
    const auto item = call(
        QStringLiteral("crm.item.add"),
        R"({"entityTypeId":2,"fields":{"title":"From lead","leadId":1,)"
        R"("contactIds":[3],"stageId":"UC_NO40X0","ufCrmIdentKey":"F1_77","opportunity":99.5}})");
    QCOMPARE(item.status, 200);
    const QJsonObject created = item.result().toObject().value(QStringLiteral("item")).toObject();
    QCOMPARE(created.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(created.value(QStringLiteral("leadId")).toInt(), 1);
    QCOMPARE(created.value(QStringLiteral("entityTypeId")).toInt(), 2);
    QCOMPARE(created.value(QStringLiteral("ufCrmIdentKey")).toString(), QStringLiteral("F1_77"));
    const QJsonObject deal =
        call(QStringLiteral("crm.deal.get"), R"({"id":1})").result().toObject();
    QCOMPARE(deal.value(QStringLiteral("LEAD_ID")).toString(), QStringLiteral("1"));
    QCOMPARE(deal.value(QStringLiteral("CONTACT_ID")).toString(), QStringLiteral("3"));
    QCOMPARE(deal.value(QStringLiteral("STAGE_ID")).toString(), QStringLiteral("UC_NO40X0"));
    // crm.deal.add cannot set the read-only LEAD_ID.
    QCOMPARE(addDeal(R"({"LEAD_ID":1})"), 2);
    QVERIFY(call(QStringLiteral("crm.deal.get"), R"({"id":2})")
                .result()
                .toObject()
                .value(QStringLiteral("LEAD_ID"))
                .isNull());
    QCOMPARE(call(QStringLiteral("crm.item.add"), R"({"entityTypeId":128,"fields":{}})").status,
             400);
}

void TestFakePortal::leadStatusSemantics()
{
    QCOMPARE(call(QStringLiteral("crm.lead.add"),
                  R"({"fields":{"NAME":"L","PHONE":[{"VALUE":"+7111"}]}})")
                 .status,
             200);
    QJsonObject lead = call(QStringLiteral("crm.lead.get"), R"({"id":1})").result().toObject();
    QCOMPARE(lead.value(QStringLiteral("STATUS_ID")).toString(), QStringLiteral("NEW"));
    QCOMPARE(lead.value(QStringLiteral("STATUS_SEMANTIC_ID")).toString(), QStringLiteral("P"));
    QVERIFY(lead.value(QStringLiteral("DATE_CLOSED")).isNull());
    QCOMPARE(call(QStringLiteral("crm.lead.update"),
                  R"({"id":1,"fields":{"STATUS_ID":"CONVERTED","CONTACT_ID":5}})")
                 .status,
             200);
    lead = call(QStringLiteral("crm.lead.get"), R"({"id":1})").result().toObject();
    QCOMPARE(lead.value(QStringLiteral("STATUS_SEMANTIC_ID")).toString(), QStringLiteral("S"));
    QCOMPARE(lead.value(QStringLiteral("IS_RETURN_CUSTOMER")).toString(), QStringLiteral("Y"));
    QVERIFY(!lead.value(QStringLiteral("DATE_CLOSED")).isNull());
    const auto open =
        call(QStringLiteral("crm.lead.list"),
             R"({"filter":{"!@STATUS_ID":["CONVERTED","JUNK"]},"select":["ID","PHONE"]})");
    QCOMPARE(open.result().toArray().size(), 0);
}

void TestFakePortal::batchReferences()
{
    const QByteArray batch =
        R"({"halt":0,"cmd":{)"
        R"("c":"crm.contact.add?fields[NAME]=Ivan&fields[PHONE][0][VALUE]=%2B79990001122",)"
        R"("d":"crm.deal.add?fields[TITLE]=Visit&fields[CONTACT_ID]=$result[c]",)"
        R"("g":"crm.deal.get?id=$result[d]",)"
        R"("u":"crm.deal.update?id=$result[d]&fields[COMMENTS]=for $result[g][TITLE] of $result[c]",)"
        R"("l":"crm.contact.list?filter[PHONE]=%2B79990001122&select[]=ID",)"
        R"("e":"crm.deal.add?fields[TITLE]=Second&fields[CONTACT_ID]=$result[l][0][ID]"}})";
    const auto reply = call(QStringLiteral("batch"), batch);
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.result().toObject();
    const QJsonObject results = result.value(QStringLiteral("result")).toObject();
    QCOMPARE(results.value(QStringLiteral("c")).toInt(), 1);
    QCOMPARE(results.value(QStringLiteral("d")).toInt(), 1);
    QCOMPARE(results.value(QStringLiteral("u")), QJsonValue(true));
    QCOMPARE(results.value(QStringLiteral("e")).toInt(), 2);
    QVERIFY(result.value(QStringLiteral("result_error")).isArray()); // empty map is []
    QCOMPARE(
        result.value(QStringLiteral("result_total")).toObject().value(QStringLiteral("l")).toInt(),
        1);
    QVERIFY(result.value(QStringLiteral("result_next")).isArray());
    const QJsonObject times = result.value(QStringLiteral("result_time")).toObject();
    QCOMPARE(times.keys(), (QStringList{"c", "d", "e", "g", "l", "u"}));
    QVERIFY(times.value(QStringLiteral("d")).toObject().contains(QStringLiteral("operating")));

    const QJsonObject deal1 =
        call(QStringLiteral("crm.deal.get"), R"({"id":1})").result().toObject();
    QCOMPARE(deal1.value(QStringLiteral("CONTACT_ID")).toString(), QStringLiteral("1"));
    QCOMPARE(deal1.value(QStringLiteral("COMMENTS")).toString(), QStringLiteral("for Visit of 1"));
    const QJsonObject deal2 =
        call(QStringLiteral("crm.deal.get"), R"({"id":2})").result().toObject();
    QCOMPARE(deal2.value(QStringLiteral("CONTACT_ID")).toString(), QStringLiteral("1"));
}

void TestFakePortal::batchHalt()
{
    const QByteArray cmds =
        R"("cmd":{"a":"crm.deal.add?fields[TITLE]=A","b":"crm.deal.get?id=999",)"
        R"("c":"crm.deal.add?fields[TITLE]=C"})";
    const auto halted = call(QStringLiteral("batch"), "{\"halt\":1," + cmds + "}");
    QCOMPARE(halted.status, 200);
    const QJsonObject h = halted.result().toObject();
    QCOMPARE(h.value(QStringLiteral("result")).toObject().keys(), QStringList{QStringLiteral("a")});
    QCOMPARE(h.value(QStringLiteral("result_error"))
                 .toObject()
                 .value(QStringLiteral("b"))
                 .toObject()
                 .value(QStringLiteral("error_description"))
                 .toString(),
             QStringLiteral("Not found"));
    QCOMPARE(
        control(QStringLiteral("state")).object().value(QStringLiteral("deals")).toArray().size(),
        1);

    const auto goOn = call(QStringLiteral("batch"), "{\"halt\":false," + cmds + "}");
    QCOMPARE(goOn.result().toObject().value(QStringLiteral("result")).toObject().keys(),
             (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(
        control(QStringLiteral("state")).object().value(QStringLiteral("deals")).toArray().size(),
        3);
}

void TestFakePortal::batchOf51()
{
    QJsonObject cmd;
    for (int i = 0; i < 51; ++i)
        cmd.insert(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')),
                   QStringLiteral("crm.deal.add?fields[TITLE]=D%1").arg(i));
    const auto reply = m_client.postJson(m_portal->method(QStringLiteral("batch")),
                                         QJsonObject{{"halt", 0}, {"cmd", cmd}});
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.result().toObject();
    QCOMPARE(result.value(QStringLiteral("result")).toObject().size(), 50);
    const QJsonObject errors = result.value(QStringLiteral("result_error")).toObject();
    QCOMPARE(errors.keys(), QStringList{QStringLiteral("k50")});
    QCOMPARE(
        errors.value(QStringLiteral("k50")).toObject().value(QStringLiteral("error")).toString(),
        QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"));
    QCOMPARE(errors.value(QStringLiteral("k50"))
                 .toObject()
                 .value(QStringLiteral("error_description"))
                 .toString(),
             QStringLiteral("Max batch length exceeded"));
    QCOMPARE(
        control(QStringLiteral("state")).object().value(QStringLiteral("deals")).toArray().size(),
        50);
}

void TestFakePortal::batchListFormAndNesting()
{
    const auto allGood =
        call(QStringLiteral("batch"),
             R"({"cmd":["crm.deal.add?fields[TITLE]=A","crm.deal.add?fields[TITLE]=B"]})");
    QVERIFY(allGood.result().toObject().value(QStringLiteral("result")).isArray());
    QVERIFY(allGood.result().toObject().value(QStringLiteral("result_time")).isArray());

    const auto gap = call(
        QStringLiteral("batch"),
        R"({"cmd":["crm.deal.get?id=1","crm.deal.get?id=404","crm.deal.get?id=2","batch?cmd[0]=x"]})");
    const QJsonObject g = gap.result().toObject();
    QVERIFY(g.value(QStringLiteral("result")).isObject()); // keys 0 and 2: not a list
    QCOMPARE(g.value(QStringLiteral("result")).toObject().keys(), (QStringList{"0", "2"}));
    QCOMPARE(g.value(QStringLiteral("result_error"))
                 .toObject()
                 .value(QStringLiteral("3"))
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("ERROR_BATCH_METHOD_NOT_ALLOWED"));

    // A form-encoded batch is encoded twice: the command's own query is %-encoded again.
    const auto form = m_client.postForm(m_portal->method(QStringLiteral("batch")),
                                        "cmd[x]=crm.deal.add%3Ffields%5BTITLE%5D%3DR%2526D");
    QCOMPARE(form.status, 200);
    const int id = form.result()
                       .toObject()
                       .value(QStringLiteral("result"))
                       .toObject()
                       .value(QStringLiteral("x"))
                       .toInt();
    QCOMPARE(call(QStringLiteral("crm.deal.get"), "{\"id\":" + QByteArray::number(id) + "}")
                 .result()
                 .toObject()
                 .value(QStringLiteral("TITLE"))
                 .toString(),
             QStringLiteral("R&D"));
}

void TestFakePortal::burstOf50ThenQueryLimit_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("drain");
    QTest::newRow("standard") << "standard" << 50 << 2;
    QTest::newRow("enterprise") << "enterprise" << 250 << 5;
}

void TestFakePortal::burstOf50ThenQueryLimit()
{
    QFETCH(QString, plan);
    QFETCH(int, burst);
    QFETCH(int, drain);
    // A frozen limiter clock: "within the same second" holds however slow the machine is.
    PortalConfig config;
    config.plan = identsync::fake::planFromKey(plan).value();
    config.timeScale = 0;
    auto portal = startPortal(config);
    const QUrl url = portal->method(QStringLiteral("crm.deal.list"));
    for (int i = 0; i < burst; ++i)
        QCOMPARE(m_client.get(url).status, 200);
    const auto refused = m_client.get(url);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.body, kQueryLimitBody);
    QCOMPARE(m_client.get(portal->method(QStringLiteral("batch"))).status, 503);

    // One second later the bucket has drained by the plan's rate, and no more.
    QCOMPARE(
        m_client.postJson(portal->control(QStringLiteral("clock")), QByteArray(R"({"advance":1})"))
            .status,
        200);
    for (int i = 0; i < drain; ++i)
        QCOMPARE(m_client.get(url).status, 200);
    QCOMPARE(m_client.get(url).body, kQueryLimitBody);

    const QJsonObject stats = m_client.get(portal->control(QStringLiteral("stats"))).object();
    QCOMPARE(stats.value(QStringLiteral("refusals"))
                 .toObject()
                 .value(QStringLiteral("QUERY_LIMIT_EXCEEDED"))
                 .toInt(),
             3);
    QCOMPARE(
        stats.value(QStringLiteral("byStatus")).toObject().value(QStringLiteral("503")).toInt(), 3);
}

void TestFakePortal::operatingLimit()
{
    PortalConfig config;
    config.plan = Plan::Unlimited;
    config.timeScale = 0; // simulated processing then costs no real time
    config.operatingLimitSeconds = 1.0;
    config.methodProcessingSeconds.insert(QStringLiteral("crm.deal.list"), 0.6);
    config.methodProcessingSeconds.insert(QStringLiteral("crm.deal.fields"), 0.05);
    auto portal = startPortal(config);
    const QUrl list = portal->method(QStringLiteral("crm.deal.list"));

    const auto first = m_client.get(list);
    QCOMPARE(first.status, 200);
    const QJsonObject t1 = first.object().value(QStringLiteral("time")).toObject();
    QCOMPARE(t1.value(QStringLiteral("operating")).toDouble(), 0.6);
    QVERIFY(t1.value(QStringLiteral("operating_reset_at")).isDouble());
    QVERIFY(t1.value(QStringLiteral("processing")).toDouble() >= 0.6);
    // The call that crosses the limit still completes; the next one is refused.
    QCOMPARE(m_client.get(list).status, 200);
    const auto blocked = m_client.get(list);
    QCOMPARE(blocked.status, 429);
    QCOMPARE(
        blocked.body,
        QByteArray(
            R"({"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit."})"));
    // Only that method is blocked; calls under 0.1 s are not counted at all.
    for (int i = 0; i < 30; ++i) {
        const auto fields = m_client.get(portal->method(QStringLiteral("crm.deal.fields")));
        QCOMPARE(fields.status, 200);
        QCOMPARE(fields.object()
                     .value(QStringLiteral("time"))
                     .toObject()
                     .value(QStringLiteral("operating"))
                     .toDouble(),
                 0.0);
    }
    // Inside a batch the blocked method fails alone.
    const auto batch =
        m_client.postJson(portal->method(QStringLiteral("batch")),
                          QByteArray(R"({"cmd":{"a":"crm.deal.list","b":"crm.deal.fields"}})"));
    const QJsonObject br = batch.result().toObject();
    QCOMPARE(br.value(QStringLiteral("result_error"))
                 .toObject()
                 .value(QStringLiteral("a"))
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("OPERATION_TIME_LIMIT"));
    QVERIFY(br.value(QStringLiteral("result")).toObject().contains(QStringLiteral("b")));
    // Ten minutes on, the buckets have expired.
    m_client.postJson(portal->control(QStringLiteral("clock")), QByteArray(R"({"advance":600})"));
    const auto again = m_client.get(list);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object()
                 .value(QStringLiteral("time"))
                 .toObject()
                 .value(QStringLiteral("operating"))
                 .toDouble(),
             0.6);
}

void TestFakePortal::faultsBeforeTheWrite_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status"); // 0: network error
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("bodyPart");

    QTest::newRow("500 ERROR_CORE") << "error500" << 500 << QByteArray("application/json")
                                    << QByteArray(R"("error":"ERROR_CORE")");
    QTest::newRow("502 html") << "html502" << 502 << QByteArray("text/html")
                              << QByteArray("<title>502 Bad Gateway</title>");
    QTest::newRow("503 html") << "html503" << 503 << QByteArray("text/html")
                              << QByteArray("<title>503 Service Unavailable</title>");
    QTest::newRow("reset") << "reset" << 0 << QByteArray() << QByteArray();
    QTest::newRow("latency alone succeeds")
        << "latency:1+20" << 200 << QByteArray("application/json") << QByteArray(R"("result":1)");
}

void TestFakePortal::faultsBeforeTheWrite()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, bodyPart);
    QCOMPARE(
        control(QStringLiteral("faults"), QStringLiteral(R"({"spec":"%1"})").arg(spec).toUtf8())
            .status,
        200);
    const auto reply = call(QStringLiteral("crm.deal.add"), R"({"fields":{"TITLE":"x"}})");
    QCOMPARE(reply.status, status);
    if (status == 0) {
        QVERIFY(reply.networkFailed());
    } else {
        QVERIFY(reply.contentType.startsWith(contentType));
        QVERIFY2(reply.body.contains(bodyPart), reply.body.constData());
    }
    const int expectedDeals = status == 200 ? 1 : 0;
    QCOMPARE(
        control(QStringLiteral("state")).object().value(QStringLiteral("deals")).toArray().size(),
        expectedDeals);
}

void TestFakePortal::dropAfterCommit()
{
    QCOMPARE(control(QStringLiteral("faults"), R"({"spec":"drop:1@crm.deal.add#1"})").status, 200);
    const auto reply = call(QStringLiteral("crm.deal.add"),
                            R"({"fields":{"TITLE":"Lost answer","UF_CRM_IDENT_KEY":"F1_900"}})");
    // The headers said 200, then the connection ended before the body: a transport error.
    QVERIFY(reply.networkFailed());
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply.body.isEmpty());
    const QJsonArray deals =
        control(QStringLiteral("state")).object().value(QStringLiteral("deals")).toArray();
    QCOMPARE(deals.size(), 1);
    QCOMPARE(deals[0].toObject().value(QStringLiteral("UF_CRM_IDENT_KEY")).toString(),
             QStringLiteral("F1_900"));
    // The client can find what it wrote by its key, as the engine's reconciliation does.
    const auto found = call(QStringLiteral("crm.deal.list"),
                            R"({"filter":{"=UF_CRM_IDENT_KEY":"F1_900"},"select":["ID"]})");
    QCOMPARE(ids(found.result().toArray()), QList<int>{1});
    const QJsonObject stats = control(QStringLiteral("stats")).object();
    QCOMPARE(stats.value(QStringLiteral("faults")).toObject().value(QStringLiteral("drop")).toInt(),
             1);
}

void TestFakePortal::resetAfterCommit()
{
    // A raw socket shows the wire: the request is committed, and not one byte comes back.
    QCOMPARE(control(QStringLiteral("faults"), R"({"spec":"resetafter:1@crm.deal.add#1"})").status,
             200);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_portal->port());
    QVERIFY(socket.waitForConnected(30000));
    const QByteArray body = R"({"fields":{"TITLE":"reset after commit"}})";
    socket.write("POST /rest/1/secretcode/crm.deal.add HTTP/1.1\r\nHost: x\r\n"
                 "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(socket.waitForBytesWritten(30000));
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(30000))
        answer += socket.readAll();
    answer += socket.readAll();
    QVERIFY(answer.isEmpty());
    QCOMPARE(socket.error(), QAbstractSocket::RemoteHostClosedError);
    const QJsonArray deals =
        control(QStringLiteral("state")).object().value(QStringLiteral("deals")).toArray();
    QCOMPARE(deals.size(), 1);
    QCOMPARE(deals[0].toObject().value(QStringLiteral("TITLE")).toString(),
             QStringLiteral("reset after commit"));
}

void TestFakePortal::truncatedJson()
{
    QCOMPARE(control(QStringLiteral("faults"), R"({"spec":"truncate:1@crm.deal.get"})").status,
             200);
    addDeal(R"({"TITLE":"x"})");
    const auto reply = call(QStringLiteral("crm.deal.get"), R"({"id":1})");
    QCOMPARE(reply.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(reply.body.startsWith(R"({"result":{"ID":"1")"));
}

void TestFakePortal::faultsAreScopedAndCounted()
{
    QCOMPARE(control(QStringLiteral("faults"),
                     R"({"rules":[{"kind":"error500","method":"crm.deal.add","count":2}]})")
                 .status,
             200);
    QCOMPARE(call(QStringLiteral("crm.contact.add"), R"({"fields":{"NAME":"A"}})").status, 200);
    QCOMPARE(call(QStringLiteral("crm.deal.add"), R"({"fields":{}})").status, 500);
    QCOMPARE(call(QStringLiteral("crm.deal.add"), R"({"fields":{}})").status, 500);
    QCOMPARE(call(QStringLiteral("crm.deal.add"), R"({"fields":{}})").status, 200);
    const QJsonObject faults = control(QStringLiteral("faults")).object();
    QCOMPARE(faults.value(QStringLiteral("rules"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             0);
    QCOMPARE(control(QStringLiteral("faults"), R"({"spec":"explode:1"})").status, 400);
}

void TestFakePortal::faultsAreDeterministic()
{
    auto pattern = [&](quint64 seed) {
        PortalConfig config;
        config.plan = Plan::Unlimited;
        config.seed = seed;
        config.faults = QStringLiteral("error500:0.5");
        auto portal = startPortal(config);
        QString outcome;
        for (int i = 0; i < 24; ++i)
            outcome += m_client.get(portal->method(QStringLiteral("crm.deal.fields"))).status == 200
                           ? u'.'
                           : u'x';
        return outcome;
    };
    const QString a = pattern(7);
    QCOMPARE(pattern(7), a);
    QVERIFY(a.contains(u'x') && a.contains(u'.'));
    QVERIFY(pattern(8) != a);
}

void TestFakePortal::controlEndpoints()
{
    QCOMPARE(
        call(QStringLiteral("crm.contact.add"),
             R"({"fields":{"NAME":"A","PHONE":[{"VALUE":"+7111"}],"UF_CRM_IDENT_PATIENT":"77"}})")
            .status,
        200);
    addDeal(R"({"TITLE":"one","UF_CRM_IDENT_KEY":"F1_1"})");
    addDeal(R"({"TITLE":"two","CONTACT_IDS":[1]})");
    QCOMPARE(call(QStringLiteral("crm.lead.add"), R"({"fields":{"NAME":"L"}})").status, 200);

    const QJsonObject state = control(QStringLiteral("state")).object();
    const QJsonArray deals = state.value(QStringLiteral("deals")).toArray();
    QCOMPARE(ids(deals), (QList<int>{1, 2}));
    for (int id : {1, 2}) {
        const QJsonObject get =
            call(QStringLiteral("crm.deal.get"), "{\"id\":" + QByteArray::number(id) + "}")
                .result()
                .toObject();
        QCOMPARE(deals[id - 1].toObject(), get);
    }
    QCOMPARE(state.value(QStringLiteral("contacts")).toArray().at(0).toObject(),
             call(QStringLiteral("crm.contact.get"), R"({"id":1})").result().toObject());
    QCOMPARE(state.value(QStringLiteral("leads")).toArray().at(0).toObject(),
             call(QStringLiteral("crm.lead.get"), R"({"id":1})").result().toObject());

    call(QStringLiteral("crm.deal.get"), R"({"id":404})");
    const QJsonObject stats = control(QStringLiteral("stats")).object();
    QVERIFY(stats.value(QStringLiteral("requests")).toInt() >= 8);
    const QJsonObject get = stats.value(QStringLiteral("methods"))
                                .toObject()
                                .value(QStringLiteral("crm.deal.get"))
                                .toObject();
    QCOMPARE(get.value(QStringLiteral("calls")).toInt(), 3);
    QCOMPARE(get.value(QStringLiteral("errors")).toObject().value(QString()).toInt(), 1);
    QCOMPARE(
        stats.value(QStringLiteral("byStatus")).toObject().value(QStringLiteral("400")).toInt(), 1);

    const auto limits = control(QStringLiteral("limits"));
    QCOMPARE(limits.object().value(QStringLiteral("plan")).toString(), QStringLiteral("unlimited"));
    QCOMPARE(control(QStringLiteral("limits"), R"({"plan":"gold"})").status, 400);
    QCOMPARE(control(QStringLiteral("nope")).status, 404);

    QCOMPARE(control(QStringLiteral("reset"), "{}").status, 200);
    const QJsonObject empty = control(QStringLiteral("state")).object();
    QCOMPARE(empty.value(QStringLiteral("deals")).toArray().size(), 0);
    QCOMPARE(empty.value(QStringLiteral("contacts")).toArray().size(), 0);
    QCOMPARE(addDeal(R"({"TITLE":"after reset"})"), 1);
}

void TestFakePortal::seedEndpoint()
{
    const auto seeded = control(QStringLiteral("seed"), R"({
        "categories":[{"id":3,"name":"Имплантация","sort":300}],
        "stages":[{"categoryId":3,"statusId":"NEW","name":"Новая","sort":10},
                  {"categoryId":3,"statusId":"DONE","name":"Готово","sort":20,"semantics":"success"}],
        "dropUserFields":[{"entity":"deal","FIELD_NAME":"UF_CRM_IDENT_PLAN"}],
        "userFields":[{"entity":"deal","FIELD_NAME":"UF_CRM_IDENT_EXTRA","USER_TYPE_ID":"string"}],
        "contacts":[{"ID":40,"NAME":"Seeded","PHONE":[{"VALUE":"+79990000040"}]}],
        "leads":[{"NAME":"Lead","STATUS_ID":"IN_PROCESS"}],
        "deals":[{"TITLE":"Imported","CATEGORY_ID":3,"STAGE_ID":"C3:DONE","CONTACT_ID":40,
                  "DATE_CREATE":"2024-01-02T03:04:05+03:00","UF_CRM_IDENT_KEY":"F1_5"}]})");
    QCOMPARE(seeded.status, 200);
    QCOMPARE(seeded.object().value(QStringLiteral("contacts")).toArray(), (QJsonArray{40}));
    const QJsonObject deal =
        call(QStringLiteral("crm.deal.get"), R"({"id":1})").result().toObject();
    QCOMPARE(deal.value(QStringLiteral("STAGE_ID")).toString(), QStringLiteral("C3:DONE"));
    QCOMPARE(deal.value(QStringLiteral("STAGE_SEMANTIC_ID")).toString(), QStringLiteral("S"));
    QCOMPARE(deal.value(QStringLiteral("DATE_CREATE")).toString(),
             QStringLiteral("2024-01-02T03:04:05+03:00"));
    QVERIFY(!deal.contains(QStringLiteral("UF_CRM_IDENT_PLAN")));
    QVERIFY(deal.contains(QStringLiteral("UF_CRM_IDENT_EXTRA")));
    QCOMPARE(
        call(QStringLiteral("crm.contact.add"), R"({"fields":{"NAME":"next"}})").result().toInt(),
        41);
    const auto stages =
        call(QStringLiteral("crm.status.list"), R"({"filter":{"ENTITY_ID":"DEAL_STAGE_3"}})");
    QCOMPARE(stages.result().toArray().size(), 2);

    const auto bad = control(QStringLiteral("seed"), R"({"deals":[{"STAGE_ID":"NOPE"}]})");
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.object()
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("deals[0]")));
    QCOMPARE(control(QStringLiteral("seed"), "{not json").status, 400);
}

void TestFakePortal::stateFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PortalConfig config;
    config.plan = Plan::Unlimited;
    config.stateFile = dir.filePath(QStringLiteral("portal.json"));
    QJsonObject before;
    {
        auto portal = startPortal(config);
        RestClient client;
        QCOMPARE(
            client
                .postJson(
                    portal->method(QStringLiteral("crm.contact.add")),
                    QByteArray(R"({"fields":{"NAME":"Анна","PHONE":[{"VALUE":"+79990001122"}]}})"))
                .status,
            200);
        QCOMPARE(
            client
                .postJson(
                    portal->method(QStringLiteral("crm.deal.add")),
                    QByteArray(
                        R"({"fields":{"TITLE":"Приём","CONTACT_ID":1,"STAGE_ID":"UC_NO40X0","UF_CRM_IDENT_KEY":"F1_1"}})"))
                .status,
            200);
        QCOMPARE(
            client
                .postJson(portal->method(QStringLiteral("crm.contact.userfield.add")),
                          QByteArray(R"({"fields":{"FIELD_NAME":"NOTE","USER_TYPE_ID":"string"}})"))
                .status,
            200);
        before = client.get(portal->control(QStringLiteral("state"))).object();
    } // stopping the portal writes the state file
    QVERIFY(QFile::exists(config.stateFile));
    auto again = startPortal(config);
    RestClient client;
    QCOMPARE(client.get(again->control(QStringLiteral("state"))).object(), before);
    QCOMPARE(
        client
            .postJson(again->method(QStringLiteral("crm.deal.add")), QByteArray(R"({"fields":{}})"))
            .result()
            .toInt(),
        2);
    QVERIFY(client.get(again->method(QStringLiteral("crm.contact.fields")))
                .result()
                .toObject()
                .contains(QStringLiteral("UF_CRM_NOTE")));

    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"version\":9}");
    broken.close();
    config.stateFile = broken.fileName();
    FakePortalThread refused(config);
    QString error;
    QVERIFY(!refused.start(&error));
    QVERIFY2(error.contains(QStringLiteral("broken.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFakePortal)
#include "testfakeportal.moc"
