#include "core/receptioncheck.h"

#include <QtTest>

using namespace identsync;

namespace {

// A reception that passes every rule; each test row breaks one or more things.
Reception goodReception()
{
    Reception r;
    r.branchId = 1;
    r.id = 123;
    r.patient.branchId = 1;
    r.patient.id = 555;
    r.patient.surname = QStringLiteral("Иванов");
    r.patient.name = QStringLiteral("Иван");
    r.patient.phoneRaw = QStringLiteral("8 (916) 123-45-67");
    r.patient.birthdayRaw = QStringLiteral("01.02.1980");
    r.planStart = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    r.planEnd = r.planStart.addSecs(1800);
    return r;
}

} // namespace

class TestReceptionCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void birthday_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid QDate = nullopt

        QTest::newRow("IDENT style 104") << "01.02.1980" << QDate(1980, 2, 1);
        QTest::newRow("single-digit day and month") << "1.2.1980" << QDate(1980, 2, 1);
        QTest::newRow("ISO style 23") << "1980-02-01" << QDate(1980, 2, 1);
        QTest::newRow("with midnight time") << "01.02.1980 0:00:00" << QDate(1980, 2, 1);
        QTest::newRow("ISO with time") << "1980-02-01T00:00:00.000" << QDate(1980, 2, 1);
        QTest::newRow("spaces") << "  29.02.2000 " << QDate(2000, 2, 29);
        QTest::newRow("empty") << "" << QDate();
        QTest::newRow("blank") << "   " << QDate();
        QTest::newRow("31 February") << "31.02.1980" << QDate();
        QTest::newRow("29 Feb non-leap") << "29.02.1981" << QDate();
        QTest::newRow("month 13") << "01.13.1980" << QDate();
        QTest::newRow("two-digit year") << "01.02.80" << QDate();
        QTest::newRow("placeholder 0001") << "01.01.0001" << QDate();
        QTest::newRow("year 1899") << "31.12.1899" << QDate();
        QTest::newRow("year 1900") << "01.01.1900" << QDate(1900, 1, 1);
        QTest::newRow("words") << "не указана" << QDate();
        QTest::newRow("slashes") << "01/02/1980" << QDate();
        QTest::newRow("trailing garbage") << "01.02.1980г" << QDate();
        QTest::newRow("ISO without zero padding") << "1980-2-1" << QDate();
    }

    void birthday()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto parsed = parseIdentBirthday(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(*parsed, expected);
    }

    void check_data()
    {
        QTest::addColumn<Reception>("reception");
        QTest::addColumn<QStringList>("fields");
        // Fragments every message of the row must contain: the record's name and the remedy.
        QTest::addColumn<QStringList>("fragments");

        const QStringList inIdent = {QStringLiteral("F1_123"), QStringLiteral("in IDENT"),
                                     QStringLiteral("re-read automatically")};
        Reception r = goodReception();
        QTest::newRow("clean") << r << QStringList() << QStringList();

        r = goodReception();
        r.patient.phoneRaw.clear();
        QTest::newRow("empty phone is fine") << r << QStringList() << QStringList();

        r = goodReception();
        r.patient.phoneRaw = QStringLiteral("   ");
        QTest::newRow("blank phone is fine") << r << QStringList() << QStringList();

        r = goodReception();
        r.patient.birthdayRaw.clear();
        QTest::newRow("empty birthday is fine") << r << QStringList() << QStringList();

        r = goodReception();
        r.planEnd = QDateTime();
        QTest::newRow("no plan end is fine") << r << QStringList() << QStringList();

        r = goodReception();
        r.planEnd = r.planStart;
        QTest::newRow("zero duration is fine") << r << QStringList() << QStringList();

        r = goodReception();
        r.branchId = 0;
        r.patient.branchId = 0;
        QTest::newRow("branch 0 is valid") << r << QStringList() << QStringList();

        r = goodReception();
        r.patient = Patient();
        QTest::newRow("no patient")
            << r << QStringList{QStringLiteral("patient.id")}
            << (inIdent + QStringList{QStringLiteral("no patient"), QStringLiteral("Assign")});

        r = goodReception();
        r.patient.phoneRaw = QStringLiteral("8 916 123-45-67, 8 903 765-43-21");
        QTest::newRow("two phones")
            << r << QStringList{QStringLiteral("patient.phoneRaw")}
            << (inIdent + QStringList{QStringLiteral("two phone numbers"),
                                      QStringLiteral("patient 555"),
                                      QStringLiteral("fix the phone in the patient card")});

        r = goodReception();
        r.patient.phoneRaw = QStringLiteral("234-56-78");
        QTest::newRow("local phone") << r << QStringList{QStringLiteral("patient.phoneRaw")}
                                     << (inIdent + QStringList{QStringLiteral("city code")});

        r = goodReception();
        r.patient.phoneRaw = QStringLiteral("100% мама");
        QTest::newRow("percent sign in phone")
            << r << QStringList{QStringLiteral("patient.phoneRaw")}
            << (inIdent + QStringList{QStringLiteral("unexpected character '%'")});

        r = goodReception();
        r.planStart = QDateTime();
        QTest::newRow("no plan start") << r << QStringList{QStringLiteral("planStart")}
                                       << (inIdent + QStringList{QStringLiteral("planned start")});

        r = goodReception();
        r.planStart = QDateTime();
        r.planEnd = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QTest::newRow("no plan start, only end")
            << r << QStringList{QStringLiteral("planStart")} << inIdent;

        // Issue 10 defect 5: one problem naming the column and the value, not "missing" twice.
        r = goodReception();
        r.planStart = QDateTime();
        r.unreadable << UnreadableValue{QStringLiteral("Receptions.PlanStart"),
                                        QStringLiteral("завтра утром")};
        QTest::newRow("unreadable plan start")
            << r << QStringList{QStringLiteral("Receptions.PlanStart")}
            << (inIdent + QStringList{QStringLiteral("Receptions.PlanStart"),
                                      QStringLiteral("«завтра утром»")});

        r = goodReception();
        r.receptionEnded = QDateTime();
        r.unreadable << UnreadableValue{QStringLiteral("Receptions.ReceptionEnded"),
                                        QStringLiteral("вчера\u0000")};
        QTest::newRow("unreadable event column")
            << r << QStringList{QStringLiteral("Receptions.ReceptionEnded")}
            << (inIdent + QStringList{QStringLiteral("«вчера»")});

        r = goodReception();
        r.planEnd = r.planStart.addSecs(-60);
        QTest::newRow("end before start")
            << r << QStringList{QStringLiteral("planEnd")}
            << (inIdent + QStringList{QStringLiteral("before the planned start"),
                                      QStringLiteral("2026-03-02T09:59:00Z"),
                                      QStringLiteral("2026-03-02T10:00:00Z")});

        r = goodReception();
        r.patient.birthdayRaw = QStringLiteral("31.02.1980");
        QTest::newRow("impossible birthday")
            << r << QStringList{QStringLiteral("patient.birthdayRaw")}
            << (inIdent + QStringList{QStringLiteral("birthday"), QStringLiteral("dd.mm.yyyy")});

        r = goodReception();
        r.patient.birthdayRaw = QStringLiteral("не помнит");
        QTest::newRow("text birthday")
            << r << QStringList{QStringLiteral("patient.birthdayRaw")} << inIdent;

        r = goodReception();
        r.branchId = -1;
        QTest::newRow("negative branch")
            << r << QStringList{QStringLiteral("branchId")}
            << QStringList{QStringLiteral("reception 123 of branch -1"),
                           QStringLiteral("branch ID -1"), QStringLiteral("in IDENT")};

        r = goodReception();
        r.id = 0;
        QTest::newRow("no reception id") << r << QStringList{QStringLiteral("id")}
                                         << QStringList{QStringLiteral("reception 0 of branch 1"),
                                                        QStringLiteral("Receptions.ID")};

        r = goodReception();
        r.patient.phoneRaw = QStringLiteral("нет");
        r.patient.birthdayRaw = QStringLiteral("00.00.0000");
        r.planEnd = r.planStart.addSecs(-1);
        QTest::newRow("several problems, reported in field order")
            << r
            << QStringList{QStringLiteral("patient.phoneRaw"),
                           QStringLiteral("patient.birthdayRaw"), QStringLiteral("planEnd")}
            << inIdent;

        // Without a patient there is no phone or birthday to judge: one problem, not three.
        r = goodReception();
        r.patient.id = 0;
        r.patient.phoneRaw = QStringLiteral("нет");
        r.patient.birthdayRaw = QStringLiteral("bad");
        QTest::newRow("no patient hides patient fields")
            << r << QStringList{QStringLiteral("patient.id")} << inIdent;
    }

    void check()
    {
        QFETCH(Reception, reception);
        QFETCH(QStringList, fields);
        QFETCH(QStringList, fragments);

        const QList<DataQualityIssue> issues = checkReception(reception);
        QStringList got;
        for (const DataQualityIssue &i : issues) {
            got << i.field;
            for (const QString &f : fragments)
                QVERIFY2(i.message.contains(f, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("'%1' not in: %2").arg(f, i.message)));
            // The message may be logged and stored: it never repeats the raw values.
            if (!reception.patient.phoneRaw.trimmed().isEmpty())
                QVERIFY(!i.message.contains(reception.patient.phoneRaw));
            if (!reception.patient.birthdayRaw.trimmed().isEmpty())
                QVERIFY(!i.message.contains(reception.patient.birthdayRaw));
        }
        QCOMPARE(got, fields);
    }

    void newContactNeedsAName_data()
    {
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("problem");
        QTest::newRow("surname only") << "Иванова"
                                      << "" << false;
        QTest::newRow("name only") << ""
                                   << "Мария" << false;
        QTest::newRow("nothing") << ""
                                 << "" << true;
        QTest::newRow("spaces and NUL") << "   " << QStringLiteral("\u0000") << true;
    }

    void newContactNeedsAName()
    {
        QFETCH(QString, surname);
        QFETCH(QString, name);
        QFETCH(bool, problem);
        Reception r = goodReception();
        r.patient.surname = surname;
        r.patient.name = name;
        r.patient.patronymic.clear();
        const auto issue = checkNewContact(r);
        QCOMPARE(issue.has_value(), problem);
        if (problem) {
            QCOMPARE(issue->field, QStringLiteral("patient.name"));
            QVERIFY2(issue->message.contains(QString::number(r.patient.id)),
                     qPrintable(issue->message));
        }
    }

    void issuesCompare()
    {
        const DataQualityIssue a{QStringLiteral("planStart"), QStringLiteral("x")};
        QCOMPARE(a, (DataQualityIssue{QStringLiteral("planStart"), QStringLiteral("x")}));
        QVERIFY(!(a == DataQualityIssue{QStringLiteral("planEnd"), QStringLiteral("x")}));
    }
};

QTEST_GUILESS_MAIN(TestReceptionCheck)
#include "testreceptioncheck.moc"
