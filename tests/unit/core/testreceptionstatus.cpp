#include "core/receptionstatus.h"

#include <QtTest>

using namespace identsync;

namespace {

// Which IDENT event columns are filled in a test row.
enum Event : unsigned
{
    Canceled = 1u << 0, // ReceptionCanceled
    ReasonId = 1u << 1, // ID_ReceptionCancelReasons
    Check = 1u << 2,    // CheckIssued
    Ended = 1u << 3,    // ReceptionEnded
    Started = 1u << 4,  // ReceptionStarted
    Appeared = 1u << 5, // PatientAppeared
};

Reception receptionWith(unsigned events, const QString &reason = {})
{
    const QDateTime t(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    Reception r;
    r.branchId = 1;
    r.id = 42;
    r.planStart = t;
    r.planEnd = t.addSecs(1800);
    if (events & Canceled)
        r.receptionCanceled = t.addSecs(-3600);
    if (events & ReasonId)
        r.cancelReasonId = 3;
    // Event times deliberately out of natural order: only presence matters, never the clock.
    if (events & Check)
        r.checkIssued = t.addSecs(60);
    if (events & Ended)
        r.receptionEnded = t.addSecs(600);
    if (events & Started)
        r.receptionStarted = t.addSecs(300);
    if (events & Appeared)
        r.patientAppeared = t.addSecs(900);
    r.cancelReason = reason;
    return r;
}

} // namespace

class TestReceptionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence_data()
    {
        QTest::addColumn<unsigned>("events");
        QTest::addColumn<ReceptionStatus>("expected");

        using S = ReceptionStatus;
        QTest::newRow("nothing") << 0u << S::Scheduled;
        // Each event alone.
        QTest::newRow("canceled") << unsigned(Canceled) << S::Cancelled;
        QTest::newRow("reason id only") << unsigned(ReasonId) << S::Cancelled;
        QTest::newRow("check") << unsigned(Check) << S::CompletedInvoiced;
        QTest::newRow("ended") << unsigned(Ended) << S::Completed;
        QTest::newRow("started") << unsigned(Started) << S::InProgress;
        QTest::newRow("appeared") << unsigned(Appeared) << S::PatientArrived;
        // Every pair: the higher rule wins.
        QTest::newRow("canceled+reason") << unsigned(Canceled | ReasonId) << S::Cancelled;
        QTest::newRow("canceled+check") << unsigned(Canceled | Check) << S::Cancelled;
        QTest::newRow("canceled+ended") << unsigned(Canceled | Ended) << S::Cancelled;
        QTest::newRow("canceled+started") << unsigned(Canceled | Started) << S::Cancelled;
        QTest::newRow("canceled+appeared") << unsigned(Canceled | Appeared) << S::Cancelled;
        QTest::newRow("reason+check") << unsigned(ReasonId | Check) << S::Cancelled;
        QTest::newRow("reason+ended") << unsigned(ReasonId | Ended) << S::Cancelled;
        QTest::newRow("reason+started") << unsigned(ReasonId | Started) << S::Cancelled;
        QTest::newRow("reason+appeared") << unsigned(ReasonId | Appeared) << S::Cancelled;
        QTest::newRow("check+ended") << unsigned(Check | Ended) << S::CompletedInvoiced;
        QTest::newRow("check+started") << unsigned(Check | Started) << S::CompletedInvoiced;
        QTest::newRow("check+appeared") << unsigned(Check | Appeared) << S::CompletedInvoiced;
        QTest::newRow("ended+started") << unsigned(Ended | Started) << S::Completed;
        QTest::newRow("ended+appeared") << unsigned(Ended | Appeared) << S::Completed;
        QTest::newRow("started+appeared") << unsigned(Started | Appeared) << S::InProgress;
        // Realistic full histories.
        QTest::newRow("normal visit, invoiced")
            << unsigned(Appeared | Started | Ended | Check) << S::CompletedInvoiced;
        QTest::newRow("normal visit, no invoice")
            << unsigned(Appeared | Started | Ended) << S::Completed;
        QTest::newRow("invoiced then cancelled")
            << unsigned(Appeared | Started | Ended | Check | Canceled | ReasonId) << S::Cancelled;
        QTest::newRow("every event") << 63u << S::Cancelled;
    }

