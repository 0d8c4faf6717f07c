// `queue list --limit N` returns the newest N jobs, newest last, with no hidden cap (an
// end-to-end run on 2,000 jobs once got ids 1..1000 for --limit 5000); without --limit, 100.

#include "clinicfixture.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QTest>

#include <algorithm>

using namespace identsync::e2e;

class TestQueueList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void limitReturnsTheNewest_data();
    void limitReturnsTheNewest();
    void cleanupTestCase() { m_clinic.reset(); }

private:
    std::unique_ptr<ClinicFixture> m_clinic;
    QList<qint64> m_ids; // every job id, ascending
};

void TestQueueList::initTestCase()
{
    m_clinic = std::make_unique<ClinicFixture>(QStringLiteral("queuelist"));
    ClinicFixture &clinic = *m_clinic;
    QVERIFY(clinic.isValid());
    QVERIFY2(clinic.createSample({QStringLiteral("--patients"), QStringLiteral("600"),
                                  QStringLiteral("--receptions"), QStringLiteral("2100"),
                                  QStringLiteral("--seed"), QStringLiteral("72")}),
             qPrintable(clinic.error()));
    // A wrong webhook code: the poll enqueues every reception and the first request pauses the
    // engine, so every job stays pending.
    QVERIFY2(clinic.startPortal(), qPrintable(clinic.error()));
    QVERIFY2(clinic.writeConfig(), qPrintable(clinic.error()));
    const ProcessResult wrong =
        clinic.cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("webhook")},
                   QByteArrayLiteral("notTheCode\n"));
    QVERIFY2(wrong.exitCode == 0, qPrintable(wrong.describe()));
    (void)clinic.cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});

    QSqlDatabase state = clinic.stateDb();
    QSqlQuery q(state);
    QVERIFY2(q.exec(QStringLiteral("SELECT id FROM jobs ORDER BY id")),
             qPrintable(q.lastError().text()));
    while (q.next())
        m_ids << q.value(0).toLongLong();
    QVERIFY2(m_ids.size() >= 2000, qPrintable(QString::number(m_ids.size())));
}

void TestQueueList::limitReturnsTheNewest_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expected"); // -1: every job
    QTest::newRow("no limit") << QStringList{} << 100;
    QTest::newRow("limit 5") << QStringList{QStringLiteral("--limit"), QStringLiteral("5")} << 5;
    QTest::newRow("limit 1500") << QStringList{QStringLiteral("--limit"), QStringLiteral("1500")}
                                << 1500;
    QTest::newRow("limit 5000") << QStringList{QStringLiteral("--limit"), QStringLiteral("5000")}
                                << -1;
}

void TestQueueList::limitReturnsTheNewest()
{
    QFETCH(QStringList, args);
    QFETCH(int, expected);
    const int n = expected < 0 ? int(m_ids.size()) : expected;
    const QList<qint64> newest = m_ids.mid(m_ids.size() - n);

    const ProcessResult json = m_clinic->cli(
        QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")} +
        args);
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    QVERIFY2(json.json().isArray(), json.out.left(200).constData());
    QList<qint64> got;
    for (const QJsonValue &j : json.json().toArray())
        got << j.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(got.size(), newest.size());
    QCOMPARE(got, newest);

    const ProcessResult text =
        m_clinic->cli(QStringList{QStringLiteral("queue"), QStringLiteral("list")} + args);
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), newest.size());
    QCOMPARE(lines.constLast().trimmed().split(' ').constFirst().toLongLong(), newest.constLast());
}

QTEST_GUILESS_MAIN(TestQueueList)
#include "testqueuelist.moc"
