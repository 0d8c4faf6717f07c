#include "core/dealkey.h"
#include "core/enums.h"
#include "core/reception.h"
#include "core/stageid.h"

#include <QtTest>

using namespace identsync;

class TestDealKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("branch");
        QTest::addColumn<qint64>("reception");

        QTest::newRow("replaced product's key") << "F1_12345" << true << 1 << qint64(12345);
        QTest::newRow("branch ten") << "F10_7" << true << 10 << qint64(7);
        QTest::newRow("branch zero") << "F0_1" << true << 0 << qint64(1);
        QTest::newRow("big reception id")
            << "F2_9007199254740" << true << 2 << qint64(9007199254740);
        QTest::newRow("surrounding spaces") << "  F3_44 " << true << 3 << qint64(44);
        QTest::newRow("lower-case f") << "f1_5" << false << 0 << qint64(0);
        QTest::newRow("no underscore") << "F15" << false << 0 << qint64(0);
        QTest::newRow("empty") << "" << false << 0 << qint64(0);
        QTest::newRow("leading zero branch") << "F01_5" << false << 0 << qint64(0);
        QTest::newRow("leading zero id") << "F1_05" << false << 0 << qint64(0);
        QTest::newRow("negative id") << "F1_-5" << false << 0 << qint64(0);
        QTest::newRow("zero id") << "F1_0" << false << 0 << qint64(0);
        QTest::newRow("plus sign") << "F+1_5" << false << 0 << qint64(0);
        QTest::newRow("trailing garbage") << "F1_5x" << false << 0 << qint64(0);
        QTest::newRow("two underscores") << "F1_5_6" << false << 0 << qint64(0);
        QTest::newRow("too long") << "F1_1234567890123456789" << false << 0 << qint64(0);
        QTest::newRow("arabic-indic digits")
            << QString::fromUtf8("F١_٥") << false << 0 << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, branch);
        QFETCH(qint64, reception);

        const auto key = DealKey::parse(text);
        QCOMPARE(key.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(key->branchId(), branch);
        QCOMPARE(key->receptionId(), reception);
        QVERIFY(key->isValid());
        QCOMPARE(DealKey::parse(key->toString()), key);
        QCOMPARE(key->toString(), text.trimmed());
    }

    void formatInvalidIsEmpty()
    {
        QVERIFY(DealKey().toString().isEmpty());
        QVERIFY(!DealKey().isValid());
        Reception r;
        r.branchId = 4;
        r.id = 99;
        QCOMPARE(r.key().toString(), QStringLiteral("F4_99"));
    }

    void stageId_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("local");

        QTest::newRow("default pipeline") << "NEW" << 0 << "NEW";
        QTest::newRow("treatment stage") << "UC_NO40X0" << 0 << "UC_NO40X0";
        QTest::newRow("pipeline 1") << "C1:NEW" << 1 << "NEW";
        QTest::newRow("pipeline 12 custom") << "C12:UC_KN8KFI" << 12 << "UC_KN8KFI";
        QTest::newRow("C0 is not a prefix") << "C0:NEW" << 0 << "C0:NEW";
        QTest::newRow("stage named CLOSED") << "CLOSED" << 0 << "CLOSED";
        QTest::newRow("bad number") << "Cx:NEW" << 0 << "Cx:NEW";
    }

    void stageId()
    {
        QFETCH(QString, full);
        QFETCH(int, category);
        QFETCH(QString, local);
        const StageId s = StageId::parse(full);
        QCOMPARE(s.categoryId(), category);
        QCOMPARE(s.localId(), local);
        QCOMPARE(s.toString(), full);
        QCOMPARE(StageId::parse(s.toString()), s);
    }

    void stageIdMovesPipelines()
    {
        QCOMPARE(StageId::parse(u"WON").inCategory(3).toString(), QStringLiteral("C3:WON"));
        QCOMPARE(StageId::parse(u"C3:WON").inCategory(0).toString(), QStringLiteral("WON"));
    }

    void enumKeysRoundTrip()
    {
        QCOMPARE(toKey(ErrorClass::RateLimited), QStringLiteral("rate_limited"));
        QCOMPARE(toKey(JobState::NeedsAttention), QStringLiteral("needs_attention"));
        QCOMPARE(toKey(JobState::InFlight), QStringLiteral("in_flight"));
        QCOMPARE(toKey(StageReason::RegressionBlocked), QStringLiteral("regression_blocked"));
        for (int i = 0; i < enumCount<ErrorClass>(); ++i)
            QCOMPARE(enumFromKey<ErrorClass>(toKey(ErrorClass(i))), ErrorClass(i));
        for (int i = 0; i < enumCount<JobState>(); ++i)
            QCOMPARE(enumFromKey<JobState>(toKey(JobState(i))), JobState(i));
        for (int i = 0; i < enumCount<StageReason>(); ++i)
            QCOMPARE(enumFromKey<StageReason>(toKey(StageReason(i))), StageReason(i));
        QVERIFY(!enumFromKey<JobState>(u"count").has_value());
        QVERIFY(!enumFromKey<JobState>(u"bogus").has_value());
    }

    void statusTexts()
    {
        for (int i = 0; i < enumCount<ReceptionStatus>(); ++i) {
            const auto s = ReceptionStatus(i);
            QVERIFY(!statusText(s).isEmpty());
            QCOMPARE(statusFromText(statusText(s)), s);
        }
        QCOMPARE(statusFromText(u" завершен (СЧЕТ выдан) "), ReceptionStatus::CompletedInvoiced);
        QVERIFY(!statusFromText(u"Неизвестно").has_value());
    }

    void changeTimeIsNewestColumn()
    {
        Reception r;
        QVERIFY(!r.changeTime().isValid());
        const QDateTime base(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        r.dateTimeAdded = base;
        r.dateTimeChanged = base.addSecs(60);
        QCOMPARE(r.changeTime(), base.addSecs(60));
        r.checkIssued = base.addSecs(600);
        QCOMPARE(r.changeTime(), base.addSecs(600));
        r.billFormed = base.addSecs(900);
        QCOMPARE(r.changeTime(), base.addSecs(900));
    }
};

QTEST_GUILESS_MAIN(TestDealKey)
#include "testdealkey.moc"
