// The portal half of the engine (Dispatcher: look-ups, plan, writes, record) against the
// in-process fake portal and a real SQLite state database: what reaches the CRM, record by record.
#include "fakeportalfixture.h"

#include "bitrix/bitrix24client.h"
#include "core/retrypolicy.h"
#include "engine/dispatcher.h"
#include "engine/receptionjson.h"
#include "store/database.h"
#include "store/jobqueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace identsync;
using identsync::testutils::FakePortalFixture;

namespace {

const QString kKey = QStringLiteral("UF_CRM_IDENT_KEY");
const QString kPatient = QStringLiteral("UF_CRM_IDENT_PATIENT");
const QDateTime kDay(QDate(2026, 11, 24), QTime(10, 0));

Reception reception(qint64 id, qint64 patientId, const QString &phone)
{
    Reception r;
    r.branchId = 1;
    r.branchName = QStringLiteral("Центральный");
    r.id = id;
    r.patient.branchId = 1;
    r.patient.id = patientId;
    r.patient.surname = QStringLiteral("Иванова");
    r.patient.name = QStringLiteral("Мария");
    r.patient.phoneRaw = phone;
    r.planStart = kDay;
    r.planEnd = kDay.addSecs(1800);
    r.dateTimeAdded = kDay.addDays(-1);
    r.doctor = QStringLiteral("Сидоров А. В.");
    return r;
}

QString phoneOf(int i)
{
    return QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'));
}

QJsonArray phoneField(const QString &phone)
{
    return QJsonArray{QJsonObject{{QStringLiteral("VALUE"), phone},
                                  {QStringLiteral("VALUE_TYPE"), QStringLiteral("MOBILE")}}};
}

qint64 idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keyOfAnotherBranchIsKept();
    void unnamedPatientIsDataQuality();
    void batchReferencesReachThePortalVerbatim();
    void leadConvertedForAnExistingContact_data();
    void leadConvertedForAnExistingContact();
    void manyMatchesHideNothing_data();
    void manyMatchesHideNothing();
    void oversizedValuesAreCut();

private:
    bool seed(const QJsonObject &body);
    void enqueue(const QList<Reception> &receptions);
    // Runs groups until nothing is due; false when a group never finished.
    bool drain();
    QJsonObject state() { return m_portal.control(QStringLiteral("state")); }
    QList<QJsonObject> entities(const QString &kind);
    JobSummary job(const DealKey &key);

    FakePortalFixture m_portal;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Bitrix24Client> m_client;
    std::unique_ptr<Dispatcher> m_dispatcher;
    QStringList m_notes;
};

void TestDispatch::init()
{
    QString error;
    fake::PortalConfig config;
    config.plan = fake::Plan::Enterprise;
    QVERIFY2(m_portal.start(config, &error), qPrintable(error));
    StoreConfig store;
    store.driver = StoreConfig::Driver::Sqlite;
    store.sqlitePath =
        m_dir.filePath(QStringLiteral("state-%1.db").arg(QTest::currentTestFunction()));
    QFile::remove(store.sqlitePath);
    m_db = std::make_unique<Database>(store);
    const auto opened = m_db->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    ClientConfig cc;
    cc.plan = QStringLiteral("unlimited");
    cc.limits = LeakyBucketLimits::unlimited();
    m_client = std::make_unique<Bitrix24Client>(m_portal.endpoint(), cc);
    DispatcherSettings s;
    s.owner = QStringLiteral("test:1:engine");
    m_dispatcher = std::make_unique<Dispatcher>(*m_db, *m_client, SyncPlanner(PlannerConfig{}),
                                                RetryPolicy(), s);
    m_notes.clear();
}

void TestDispatch::cleanup()
{
    m_dispatcher.reset();
    m_client.reset();
    m_db.reset();
    m_portal.stop();
}

bool TestDispatch::seed(const QJsonObject &body)
{
    const QJsonObject created = m_portal.seed(body);
    for (const QString &kind : body.keys()) {
        if (created.value(kind).toArray().size() != body.value(kind).toArray().size()) {
            qWarning().noquote() << "seed failed:" << QJsonDocument(created).toJson();
            return false;
        }
    }
    return true;
}

void TestDispatch::enqueue(const QList<Reception> &receptions)
{
    JobQueue queue(*m_db);
    QList<NewJob> jobs;
    for (const Reception &r : receptions) {
        NewJob j;
        j.key = r.key().toString();
        j.payload =
            QString::fromUtf8(QJsonDocument(receptionToJson(r)).toJson(QJsonDocument::Compact));
        j.dealKey = r.key();
        j.correlationId = QStringLiteral("c%1").arg(r.id);
        jobs << j;
    }
    const auto done = queue.enqueue(jobs);
    QVERIFY2(done.ok(), qPrintable(done.error()));
}

