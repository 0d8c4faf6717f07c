#include "core/piimask.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace identsync;

class TestPiiMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { PiiMask::setEnabled(true); }
    void cleanup() { PiiMask::setEnabled(true); }

    void enabledByDefault() { QVERIFY(PiiMask::isEnabled()); }

    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("e164 mobile") << "+79161234567"
                                     << "+7 916 *** ** 67";
        QTest::newRow("raw mobile") << "8 (916) 123-45-67"
                                    << "+7 916 *** ** 67";
        QTest::newRow("Moscow landline") << "+7 (495) 123-45-89"
                                         << "+7 495 *** ** 89";
        QTest::newRow("extension dropped") << "8 916 123-45-67 доб. 12"
                                           << "+7 916 *** ** 67";
        QTest::newRow("Ukraine") << "+380501234567"
                                 << "+38 ******** 67";
        QTest::newRow("USA") << "+1 (212) 555-0123"
                             << "+12 ******* 23";
        QTest::newRow("local, not normalisable") << "123-45-67"
                                                 << "***-**-67";
        QTest::newRow("two numbers") << "89161234567, 89037654321"
                                     << "***********, *********21";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("no digits") << "нет"
                                   << "нет";
    }

    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PiiMask::phone(input), expected);
    }

    void name_data()
    {
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("patronymic");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("unmasked");

        QTest::newRow("full") << "Иванов"
                              << "Иван"
                              << "Иванович"
                              << "Иванов И."
                              << "Иванов Иван Иванович";
        QTest::newRow("untidy spacing, lower case") << "  иванов "
                                                    << "иван"
                                                    << ""
                                                    << "иванов И."
                                                    << "иванов иван";
        QTest::newRow("double surname") << "Петров-Водкин"
                                        << "Кузьма"
                                        << "Сергеевич"
                                        << "Петров-Водкин К."
                                        << "Петров-Водкин Кузьма Сергеевич";
        QTest::newRow("ё") << "Семёнов"
                           << "Ёжи"
                           << ""
                           << "Семёнов Ё."
                           << "Семёнов Ёжи";
        QTest::newRow("surname only") << "Иванов"
                                      << ""
                                      << ""
                                      << "Иванов"
                                      << "Иванов";
        QTest::newRow("no surname") << ""
                                    << "Иван"
                                    << "Иванович"
                                    << "И."
                                    << "Иван Иванович";
        QTest::newRow("patronymic only") << ""
                                         << ""
                                         << "Иванович"
                                         << "И."
                                         << "Иванович";
        QTest::newRow("nothing") << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "";
        QTest::newRow("latin") << "Smith"
                               << "john"
                               << ""
                               << "Smith J."
                               << "Smith john";
    }

    void name()
    {
        QFETCH(QString, surname);
        QFETCH(QString, first);
        QFETCH(QString, patronymic);
        QFETCH(QString, expected);
        QFETCH(QString, unmasked);
        QCOMPARE(PiiMask::name(surname, first, patronymic), expected);
        PiiMask::setEnabled(false);
        QCOMPARE(PiiMask::name(surname, first, patronymic), unmasked);
    }

    void fullName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("three parts") << "Иванов Иван Иванович"
                                     << "Иванов И.";
        QTest::newRow("spacing") << "  Иванов \t Иван "
                                 << "Иванов И.";
        QTest::newRow("two parts") << "Петрова Анна"
                                   << "Петрова А.";
        QTest::newRow("one part") << "Иванов"
                                  << "Иванов";
        QTest::newRow("four parts") << "Алиев Рашид Ахмед оглы"
                                    << "Алиев Р.";
        QTest::newRow("empty") << ""
                               << "";
    }

    void fullName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PiiMask::fullName(input), expected);
    }

    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << "ivan@mail.ru"
                               << "i***@mail.ru";
        QTest::newRow("dots and plus") << "ivan.petrov+crm@clinic.example.com"
                                       << "i***@clinic.example.com";
        QTest::newRow("cyrillic") << "почта@пример.рф"
                                  << "п***@пример.рф";
        QTest::newRow("spaces") << " x@y.ru "
                                << "x***@y.ru";
        QTest::newRow("not an address") << "ivan at mail"
                                        << "***";
        QTest::newRow("nothing before @") << "@mail.ru"
                                          << "***";
        QTest::newRow("empty") << ""
                               << "";
    }

    void email()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PiiMask::email(input), expected);
    }

    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        // Nothing to mask: log lines full of numbers that are not phones stay byte for byte.
        const QStringList untouched = {
            QStringLiteral("Synced 15 receptions in 230 ms, page 3 of 7"),
            QStringLiteral("2026-03-01T09:00:00.123+03:00 deal 4567 updated F1_123456"),
            QStringLiteral("2026-03-01 09:00:00 [identsync.bitrix] batch of 50 calls"),
            QStringLiteral("Пациент пришел в 09:30, статус «Завершен (счет выдан)»"),
            QStringLiteral("Дата рождения 01.02.1980, приём 02.03.2026 10:00"),
            QStringLiteral("connect to 192.168.100.200:8080 failed, retry 85.143.22.101"),
            QStringLiteral("сумма 1 234 567 руб., скидка 1500.00"),
            QStringLiteral("unix time 1767225600, ms 1767225600123"),
            QStringLiteral("Пациент Иванов пришел"),
            QStringLiteral("Комментарий: \"не звонить\" 👍 «срочно» — 'ок'"),
            QStringLiteral("deal F2_9161234567 bound, key F1_89161234567_x"),
            QStringLiteral("build v8, id4567, sha a1b2c3d4e5, 12abc34"),
            QStringLiteral("В процессе → UC_NO40X0, C1:NEW"),
            QString(),
        };
        for (const QString &t : untouched)
            QTest::newRow(qPrintable(QStringLiteral("unchanged: ") + t.left(40))) << t << t;

        QTest::newRow("two phones") << "Звонок 8 (916) 123-45-67 и +7 903 765-43-21"
                                    << "Звонок +7 916 *** ** 67 и +7 903 *** ** 21";
        QTest::newRow("name, phone, e-mail, emoji")
            << "Иванов Иван Иванович, тел. 89161234567, e-mail ivan@mail.ru 😀"
            << "Иванов И. И., тел. +7 916 *** ** 67, e-mail i***@mail.ru 😀";
        QTest::newRow("two names after common words")
            << "Пациент Петрова Анна записана к врачу Сидоров Пётр Ильич"
            << "Пациент Петрова А. записана к врачу Сидоров П. И.";
        QTest::newRow("guillemets and quotes") << "«Иванов Иван» \"8-916-123-45-67\""
                                               << "«Иванов И.» \"+7 916 *** ** 67\"";
        QTest::newRow("foreign") << "call +49 30 1234567 now"
                                 << "call +49 ******* 67 now";
        QTest::newRow("unparseable phone in an error message")
            << "phone 8 916 123 45 6 cannot be normalised"
            << "phone * *** *** *5 6 cannot be normalised";
        QTest::newRow("local number") << "тел 123-45-67"
                                      << "тел ***-**-67";
        QTest::newRow("phone next to a deal id") << "deal 4567 89161234567"
                                                 << "deal 4567 +7 916 *** ** 67";
        QTest::newRow("phone after a date") << "2026-03-01 89161234567"
                                            << "2026-03-01 +7 916 *** ** 67";
        QTest::newRow("phone in brackets") << "(8 916 123-45-67)"
                                           << "(+7 916 *** ** 67)";
        QTest::newRow("phone after colon") << "tel:+79161234567"
                                           << "tel:+7 916 *** ** 67";
        QTest::newRow("phone glued to a word") << "тел89161234567, id+79031234567руб"
                                               << "тел+7 916 *** ** 67, id+7 903 *** ** 67руб";
        QTest::newRow("phone after emoji") << "📞89161234567"
                                           << "📞+7 916 *** ** 67";
        QTest::newRow("several e-mails")
            << "to: a.b@clinic.ru, cc: почта@пример.рф; bcc X_Y@Mail.Example.COM."
            << "to: a***@clinic.ru, cc: п***@пример.рф; bcc X***@Mail.Example.COM.";
        QTest::newRow("digits inside an e-mail") << "user89161234567@mail.ru"
                                                 << "u***@mail.ru";
        QTest::newRow("lines") << "line Иванов Иван\nline +79161234567\n"
                               << "line Иванов И.\nline +7 916 *** ** 67\n";
        QTest::newRow("double surname") << "Римский-Корсаков Николай Андреевич"
                                        << "Римский-Корсаков Н. А.";
        QTest::newRow("name first") << "Пётр Семёнов"
                                    << "Пётр С.";
        QTest::newRow("nbsp between name parts") << "Иванов\u00a0Иван"
                                                 << "Иванов И.";
        QTest::newRow("two long runs of phones")
            << "+7 916 123 45 67 8 903 765 43 21 8 495 123 45 67"
            << "+* *** *** ** ** * *** *** ** ** * *** *** ** 67";
    }

    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString masked = PiiMask::text(input);
        QCOMPARE(masked, expected);
        QCOMPARE(PiiMask::text(masked), masked); // masking twice changes nothing more
        PiiMask::setEnabled(false);
        QCOMPARE(PiiMask::text(input), input);
    }

    void disabledReturnsInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("phone") << "8 (916) 123-45-67";
        QTest::newRow("e-mail") << " ivan@mail.ru ";
        QTest::newRow("full name") << "Иванов  Иван Иванович";
        QTest::newRow("garbage") << "нет";
    }

    void disabledReturnsInput()
    {
        QFETCH(QString, input);
        PiiMask::setEnabled(false);
        QVERIFY(!PiiMask::isEnabled());
        QCOMPARE(PiiMask::phone(input), input);
        QCOMPARE(PiiMask::email(input), input);
        QCOMPARE(PiiMask::fullName(input), input);
        QCOMPARE(PiiMask::text(input), input);
        PiiMask::setEnabled(true);
        QVERIFY(PiiMask::isEnabled());
        QVERIFY(PiiMask::text(input) != input || PiiMask::email(input) != input);
    }

    // Hostile comments from IDENT (1 MB, long runs of names and digits) come back masked, the
    // same length class, and without hanging on regex backtracking.
    void hugeInput()
    {
        QString names;
        while (names.size() < (1 << 20))
            names += QStringLiteral("Аа ");
        names += QLatin1Char('x');
        const QString maskedNames = PiiMask::text(names);
        QVERIFY(maskedNames.startsWith(QStringLiteral("Аа А. А. ")));
        QVERIFY(maskedNames.endsWith(QLatin1Char('x')));

        QString digits;
        while (digits.size() < (1 << 20))
            digits += QStringLiteral("8 916 123 45 67 ");
        const QString maskedDigits = PiiMask::text(digits);
        QVERIFY(!maskedDigits.contains(QStringLiteral("916 123")));

        const QString mixed = QString(1 << 19, QLatin1Char('a')) + QStringLiteral("@") +
                              QString(1 << 19, QLatin1Char('1'));
        QCOMPARE(PiiMask::text(mixed).size(), mixed.size());
    }

    // Many threads masking at once, one of them flipping the switch: every result is either the
    // masked or the original text, never a mix or a crash.
    void concurrentUse()
    {
        const QString input = QStringLiteral("Иванов Иван, +79161234567, ivan@mail.ru");
        const QString masked = PiiMask::text(input);
        QVERIFY(masked != input);
        std::atomic<int> bad{0};
        std::atomic<int> finished{0};
        constexpr int workers = 4;
        std::vector<std::thread> threads;
        for (int t = 0; t < workers; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 300; ++i) {
                    const QString out = PiiMask::text(input);
                    if (out != masked && out != input)
                        ++bad;
                }
                ++finished;
            });
        }
        // Flips the switch for as long as anyone is masking, so flips land mid-line.
        threads.emplace_back([&] {
            for (bool on = false; finished.load() < workers; on = !on)
                PiiMask::setEnabled(on);
        });
        for (auto &th : threads)
            th.join();
        QCOMPARE(bad.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPiiMask)
#include "testpiimask.moc"
