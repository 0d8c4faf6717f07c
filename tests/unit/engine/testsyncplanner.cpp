#include "engine/receptionjson.h"
#include "engine/syncplanner.h"

#include <QtTest>

using namespace identsync;

namespace {

const QDateTime kDay(QDate(2026, 3, 2), QTime(10, 0));

Reception reception(qint64 id, qint64 patientId = 501,
                    const QString &phone = QStringLiteral("8 (916) 123-45-67"))
{
    Reception r;
    r.branchId = 1;
    r.branchName = QStringLiteral("Центральный");
    r.id = id;
    r.patient.branchId = 1;
    r.patient.id = patientId;
    r.patient.surname = QStringLiteral("Иванова");
    r.patient.name = QStringLiteral("Мария");
    r.patient.patronymic = QStringLiteral("Петровна");
    r.patient.phoneRaw = phone;
    r.patient.birthdayRaw = QStringLiteral("12.04.1985");
    r.planStart = kDay;
    r.planEnd = kDay.addSecs(3600);
    r.dateTimeAdded = kDay.addDays(-3);
    r.doctor = QStringLiteral("Сидоров А. В.");
    return r;
}

PortalDeal deal(qint64 id, const QString &stage, const QString &key = {},
                std::optional<qint64> contact = {})
{
    PortalDeal d;
    d.id = id;
    d.stage = StageId::parse(stage);
    d.identKey = key;
    d.contactId = contact;
    const Pipeline p = Pipeline::defaultPipeline();
    if (const auto info = p.find(d.stage))
        d.semantics = info->semantics;
    return d;
}

PortalSnapshot emptySnapshot()
{
    PortalSnapshot s;
    s.dealsByKeyOk = s.dealsByIdOk = s.contactsByPatientOk = s.contactsByPhoneOk = true;
    s.openDealsOk = s.leadsOk = true;
    return s;
}

SyncPlanner planner()
{
    return SyncPlanner(PlannerConfig{});
}

} // namespace

class TestSyncPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newPatientIsCreated()
    {
        const JobPlan p = planner().plan({reception(100), {}, {}}, emptySnapshot());
        QCOMPARE(p.action, PlanAction::Create);
        QVERIFY(!p.contactId);
        QCOMPARE(p.contactFields.value(QStringLiteral("LAST_NAME")).toString(),
                 QStringLiteral("Иванова"));
        QVERIFY(p.draft.has_value());
        QCOMPARE(p.draft->fields.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString(),
                 QStringLiteral("F1_100"));
        QCOMPARE(p.decision.reason, StageReason::Mapped);
        QCOMPARE(p.draft->stage, StageId::parse(u"NEW"));
    }

    // SPEC §2.4 / §2.3 and the seed scenarios, decided against the deal found by its key.
    void existingDealStage_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<int>("event"); // 0 started, 1 ended, 2 check issued, 3 cancelled
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("written"); // "" = no STAGE_ID
        QTest::addColumn<bool>("keyOnly");

        QTest::newRow("в процессе -> treatment")
            << "NEW" << 0 << int(StageReason::Mapped) << "UC_NO40X0" << false;
        QTest::newRow("завершен keeps treatment")
            << "UC_NO40X0" << 1 << int(StageReason::Kept) << "" << false;
        QTest::newRow("счет выдан -> WON")
            << "UC_NO40X0" << 2 << int(StageReason::Mapped) << "WON" << false;
        QTest::newRow("prepayment invoice protected")
            << "PREPAYMENT_INVOICE" << 0 << int(StageReason::Protected) << "" << false;
        QTest::newRow("won receives only the key")
            << "WON" << 3 << int(StageReason::Final) << "" << true;
        QTest::newRow("lose receives only the key")
            << "LOSE" << 0 << int(StageReason::Final) << "" << true;
        QTest::newRow("cancelled -> LOSE")
            << "UC_NO40X0" << 3 << int(StageReason::Mapped) << "LOSE" << false;
    }

    void existingDealStage()
    {
        QFETCH(QString, current);
        QFETCH(int, event);
        QFETCH(int, reason);
        QFETCH(QString, written);
        QFETCH(bool, keyOnly);

        Reception r = reception(200);
        r.patientAppeared = kDay;
        r.receptionStarted = kDay.addSecs(60);
        if (event >= 1)
            r.receptionEnded = kDay.addSecs(1800);
        if (event >= 2)
            r.checkIssued = kDay.addSecs(1900);
        if (event == 3) {
            r.checkIssued = {};
            r.receptionCanceled = kDay.addSecs(2000);
        }
        PortalSnapshot s = emptySnapshot();
        s.dealsByKey.insert(QStringLiteral("F1_200"),
                            {deal(77, current, QStringLiteral("F1_200"), 9)});

        const JobPlan p = planner().plan({r, 77, {}}, s);
        QCOMPARE(p.action, PlanAction::UpdateDeal);
        QCOMPARE(p.dealId, std::optional<qint64>(77));
        QCOMPARE(int(p.decision.reason), reason);
        QVERIFY(p.draft.has_value());
        QCOMPARE(p.draft->stage.has_value(), !written.isEmpty());
        if (!written.isEmpty())
            QCOMPARE(p.draft->stage->toString(), written);
        if (keyOnly) {
            QCOMPARE(p.draft->fields.size(), 1);
            QVERIFY(p.draft->fields.contains(QStringLiteral("UF_CRM_IDENT_KEY")));
        } else {
            QVERIFY(p.draft->fields.contains(QStringLiteral("UF_CRM_IDENT_DOCTOR")));
        }
    }

    void neverBlind_data()
    {
        QTest::addColumn<int>("broken"); // which look-up failed
        QTest::addColumn<bool>("bound");
        QTest::newRow("deals by key") << 0 << false;
        QTest::newRow("bound deal") << 1 << true;
        QTest::newRow("contacts by patient") << 2 << false;
        QTest::newRow("contacts by phone") << 3 << false;
        QTest::newRow("leads") << 4 << false;
    }

    void neverBlind()
    {
        QFETCH(int, broken);
        QFETCH(bool, bound);
        PortalSnapshot s = emptySnapshot();
        switch (broken) {
        case 0:
            s.dealsByKeyOk = false;
            break;
        case 1:
            s.dealsByIdOk = false;
            break;
        case 2:
            s.contactsByPatientOk = false;
            break;
        case 3:
            s.contactsByPhoneOk = false;
            break;
        default:
            s.leadsOk = false;
            break;
        }
        const JobPlan p = planner().plan(
            {reception(300), bound ? std::optional<qint64>(5) : std::nullopt, {}}, s);
        QCOMPARE(p.action, PlanAction::Fail);
        QCOMPARE(p.error.cls, ErrorClass::Transient);
        QVERIFY(!p.draft.has_value());
    }

    // A failed look-up passes on the portal-wide class the client gave it (a refused webhook
    // pauses the engine, a rate limit uses no attempt); anything else about it is transient.
    void failedLookupKeepsItsClass_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("expected");
        QTest::newRow("auth") << int(ErrorClass::Auth) << int(ErrorClass::Auth);
        QTest::newRow("permission") << int(ErrorClass::Permission) << int(ErrorClass::Permission);
        QTest::newRow("rate limited")
            << int(ErrorClass::RateLimited) << int(ErrorClass::RateLimited);
        QTest::newRow("operation limit")
            << int(ErrorClass::OperationLimit) << int(ErrorClass::OperationLimit);
        QTest::newRow("5xx") << int(ErrorClass::Transient) << int(ErrorClass::Transient);
        QTest::newRow("malformed answer")
            << int(ErrorClass::Internal) << int(ErrorClass::Transient);
        QTest::newRow("bad filter") << int(ErrorClass::Validation) << int(ErrorClass::Transient);
    }

    void failedLookupKeepsItsClass()
    {
        QFETCH(int, failure);
        QFETCH(int, expected);
        PortalSnapshot s = emptySnapshot();
        s.dealsByKeyOk = false;
        ErrorInfo e;
        e.cls = ErrorClass(failure);
        e.code = QStringLiteral("SOME_CODE");
        e.httpStatus = 401;
        e.message = QStringLiteral("portal says no");
        s.lookupFailure = e;
        const JobPlan p = planner().plan({reception(299), {}, {}}, s);
        QCOMPARE(p.action, PlanAction::Fail);
        QCOMPARE(int(p.error.cls), expected);
        QCOMPARE(p.error.code, QStringLiteral("SOME_CODE"));
        QVERIFY(p.error.message.contains(QStringLiteral("portal says no")));
    }

    void boundDealDeletedNeedsAPerson()
    {
        const JobPlan p = planner().plan({reception(301), 55, {}}, emptySnapshot());
        QCOMPARE(p.action, PlanAction::Fail);
        QCOMPARE(p.error.cls, ErrorClass::NotFound);
        QVERIFY(p.error.message.contains(QStringLiteral("55")));
    }

    void duplicateKeysAreAmbiguous()
    {
        PortalSnapshot s = emptySnapshot();
        s.dealsByKey.insert(QStringLiteral("F1_302"),
                            {deal(1, QStringLiteral("NEW"), QStringLiteral("F1_302")),
                             deal(2, QStringLiteral("NEW"), QStringLiteral("F1_302"))});
        const JobPlan p = planner().plan({reception(302), {}, {}}, s);
        QCOMPARE(p.action, PlanAction::Fail);
        QCOMPARE(p.error.cls, ErrorClass::Ambiguous);
        QVERIFY(p.error.message.contains(QStringLiteral("1, 2")));
    }

    void autoBindKeepsProtectedStage()
    {
        PortalSnapshot s = emptySnapshot();
        s.contactsByPatient.insert(QStringLiteral("1:501"),
                                   {PortalContact{40, QStringLiteral("1:501")}});
        s.openKeylessDeals.insert(40, {deal(90, QStringLiteral("PREPAYMENT_INVOICE"), {}, 40)});
        Reception r = reception(303);
        r.receptionStarted = kDay;
        const ContactDraft c = SyncPlanner::contactDraft(r);
        s.contactsByPatient.insert(c.patientIdValue(), {PortalContact{40, c.patientIdValue()}});
        const JobPlan p = planner().plan({r, {}, {}}, s);
        QCOMPARE(p.action, PlanAction::AutoBind);
        QCOMPARE(p.dealId, std::optional<qint64>(90));
        QCOMPARE(p.decision.reason, StageReason::Protected);
        QVERIFY(!p.draft->stage.has_value());
        QCOMPARE(p.draft->fields.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString(),
                 QStringLiteral("F1_303"));
    }

    void contactChoice_data()
    {
        QTest::addColumn<QStringList>("phoneContacts"); // "id:patientValue"
        QTest::addColumn<int>("action");
        QTest::addColumn<qint64>("contact"); // 0 = new contact

        QTest::newRow("no contact") << QStringList{} << int(PlanAction::Create) << qint64(0);
        QTest::newRow("one keyless contact by phone")
            << QStringList{"7:"} << int(PlanAction::Create) << qint64(7);
        QTest::newRow("family member's contact is not ours")
            << QStringList{"8:1:999"} << int(PlanAction::Create) << qint64(0);
        QTest::newRow("family member and keyless")
            << QStringList{"8:1:999", "9:"} << int(PlanAction::Create) << qint64(9);
        QTest::newRow("two keyless contacts")
            << QStringList{"10:", "11:"} << int(PlanAction::Fail) << qint64(0);
    }

    void contactChoice()
    {
        QFETCH(QStringList, phoneContacts);
        QFETCH(int, action);
        QFETCH(qint64, contact);
        PortalSnapshot s = emptySnapshot();
        const Reception r = reception(304);
        const ContactDraft c = SyncPlanner::contactDraft(r);
        QList<PortalContact> list;
        for (const QString &e : phoneContacts)
            list << PortalContact{e.section(QLatin1Char(':'), 0, 0).toLongLong(),
                                  e.section(QLatin1Char(':'), 1)};
        s.contactsByPhone.insert(c.phoneE164, list);
        const JobPlan p = planner().plan({r, {}, {}}, s);
        QCOMPARE(int(p.action), action);
        if (action == int(PlanAction::Fail)) {
            QCOMPARE(p.error.cls, ErrorClass::Ambiguous);
            return;
        }
        QCOMPARE(p.contactId.value_or(0), contact);
        QCOMPARE(p.contactFields.isEmpty(), contact != 0);
        // Only a contact found by phone without a patient id is taken over (marked with ours).
        QCOMPARE(p.adoptContact, contact != 0);
    }

    // Receptions of one dispatch group are planned one after another against one snapshot: what
    // one plan takes (a manual deal, a lead, a contact found by phone) is not there for the next.
    void claimsWithinAGroup_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("firstAction");
        QTest::addColumn<int>("secondAction");
        QTest::addColumn<bool>("secondTakesContact");

        QTest::newRow("one manual deal, two receptions of the patient")
            << "deal" << int(PlanAction::AutoBind) << int(PlanAction::Create) << true;
        QTest::newRow("one lead, two relatives with its phone")
            << "lead" << int(PlanAction::ConvertLead) << int(PlanAction::Create) << false;
        QTest::newRow("one keyless contact, two relatives with its phone")
            << "contact" << int(PlanAction::Create) << int(PlanAction::Create) << false;
    }

    void claimsWithinAGroup()
    {
        QFETCH(QString, what);
        QFETCH(int, firstAction);
        QFETCH(int, secondAction);
        QFETCH(bool, secondTakesContact);

        const Reception first = reception(500, 601);
        // The deal case is one patient twice; the others a relative with the same phone.
        const Reception second = reception(501, what == u"deal" ? 601 : 602);
        const QString phone = SyncPlanner::contactDraft(first).phoneE164;
        PortalSnapshot s = emptySnapshot();
        if (what == u"lead")
            s.openLeadsByPhone.insert(phone, {PortalLead{33, QStringLiteral("NEW")}});
        if (what == u"deal" || what == u"contact")
            s.contactsByPhone.insert(phone, {PortalContact{7, QString()}});
        if (what == u"deal")
            s.openKeylessDeals.insert(7, {deal(90, QStringLiteral("NEW"), {}, 7)});

        const SyncPlanner pl = planner();
        const PlanInput in1{first, {}, {}};
        const JobPlan p1 = pl.plan(in1, s);
        QCOMPARE(int(p1.action), firstAction);
        pl.claim(p1, in1, s);
        const PlanInput in2{second, {}, {}};
        const JobPlan p2 = pl.plan(in2, s);
        QCOMPARE(int(p2.action), secondAction);
        QCOMPARE(p2.contactId == std::optional<qint64>(7), secondTakesContact);
        QVERIFY(!p2.leadId);
        QVERIFY(!p2.dealId);
        // A contact taken over by the first belongs to its patient now: found by patient id,
        // never taken over twice.
        QVERIFY(!p2.adoptContact);
        if (what != u"lead")
            QCOMPARE(s.contactsByPatient.value(SyncPlanner::contactDraft(first).patientIdValue())
                         .value(0)
                         .id,
                     qint64(7));
    }

    void leadIsConverted()
    {
        PortalSnapshot s = emptySnapshot();
        const Reception r = reception(305);
        s.openLeadsByPhone.insert(
            SyncPlanner::contactDraft(r).phoneE164,
            {PortalLead{3, QStringLiteral("NEW")}, PortalLead{12, QStringLiteral("IN_PROCESS")}});
        const JobPlan p = planner().plan({r, {}, {}}, s);
        QCOMPARE(p.action, PlanAction::ConvertLead);
        QCOMPARE(p.leadId, std::optional<qint64>(12));
        QCOMPARE(p.notes.size(), 1);
        QVERIFY(!p.contactFields.isEmpty());
    }

    void dataQualityStopsOnlyThisRecord_data()
    {
        QTest::addColumn<qint64>("patient");
        QTest::addColumn<QString>("phone");
        QTest::newRow("no patient") << qint64(0) << "89161234567";
        QTest::newRow("phone with letters") << qint64(5) << "позвонить маме";
    }

    void dataQualityStopsOnlyThisRecord()
    {
        QFETCH(qint64, patient);
        QFETCH(QString, phone);
        const JobPlan p = planner().plan({reception(306, patient, phone), {}, {}}, emptySnapshot());
        QCOMPARE(p.action, PlanAction::Fail);
        QCOMPARE(p.error.cls, ErrorClass::DataQuality);
        QVERIFY(!p.error.message.isEmpty());
    }

    void lookupsAreDeduplicated()
    {
        const QList<PlanInput> inputs{
            {reception(1), {}, {}}, {reception(2), 44, {}}, {reception(3, 502), {}, 70}};
        const auto n = planner().firstLookups(inputs);
        QCOMPARE(n.keys, (QStringList{QStringLiteral("F1_1"), QStringLiteral("F1_2"),
                                      QStringLiteral("F1_3")}));
        QCOMPARE(n.dealIds, QList<qint64>{44});
        QCOMPARE(n.patientIdValues.size(), 1); // patient 501 twice; 502's contact is known
        QCOMPARE(n.phones.size(), 1);
    }

    // Issue 10 defect 1: a deal keyed by another branch variant of the reception is its deal,
    // and the key it carries stays.
    void keyVariants_data()
    {
        QTest::addColumn<QStringList>("dealKeys"); // deals on the portal, ids 50, 51, …
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("keyWritten"); // "" = nothing written

        QTest::newRow("replaced product's order-company key")
            << QStringList{QStringLiteral("F2_700")} << int(PlanAction::UpdateDeal) << "F2_700";
        QTest::newRow("own key") << QStringList{QStringLiteral("F0_700")}
                                 << int(PlanAction::UpdateDeal) << "F0_700";
        QTest::newRow("keyed both ways: a person chooses")
            << QStringList{QStringLiteral("F0_700"), QStringLiteral("F2_700")}
            << int(PlanAction::Fail) << "";
        QTest::newRow("another reception's key is not this one's")
            << QStringList{QStringLiteral("F2_701")} << int(PlanAction::Create) << "F0_700";
    }

    void keyVariants()
    {
        QFETCH(QStringList, dealKeys);
        QFETCH(int, action);
        QFETCH(QString, keyWritten);

        Reception r = reception(700);
        r.branchId = 0;           // no chair: the default branch
        r.otherKeyBranches = {2}; // the invoice's company
        PortalSnapshot s = emptySnapshot();
        qint64 id = 50;
        for (const QString &k : dealKeys)
            s.dealsByKey[k] << deal(id++, QStringLiteral("NEW"), k);
        const JobPlan p = planner().plan({r, {}, {}}, s);
        QCOMPARE(int(p.action), action);
        if (p.action == PlanAction::Fail) {
            QCOMPARE(p.error.cls, ErrorClass::Ambiguous);
            QVERIFY2(p.error.message.contains(QStringLiteral("50, 51")),
                     qPrintable(p.error.message));
            return;
        }
        QCOMPARE(p.draft->fields.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString(), keyWritten);
        const auto n = planner().firstLookups({{r, {}, {}}});
        QCOMPARE(n.keys, (QStringList{QStringLiteral("F0_700"), QStringLiteral("F2_700")}));
    }

    // Issue 10 defect 3: Bitrix24 needs a name for a contact; IDENT may have none.
    void patientWithoutName_data()
    {
        QTest::addColumn<bool>("contactExists");
        QTest::addColumn<bool>("lead");
        QTest::newRow("new contact") << false << false;
        QTest::newRow("new contact for a lead") << false << true;
        QTest::newRow("contact found by patient id") << true << false;
    }

    void patientWithoutName()
    {
        QFETCH(bool, contactExists);
        QFETCH(bool, lead);
        Reception r = reception(710, 5710);
        r.patient.surname = QStringLiteral("  ");
        r.patient.name.clear();
        r.patient.patronymic = QString(QChar(u'\0'));
        PortalSnapshot s = emptySnapshot();
        if (contactExists)
            s.contactsByPatient.insert(QStringLiteral("5710"),
                                       {PortalContact{88, QStringLiteral("5710")}});
        if (lead)
            s.openLeadsByPhone.insert(SyncPlanner::contactDraft(r).phoneE164,
                                      {PortalLead{4, QStringLiteral("NEW")}});
        const JobPlan p = planner().plan({r, {}, {}}, s);
        if (contactExists) {
            QCOMPARE(p.action, PlanAction::Create);
            QCOMPARE(p.contactId, std::optional<qint64>(88));
            return;
        }
        QCOMPARE(p.action, PlanAction::Fail);
        QCOMPARE(p.error.cls, ErrorClass::DataQuality);
        QVERIFY2(p.error.message.contains(QStringLiteral("5710")), qPrintable(p.error.message));
        QVERIFY2(p.error.message.contains(QStringLiteral("Persons.Surname")),
                 qPrintable(p.error.message));
        QVERIFY2(p.error.message.contains(QStringLiteral("F1_710")), qPrintable(p.error.message));
    }

    // Issue 10 defect 7 (SPEC §2.4): the lead is converted when its contact is reused too.
    void leadConvertedForAnExistingContact()
    {
        PortalSnapshot s = emptySnapshot();
        const Reception r = reception(720, 5720);
        const QString phone = SyncPlanner::contactDraft(r).phoneE164;
        s.contactsByPhone.insert(phone, {PortalContact{91, QString()}});
        s.openLeadsByPhone.insert(phone, {PortalLead{6, QStringLiteral("NEW")}});
        const JobPlan p = planner().plan({r, {}, {}}, s);
        QCOMPARE(p.action, PlanAction::ConvertLead);
        QCOMPARE(p.contactId, std::optional<qint64>(91));
        QCOMPARE(p.leadId, std::optional<qint64>(6));
        QVERIFY(p.adoptContact);
        QVERIFY(p.contactFields.isEmpty()); // nothing created
    }

    // The patient's contact is known from an earlier reception; a lead that came in since is
    // converted with it, and its phone is looked up for leads only.
    void leadConvertedForAKnownContact()
    {
        PortalSnapshot s = emptySnapshot();
        const Reception r = reception(725, 5725);
        const QString phone = SyncPlanner::contactDraft(r).phoneE164;
        s.openLeadsByPhone.insert(phone, {PortalLead{7, QStringLiteral("NEW")}});
        const JobPlan p = planner().plan({r, {}, 93}, s);
        QCOMPARE(p.action, PlanAction::ConvertLead);
        QCOMPARE(p.contactId, std::optional<qint64>(93));
        QCOMPARE(p.leadId, std::optional<qint64>(7));
        const auto n = planner().firstLookups(
            {{r, {}, 93}, {reception(726, 5726, QStringLiteral("8 (916) 765-43-21")), 500, {}}});
        QVERIFY(!n.phones.contains(phone));         // the contact is known
        QCOMPARE(n.leadPhones, QStringList{phone}); // the bound reception converts nothing
    }

    // Issue 10 defect 5: one message naming the column and the value.
    void unreadableDateIsOneProblem()
    {
        Reception r = reception(730);
        r.planStart = QDateTime();
        r.planEnd = QDateTime();
        r.unreadable << UnreadableValue{QStringLiteral("Receptions.PlanStart"),
                                        QStringLiteral("завтра утром")};
        const JobPlan p = planner().plan({r, {}, {}}, emptySnapshot());
        QCOMPARE(p.action, PlanAction::Fail);
        QCOMPARE(p.error.cls, ErrorClass::DataQuality);
        QCOMPARE(p.error.message.count(u'\n'), 0);
        QVERIFY2(p.error.message.contains(QStringLiteral("Receptions.PlanStart")),
                 qPrintable(p.error.message));
        QVERIFY2(p.error.message.contains(QStringLiteral("завтра утром")),
                 qPrintable(p.error.message));
    }

    // Issue 10 defect 6: cut to what the portal stores, with a marker and a note.
    void oversizedValuesAreCutWithANote()
    {
        Reception r = reception(740, 5740);
        r.comment = QString(1 << 20, u'ж');
        r.patient.surname = QString(10000, u'Щ');
        r.doctor = QStringLiteral("Сидоров\u0000А.\u0007В.");
        const JobPlan p = planner().plan({r, {}, {}}, emptySnapshot());
        QCOMPARE(p.action, PlanAction::Create);
        const QString comment =
            p.draft->fields.value(QStringLiteral("UF_CRM_IDENT_COMMENT")).toString();
        QVERIFY(comment.endsWith(QStringLiteral("[…]")));
        QVERIFY(comment.toUtf8().size() <= 65535);
        const QString surname = p.contactFields.value(QStringLiteral("LAST_NAME")).toString();
        QCOMPARE(surname.size(), 50);
        QVERIFY(surname.endsWith(QStringLiteral("[…]")));
        QCOMPARE(p.draft->fields.value(QStringLiteral("UF_CRM_IDENT_DOCTOR")).toString(),
                 QStringLiteral("СидоровА.В."));
        QCOMPARE(p.draft->fields.value(QStringLiteral("TITLE")).toString().size(), 255);
        const QString notes = p.notes.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("UF_CRM_IDENT_COMMENT")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("1048576")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("LAST_NAME")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("UF_CRM_IDENT_DOCTOR")), qPrintable(notes));
    }

    // The console's binding preview: what binding a reception to a deal will write next cycle.
    void bindingPreview_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("stageWritten"); // "" = none
        QTest::newRow("open stage: everything, with the target stage")
            << "NEW" << int(WriteScope::Full) << "UC_NO40X0";
        QTest::newRow("protected stage: fields but not the stage")
            << "PREPAYMENT_INVOICE" << int(WriteScope::FieldsOnly) << "";
        QTest::newRow("final stage: the key only") << "WON" << int(WriteScope::KeyOnly) << "";
    }

    void bindingPreview()
    {
        QFETCH(QString, stage);
        QFETCH(int, scope);
        QFETCH(QString, stageWritten);
        Reception r = reception(750);
        r.patientAppeared = kDay;
        r.receptionStarted = kDay.addSecs(60);
        const JobPlan p = planner().planForBoundDeal(r, deal(64, stage));
        QCOMPARE(p.action, PlanAction::UpdateDeal);
        QCOMPARE(p.dealId, std::optional<qint64>(64));
        QCOMPARE(int(p.decision.scope), scope);
        QCOMPARE(p.draft.has_value(), true);
        QCOMPARE(p.draft->stage.has_value(), !stageWritten.isEmpty());
        if (!stageWritten.isEmpty())
            QCOMPARE(p.draft->stage->toString(), stageWritten);
        QCOMPARE(p.draft->fields.value(QStringLiteral("UF_CRM_IDENT_KEY")).toString(),
                 QStringLiteral("F1_750"));
    }

    // Two receptions of one new patient with an open lead: one contact, the lead converted once.
    void groupSharesOneNewContact()
    {
        PortalSnapshot s = emptySnapshot();
        const Reception a = reception(760, 5760);
        const Reception b = reception(761, 5760);
        const Reception other = reception(762, 5762, QStringLiteral("8 (916) 000-11-22"));
        s.openLeadsByPhone.insert(SyncPlanner::contactDraft(a).phoneE164,
                                  {PortalLead{8, QStringLiteral("NEW")}});
        const GroupPlan g = planner().planGroup({{a, {}, {}}, {other, {}, {}}, {b, {}, {}}}, s);
        QCOMPARE(g.plans.size(), 3);
        QCOMPARE(g.plans.at(0).action, PlanAction::ConvertLead);
        QCOMPARE(g.plans.at(2).action, PlanAction::Create);
        QVERIFY(!g.plans.at(2).leadId);
        QCOMPARE(g.contactFrom.at(2), std::optional<int>(0));
        QCOMPARE(g.contactFrom.at(0), std::optional<int>());
        QCOMPARE(g.units, (QList<QList<int>>{{0, 2}, {1}}));
    }

    void payloadRoundTrip()
    {
        Reception r = reception(400);
        r.otherKeyBranches = {2, 0};
        r.unreadable << UnreadableValue{QStringLiteral("Receptions.PlanEnd"), QStringLiteral("?")};
        r.cancelReasonId = 3;
        r.cancelReason = QStringLiteral("Не пришел");
        r.receptionCanceled = kDay.addSecs(5);
        r.amountKopecks = 1234567;
        r.comment = QStringLiteral("«кавычки» \"quotes\" 😀");
        QString error;
        const auto back = receptionFromJson(receptionToJson(r), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, r);

        QJsonObject broken = receptionToJson(r);
        broken.insert(QStringLiteral("planStart"), QStringLiteral("yesterday"));
        QVERIFY(!receptionFromJson(broken, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("planStart")));
        QVERIFY(!receptionFromJson(QJsonObject{}, &error).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "testsyncplanner.moc"