bool TestDispatch::drain()
{
    for (int round = 0; round < 20; ++round) {
        QSignalSpy finished(m_dispatcher.get(), &Dispatcher::groupFinished);
        m_dispatcher->runGroup();
        if (finished.isEmpty() && !finished.wait(120000))
            return false;
        const auto report = finished.first().first().value<GroupReport>();
        m_notes << report.notes;
        if (report.leased == 0)
            return true;
    }
    return false;
}

QList<QJsonObject> TestDispatch::entities(const QString &kind)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : state().value(kind).toArray())
        out << v.toObject();
    return out;
}

JobSummary TestDispatch::job(const DealKey &key)
{
    JobQueue queue(*m_db);
    JobPageRequest req;
    req.filter.text = key.toString();
    const auto page = queue.page(req);
    if (!page.ok() || page.value().rows.size() != 1)
        return {};
    return page.value().rows.first();
}

// Issue 10 defect 1: a reception keyed F0 (no chair) whose deal the replaced product keyed by the
// invoice's company (F2) is that deal: no second deal, and the key written first stays.
void TestDispatch::keyOfAnotherBranchIsKept()
{
    QVERIFY(seed({{QStringLiteral("deals"),
                   QJsonArray{QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Old")},
                                          {QStringLiteral("STAGE_ID"), QStringLiteral("NEW")},
                                          {kKey, QStringLiteral("F2_801")}}}}}));
    Reception r = reception(801, 9801, phoneOf(801));
    r.branchId = 0;
    r.patient.branchId = 0;
    r.otherKeyBranches = {2};
    enqueue({r});
    QVERIFY(drain());
    const QList<QJsonObject> deals = entities(QStringLiteral("deals"));
    QCOMPARE(deals.size(), 1);
    QCOMPARE(deals.first().value(kKey).toString(), QStringLiteral("F2_801"));
    QCOMPARE(deals.first().value(QStringLiteral("UF_CRM_IDENT_DOCTOR")).toString(),
             QStringLiteral("Сидоров А. В."));
    QCOMPARE(job(r.key()).state, JobState::Done);
}

// Issue 10 defect 3: a patient without a name is a data-quality problem naming the patient and
// the field, found before anything is written (no contact, no deal).
void TestDispatch::unnamedPatientIsDataQuality()
{
    Reception r = reception(802, 9802, phoneOf(802));
    r.patient.surname.clear();
    r.patient.name.clear();
    enqueue({r});
    QVERIFY(drain());
    QVERIFY(entities(QStringLiteral("deals")).isEmpty());
    QVERIFY(entities(QStringLiteral("contacts")).isEmpty());
    const JobSummary j = job(r.key());
    QVERIFY(j.lastError.has_value());
    QCOMPARE(j.lastError->cls, ErrorClass::DataQuality);
    QVERIFY2(j.lastError->message.contains(QStringLiteral("9802")),
             qPrintable(j.lastError->message));
    QVERIFY2(j.lastError->message.contains(QStringLiteral("Persons.Surname")),
             qPrintable(j.lastError->message));
}

