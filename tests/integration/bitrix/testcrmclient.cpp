// The typed CRM operations against the fake portal: paged lists, writes and reads, pipelines,
// stages and fields (the look-ups of a sync live in engine/PortalResolver, tested by
// engine_testdispatch).

#include "fakeportalfixture.h"

#include "bitrix/bitrix24client.h"
#include "bitrix/crmclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest/QTest>

using namespace identsync;
using identsync::testutils::await;
using identsync::testutils::FakePortalFixture;

namespace {

const QString kKeyField = QStringLiteral("UF_CRM_IDENT_KEY");
const QString kPatientField = QStringLiteral("UF_CRM_PATIENT_ID");

QString phoneOf(int i)
{
    return QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'));
}

QJsonObject phoneField(const QString &phone)
{
    return QJsonObject{{QStringLiteral("VALUE"), phone}, {QStringLiteral("VALUE_TYPE"), "MOBILE"}};
}

ClientConfig unlimited()
{
    ClientConfig config;
    config.plan = QStringLiteral("unlimited");
    config.limits = LeakyBucketLimits::unlimited();
    return config;
}

// Portal with `n` deals (keys F1_1..F1_n, plus a second deal on F1_1), `n` contacts (patient
// ids P1..Pn, phones phoneOf(i), plus a second contact sharing phoneOf(1)) and `n` leads
// (phones phoneOf(i), every third one CONVERTED).
bool seedPortal(FakePortalFixture &portal, int n)
{
    QJsonArray deals;
    QJsonArray contacts;
    QJsonArray leads;
    for (int i = 1; i <= n; ++i) {
        deals.append(QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Deal %1").arg(i)},
                                 {kKeyField, QStringLiteral("F1_%1").arg(i)}});
        contacts.append(QJsonObject{{QStringLiteral("NAME"), QStringLiteral("Имя%1").arg(i)},
                                    {QStringLiteral("LAST_NAME"), QStringLiteral("Фамилия")},
                                    {kPatientField, QStringLiteral("P%1").arg(i)},
                                    {QStringLiteral("PHONE"), QJsonArray{phoneField(phoneOf(i))}}});
        leads.append(QJsonObject{
            {QStringLiteral("TITLE"), QStringLiteral("Lead %1").arg(i)},
            {QStringLiteral("STATUS_ID"), i % 3 == 0 ? QStringLiteral("CONVERTED") : "NEW"},
            {QStringLiteral("PHONE"), QJsonArray{phoneField(phoneOf(i))}}});
    }
    if (n >= 1) {
        deals.append(QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Duplicate")},
                                 {kKeyField, QStringLiteral("F1_1")}});
        contacts.append(QJsonObject{{QStringLiteral("NAME"), QStringLiteral("Family")},
                                    {QStringLiteral("PHONE"), QJsonArray{phoneField(phoneOf(1))}}});
    }
    const QJsonObject created = portal.seed(QJsonObject{
        {QStringLiteral("dropUserFields"),
         QJsonArray{QJsonObject{{"entity", "deal"}, {"FIELD_NAME", kKeyField}},
                    QJsonObject{{"entity", "contact"}, {"FIELD_NAME", kPatientField}}}},
        {QStringLiteral("userFields"), QJsonArray{QJsonObject{{"entity", "deal"},
                                                              {"FIELD_NAME", "IDENT_KEY"},
                                                              {"USER_TYPE_ID", "string"}},
                                                  QJsonObject{{"entity", "contact"},
                                                              {"FIELD_NAME", "PATIENT_ID"},
                                                              {"USER_TYPE_ID", "string"}}}},
        {QStringLiteral("deals"), deals},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("leads"), leads}});
    if (created.value(QLatin1String("deals")).toArray().size() != deals.size()) {
        qWarning().noquote() << "seed failed:" << QJsonDocument(created).toJson();
        return false;
    }
    return true;
}

} // namespace

class TestCrmClient : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryPageByKeyset();
    void typedWritesAndReads();
    void pipelinesStagesAndFields();
};

void TestCrmClient::listsEveryPageByKeyset()
{
    FakePortalFixture portal;
    QString error;
    fake::PortalConfig config;
    config.plan = fake::Plan::Unlimited;
    QVERIFY2(portal.start(config, &error), qPrintable(error));
    QVERIFY(seedPortal(portal, 120));
    Bitrix24Client client(portal.endpoint(), unlimited());
    CrmClient crm(&client);

    const auto all = await(crm.listDeals({}, {QStringLiteral("TITLE"), kKeyField}));
    QVERIFY(all);
    QVERIFY2(all->ok, qPrintable(all->error.message));
    QCOMPARE(all->value.size(), 121);
    for (qsizetype i = 1; i < all->value.size(); ++i)
        QVERIFY(all->value.at(i - 1).id < all->value.at(i).id);
    QCOMPARE(client.stats().requestsSent, 3); // 50 + 50 + 21

    const auto some = await(
        crm.listLeads(QJsonObject{{QStringLiteral("STATUS_ID"), QStringLiteral("CONVERTED")}}));
    QVERIFY(some && some->ok);
    QCOMPARE(some->value.size(), 40);
    for (const CrmLead &lead : some->value)
        QCOMPARE(lead.statusId, QStringLiteral("CONVERTED"));
}

