#include "core/enums.h"
#include "core/pipeline.h"
#include "core/stagemapper.h"

#include <QtTest>

using namespace identsync;

namespace {

using OptStage = std::optional<StageId>;

StageId st(const char *full)
{
    return StageId::parse(QString::fromLatin1(full));
}

} // namespace

class TestStageMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SPEC §2.3 defaults, in the default pipeline and moved into pipeline C1 / C7.
    void defaults_data()
    {
        QTest::addColumn<ReceptionStatus>("status");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("dealExists");
        QTest::addColumn<OptStage>("expected");

        const OptStage keep;
        QTest::newRow("Запланирован -> NEW")
            << ReceptionStatus::Scheduled << 0 << true << OptStage(st("NEW"));
        QTest::newRow("Пациент пришел -> NEW")
            << ReceptionStatus::PatientArrived << 0 << true << OptStage(st("NEW"));
        QTest::newRow("В процессе -> treatment")
            << ReceptionStatus::InProgress << 0 << true << OptStage(st("UC_NO40X0"));
        QTest::newRow("Завершен keeps current") << ReceptionStatus::Completed << 0 << true << keep;
        QTest::newRow("Завершен on a new deal uses В процессе")
            << ReceptionStatus::Completed << 0 << false << OptStage(st("UC_NO40X0"));
        QTest::newRow("Завершен (счет выдан) -> WON")
            << ReceptionStatus::CompletedInvoiced << 0 << true << OptStage(st("WON"));
        QTest::newRow("Отменен -> LOSE")
            << ReceptionStatus::Cancelled << 0 << true << OptStage(st("LOSE"));
        QTest::newRow("new deal, Запланирован")
            << ReceptionStatus::Scheduled << 0 << false << OptStage(st("NEW"));

        QTest::newRow("C1: Запланирован -> C1:NEW")
            << ReceptionStatus::Scheduled << 1 << true << OptStage(st("C1:NEW"));
        QTest::newRow("C1: В процессе -> C1:UC_NO40X0")
            << ReceptionStatus::InProgress << 1 << true << OptStage(st("C1:UC_NO40X0"));
        QTest::newRow("C1: Завершен keeps") << ReceptionStatus::Completed << 1 << true << keep;
        QTest::newRow("C1: Завершен new deal")
            << ReceptionStatus::Completed << 1 << false << OptStage(st("C1:UC_NO40X0"));
        QTest::newRow("C1: Завершен (счет выдан) -> C1:WON")
            << ReceptionStatus::CompletedInvoiced << 1 << true << OptStage(st("C1:WON"));
        QTest::newRow("C7: Отменен -> C7:LOSE")
            << ReceptionStatus::Cancelled << 7 << false << OptStage(st("C7:LOSE"));
        QTest::newRow("Count sentinel goes to the default stage")
            << ReceptionStatus::Count << 0 << true << OptStage(st("NEW"));
    }

    void defaults()
    {
        QFETCH(ReceptionStatus, status);
        QFETCH(int, category);
        QFETCH(bool, dealExists);
        QFETCH(OptStage, expected);

        const StageMapper mapper;
        const OptStage got = mapper.target(status, category, dealExists);
        QCOMPARE(got.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(got->toString(), expected->toString());
    }

    // Unmapped statuses go to the default stage; "keep" on a new deal falls back to В процессе,
    // then to the default stage when В процессе keeps too or is unmapped.
    void fallbacks_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<ReceptionStatus>("status");
        QTest::addColumn<bool>("dealExists");
        QTest::addColumn<OptStage>("expected");

        QTest::newRow("unmapped -> default")
            << "Отменен:LOSE, default:PREPARATION" << ReceptionStatus::Scheduled << true
            << OptStage(st("PREPARATION"));
        QTest::newRow("unmapped, implicit default NEW")
            << "Отменен:LOSE" << ReceptionStatus::InProgress << true << OptStage(st("NEW"));
        QTest::newRow("keep on new deal, В процессе mapped")
            << "Завершен:keep, В процессе:EXECUTING" << ReceptionStatus::Completed << false
            << OptStage(st("EXECUTING"));
        QTest::newRow("keep on new deal, В процессе keeps too")
            << "Завершен:keep, В процессе:keep, default:PREPARATION" << ReceptionStatus::Completed
            << false << OptStage(st("PREPARATION"));
        QTest::newRow("keep on new deal, В процессе unmapped")
            << "Завершен:keep, default:UC_ABC123" << ReceptionStatus::Completed << false
            << OptStage(st("UC_ABC123"));
        QTest::newRow("keep on existing deal")
            << "Завершен:keep" << ReceptionStatus::Completed << true << OptStage();
        QTest::newRow("В процессе keeps on existing deal")
            << "В процессе:keep" << ReceptionStatus::InProgress << true << OptStage();
    }

    void fallbacks()
    {
        QFETCH(QString, config);
        QFETCH(ReceptionStatus, status);
        QFETCH(bool, dealExists);
        QFETCH(OptStage, expected);

        QString error;
        const auto parsed = StageMappingConfig::parse(config, &error);
        QVERIFY2(parsed, qPrintable(error));
        const OptStage got = StageMapper(*parsed).target(status, 0, dealExists);
        QCOMPARE(got.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(got->toString(), expected->toString());
    }

    void parseGood_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ReceptionStatus>("status");
        QTest::addColumn<QString>("target"); // "keep" or a local id

        QTest::newRow("replaced product's notation")
            << "Запланирован:NEW, Пациент пришел:NEW, В процессе:UC_NO40X0, Завершен:keep"
            << ReceptionStatus::InProgress << "UC_NO40X0";
        QTest::newRow("keep") << "Завершен:keep" << ReceptionStatus::Completed << "keep";
        QTest::newRow("keep current, any case")
            << "Завершен: Keep Current" << ReceptionStatus::Completed << "keep";
        QTest::newRow("status with brackets")
            << "Завершен (счет выдан):WON" << ReceptionStatus::CompletedInvoiced << "WON";
        QTest::newRow("ё spelling")
            << "Завершён (счёт выдан):WON" << ReceptionStatus::CompletedInvoiced << "WON";
        QTest::newRow("lower case status")
            << "отменен:LOSE" << ReceptionStatus::Cancelled << "LOSE";
        QTest::newRow("snake key")
            << "patient_arrived:PREPARATION" << ReceptionStatus::PatientArrived << "PREPARATION";
        QTest::newRow("semicolons and new lines") << "Запланирован:NEW;\nОтменен : LOSE ;\n"
                                                  << ReceptionStatus::Cancelled << "LOSE";
        QTest::newRow("trailing comma") << "Отменен:LOSE," << ReceptionStatus::Cancelled << "LOSE";
    }

    void parseGood()
    {
        QFETCH(QString, text);
        QFETCH(ReceptionStatus, status);
        QFETCH(QString, target);

        QString error = QStringLiteral("stale");
        const auto c = StageMappingConfig::parse(text, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(c->targets.contains(status));
        const auto t = c->targets.value(status);
        if (target == QLatin1String("keep"))
            QVERIFY(!t.has_value());
        else
            QCOMPARE(t->toString(), target);
    }

    void parseBad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("entry"); // the entry the message must name
        QTest::addColumn<QString>("hint");  // and a word of what to do

        QTest::newRow("no colon") << "Запланирован:NEW, Отменен LOSE"
                                  << "Отменен LOSE"
                                  << "STATUS:STAGE";
        QTest::newRow("unknown status") << "Запланирован:NEW, Закрыт:LOSE"
                                        << "Закрыт:LOSE"
                                        << "Запланирован";
        QTest::newRow("empty stage") << "Отменен:"
                                     << "Отменен:"
                                     << "keep";
        QTest::newRow("prefixed stage") << "Отменен:C1:LOSE"
                                        << "Отменен:C1:LOSE"
                                        << "prefix";
        QTest::newRow("stage with space") << "Отменен:LO SE"
                                          << "Отменен:LO SE"
                                          << "letters";
        QTest::newRow("status twice") << "Отменен:LOSE, отменен:APOLOGY"
                                      << "отменен:APOLOGY"
                                      << "twice";
        QTest::newRow("default keep") << "default:keep"
                                      << "default:keep"
                                      << "stage id";
        QTest::newRow("default twice") << "default:NEW, *:LOSE"
                                       << "*:LOSE"
                                       << "twice";
        QTest::newRow("Count is not a status") << "count:NEW"
                                               << "count:NEW"
                                               << "Отменен";
    }

    void parseBad()
    {
        QFETCH(QString, text);
        QFETCH(QString, entry);
        QFETCH(QString, hint);

        QString error;
        QVERIFY(!StageMappingConfig::parse(text, &error).has_value());
        QVERIFY2(error.contains(QLatin1Char('"') + entry + QLatin1Char('"')), qPrintable(error));
        QVERIFY2(error.contains(hint), qPrintable(error));
        QVERIFY(!StageMappingConfig::parse(text, nullptr).has_value());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("defaults") << StageMappingConfig::defaults().toString();
        QTest::newRow("custom") << "Отменен:APOLOGY, Завершен:keep, default:PREPARATION";
        QTest::newRow("empty") << "";
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        const auto a = StageMappingConfig::parse(text, nullptr);
        QVERIFY(a);
        const auto b = StageMappingConfig::parse(a->toString(), nullptr);
        QVERIFY(b);
        QCOMPARE(a->toString(), b->toString());
        QVERIFY(*a == *b);
    }

    void defaultsMatchTheirText()
    {
        const QString text = QStringLiteral(
            "Запланирован:NEW, Пациент пришел:NEW, В процессе:UC_NO40X0, Завершен:keep, "
            "Завершен (счет выдан):WON, Отменен:LOSE");
        const auto parsed = StageMappingConfig::parse(text, nullptr);
        QVERIFY(parsed);
        QVERIFY(*parsed == StageMappingConfig::defaults());
    }

    // Stages the mapping may write must exist in every pipeline it is applied to.
    void validateAgainstPipeline_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QStringList>("missing");

        QTest::newRow("defaults fit the reference portal") << QString() << QStringList();
        QTest::newRow("unknown mapped stage")
            << "Запланирован:NEW, Отменен:UC_GONE, Завершен:keep" << QStringList{"UC_GONE"};
        QTest::newRow("unknown default stage")
            << "Отменен:LOSE, default:UC_NOPE" << QStringList{"UC_NOPE"};
        QTest::newRow("keep is never missing") << "Завершен:keep" << QStringList();
    }

    void validateAgainstPipeline()
    {
        QFETCH(QString, config);
        QFETCH(QStringList, missing);

        const StageMappingConfig c = config.isNull() ? StageMappingConfig::defaults()
                                                     : *StageMappingConfig::parse(config, nullptr);
        const QStringList problems = StageMapper(c).validate(Pipeline::defaultPipeline());
        QCOMPARE(problems.size(), missing.size());
        for (int i = 0; i < missing.size(); ++i)
            QVERIFY2(problems.at(i).contains(missing.at(i)), qPrintable(problems.at(i)));
    }

    // Pipeline C1 without the reference portal's treatment stage: the default mapping must be
    // reported, naming the stage in that pipeline's spelling.
    void validateOtherPipeline()
    {
        QList<StageInfo> stages;
        stages << StageInfo{st("C1:NEW"), QStringLiteral("Новая"), 10, StageSemantics::Process}
               << StageInfo{st("C1:WON"), QStringLiteral("Успех"), 60, StageSemantics::Success}
               << StageInfo{st("C1:LOSE"), QStringLiteral("Провал"), 70, StageSemantics::Failure};
        const QStringList problems = StageMapper().validate(Pipeline(1, stages));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("C1:UC_NO40X0")),
                 qPrintable(problems.first()));
        QVERIFY(problems.first().contains(QStringLiteral("В процессе")));
    }
};

QTEST_GUILESS_MAIN(TestStageMapper)
#include "teststagemapper.moc"