// Issue 10 defect 4: the batch endpoint substitutes `$result[...]` inside values; a record with
// such text is written outside a batch, so the portal holds it byte for byte. Its neighbours in
// the group still go in one batch.
void TestDispatch::batchReferencesReachThePortalVerbatim()
{
    Reception hostile = reception(803, 9803, phoneOf(803));
    hostile.comment = QStringLiteral("см. $result[c1][ID] и $result[c0] $next $total[x]");
    hostile.patient.surname = QStringLiteral("$result[c0]");
    Reception plain = reception(804, 9804, phoneOf(804));
    enqueue({plain, hostile});
    QVERIFY(drain());
    QHash<QString, QJsonObject> byKey;
    for (const QJsonObject &d : entities(QStringLiteral("deals")))
        byKey.insert(d.value(kKey).toString(), d);
    QCOMPARE(byKey.size(), 2);
    QCOMPARE(byKey.value(QStringLiteral("F1_803"))
                 .value(QStringLiteral("UF_CRM_IDENT_COMMENT"))
                 .toString(),
             hostile.comment);
    const qint64 contactId =
        idOf(byKey.value(QStringLiteral("F1_803")).value(QStringLiteral("CONTACT_ID")));
    QVERIFY(contactId > 0);
    bool found = false;
    for (const QJsonObject &c : entities(QStringLiteral("contacts"))) {
        if (idOf(c.value(QStringLiteral("ID"))) == contactId) {
            QCOMPARE(c.value(QStringLiteral("LAST_NAME")).toString(),
                     QStringLiteral("$result[c0]"));
            QCOMPARE(c.value(kPatient).toString(), QStringLiteral("9803"));
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(job(hostile.key()).state, JobState::Done);
    QCOMPARE(job(plain.key()).state, JobState::Done);
}

// Issue 10 defect 7 (SPEC §2.4): an open lead is converted when the CRM already has the
// patient's contact, with no deals or only a closed one: the contact is reused, the deal is
// linked to the lead and the lead is CONVERTED.
void TestDispatch::leadConvertedForAnExistingContact_data()
{
    QTest::addColumn<bool>("wonDeal");
    QTest::newRow("contact without deals") << false;
    QTest::newRow("contact with a won deal") << true;
}

void TestDispatch::leadConvertedForAnExistingContact()
{
    QFETCH(bool, wonDeal);
    const QString phone = phoneOf(805);
    const QJsonObject created = m_portal.seed(
        {{QStringLiteral("contacts"),
          QJsonArray{QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Иванова")},
                                 {QStringLiteral("PHONE"), phoneField(phone)}}}},
         {QStringLiteral("leads"),
          QJsonArray{QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Заявка с сайта")},
                                 {QStringLiteral("STATUS_ID"), QStringLiteral("NEW")},
                                 {QStringLiteral("PHONE"), phoneField(phone)}}}}});
    const qint64 contact = idOf(created.value(QStringLiteral("contacts")).toArray().at(0));
    const qint64 lead = idOf(created.value(QStringLiteral("leads")).toArray().at(0));
    QVERIFY(contact > 0 && lead > 0);
    if (wonDeal)
        QVERIFY(seed(
            {{QStringLiteral("deals"),
              QJsonArray{QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("2024")},
                                     {QStringLiteral("STAGE_ID"), QStringLiteral("WON")},
                                     {QStringLiteral("CONTACT_ID"), QString::number(contact)}}}}}));
    const Reception r = reception(805, 9805, phone);
    enqueue({r});
    QVERIFY(drain());
    QCOMPARE(job(r.key()).state, JobState::Done);
    QJsonObject deal;
    for (const QJsonObject &d : entities(QStringLiteral("deals"))) {
        if (d.value(kKey).toString() == r.key().toString())
            deal = d;
    }
    QVERIFY(!deal.isEmpty());
    QCOMPARE(idOf(deal.value(QStringLiteral("CONTACT_ID"))), contact);
    QCOMPARE(idOf(deal.value(QStringLiteral("LEAD_ID"))), lead);
    QCOMPARE(entities(QStringLiteral("contacts")).size(), 1);
    const QJsonObject l = entities(QStringLiteral("leads")).first();
    QCOMPARE(l.value(QStringLiteral("STATUS_ID")).toString(), QStringLiteral("CONVERTED"));
}

// Issue 10 "no look-up is ever cut short": 60 matches for one key, patient id or phone, looked
// up together with other receptions, hide nothing. The crowded record waits for a person as an
// ambiguity; the others find their own deal or contact and nothing is duplicated.
void TestDispatch::manyMatchesHideNothing_data()
{
    QTest::addColumn<QString>("crowded"); // "key", "patient", "phone"
    QTest::newRow("60 deals with one key") << "key";
    QTest::newRow("60 contacts with one patient id") << "patient";
    QTest::newRow("60 contacts with one phone") << "phone";
}

