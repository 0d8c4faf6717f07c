#include "core/dealdraft.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace identsync;

class TestDealDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Known SHA-1 values of the canonical compact JSON (checked with an independent tool).
    void knownHashes_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("sha1");

        QTest::newRow("empty") << QJsonObject() << "bf21a9e8fbc5a3846fb05b4fa0859e0917b2202f";
        QTest::newRow("three fields") << QJsonObject{{"UF_CRM_IDENT_KEY", "F1_12345"},
                                                     {"STAGE_ID", "WON"},
                                                     {"OPPORTUNITY", "1500.50"}}
                                      << "71c0fbb9dcc0fa01f4f908e38a4908c92fe287c0";
    }

    void knownHashes()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, sha1);
        QCOMPARE(payloadHash(payload), sha1);
    }

    // Equal content hashes equal whatever the insertion order; any change of a value, a key or
    // nesting changes the hash.
    void orderAndChanges_data()
    {
        QTest::addColumn<QJsonObject>("a");
        QTest::addColumn<QJsonObject>("b");
        QTest::addColumn<bool>("equal");

        QJsonObject forward;
        forward.insert("B", "2");
        forward.insert("A", "1");
        forward.insert("Z", QJsonObject{{"y", 1}, {"x", 2}});
        QJsonObject backward;
        backward.insert("Z", QJsonObject{{"x", 2}, {"y", 1}});
        backward.insert("A", "1");
        backward.insert("B", "2");
        QTest::newRow("insertion order") << forward << backward << true;
        QTest::newRow("value changed")
            << QJsonObject{{"A", "1"}} << QJsonObject{{"A", "2"}} << false;
        QTest::newRow("string vs number")
            << QJsonObject{{"A", "1"}} << QJsonObject{{"A", 1}} << false;
        QTest::newRow("key changed") << QJsonObject{{"A", "1"}} << QJsonObject{{"a", "1"}} << false;
        QTest::newRow("extra key")
            << QJsonObject{{"A", "1"}} << QJsonObject{{"A", "1"}, {"B", QJsonValue::Null}} << false;
        QTest::newRow("array order matters") << QJsonObject{{"P", QJsonArray{"1", "2"}}}
                                             << QJsonObject{{"P", QJsonArray{"2", "1"}}} << false;
        QTest::newRow("unicode") << QJsonObject{{"N", QStringLiteral("Иванов")}}
                                 << QJsonObject{{"N", QStringLiteral("Иванов")}} << true;
    }

    void orderAndChanges()
    {
        QFETCH(QJsonObject, a);
        QFETCH(QJsonObject, b);
        QFETCH(bool, equal);
        QCOMPARE(payloadHash(a) == payloadHash(b), equal);
        QCOMPARE(payloadHash(a).size(), 40);
    }

    void dealDraftPayload_data()
    {
        QTest::addColumn<bool>("withStage");
        QTest::addColumn<QString>("stageId");
        QTest::newRow("no stage") << false << "";
        QTest::newRow("default pipeline") << true << "UC_NO40X0";
        QTest::newRow("pipeline C1") << true << "C1:WON";
    }

    void dealDraftPayload()
    {
        QFETCH(bool, withStage);
        QFETCH(QString, stageId);

        DealDraft d;
        d.key = DealKey(1, 12345);
        d.fields = QJsonObject{{"UF_CRM_IDENT_KEY", "F1_12345"}};
        if (withStage)
            d.stage = StageId::parse(stageId);
        const QJsonObject p = d.payload();
        QCOMPARE(p.contains(QLatin1String("STAGE_ID")), withStage);
        QCOMPARE(p.value(QLatin1String("STAGE_ID")).toString(), stageId);
        QCOMPARE(d.hash(), payloadHash(p));

        // The stage is part of what "payload changed" means.
        DealDraft other = d;
        other.stage = StageId::parse(u"NEW");
        QVERIFY(other.hash() != d.hash());
    }

    void contactDraft_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("phone") << "phone";
        QTest::newRow("birthday") << "birthday";
        QTest::newRow("name") << "name";
        QTest::newRow("branch") << "branch";
    }

    void contactDraft()
    {
        QFETCH(QString, field);
        ContactDraft a;
        a.branchId = 1;
        a.patientId = 777;
        a.lastName = QStringLiteral("Иванов");
        a.firstName = QStringLiteral("Иван");
        a.phoneE164 = QStringLiteral("+79161234567");
        QCOMPARE(a.patientIdValue(), QStringLiteral("777"));

        ContactDraft b = a;
        QCOMPARE(b.hash(), a.hash());
        if (field == QLatin1String("phone"))
            b.phoneE164 = QStringLiteral("+79161234568");
        else if (field == QLatin1String("birthday"))
            b.birthday = QDate(1985, 4, 12);
        else if (field == QLatin1String("name"))
            b.firstName = QStringLiteral("Иона");
        else
            b.branchId = 2;
        QVERIFY(b.hash() != a.hash());
        QVERIFY(!(b == a));
    }
};

QTEST_GUILESS_MAIN(TestDealDraft)
#include "testdealdraft.moc"