void TestCrmClient::typedWritesAndReads()
{
    FakePortalFixture portal;
    QString error;
    fake::PortalConfig config;
    config.plan = fake::Plan::Unlimited;
    QVERIFY2(portal.start(config, &error), qPrintable(error));
    Bitrix24Client client(portal.endpoint(), unlimited());
    CrmClient crm(&client);

    const auto contactId =
        await(crm.add(CrmClient::Entity::Contact,
                      QJsonObject{{QStringLiteral("NAME"), QStringLiteral("Анна")},
                                  {QStringLiteral("LAST_NAME"), QStringLiteral("Иванова")},
                                  {QStringLiteral("PHONE"), QJsonArray{phoneField(phoneOf(7))}}}));
    QVERIFY(contactId && contactId->ok);
    QVERIFY(contactId->value > 0);

    const auto dealId =
        await(crm.add(CrmClient::Entity::Deal,
                      QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Приём")},
                                  {QStringLiteral("CONTACT_ID"), contactId->value}},
                      QJsonObject{{QStringLiteral("REGISTER_SONET_EVENT"), QStringLiteral("N")}}));
    QVERIFY(dealId && dealId->ok);

    const auto updated = await(crm.update(CrmClient::Entity::Deal, dealId->value,
                                          QJsonObject{{QStringLiteral("TITLE"), "Приём 2"}}));
    QVERIFY(updated && updated->ok && updated->value);

    const auto deal = await(crm.getDeal(dealId->value));
    QVERIFY(deal && deal->ok);
    QCOMPARE(deal->value.id, dealId->value);
    QCOMPARE(deal->value.title, QStringLiteral("Приём 2"));
    QCOMPARE(deal->value.contactId, contactId->value);
    QVERIFY(!deal->value.stageId.isEmpty());

    const auto contact = await(crm.getContact(contactId->value));
    QVERIFY(contact && contact->ok);
    QCOMPARE(contact->value.lastName, QStringLiteral("Иванова"));
    QCOMPARE(contact->value.phones.size(), 1);
    QCOMPARE(contact->value.phones.first().value, phoneOf(7));

    // A deleted (or never existing) bound deal: not_found, for a person to decide.
    CallOptions bound;
    bound.boundRecord = true;
    const auto gone = await(crm.getDeal(987654, bound));
    QVERIFY(gone && !gone->ok);
    QCOMPARE(gone->error.cls, ErrorClass::NotFound);
    QVERIFY(!gone->outcomeUnknown);
    const auto goneUpdate = await(crm.update(
        CrmClient::Entity::Deal, 987654, QJsonObject{{QStringLiteral("TITLE"), "x"}}, {}, bound));
    QVERIFY(goneUpdate && !goneUpdate->ok);
    QCOMPARE(goneUpdate->error.cls, ErrorClass::NotFound);
}

void TestCrmClient::pipelinesStagesAndFields()
{
    FakePortalFixture portal;
    QString error;
    fake::PortalConfig config;
    config.plan = fake::Plan::Unlimited;
    QVERIFY2(portal.start(config, &error), qPrintable(error));
    QVERIFY(seedPortal(portal, 1));
    QVERIFY(!portal
                 .seed(QJsonObject{
                     {"categories",
                      QJsonArray{QJsonObject{{"id", 3}, {"name", "Клиника"}, {"sort", 50}}}},
                     {"stages", QJsonArray{QJsonObject{{"categoryId", 3},
                                                       {"statusId", "C3:NEW"},
                                                       {"name", "Новая"},
                                                       {"sort", 10}},
                                           QJsonObject{{"categoryId", 3},
                                                       {"statusId", "C3:WON"},
                                                       {"name", "Успех"},
                                                       {"sort", 20},
                                                       {"semantics", "success"}},
                                           QJsonObject{{"categoryId", 3},
                                                       {"statusId", "C3:LOSE"},
                                                       {"name", "Провал"},
                                                       {"sort", 30},
                                                       {"semantics", "failure"}}}}})
                 .isEmpty());
    Bitrix24Client client(portal.endpoint(), unlimited());
    CrmClient crm(&client);

    const auto categories = await(crm.dealCategories());
    QVERIFY(categories);
    QVERIFY2(categories->ok, qPrintable(categories->error.message));
    QVERIFY(std::any_of(categories->value.cbegin(), categories->value.cend(),
                        [](const CrmCategory &c) { return c.id == 3 && c.name == "Клиника"; }));
    QVERIFY(std::any_of(categories->value.cbegin(), categories->value.cend(),
                        [](const CrmCategory &c) { return c.id == 0; }));
    for (qsizetype i = 1; i < categories->value.size(); ++i)
        QVERIFY(categories->value.at(i - 1).sort <= categories->value.at(i).sort);

    const auto pipeline = await(crm.pipeline(3));
    QVERIFY(pipeline);
    QVERIFY2(pipeline->ok, qPrintable(pipeline->error.message));
    QCOMPARE(pipeline->value.stages().size(), 3);
    QVERIFY(!pipeline->value.isFinal(StageId::parse(u"C3:NEW")));
    QVERIFY(pipeline->value.isFinal(StageId::parse(u"C3:WON")));
    QVERIFY(pipeline->value.isFinal(StageId::parse(u"C3:LOSE")));

    const auto defaultPipeline = await(crm.pipeline(0));
    QVERIFY(defaultPipeline && defaultPipeline->ok);
    QVERIFY(!defaultPipeline->value.isEmpty());

    const auto missing = await(crm.pipeline(77));
    QVERIFY(missing && !missing->ok);
    QCOMPARE(missing->error.cls, ErrorClass::Config);

    const auto fields = await(crm.fields(CrmClient::Entity::Deal));
    QVERIFY(fields && fields->ok);
    QVERIFY(fields->value.contains(QStringLiteral("TITLE")));
    QVERIFY(fields->value.contains(kKeyField));
    QVERIFY(fields->value.value(kKeyField).isDynamic);
    QVERIFY(fields->value.value(QStringLiteral("ID")).isReadOnly);
}

QTEST_GUILESS_MAIN(TestCrmClient)
#include "testcrmclient.moc"
