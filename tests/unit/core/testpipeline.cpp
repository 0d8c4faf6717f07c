#include "core/pipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace identsync;

namespace {

// crm.status.list {"filter":{"ENTITY_ID":"DEAL_STAGE"}} of the reference portal, `result` only, in
// the portal's own order (not sorted), with the real row shape: SORT as a string, SEMANTICS
// null/"S"/"F", EXTRA.SEMANTICS spelled out.
const char *kDefaultStages = R"([
 {"ID":"1","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"NEW","NAME":"Новая","NAME_INIT":"Новая","SORT":"10","SYSTEM":"Y","CATEGORY_ID":null,"COLOR":"#39A8EF","SEMANTICS":null,"EXTRA":{"SEMANTICS":"process","COLOR":"#39A8EF"}},
 {"ID":"2","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"PREPARATION","NAME":"Подготовка документов","NAME_INIT":"Подготовка документов","SORT":"20","SYSTEM":"N","CATEGORY_ID":null,"COLOR":"#2FC6F6","SEMANTICS":null,"EXTRA":{"SEMANTICS":"process","COLOR":"#2FC6F6"}},
 {"ID":"3","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"PREPAYMENT_INVOICE","NAME":"Счёт на предоплату","NAME_INIT":"Счёт на предоплату","SORT":"30","SYSTEM":"N","CATEGORY_ID":null,"COLOR":"#55D0E0","SEMANTICS":null,"EXTRA":{"SEMANTICS":"process","COLOR":"#55D0E0"}},
 {"ID":"9","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"WON","NAME":"Сделка успешна","NAME_INIT":"Сделка успешна","SORT":"60","SYSTEM":"Y","CATEGORY_ID":null,"COLOR":"#7BD500","SEMANTICS":"S","EXTRA":{"SEMANTICS":"success","COLOR":"#7BD500"}},
 {"ID":"4","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"EXECUTING","NAME":"В работе","NAME_INIT":"В работе","SORT":"40","SYSTEM":"N","CATEGORY_ID":null,"COLOR":"#47E4C2","SEMANTICS":null,"EXTRA":{"SEMANTICS":"process","COLOR":"#47E4C2"}},
 {"ID":"5","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"FINAL_INVOICE","NAME":"Финальный счёт","NAME_INIT":"Финальный счёт","SORT":"50","SYSTEM":"N","CATEGORY_ID":null,"COLOR":"#FFA900","SEMANTICS":null,"EXTRA":{"SEMANTICS":"process","COLOR":"#FFA900"}},
 {"ID":"10","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"LOSE","NAME":"Сделка провалена","NAME_INIT":"Сделка провалена","SORT":"70","SYSTEM":"Y","CATEGORY_ID":null,"COLOR":"#FF5752","SEMANTICS":"F","EXTRA":{"SEMANTICS":"failure","COLOR":"#FF5752"}},
 {"ID":"11","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"APOLOGY","NAME":"Анализ причины провала","NAME_INIT":"Анализ причины провала","SORT":"80","SYSTEM":"N","CATEGORY_ID":null,"COLOR":"#FF5752","SEMANTICS":"F","EXTRA":{"SEMANTICS":"apology","COLOR":"#FF5752"}},
 {"ID":"31","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"UC_NO40X0","NAME":"Лечение","NAME_INIT":"","SORT":"25","SYSTEM":"N","CATEGORY_ID":null,"COLOR":"#1EC6FA","SEMANTICS":null,"EXTRA":{"SEMANTICS":"process","COLOR":"#1EC6FA"}}
])";

// Pipeline 1 as crm.status.list {"filter":{"ENTITY_ID":"DEAL_STAGE_1"}} returns it, plus a row of
// another dictionary that an unfiltered call would mix in.
const char *kPipelineOne = R"([
 {"ID":"40","ENTITY_ID":"DEAL_STAGE_1","STATUS_ID":"C1:NEW","NAME":"Первичная консультация","SORT":"10","SYSTEM":"Y","CATEGORY_ID":"1","SEMANTICS":null,"EXTRA":{"SEMANTICS":"process","COLOR":"#39A8EF"}},
 {"ID":"41","ENTITY_ID":"DEAL_STAGE_1","STATUS_ID":"C1:UC_KN8KFI","NAME":"Имплантация","SORT":"20","SYSTEM":"N","CATEGORY_ID":"1","SEMANTICS":null,"EXTRA":{"SEMANTICS":"process","COLOR":"#2FC6F6"}},
 {"ID":"42","ENTITY_ID":"DEAL_STAGE_1","STATUS_ID":"C1:WON","NAME":"Сделка успешна","SORT":"60","SYSTEM":"Y","CATEGORY_ID":"1","SEMANTICS":"S","EXTRA":{"SEMANTICS":"success","COLOR":"#7BD500"}},
 {"ID":"43","ENTITY_ID":"DEAL_STAGE_1","STATUS_ID":"C1:LOSE","NAME":"Сделка провалена","SORT":"70","SYSTEM":"Y","CATEGORY_ID":"1","SEMANTICS":"F","EXTRA":{"SEMANTICS":"failure","COLOR":"#FF5752"}},
 {"ID":"44","ENTITY_ID":"DEAL_STAGE_1","STATUS_ID":"C1:UC_REFUSED","NAME":"Отказ пациента","SORT":"80","SYSTEM":"N","CATEGORY_ID":"1","SEMANTICS":"F","EXTRA":{"SEMANTICS":"failure","COLOR":"#FF5752"}},
 {"ID":"1","ENTITY_ID":"DEAL_STAGE","STATUS_ID":"NEW","NAME":"Новая","SORT":"10","SYSTEM":"Y","CATEGORY_ID":null,"SEMANTICS":null,"EXTRA":{"SEMANTICS":"process","COLOR":"#39A8EF"}}
])";

QJsonArray arrayOf(const char *json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad fixture: %s", qPrintable(err.errorString()));
    return doc.array();
}

QStringList idsOf(const Pipeline &p)
{
    QStringList out;
    for (const StageInfo &s : p.stages())
        out << s.id.toString();
    return out;
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesReferencePortal()
    {
        QString error = QStringLiteral("stale");
        const Pipeline p = Pipeline::fromStatusList(0, arrayOf(kDefaultStages), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(p.categoryId(), 0);
        QCOMPARE(idsOf(p), (QStringList{"NEW", "PREPARATION", "UC_NO40X0", "PREPAYMENT_INVOICE",
                                        "EXECUTING", "FINAL_INVOICE", "WON", "LOSE", "APOLOGY"}));
        // The hand-written default is exactly what the reference portal reports.
        QCOMPARE(idsOf(Pipeline::defaultPipeline()), idsOf(p));
        for (const StageInfo &s : p.stages()) {
            QCOMPARE(Pipeline::defaultPipeline().sortOf(s.id), std::optional<int>(s.sort));
            QCOMPARE(Pipeline::defaultPipeline().isFinal(s.id), s.isFinal());
        }
        QCOMPARE(p.find(StageId::parse(u"UC_NO40X0"))->name, QStringLiteral("Лечение"));
        QCOMPARE(p.firstStage(), std::optional<StageId>(StageId::parse(u"NEW")));
    }

    void stageFacts_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("known");
        QTest::addColumn<bool>("final");
        QTest::addColumn<int>("sort");

        QTest::newRow("NEW") << 0 << "NEW" << true << false << 10;
        QTest::newRow("treatment") << 0 << "UC_NO40X0" << true << false << 25;
        QTest::newRow("PREPAYMENT_INVOICE") << 0 << "PREPAYMENT_INVOICE" << true << false << 30;
        QTest::newRow("WON success") << 0 << "WON" << true << true << 60;
        QTest::newRow("LOSE failure") << 0 << "LOSE" << true << true << 70;
        QTest::newRow("APOLOGY failure (apology)") << 0 << "APOLOGY" << true << true << 80;
        QTest::newRow("unknown stage") << 0 << "UC_ZZZ" << false << false << 0;
        QTest::newRow("C1 stage asked of pipeline 0") << 0 << "C1:NEW" << false << false << 0;
        QTest::newRow("C1:NEW") << 1 << "C1:NEW" << true << false << 10;
        QTest::newRow("C1 custom process") << 1 << "C1:UC_KN8KFI" << true << false << 20;
        QTest::newRow("C1:WON") << 1 << "C1:WON" << true << true << 60;
        QTest::newRow("C1 custom failure") << 1 << "C1:UC_REFUSED" << true << true << 80;
        QTest::newRow("bare NEW asked of pipeline 1") << 1 << "NEW" << false << false << 0;
    }

    void stageFacts()
    {
        QFETCH(int, category);
        QFETCH(QString, stage);
        QFETCH(bool, known);
        QFETCH(bool, final);
        QFETCH(int, sort);

        QString error;
        const Pipeline p = Pipeline::fromStatusList(
            category, arrayOf(category == 0 ? kDefaultStages : kPipelineOne), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const StageId id = StageId::parse(stage);
        QCOMPARE(p.contains(id), known);
        QCOMPARE(p.isFinal(id), final);
        QCOMPARE(p.sortOf(id).has_value(), known);
        if (known)
            QCOMPARE(*p.sortOf(id), sort);
    }

    void otherDictionaryRowsAreSkipped()
    {
        QString error;
        const Pipeline p = Pipeline::fromStatusList(1, arrayOf(kPipelineOne), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(idsOf(p),
                 (QStringList{"C1:NEW", "C1:UC_KN8KFI", "C1:WON", "C1:LOSE", "C1:UC_REFUSED"}));
    }

    // Row variations the portal (or crm.dealcategory.stage.list) may send.
    void rowVariants_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("semantics");

        QTest::newRow("numeric SORT") << 0 << R"({"STATUS_ID":"NEW","SORT":10})"
                                      << "NEW" << 10 << int(StageSemantics::Process);
        QTest::newRow("no ENTITY_ID, no SEMANTICS") << 0 << R"({"STATUS_ID":"X1","SORT":" 15 "})"
                                                    << "X1" << 15 << int(StageSemantics::Process);
        QTest::newRow("only EXTRA says failure")
            << 0
            << R"({"STATUS_ID":"X2","SORT":"90","SEMANTICS":null,"EXTRA":{"SEMANTICS":"failure"}})"
            << "X2" << 90 << int(StageSemantics::Failure);
        QTest::newRow("only EXTRA says apology")
            << 0 << R"({"STATUS_ID":"X3","SORT":"90","EXTRA":{"SEMANTICS":"apology"}})"
            << "X3" << 90 << int(StageSemantics::Failure);
        QTest::newRow("S wins over EXTRA process")
            << 0
            << R"({"STATUS_ID":"X4","SORT":"60","SEMANTICS":"S","EXTRA":{"SEMANTICS":"process"}})"
            << "X4" << 60 << int(StageSemantics::Success);
        QTest::newRow("empty SEMANTICS string")
            << 0 << R"({"STATUS_ID":"X5","SORT":"5","SEMANTICS":""})"
            << "X5" << 5 << int(StageSemantics::Process);
        QTest::newRow("bare id in pipeline 2")
            << 2 << R"({"STATUS_ID":"NEW","SORT":"10","NAME":"Новая"})"
            << "C2:NEW" << 10 << int(StageSemantics::Process);
        QTest::newRow("negative sort") << 0 << R"({"STATUS_ID":"X6","SORT":"-5"})"
                                       << "X6" << -5 << int(StageSemantics::Process);
    }

    void rowVariants()
    {
        QFETCH(int, category);
        QFETCH(QString, row);
        QFETCH(QString, id);
        QFETCH(int, sort);
        QFETCH(int, semantics);

        const QJsonArray rows{QJsonDocument::fromJson(row.toUtf8()).object()};
        QString error;
        const Pipeline p = Pipeline::fromStatusList(category, rows, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(p.stages().size(), 1);
        QCOMPARE(p.stages().first().id.toString(), id);
        QCOMPARE(p.stages().first().sort, sort);
        QCOMPARE(int(p.stages().first().semantics), semantics);
    }

    void malformed_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("empty list") << 0 << "[]"
                                    << "no stages";
        QTest::newRow("only other dictionaries")
            << 0 << R"([{"ENTITY_ID":"DEAL_STAGE_3","STATUS_ID":"C3:NEW","SORT":"10"}])"
            << "no stages";
        QTest::newRow("row not an object") << 0 << R"([{"STATUS_ID":"NEW","SORT":"10"}, 5])"
                                           << "row 1";
        QTest::newRow("missing STATUS_ID") << 0 << R"([{"SORT":"10"}])"
                                           << "STATUS_ID";
        QTest::newRow("numeric STATUS_ID") << 0 << R"([{"STATUS_ID":7,"SORT":"10"}])"
                                           << "STATUS_ID";
        QTest::newRow("SORT not a number") << 0 << R"([{"STATUS_ID":"NEW","SORT":"ten"}])"
                                           << "SORT";
        QTest::newRow("SORT missing") << 0 << R"([{"STATUS_ID":"NEW"}])"
                                      << "SORT";
        QTest::newRow("fractional SORT") << 0 << R"([{"STATUS_ID":"NEW","SORT":10.5}])"
                                         << "SORT";
        QTest::newRow("huge SORT") << 0 << R"([{"STATUS_ID":"NEW","SORT":1e300}])"
                                   << "SORT";
        QTest::newRow("unknown SEMANTICS")
            << 0 << R"([{"STATUS_ID":"NEW","SORT":"1","SEMANTICS":"X"}])"
            << "SEMANTICS";
        QTest::newRow("unknown EXTRA.SEMANTICS")
            << 0 << R"([{"STATUS_ID":"NEW","SORT":"1","EXTRA":{"SEMANTICS":"maybe"}}])"
            << "EXTRA.SEMANTICS";
        QTest::newRow("duplicate stage")
            << 0 << R"([{"STATUS_ID":"NEW","SORT":"1"},{"STATUS_ID":"NEW","SORT":"2"}])"
            << "twice";
        QTest::newRow("stage of another pipeline") << 1 << R"([{"STATUS_ID":"C2:NEW","SORT":"1"}])"
                                                   << "C2:NEW";
        QTest::newRow("prefixed stage asked as pipeline 0")
            << 0 << R"([{"STATUS_ID":"C1:NEW","SORT":"1"}])"
            << "pipeline 1";
    }

    void malformed()
    {
        QFETCH(int, category);
        QFETCH(QString, json);
        QFETCH(QString, mentions);

        QString error;
        const Pipeline p = Pipeline::fromStatusList(
            category, QJsonDocument::fromJson(json.toUtf8()).array(), &error);
        QVERIFY(p.isEmpty());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("DEAL_STAGE")), qPrintable(error));
        // A null error pointer is allowed.
        QVERIFY(Pipeline::fromStatusList(category, QJsonDocument::fromJson(json.toUtf8()).array(),
                                         nullptr)
                    .isEmpty());
    }

    void constructorSortsAndFilters()
    {
        const Pipeline p(2, {StageInfo{StageId(2, "B"), {}, 20, StageSemantics::Process},
                             StageInfo{StageId(3, "X"), {}, 5, StageSemantics::Process},
                             StageInfo{StageId(2, "A"), {}, 10, StageSemantics::Process},
                             StageInfo{StageId(2, "Z"), {}, 1, StageSemantics::Failure},
                             StageInfo{StageId(2, "C"), {}, 20, StageSemantics::Process}});
        QCOMPARE(idsOf(p), (QStringList{"C2:Z", "C2:A", "C2:B", "C2:C"}));
        // The first stage is the first *process* stage.
        QCOMPARE(p.firstStage(), std::optional<StageId>(StageId(2, "A")));
        QVERIFY(!Pipeline().firstStage().has_value());
    }

    void semanticsKeys()
    {
        QCOMPARE(toKey(StageSemantics::Process), QStringLiteral("process"));
        QCOMPARE(toKey(StageSemantics::Success), QStringLiteral("success"));
        QCOMPARE(toKey(StageSemantics::Failure), QStringLiteral("failure"));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "testpipeline.moc"
