#include "storefixture.h"

#include "store/auditlog.h"
#include "store/bindingstore.h"
#include "store/commandqueue.h"
#include "store/cursorstore.h"
#include "store/enginelease.h"
#include "store/jobqueue.h"
#include "store/transitionlog.h"

#include <QJsonArray>
#include <QtTest>

using namespace identsync;
using namespace identsync::testutils;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(identsync::CommandKind)
Q_DECLARE_METATYPE(identsync::CommandStatus)

// Bindings, patient contacts, stage transitions, audit, cursors, commands and the engine lease.
class TestStores : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_f;

    static Binding binding(int reception, qint64 deal)
    {
        Binding b;
        b.dealKey = DealKey(2, reception);
        b.dealId = deal;
        b.contactId = deal * 10;
        b.payloadHash = QStringLiteral("hash-%1").arg(reception);
        b.stage = StageId::parse(QStringLiteral("C3:PREPAYMENT_INVOICE"));
        return b;
    }

private Q_SLOTS:
    void initTestCase_data() { addDriverRows(); }
    void init() { IDENTSYNC_STORE_FRESH(m_f); }
    void cleanup() { m_f.close(); }

    void bindingsSaveReplaceAndLookUpInBatches()
    {
        BindingStore store(*m_f.db);
        STORE_DO(store.save(binding(1, 100)));
        STORE_DO(store.save(binding(2, 200)));
        Binding noContact = binding(3, 300);
        noContact.contactId.reset();
        noContact.stage = StageId();
        STORE_DO(store.save(noContact));
        m_f.advance(1000);
        Binding replaced = binding(1, 101);
        STORE_DO(store.save(replaced));

        STORE_GET(one, store.binding(DealKey(2, 1)));
        QVERIFY(one);
        replaced.updatedAt = m_f.now();
        QCOMPARE(*one, replaced);
        STORE_GET(none, store.binding(DealKey(2, 99)));
        QVERIFY(!none);

        STORE_GET(batch,
                  store.bindings({DealKey(2, 1), DealKey(2, 3), DealKey(2, 99), DealKey(7, 1)}));
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.value(DealKey(2, 1)).dealId, 101);
        QVERIFY(!batch.value(DealKey(2, 3)).contactId);
        QVERIFY(batch.value(DealKey(2, 3)).stage.isEmpty());
        STORE_GET(empty, store.bindings({}));
        QVERIFY(empty.isEmpty());

        STORE_DO(store.save(binding(4, 200)));
        STORE_GET(holders, store.receptionsBoundTo({101, 200, 300, 999}));
        QCOMPARE(holders.size(), 3);
        QCOMPARE(holders.value(101), QList<DealKey>{DealKey(2, 1)});
        QCOMPARE(holders.value(200), (QList<DealKey>{DealKey(2, 2), DealKey(2, 4)}));
        QVERIFY(!holders.contains(999));
        STORE_GET(noDeals, store.receptionsBoundTo({}));
        QVERIFY(noDeals.isEmpty());
    }

    void badBindingsAreRefused_data()
    {
        QTest::addColumn<int>("reception");
        QTest::addColumn<qint64>("deal");
        QTest::addColumn<qint64>("contact");
        QTest::addColumn<QString>("message");
        QTest::newRow("no key") << 0 << qint64(5) << qint64(1)
                                << "reception key is empty or invalid";
        QTest::newRow("zero deal") << 4 << qint64(0) << qint64(1) << "binding F2_4: the deal id 0";
        QTest::newRow("negative deal")
            << 4 << qint64(-3) << qint64(1) << "deal id -3 is not a positive";
        QTest::newRow("zero contact")
            << 4 << qint64(5) << qint64(0) << "binding F2_4: the contact id 0";
    }
    void badBindingsAreRefused()
    {
        QFETCH(int, reception);
        QFETCH(qint64, deal);
        QFETCH(qint64, contact);
        QFETCH(QString, message);
        Binding b;
        if (reception > 0)
            b.dealKey = DealKey(2, reception);
        b.dealId = deal;
        b.contactId = contact;
        const auto saved = BindingStore(*m_f.db).save(b);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(message), qPrintable(saved.error()));
        const auto manual = BindingStore(*m_f.db).bindManually(b, QStringLiteral("anna"));
        QVERIFY(!manual.ok());
        STORE_GET(audit, AuditLog(*m_f.db).page(std::nullopt, 5));
        QVERIFY(audit.isEmpty());
    }

    void manualBindingIsRecordedAndAudited()
    {
        BindingStore store(*m_f.db);
        JobQueue queue(*m_f.db);
        NewJob j;
        j.key = QStringLiteral("reception:F2_5");
        j.dealKey = DealKey(2, 5);
        j.payload = QStringLiteral("{}");
        STORE_DO(queue.enqueue(j));
        Binding before = binding(5, 50);
        before.stage = StageId::parse(QStringLiteral("C3:NEW"));
        STORE_DO(store.save(before));
        m_f.advance(1000);

        Binding b = binding(5, 55);
        STORE_DO(store.bindManually(b, QStringLiteral("anna")));
        STORE_GET(saved, store.binding(DealKey(2, 5)));
        QVERIFY(saved->manual);
        QCOMPARE(saved->dealId, 55);
        QCOMPARE(queue.jobByKey(j.key).value()->summary.dealId, std::optional<qint64>(55));

        STORE_GET(transitions, TransitionLog(*m_f.db).page({}, std::nullopt, 5));
        QCOMPARE(transitions.size(), 1);
        QCOMPARE(transitions.first().reason, StageReason::Manual);
        QCOMPARE(transitions.first().actor, QStringLiteral("anna"));
        QCOMPARE(transitions.first().fromStage.toString(), QStringLiteral("C3:NEW"));
        QCOMPARE(transitions.first().toStage.toString(), QStringLiteral("C3:PREPAYMENT_INVOICE"));
        QCOMPARE(transitions.first().dealId, std::optional<qint64>(55));

        STORE_GET(audit, AuditLog(*m_f.db).page(std::nullopt, 5));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("bind"));
        QCOMPARE(audit.first().target, QStringLiteral("F2_5"));
        QCOMPARE(audit.first().details, QStringLiteral("deal 55, contact 550 (was deal 50)"));

        STORE_GET(existed, store.unbind(DealKey(2, 5), QStringLiteral("boris")));
        QVERIFY(existed);
        STORE_GET(gone, store.binding(DealKey(2, 5)));
        QVERIFY(!gone);
        QVERIFY(!queue.jobByKey(j.key).value()->summary.dealId);
        STORE_GET(again, store.unbind(DealKey(2, 5), QStringLiteral("boris")));
        QVERIFY(!again);
        STORE_GET(audit2, AuditLog(*m_f.db).page(std::nullopt, 5));
        QCOMPARE(audit2.size(), 3);
        QCOMPARE(audit2.at(1).details, QStringLiteral("was deal 55"));
        QCOMPARE(audit2.at(0).details, QStringLiteral("was not bound"));
        QCOMPARE(audit2.at(0).actor, QStringLiteral("boris"));
    }

    void patientContactsByBranch()
    {
        BindingStore store(*m_f.db);
        STORE_DO(store.savePatientContact({1, 10, 1000}));
        STORE_DO(store.savePatientContact({2, 10, 2000}));
        STORE_DO(store.savePatientContact({1, 11, 1100}));
        STORE_DO(store.savePatientContact({1, 10, 1001}));
        STORE_GET(b1, store.patientContacts(1, {10, 11, 12}));
        QCOMPARE(b1, (QHash<qint64, qint64>{{10, 1001}, {11, 1100}}));
        STORE_GET(b2, store.patientContacts(2, {10, 11}));
        QCOMPARE(b2, (QHash<qint64, qint64>{{10, 2000}}));
        const auto bad = store.savePatientContact({1, 0, 5});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QLatin1String("patient 0")));
    }

    void transitionPagesAndFilters_data()
    {
        QTest::addColumn<int>("reason"); // -1 any
        QTest::addColumn<int>("branch"); // -1 any
        QTest::addColumn<QString>("doctor");
        QTest::addColumn<int>("fromMinute"); // -1 open
        QTest::addColumn<int>("untilMinute");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << -1 << -1 << "" << -1 << -1 << 30;
        QTest::newRow("protected") << int(StageReason::Protected) << -1 << "" << -1 << -1 << 10;
        QTest::newRow("branch 2") << -1 << 2 << "" << -1 << -1 << 15;
        QTest::newRow("doctor") << -1 << -1 << "Петров П." << -1 << -1 << 10;
        QTest::newRow("minutes 10..19") << -1 << -1 << "" << 10 << 20 << 10;
        QTest::newRow("from minute 25") << -1 << -1 << "" << 25 << -1 << 5;
        QTest::newRow("mapped, branch 1, before minute 10")
            << int(StageReason::Mapped) << 1 << "" << -1 << 10 << 2;
    }
    void transitionPagesAndFilters()
    {
        QFETCH(int, reason);
        QFETCH(int, branch);
        QFETCH(QString, doctor);
        QFETCH(int, fromMinute);
        QFETCH(int, untilMinute);
        QFETCH(int, expected);
        const QDateTime start = m_f.now();
        const StageReason reasons[] = {StageReason::Mapped, StageReason::Protected,
                                       StageReason::Final};
        TransitionLog log(*m_f.db);
        for (int i = 0; i < 30; ++i) {
            StageTransition t;
            t.at = start.addSecs(60 * i);
            t.dealKey = DealKey(1 + i % 2, 100 + i);
            t.dealId = 1000 + i;
            t.fromStage = StageId::parse(QStringLiteral("NEW"));
            t.toStage = StageId::parse(QStringLiteral("WON"));
            t.reason = reasons[i % 3];
            t.doctor = i % 3 == 1 ? QStringLiteral("Петров П.") : QStringLiteral("Сидорова А.");
            STORE_DO(log.append(t));
        }
        TransitionFilter f;
        if (reason >= 0)
            f.reason = static_cast<StageReason>(reason);
        if (branch >= 0)
            f.branchId = branch;
        f.doctor = doctor;
        if (fromMinute >= 0)
            f.from = start.addSecs(60 * fromMinute);
        if (untilMinute >= 0)
            f.until = start.addSecs(60 * untilMinute);

        QList<StageTransition> all;
        std::optional<TransitionCursor> cursor;
        for (int guard = 0; guard < 50; ++guard) {
            STORE_GET(page, log.page(f, cursor, 4));
            all << page;
            if (page.size() < 4)
                break;
            cursor = TransitionCursor{page.constLast().at, page.constLast().id};
        }
        QCOMPARE(all.size(), expected);
        for (int i = 0; i < all.size(); ++i) {
            const StageTransition &t = all.at(i);
            if (i > 0)
                QVERIFY2(all.at(i - 1).at > t.at, "newest first, no repeats");
            if (f.reason)
                QCOMPARE(t.reason, *f.reason);
            if (f.branchId)
                QCOMPARE(t.dealKey.branchId(), *f.branchId);
            if (!doctor.isEmpty())
                QCOMPARE(t.doctor, doctor);
            QCOMPARE(t.dealId, std::optional<qint64>(1000 + t.dealKey.receptionId() - 100));
            QCOMPARE(t.toStage.toString(), QStringLiteral("WON"));
        }
    }

    void transitionsWithTheSameTimeKeepTheirOrder()
    {
        TransitionLog log(*m_f.db);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            StageTransition t;
            t.dealKey = DealKey(1, i + 1);
            t.reason = StageReason::Kept;
            STORE_GET(id, log.append(t));
            ids.prepend(id);
        }
        QList<qint64> seen;
        std::optional<TransitionCursor> cursor;
        for (int guard = 0; guard < 10; ++guard) {
            STORE_GET(page, log.page({}, cursor, 2));
            for (const StageTransition &t : page) {
                seen << t.id;
                QCOMPARE(t.at, m_f.now());
            }
            if (page.size() < 2)
                break;
            cursor = TransitionCursor{page.constLast().at, page.constLast().id};
        }
        QCOMPARE(seen, ids);
        const auto bad = log.append(StageTransition());
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QLatin1String("reception key")));
    }

    void auditPagesNewestFirst()
    {
        AuditLog audit(*m_f.db);
        for (int i = 0; i < 7; ++i) {
            STORE_DO(audit.append(QStringLiteral("user%1").arg(i), QStringLiteral("retry"),
                                  QStringLiteral("jobs %1").arg(i), QStringLiteral("1 jobs")));
            m_f.advance(1000);
        }
        STORE_GET(first, audit.page(std::nullopt, 3));
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(0).actor, QStringLiteral("user6"));
        QCOMPARE(first.at(0).at, m_f.now().addSecs(-1));
        STORE_GET(second, audit.page(first.constLast().id, 3));
        QCOMPARE(second.at(0).actor, QStringLiteral("user3"));
        STORE_GET(last, audit.page(second.constLast().id, 3));
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.at(0).target, QStringLiteral("jobs 0"));
        const auto anonymous = audit.append(QStringLiteral("  "), QStringLiteral("retry"), {}, {});
        QVERIFY(!anonymous.ok());
        QVERIFY(anonymous.error().contains(QLatin1String("who did it is missing")));
    }

    void cursorsRoundTripPerSource()
    {
        CursorStore cursors(*m_f.db);
        STORE_GET(missing, cursors.cursor(QStringLiteral("main")));
        QVERIFY(!missing);
        SourceCursor c{QStringLiteral("main"),
                       QStringLiteral("2026-11-22T07:15:50.123"),
                       QStringLiteral("123456"),
                       {}};
        STORE_DO(cursors.save(c));
        STORE_DO(cursors.save(
            {QStringLiteral("branch-2"), QStringLiteral("x"), QStringLiteral("1"), {}}));
        m_f.advance(5000);
        c.lastId = QStringLiteral("123457");
        STORE_DO(cursors.save(c));
        STORE_GET(got, cursors.cursor(QStringLiteral("main")));
        c.updatedAt = m_f.now();
        QCOMPARE(*got, c);
        STORE_GET(other, cursors.cursor(QStringLiteral("branch-2")));
        QCOMPARE(other->changeTime, QStringLiteral("x"));
    }

    void commandsFlowFromConsoleToEngine()
    {
        CommandQueue commands(*m_f.db);
        QJsonObject retryArgs{{QStringLiteral("jobs"), QJsonArray{4, 7}}};
        STORE_GET(retryId, commands.post(CommandKind::Retry, retryArgs, QStringLiteral("anna")));
        m_f.advance(10);
        STORE_GET(pauseId, commands.post(CommandKind::Pause, {}, QStringLiteral("anna")));
        m_f.advance(10);
        STORE_GET(syncId, commands.post(CommandKind::SyncNow, {}, QStringLiteral("boris")));

        STORE_GET(pending, commands.takePending(2));
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).id, retryId);
        QCOMPARE(pending.at(0).kind, CommandKind::Retry);
        QCOMPARE(pending.at(0).args, retryArgs);
        QCOMPARE(pending.at(0).requestedBy, QStringLiteral("anna"));
        QCOMPARE(pending.at(0).status, CommandStatus::Pending);
        QCOMPARE(pending.at(1).id, pauseId);

        STORE_GET(finished,
                  commands.finish(retryId, CommandStatus::Done, QStringLiteral("2 jobs retried")));
        QVERIFY(finished);
        STORE_GET(twice, commands.finish(retryId, CommandStatus::Failed, QStringLiteral("late")));
        QVERIFY(!twice);
        STORE_GET(failed, commands.finish(pauseId, CommandStatus::Failed,
                                          QStringLiteral("already paused")));
        QVERIFY(failed);
        const auto bad = commands.finish(syncId, CommandStatus::Pending, {});
        QVERIFY(!bad.ok());

        STORE_GET(done, commands.command(retryId));
        QCOMPARE(done->status, CommandStatus::Done);
        QCOMPARE(done->result, QStringLiteral("2 jobs retried"));
        QCOMPARE(done->finishedAt, m_f.now());
        STORE_GET(rest, commands.takePending(10));
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().id, syncId);
        QVERIFY(!rest.first().finishedAt.isValid());
        STORE_GET(missing, commands.command(424242));
        QVERIFY(!missing);
        const auto anonymous = commands.post(CommandKind::Resume, {}, QString());
        QVERIFY(!anonymous.ok());
    }

    void commandKeysRoundTrip_data()
    {
        QTest::addColumn<CommandKind>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("retry") << CommandKind::Retry << "retry";
        QTest::newRow("cancel") << CommandKind::Cancel << "cancel";
        QTest::newRow("bind") << CommandKind::Bind << "bind";
        QTest::newRow("unbind") << CommandKind::Unbind << "unbind";
        QTest::newRow("pause") << CommandKind::Pause << "pause";
        QTest::newRow("resume") << CommandKind::Resume << "resume";
        QTest::newRow("sync now") << CommandKind::SyncNow << "sync_now";
    }
    void commandKeysRoundTrip()
    {
        QFETCH(CommandKind, kind);
        QFETCH(QString, key);
        QCOMPARE(toKey(kind), key);
        QCOMPARE(enumFromKey<CommandKind>(key), std::optional<CommandKind>(kind));
        QCOMPARE(enumFromKey<CommandKind>(key.toUpper()), std::nullopt);
        QCOMPARE(enumFromKey<CommandStatus>(QStringLiteral("failed")),
                 std::optional<CommandStatus>(CommandStatus::Failed));
    }

    void engineLeaseAllowsOneLiveEngine()
    {
        EngineLease lease(*m_f.db);
        STORE_GET(nobody, lease.currentHolder());
        QVERIFY(!nobody);
        STORE_GET(a,
                  lease.acquire(QStringLiteral("A"), QStringLiteral("clinic-server"), 4242, 30s));
        QVERIFY(a);
        const QDateTime acquired = m_f.now();
        m_f.advance(20 * 1000);
        STORE_GET(b, lease.acquire(QStringLiteral("B"), QStringLiteral("laptop"), 77, 30s));
        QVERIFY2(!b, "a live engine keeps its lease");
        STORE_GET(beat, lease.heartbeat(QStringLiteral("A")));
        QVERIFY(beat);
        STORE_GET(again,
                  lease.acquire(QStringLiteral("A"), QStringLiteral("clinic-server"), 4242, 30s));
        QVERIFY(again);

        STORE_GET(holder, lease.currentHolder());
        QCOMPARE(holder->owner, QStringLiteral("A"));
        QCOMPARE(holder->host, QStringLiteral("clinic-server"));
        QCOMPARE(holder->pid, 4242);
        QCOMPARE(holder->acquiredAt, acquired);
        QCOMPARE(holder->heartbeatAt, m_f.now());
        QVERIFY(!holder->isStale(m_f.now(), 30s));

        m_f.advance(30 * 1000);
        STORE_GET(atEdge, lease.acquire(QStringLiteral("B"), QStringLiteral("laptop"), 77, 30s));
        QVERIFY2(!atEdge, "exactly staleAfter without a heartbeat is not yet stale");
        m_f.advance(1);
        QVERIFY(lease.currentHolder().value()->isStale(m_f.now(), 30s));
        STORE_GET(takeover, lease.acquire(QStringLiteral("B"), QStringLiteral("laptop"), 77, 30s));
        QVERIFY(takeover);
        STORE_GET(lost, lease.heartbeat(QStringLiteral("A")));
        QVERIFY2(!lost, "the old engine learns it lost the lease");
        STORE_DO(lease.release(QStringLiteral("A")));
        STORE_GET(stillB, lease.currentHolder());
        QCOMPARE(stillB->owner, QStringLiteral("B"));
        QCOMPARE(stillB->acquiredAt, m_f.now());
        STORE_DO(lease.release(QStringLiteral("B")));
        STORE_GET(free, lease.currentHolder());
        QVERIFY(!free);
        STORE_GET(c, lease.acquire(QStringLiteral("C"), QStringLiteral("x"), 1, 30s));
        QVERIFY(c);
    }

    void engineLeaseSeenFromAnotherConnection()
    {
        auto other = m_f.connect();
        STORE_DO(other->open());
        STORE_GET(a,
                  EngineLease(*m_f.db).acquire(QStringLiteral("A"), QStringLiteral("srv"), 1, 30s));
        QVERIFY(a);
        STORE_GET(b,
                  EngineLease(*other).acquire(QStringLiteral("B"), QStringLiteral("pc"), 2, 30s));
        QVERIFY(!b);
        STORE_GET(holder, EngineLease(*other).currentHolder());
        QCOMPARE(holder->host, QStringLiteral("srv"));
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "teststores.moc"
