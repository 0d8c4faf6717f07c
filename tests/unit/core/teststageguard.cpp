#include "core/enums.h"
#include "core/pipeline.h"
#include "core/stageguard.h"
#include "core/stagemapper.h"

#include <QtTest>

using namespace identsync;

namespace {

using OptStage = std::optional<StageId>;

StageId st(const QString &full)
{
    return StageId::parse(full);
}
OptStage opt(const char *full)
{
    return st(QString::fromLatin1(full));
}

// The reference portal's default pipeline and a second pipeline C1 with a custom final stage.
Pipeline pipelineOf(int category)
{
    if (category == 0)
        return Pipeline::defaultPipeline();
    auto s = [category](const char *local, int sort, StageSemantics sem) {
        return StageInfo{StageId(category, QString::fromLatin1(local)), QString(), sort, sem};
    };
    return Pipeline(category, {
                                  s("NEW", 10, StageSemantics::Process),
                                  s("UC_NO40X0", 20, StageSemantics::Process),
                                  s("PREPAYMENT_INVOICE", 30, StageSemantics::Process),
                                  s("EXECUTING", 40, StageSemantics::Process),
                                  s("WON", 60, StageSemantics::Success),
                                  s("LOSE", 70, StageSemantics::Failure),
                                  s("UC_REFUSED", 80, StageSemantics::Failure),
                              });
}

// "" = no deal yet, "?" = the deal could not be read, anything else = its current stage.
CurrentStage currentOf(const QString &text, const QString &reported)
{
    if (text.isEmpty())
        return CurrentStage::noDeal();
    if (text == QLatin1String("?"))
        return CurrentStage::unknown();
    return CurrentStage::known(st(text), CurrentStage::semanticsFromCode(reported));
}

} // namespace

class TestStageGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<OptStage>("target"); // nullopt = keep current
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("reported"); // STAGE_SEMANTIC_ID of the read, if any
        QTest::addColumn<bool>("noRegression");
        QTest::addColumn<WriteScope>("scope");
        QTest::addColumn<StageReason>("reason");
        QTest::addColumn<OptStage>("written");
        QTest::addColumn<OptStage>("to");

        const OptStage none;
        const QString noSem;

        // Normal stages: full update including the stage.
        QTest::newRow("NEW -> treatment")
            << 0 << opt("UC_NO40X0") << "NEW" << noSem << true << WriteScope::Full
            << StageReason::Mapped << opt("UC_NO40X0") << opt("UC_NO40X0");
        QTest::newRow("treatment -> WON")
            << 0 << opt("WON") << "UC_NO40X0" << noSem << true << WriteScope::Full
            << StageReason::Mapped << opt("WON") << opt("WON");
        QTest::newRow("PREPARATION -> LOSE")
            << 0 << opt("LOSE") << "PREPARATION" << noSem << true << WriteScope::Full
            << StageReason::Mapped << opt("LOSE") << opt("LOSE");
        QTest::newRow("already there")
            << 0 << opt("NEW") << "NEW" << noSem << true << WriteScope::Full << StageReason::Mapped
            << opt("NEW") << opt("NEW");

        // Keep current.
        QTest::newRow("keep in treatment")
            << 0 << none << "UC_NO40X0" << noSem << true << WriteScope::FieldsOnly
            << StageReason::Kept << none << opt("UC_NO40X0");

        // Final stages: only the key.
        QTest::newRow("WON gets only the key")
            << 0 << opt("NEW") << "WON" << noSem << true << WriteScope::KeyOnly
            << StageReason::Final << none << opt("WON");
        QTest::newRow("LOSE gets only the key")
            << 0 << opt("UC_NO40X0") << "LOSE" << noSem << true << WriteScope::KeyOnly
            << StageReason::Final << none << opt("LOSE");
        QTest::newRow("WON stays closed on keep")
            << 0 << none << "WON" << noSem << true << WriteScope::KeyOnly << StageReason::Final
            << none << opt("WON");
        QTest::newRow("LOSE is not reopened to WON")
            << 0 << opt("WON") << "LOSE" << noSem << false << WriteScope::KeyOnly
            << StageReason::Final << none << opt("LOSE");
        // APOLOGY is a failure stage and on the default protected list: final wins.
        QTest::newRow("APOLOGY: final wins over protected")
            << 0 << opt("NEW") << "APOLOGY" << noSem << true << WriteScope::KeyOnly
            << StageReason::Final << none << opt("APOLOGY");

        // Protected stages: fields, no stage.
        QTest::newRow("auto-bound deal in PREPAYMENT_INVOICE")
            << 0 << opt("UC_NO40X0") << "PREPAYMENT_INVOICE" << noSem << true
            << WriteScope::FieldsOnly << StageReason::Protected << none
            << opt("PREPAYMENT_INVOICE");
        QTest::newRow("FINAL_INVOICE not moved to WON")
            << 0 << opt("WON") << "FINAL_INVOICE" << noSem << true << WriteScope::FieldsOnly
            << StageReason::Protected << none << opt("FINAL_INVOICE");
        QTest::newRow("EXECUTING, regression off")
            << 0 << opt("NEW") << "EXECUTING" << noSem << false << WriteScope::FieldsOnly
            << StageReason::Protected << none << opt("EXECUTING");

        // Unknown current stage: never write blind.
        QTest::newRow("unknown current")
            << 0 << opt("WON") << "?" << noSem << true << WriteScope::Nothing
            << StageReason::CurrentUnknown << none << none;
        QTest::newRow("unknown current, keep")
            << 0 << none << "?" << noSem << true << WriteScope::Nothing
            << StageReason::CurrentUnknown << none << none;

        // No regression.
        QTest::newRow("treatment -> NEW blocked")
            << 0 << opt("NEW") << "UC_NO40X0" << noSem << true << WriteScope::FieldsOnly
            << StageReason::RegressionBlocked << none << opt("UC_NO40X0");
        QTest::newRow("PREPARATION -> NEW blocked")
            << 0 << opt("NEW") << "PREPARATION" << noSem << true << WriteScope::FieldsOnly
            << StageReason::RegressionBlocked << none << opt("PREPARATION");
        QTest::newRow("treatment -> NEW allowed when the option is off")
            << 0 << opt("NEW") << "UC_NO40X0" << noSem << false << WriteScope::Full
            << StageReason::Mapped << opt("NEW") << opt("NEW");

        // Creating a deal.
        QTest::newRow("create in NEW") << 0 << opt("NEW") << "" << noSem << true << WriteScope::Full
                                       << StageReason::Mapped << opt("NEW") << opt("NEW");
        QTest::newRow("create already invoiced")
            << 0 << opt("WON") << "" << noSem << true << WriteScope::Full << StageReason::Mapped
            << opt("WON") << opt("WON");
        QTest::newRow("create with keep starts in the first stage")
            << 0 << none << "" << noSem << true << WriteScope::Full << StageReason::Mapped
            << opt("NEW") << opt("NEW");
        QTest::newRow("create with a stage the pipeline lacks")
            << 0 << opt("UC_GONE") << "" << noSem << true << WriteScope::Full << StageReason::Mapped
            << opt("NEW") << opt("NEW");

        // A stage unknown to our copy of the pipeline (added on the portal since we loaded it).
        QTest::newRow("current custom stage unknown to us")
            << 0 << opt("WON") << "UC_NEWSTAGE" << noSem << true << WriteScope::Nothing
            << StageReason::CurrentUnknown << none << opt("UC_NEWSTAGE");
        QTest::newRow("current unknown stage, deal says it is closed")
            << 0 << opt("NEW") << "UC_NEWSTAGE"
            << "F" << true << WriteScope::KeyOnly << StageReason::Final << none
            << opt("UC_NEWSTAGE");
        QTest::newRow("current unknown stage, deal says won")
            << 0 << opt("NEW") << "UC_NEWSTAGE"
            << "S" << true << WriteScope::KeyOnly << StageReason::Final << none
            << opt("UC_NEWSTAGE");
        QTest::newRow("current unknown stage, deal says in progress")
            << 0 << opt("NEW") << "UC_NEWSTAGE"
            << "P" << true << WriteScope::Nothing << StageReason::CurrentUnknown << none
            << opt("UC_NEWSTAGE");
        QTest::newRow("known process stage, deal says lost: closed")
            << 0 << opt("WON") << "NEW"
            << "F" << true << WriteScope::KeyOnly << StageReason::Final << none << opt("NEW");
        QTest::newRow("mapped stage unknown to the pipeline")
            << 0 << opt("UC_GONE") << "NEW" << noSem << true << WriteScope::FieldsOnly
            << StageReason::Kept << none << opt("NEW");
        QTest::newRow("deal in another pipeline than the one given")
            << 0 << opt("WON") << "C1:NEW" << noSem << true << WriteScope::Nothing
            << StageReason::CurrentUnknown << none << opt("C1:NEW");

        // Pipeline C1.
        QTest::newRow("C1: NEW -> treatment")
            << 1 << opt("C1:UC_NO40X0") << "C1:NEW" << noSem << true << WriteScope::Full
            << StageReason::Mapped << opt("C1:UC_NO40X0") << opt("C1:UC_NO40X0");
        QTest::newRow("C1: WON only the key")
            << 1 << opt("C1:NEW") << "C1:WON" << noSem << true << WriteScope::KeyOnly
            << StageReason::Final << none << opt("C1:WON");
        QTest::newRow("C1: custom failure stage is final")
            << 1 << opt("C1:NEW") << "C1:UC_REFUSED" << noSem << true << WriteScope::KeyOnly
            << StageReason::Final << none << opt("C1:UC_REFUSED");
        QTest::newRow("C1: protected by local id")
            << 1 << opt("C1:WON") << "C1:PREPAYMENT_INVOICE" << noSem << true
            << WriteScope::FieldsOnly << StageReason::Protected << none
            << opt("C1:PREPAYMENT_INVOICE");
        QTest::newRow("C1: regression blocked")
            << 1 << opt("C1:NEW") << "C1:UC_NO40X0" << noSem << true << WriteScope::FieldsOnly
            << StageReason::RegressionBlocked << none << opt("C1:UC_NO40X0");
        QTest::newRow("C1: target of the default pipeline is not in C1")
            << 1 << opt("UC_NO40X0") << "C1:NEW" << noSem << true << WriteScope::FieldsOnly
            << StageReason::Kept << none << opt("C1:NEW");
        QTest::newRow("C1: create") << 1 << opt("C1:NEW") << "" << noSem << true << WriteScope::Full
                                    << StageReason::Mapped << opt("C1:NEW") << opt("C1:NEW");
    }

    void decide()
    {
        QFETCH(int, category);
        QFETCH(OptStage, target);
        QFETCH(QString, current);
        QFETCH(QString, reported);
        QFETCH(bool, noRegression);
        QFETCH(WriteScope, scope);
        QFETCH(StageReason, reason);
        QFETCH(OptStage, written);
        QFETCH(OptStage, to);

        StageGuardConfig config;
        config.noRegression = noRegression;
        const CurrentStage cur = currentOf(current, reported);
        const StageDecision d = StageGuard(config).decide(target, cur, pipelineOf(category));

        QCOMPARE(toKey(d.scope), toKey(scope));
        QCOMPARE(toKey(d.reason), toKey(reason));
        QCOMPARE(d.stageToWrite, written);
        QCOMPARE(d.writesStage(), written.has_value());
        QCOMPARE(d.to, to);
        // from is the current stage whenever it was read
        if (cur.kind() == CurrentStage::Kind::Known)
            QCOMPARE(d.from, OptStage(cur.stage()));
        else
            QVERIFY(!d.from.has_value());
        QVERIFY(!d.explanation.isEmpty());
        // Only a full write carries a stage; a stage is never written to a closed deal.
        QCOMPARE(d.stageToWrite.has_value(), d.scope == WriteScope::Full && written.has_value());
    }

    // The seed scenario end to end through mapper and guard: В процессе moves the deal to the
    // treatment stage, Завершен leaves it there, Завершен (счет выдан) closes it as WON, and
    // once WON a late Отменен writes nothing but the key.
    void seedProgression_data()
    {
        QTest::addColumn<int>("category");
        QTest::newRow("default pipeline") << 0;
        QTest::newRow("pipeline C1") << 1;
    }

    void seedProgression()
    {
        QFETCH(int, category);
        const StageMapper mapper;
        const StageGuard guard;
        const Pipeline pipeline = pipelineOf(category);
        auto at = [category](const char *local) {
            return StageId(category, QString::fromLatin1(local));
        };

        // Created while scheduled.
        StageDecision d = guard.decide(mapper.target(ReceptionStatus::Scheduled, category, false),
                                       CurrentStage::noDeal(), pipeline);
        QCOMPARE(d.scope, WriteScope::Full);
        QCOMPARE(d.to, OptStage(at("NEW")));
        StageId stage = *d.to;

        d = guard.decide(mapper.target(ReceptionStatus::InProgress, category, true),
                         CurrentStage::known(stage), pipeline);
        QCOMPARE(d.scope, WriteScope::Full);
        QCOMPARE(d.stageToWrite, OptStage(at("UC_NO40X0")));
        stage = *d.to;

        d = guard.decide(mapper.target(ReceptionStatus::Completed, category, true),
                         CurrentStage::known(stage), pipeline);
        QCOMPARE(d.scope, WriteScope::FieldsOnly);
        QCOMPARE(d.reason, StageReason::Kept);
        QVERIFY(!d.stageToWrite.has_value());
        QCOMPARE(d.to, OptStage(at("UC_NO40X0")));

        d = guard.decide(mapper.target(ReceptionStatus::CompletedInvoiced, category, true),
                         CurrentStage::known(stage), pipeline);
        QCOMPARE(d.scope, WriteScope::Full);
        QCOMPARE(d.stageToWrite, OptStage(at("WON")));
        stage = *d.to;

        d = guard.decide(mapper.target(ReceptionStatus::Cancelled, category, true),
                         CurrentStage::known(stage), pipeline);
        QCOMPARE(d.scope, WriteScope::KeyOnly);
        QCOMPARE(d.reason, StageReason::Final);
        QVERIFY(!d.stageToWrite.has_value());
    }

    // Every status against every current stage of the default pipeline: a final stage only
    // ever gets the key, a protected one never gets a stage, and nothing moves backwards.
    void invariantsOverAllCombinations_data()
    {
        QTest::addColumn<ReceptionStatus>("status");
        for (int i = 0; i < enumCount<ReceptionStatus>(); ++i) {
            const auto s = static_cast<ReceptionStatus>(i);
            QTest::newRow(qPrintable(toKey(s))) << s;
        }
    }

    void invariantsOverAllCombinations()
    {
        QFETCH(ReceptionStatus, status);
        const Pipeline pipeline = Pipeline::defaultPipeline();
        const StageGuard guard;
        const auto target = StageMapper().target(status, 0, true);
        for (const StageInfo &cur : pipeline.stages()) {
            const StageDecision d = guard.decide(target, CurrentStage::known(cur.id), pipeline);
            if (cur.isFinal()) {
                QCOMPARE(d.scope, WriteScope::KeyOnly);
                continue;
            }
            if (guard.isProtected(cur.id)) {
                QCOMPARE(d.scope, WriteScope::FieldsOnly);
                continue;
            }
            QVERIFY(d.scope == WriteScope::Full || d.scope == WriteScope::FieldsOnly);
            if (d.stageToWrite)
                QVERIFY(*pipeline.sortOf(*d.stageToWrite) >= cur.sort);
        }
    }

    void protectedSet_data()
    {
        QTest::addColumn<QStringList>("protectedStages");
        QTest::addColumn<QString>("current");
        QTest::addColumn<bool>("isProtected");

        const QStringList defaults = StageGuardConfig().protectedStages.values();
        QTest::newRow("default PREPAYMENT_INVOICE") << defaults << "PREPAYMENT_INVOICE" << true;
        QTest::newRow("default EXECUTING in C3") << defaults << "C3:EXECUTING" << true;
        QTest::newRow("default NEW") << defaults << "NEW" << false;
        QTest::newRow("custom stage") << QStringList{"UC_NO40X0"} << "UC_NO40X0" << true;
        QTest::newRow("full id protects one pipeline only")
            << QStringList{"C2:UC_X"} << "C2:UC_X" << true;
        QTest::newRow("full id does not protect another pipeline")
            << QStringList{"C2:UC_X"} << "C3:UC_X" << false;
        QTest::newRow("emptied list") << QStringList() << "EXECUTING" << false;
    }

    void protectedSet()
    {
        QFETCH(QStringList, protectedStages);
        QFETCH(QString, current);
        QFETCH(bool, isProtected);
        StageGuardConfig c;
        c.protectedStages = QSet<QString>(protectedStages.cbegin(), protectedStages.cend());
        QCOMPARE(StageGuard(c).isProtected(st(current)), isProtected);
    }

    void defaultConfig()
    {
        const StageGuardConfig c;
        QVERIFY(c.noRegression);
        QCOMPARE(c.protectedStages,
                 (QSet<QString>{"PREPAYMENT_INVOICE", "FINAL_INVOICE", "EXECUTING", "APOLOGY"}));
    }

    void semanticsCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("semantics"); // -1 = not reported
        QTest::newRow("P") << "P" << int(StageSemantics::Process);
        QTest::newRow("S") << "S" << int(StageSemantics::Success);
        QTest::newRow("F") << "F" << int(StageSemantics::Failure);
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("lower-case") << "s" << -1;
        QTest::newRow("garbage") << "WON" << -1;
    }

    void semanticsCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, semantics);
        const auto s = CurrentStage::semanticsFromCode(code);
        QCOMPARE(s.has_value(), semantics >= 0);
        if (s)
            QCOMPARE(int(*s), semantics);
    }

    void scopeKeys()
    {
        QCOMPARE(toKey(WriteScope::Nothing), QStringLiteral("nothing"));
        QCOMPARE(toKey(WriteScope::KeyOnly), QStringLiteral("key_only"));
        QCOMPARE(toKey(WriteScope::FieldsOnly), QStringLiteral("fields_only"));
        QCOMPARE(toKey(WriteScope::Full), QStringLiteral("full"));
        QCOMPARE(CurrentStage().kind(), CurrentStage::Kind::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestStageGuard)
#include "teststageguard.moc"