void TestDispatch::manyMatchesHideNothing()
{
    QFETCH(QString, crowded);
    constexpr int kCrowd = 60;
    constexpr int kOthers = 20;
    // Reception 900 is the crowded one; 901..920 each have one deal (by key) or one contact
    // (by patient id), which a cut-short look-up would miss and so create again.
    QJsonArray deals;
    QJsonArray contacts;
    for (int i = 0; i < kCrowd; ++i) {
        if (crowded == u"key") {
            deals.append(QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Дубль %1").arg(i)},
                                     {QStringLiteral("STAGE_ID"), QStringLiteral("NEW")},
                                     {kKey, QStringLiteral("F1_900")}});
        } else if (crowded == u"patient") {
            contacts.append(
                QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Дубль %1").arg(i)},
                            {kPatient, QStringLiteral("9900")}});
        } else {
            // A family's shared phone: every contact but the last is another patient's, so only
            // the one past what findbycomm answers could be this patient's.
            contacts.append(
                QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Родственник %1").arg(i)},
                            {kPatient, i + 1 < kCrowd ? QString::number(8000 + i) : QString()},
                            {QStringLiteral("PHONE"), phoneField(phoneOf(900))}});
        }
    }
    // The others' own deals or contacts, found only by key or by patient id (no phone).
    for (int i = 1; i <= kOthers; ++i) {
        if (crowded == u"key")
            deals.append(QJsonObject{{QStringLiteral("TITLE"), QStringLiteral("Своя %1").arg(i)},
                                     {QStringLiteral("STAGE_ID"), QStringLiteral("NEW")},
                                     {kKey, QStringLiteral("F1_%1").arg(900 + i)}});
        else
            contacts.append(
                QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Свой %1").arg(i)},
                            {kPatient, QString::number(9900 + i)}});
    }
    QJsonObject body;
    if (!deals.isEmpty())
        body.insert(QStringLiteral("deals"), deals);
    if (!contacts.isEmpty())
        body.insert(QStringLiteral("contacts"), contacts);
    QVERIFY(seed(body));
    const int dealsBefore = int(entities(QStringLiteral("deals")).size());
    const int contactsBefore = int(entities(QStringLiteral("contacts")).size());

    QList<Reception> receptions{reception(900, 9900, phoneOf(900))};
    for (int i = 1; i <= kOthers; ++i)
        receptions << reception(900 + i, 9900 + i, phoneOf(900 + i));
    enqueue(receptions);
    QVERIFY(drain());

    const JobSummary waiting = job(receptions.first().key());
    QCOMPARE(waiting.state, JobState::NeedsAttention);
    QVERIFY(waiting.lastError.has_value());
    QCOMPARE(waiting.lastError->cls, ErrorClass::Ambiguous);
    QHash<QString, int> dealsPerKey;
    for (const QJsonObject &d : entities(QStringLiteral("deals")))
        ++dealsPerKey[d.value(kKey).toString()];
    QHash<QString, int> contactsPerPatient;
    for (const QJsonObject &c : entities(QStringLiteral("contacts")))
        ++contactsPerPatient[c.value(kPatient).toString()];
    for (int i = 1; i <= kOthers; ++i) {
        const Reception &r = receptions.at(i);
        QCOMPARE(job(r.key()).state, JobState::Done);
        QCOMPARE(dealsPerKey.value(r.key().toString()), 1);
        if (crowded != u"key")
            QCOMPARE(contactsPerPatient.value(QString::number(r.patient.id)), 1);
    }
    // Only the others' deals were created (when they had none), and no contact was: the
    // crowded patient waits and the others' contacts are found.
    const int created = int(entities(QStringLiteral("deals")).size()) - dealsBefore;
    QCOMPARE(created, crowded == u"key" ? 0 : kOthers);
    QCOMPARE(int(entities(QStringLiteral("contacts")).size()), contactsBefore);
}

// Issue 10 defect 6: a 1 MB comment and a 10,000-character surname are cut to what the portal
// stores, with a visible marker; NUL bytes go; each change is a note.
void TestDispatch::oversizedValuesAreCut()
{
    Reception r = reception(806, 9806, phoneOf(806));
    r.comment = QString(1 << 20, u'ж');
    r.patient.surname = QString(10000, u'Щ');
    r.doctor = QStringLiteral("Сидоров\u0000А.В.");
    enqueue({r});
    QVERIFY(drain());
    QCOMPARE(job(r.key()).state, JobState::Done);
    const QJsonObject deal = entities(QStringLiteral("deals")).first();
    const QString comment = deal.value(QStringLiteral("UF_CRM_IDENT_COMMENT")).toString();
    QVERIFY(comment.toUtf8().size() <= 65535);
    QVERIFY(comment.endsWith(QStringLiteral("[…]")));
    QCOMPARE(deal.value(QStringLiteral("UF_CRM_IDENT_DOCTOR")).toString(),
             QStringLiteral("СидоровА.В."));
    const QJsonObject contact = entities(QStringLiteral("contacts")).first();
    QCOMPARE(contact.value(QStringLiteral("LAST_NAME")).toString().size(), 50);
    const QString notes = m_notes.join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("UF_CRM_IDENT_COMMENT")), qPrintable(notes.left(2000)));
    QVERIFY2(notes.contains(QStringLiteral("NUL")), qPrintable(notes.left(2000)));
}

QTEST_GUILESS_MAIN(TestDispatch)
#include "testdispatch.moc"
