#include "core/phonenormalizer.h"

#include <QtTest>

using namespace identsync;

class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("extension");

        const QString mobile = QStringLiteral("+79161234567");
        // Russian mobiles, as registrars type them.
        QTest::newRow("8 (916) 123-45-67") << "8 (916) 123-45-67" << mobile << "";
        QTest::newRow("+7 916 1234567") << "+7 916 1234567" << mobile << "";
        QTest::newRow("9161234567") << "9161234567" << mobile << "";
        QTest::newRow("89161234567") << "89161234567" << mobile << "";
        QTest::newRow("79161234567") << "79161234567" << mobile << "";
        QTest::newRow("+79161234567") << "+79161234567" << mobile << "";
        QTest::newRow("8-916-123-45-67") << "8-916-123-45-67" << mobile << "";
        QTest::newRow("7(916)123-45-67") << "7(916)123-45-67" << mobile << "";
        QTest::newRow("+7(916)123-45-67") << "+7(916)123-45-67" << mobile << "";
        QTest::newRow("+7 (916) 123 45 67") << "+7 (916) 123 45 67" << mobile << "";
        QTest::newRow("dots") << "8.916.123.45.67" << mobile << "";
        QTest::newRow("surrounding spaces and tab") << " \t+7 916 123-45-67  " << mobile << "";
        QTest::newRow("nbsp") << "+7\u00a0916\u00a0123\u00a045\u00a067" << mobile << "";
        QTest::newRow("narrow nbsp, thin space")
            << "8\u202f916\u2009123\u202f45\u202f67" << mobile << "";
        QTest::newRow("en dash, em dash, minus")
            << "8\u2013916\u2014123\u221245\u201167" << mobile << "";
        QTest::newRow("left-to-right marks from a messenger")
            << "\u200e+7 916 123-45-67\u200f" << mobile << "";
        QTest::newRow("(916) 123-45-67") << "(916) 123-45-67" << mobile << "";
        QTest::newRow("916 123 45 67") << "916 123 45 67" << mobile << "";
        QTest::newRow("trailing full stop") << "8 916 123-45-67." << mobile << "";
        QTest::newRow("trailing comma") << "8 916 123-45-67," << mobile << "";
        QTest::newRow("label тел.:") << "тел.: 8 916 123-45-67" << mobile << "";
        QTest::newRow("label Моб.") << "Моб. +7 916 123 45 67" << mobile << "";
        QTest::newRow("+7 8 double prefix") << "+7 8 916 123 45 67" << mobile << "";
        QTest::newRow("+8 written for 8") << "+8 (916) 123-45-67" << mobile << "";
        // Extensions split off.
        QTest::newRow("доб. 12") << "8-916-123-45-67 доб. 12" << mobile << "12";
        QTest::newRow("доб without dot") << "8 916 123 45 67 доб 345" << mobile << "345";
        QTest::newRow("Доб.12 glued") << "89161234567 Доб.12" << mobile << "12";
        QTest::newRow("(доб. 7)") << "8 (495) 123-45-67 (доб. 7)"
                                  << "+74951234567"
                                  << "7";
        QTest::newRow(", добавочный 1234") << "8 495 123 45 67, добавочный 1234"
                                           << "+74951234567"
                                           << "1234";
        QTest::newRow("ext. 5") << "+7 495 123-45-67 ext. 5"
                                << "+74951234567"
                                << "5";
        QTest::newRow("x12") << "+1 212 555 0123 x12"
                             << "+12125550123"
                             << "12";
        QTest::newRow("вн. 101") << "8 (812) 123-45-67 вн. 101"
                                 << "+78121234567"
                                 << "101";
        // Landlines with city codes of every length.
        QTest::newRow("Moscow 8 (495)") << "8 (495) 123-45-67"
                                        << "+74951234567"
                                        << "";
        QTest::newRow("St Petersburg +7 (812)") << "+7 (812) 123-45-67"
                                                << "+78121234567"
                                                << "";
        QTest::newRow("Tyumen 8 (3452)") << "8 (3452) 12-34-56"
                                         << "+73452123456"
                                         << "";
        QTest::newRow("5-digit code 8 (34922)") << "8 (34922) 1-23-45"
                                                << "+73492212345"
                                                << "";
        QTest::newRow("Moscow without trunk") << "495 123-45-67"
                                              << "+74951234567"
                                              << "";
        QTest::newRow("toll free 8 800") << "8 800 555-35-35"
                                         << "+78005553535"
                                         << "";
        QTest::newRow("Krasnodar 8 861 without trunk") << "(861) 234-56-78"
                                                       << "+78612345678"
                                                       << "";
        // Kazakhstan shares +7.
        QTest::newRow("Kazakhstan +7 701") << "+7 701 123 4567"
                                           << "+77011234567"
                                           << "";
        QTest::newRow("Kazakhstan 8 727") << "8 (727) 123-45-67"
                                          << "+77271234567"
                                          << "";
        // Foreign numbers with an explicit international prefix.
        QTest::newRow("Germany +49") << "+49 30 1234567"
                                     << "+49301234567"
                                     << "";
        QTest::newRow("Germany 0049") << "0049 30 12345678"
                                      << "+493012345678"
                                      << "";
        QTest::newRow("Ukraine +380") << "+380 (50) 123-45-67"
                                      << "+380501234567"
                                      << "";
        QTest::newRow("USA +1") << "+1 (212) 555-0123"
                                << "+12125550123"
                                << "";
        QTest::newRow("Belarus +375") << "+375 29 123-45-67"
                                      << "+375291234567"
                                      << "";
        QTest::newRow("Russian 8 10 prefix") << "8 10 49 30 1234567"
                                             << "+49301234567"
                                             << "";
        QTest::newRow("Israel") << "+972 50-123-4567"
                                << "+972501234567"
                                << "";
        QTest::newRow("Falklands, 8 digits shortest") << "+500 12345"
                                                      << "+50012345"
                                                      << "";
        QTest::newRow("15 digits longest") << "+123 456 789 012 345"
                                           << "+123456789012345"
                                           << "";
    }

    void accepted()
    {
        QFETCH(QString, raw);
        QFETCH(QString, e164);
        QFETCH(QString, extension);
        const PhoneResult r = PhoneNormalizer::normalize(raw);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.e164, e164);
        QCOMPARE(r.extension, extension);
        QVERIFY(r.error.isEmpty());
        // Normalising the result again is a fixed point.
        QCOMPARE(PhoneNormalizer::normalize(r.e164).e164, e164);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("reason"); // a fragment the explanation must contain

        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("only spaces") << "   \u00a0 "
                                     << "empty";
        QTest::newRow("only punctuation") << "--- ()"
                                          << "no digits";
        QTest::newRow("only plus") << "+"
                                   << "no digits";
        QTest::newRow("letters") << "нет телефона"
                                 << "letters";
        QTest::newRow("comment in field") << "8 916 123-45-67 (мама)"
                                          << "letters";
        QTest::newRow("letter inside digits") << "8916l234567"
                                              << "letters";
        QTest::newRow("two numbers, comma") << "8 916 123-45-67, 8 903 765-43-21"
                                            << "two";
        QTest::newRow("two numbers, semicolon") << "+79161234567;+79037654321"
                                                << "two";
        QTest::newRow("two numbers, slash") << "89161234567 / 84951234567"
                                            << "two";
        QTest::newRow("two numbers, или") << "8 916 123 45 67 или 8 903 765 43 21"
                                          << "two";
        QTest::newRow("two numbers, newline") << "89161234567\n89037654321"
                                              << "two";
        QTest::newRow("two numbers, extension first") << "8 916 123-45-67 доб. 12, 8 903 765-43-21"
                                                      << "two";
        QTest::newRow("two numbers, only spaces") << "89161234567 89037654321"
                                                  << "too many";
        QTest::newRow("alternative ending") << "8 916 123-45-67 / 68"
                                            << "more than one value";
        QTest::newRow("local 7 digits") << "123-45-67"
                                        << "city code";
        QTest::newRow("local 6 digits") << "12-34-56"
                                        << "city code";
        QTest::newRow("too few") << "12 34"
                                 << "too few";
        QTest::newRow("9 digits") << "916 123 45 6"
                                  << "too few";
        QTest::newRow("mobile missing a digit") << "8 916 123 45 6"
                                                << "digit missing";
        QTest::newRow("10 digits starting with 7") << "7 916 123 45 6"
                                                   << "ambiguous";
        QTest::newRow("too many") << "8 916 123 45 678"
                                  << "too many";
        QTest::newRow("foreign without plus") << "38 050 123 45 67"
                                              << "too many";
        QTest::newRow("11 digits not 7 or 8") << "49 301 234 567"
                                              << "start with 8 or 7";
        QTest::newRow("+7 too short") << "+7 916 123 45 6"
                                      << "10 digits after the 7";
        QTest::newRow("+7 too long") << "+7 916 123 45 678"
                                     << "10 digits after the 7";
        QTest::newRow("bad Russian code 8 (123)") << "8 (123) 456-78-90"
                                                  << "starts with 1";
        QTest::newRow("bad Russian code +7 0") << "+7 012 345 67 89"
                                               << "starts with 0";
        QTest::newRow("plus in the middle") << "8 +916 123 45 67"
                                            << "'+'";
        QTest::newRow("two plus signs") << "++7 916 123 45 67"
                                        << "'+'";
        QTest::newRow("country code 0") << "+0 123 456 789"
                                        << "country code";
        QTest::newRow("international too short") << "+49 301 23"
                                                 << "too few";
        QTest::newRow("international 7 digits") << "+683 1234"
                                                << "too few";
        QTest::newRow("international too long") << "+49 3012 3456 7890 123"
                                                << "too many";
        QTest::newRow("emoji") << "8 916 123 45 67 \U0001F600"
                               << "\U0001F600";
        QTest::newRow("star") << "8 916 *** ** 67"
                              << "'*'";
        QTest::newRow("arabic-indic digits") << "٨٩١٦١٢٣٤٥٦٧"
                                             << "'";
        QTest::newRow("quote") << "8 916 123 45 67\""
                               << "'\"'";
        QTest::newRow("extension alone") << "доб. 12"
                                         << "no digits";
    }

    void rejected()
    {
        QFETCH(QString, raw);
        QFETCH(QString, reason);
        const PhoneResult r = PhoneNormalizer::normalize(raw);
        QVERIFY2(!r.ok(), qPrintable(r.e164));
        QVERIFY(r.e164.isEmpty());
        QVERIFY2(r.error.contains(reason, Qt::CaseInsensitive), qPrintable(r.error));
    }

    // A huge hostile field is refused with a reason, not a crash or a hang.
    void hugeInput()
    {
        const QString big = QString(1 << 20, QLatin1Char('9'));
        const PhoneResult r = PhoneNormalizer::normalize(big);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("too many")));
        const QString spaces =
            QLatin1Char('8') + QString(1 << 20, QLatin1Char(' ')) + QStringLiteral("9 доб");
        QVERIFY(!PhoneNormalizer::normalize(spaces).ok());
        const PhoneResult nul = PhoneNormalizer::normalize(QString(1 << 16, QChar(0)));
        QVERIFY(!nul.ok());
        QVERIFY2(nul.error.contains(QStringLiteral("U+0000")), qPrintable(nul.error));
        QVERIFY(!nul.error.contains(QChar(0)));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "testphonenormalizer.moc"