    void precedence()
    {
        QFETCH(unsigned, events);
        QFETCH(ReceptionStatus, expected);
        const DerivedStatus d = deriveStatus(receptionWith(events));
        QCOMPARE(d.status, expected);
        QVERIFY(!d.noShow);
    }

    void noShow_data()
    {
        QTest::addColumn<unsigned>("events");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<ReceptionStatus>("expected");
        QTest::addColumn<bool>("noShow");

        using S = ReceptionStatus;
        const unsigned both = Canceled | ReasonId;
        QTest::newRow("reference book text") << both << "Не пришел" << S::Cancelled << true;
        QTest::newRow("with ё") << both << "Не пришёл" << S::Cancelled << true;
        QTest::newRow("upper case, spaces") << both << "  НЕ   ПРИШЕЛ " << S::Cancelled << true;
        QTest::newRow("trailing dot") << both << "Не пришел." << S::Cancelled << true;
        QTest::newRow("nbsp between words") << both << "Не\u00a0пришел" << S::Cancelled << true;
        QTest::newRow("feminine") << both << "не пришла" << S::Cancelled << true;
        QTest::newRow("either gender") << both << "Не пришел(а)" << S::Cancelled << true;
        QTest::newRow("patient after") << both << "не пришел пациент" << S::Cancelled << true;
        QTest::newRow("patient before") << both << "Пациент не пришёл" << S::Cancelled << true;
        QTest::newRow("reason id without timestamp")
            << unsigned(ReasonId) << "Не пришел" << S::Cancelled << true;
        QTest::newRow("timestamp with reason text")
            << unsigned(Canceled) << "Не пришел" << S::Cancelled << true;
        QTest::newRow("refusal") << both << "Отказ от приема" << S::Cancelled << false;
        QTest::newRow("doctor absent") << both << "Не пришел врач" << S::Cancelled << false;
        QTest::newRow("came") << both << "Пришел" << S::Cancelled << false;
        QTest::newRow("extra words")
            << both << "Не пришел, перенос на завтра" << S::Cancelled << false;
        QTest::newRow("no reason text") << both << "" << S::Cancelled << false;
        QTest::newRow("noshow text wins over check")
            << unsigned(both | Check) << "Не пришел" << S::Cancelled << true;
        // The reason text alone (no id, no timestamp) does not cancel: the rule is on the columns.
        QTest::newRow("stray reason text, not cancelled")
            << 0u << "Не пришел" << S::Scheduled << false;
        QTest::newRow("stray reason text, completed")
            << unsigned(Ended) << "Не пришел" << S::Completed << false;
    }

    void noShow()
    {
        QFETCH(unsigned, events);
        QFETCH(QString, reason);
        QFETCH(ReceptionStatus, expected);
        QFETCH(bool, noShow);
        const DerivedStatus d = deriveStatus(receptionWith(events, reason));
        QCOMPARE(d.status, expected);
        QCOMPARE(d.noShow, noShow);
        // Only a cancellation turns the reason into a no-show; the text test itself is separate.
        if (expected == ReceptionStatus::Cancelled)
            QCOMPARE(isNoShowReason(reason), noShow);
        else
            QVERIFY(isNoShowReason(reason));
    }

    // A reception planned long ago with no events stays Scheduled: no-show is never inferred
    // from dates alone.
    void datesNeverMeanNoShow()
    {
        Reception r = receptionWith(0);
        r.planStart = QDateTime(QDate(2001, 1, 1), QTime(9, 0), Qt::UTC);
        r.planEnd = r.planStart.addSecs(900);
        const DerivedStatus d = deriveStatus(r);
        QCOMPARE(d, (DerivedStatus{ReceptionStatus::Scheduled, false}));
    }
};

QTEST_GUILESS_MAIN(TestReceptionStatus)
#include "testreceptionstatus.moc"
