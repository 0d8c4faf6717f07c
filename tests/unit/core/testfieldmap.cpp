#include "core/dealdraft.h"
#include "core/fieldmap.h"
#include "core/reception.h"
#include "core/stageguard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

using namespace identsync;

namespace {

// crm.deal.fields of the reference portal (`result` only, trimmed to the fields that matter plus a
// few the map must not point at), in the shape of reference §5.5.
const char *kDealFields = R"({
 "ID":{"type":"integer","isRequired":false,"isReadOnly":true,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"ID"},
 "TITLE":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Название"},
 "TYPE_ID":{"type":"crm_status","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"statusType":"DEAL_TYPE","title":"Тип"},
 "CATEGORY_ID":{"type":"crm_category","isRequired":false,"isReadOnly":false,"isImmutable":true,"isMultiple":false,"isDynamic":false,"title":"Воронка"},
 "STAGE_ID":{"type":"crm_status","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"statusType":"DEAL_STAGE","title":"Стадия сделки"},
 "STAGE_SEMANTIC_ID":{"type":"string","isRequired":false,"isReadOnly":true,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Группа стадии"},
 "OPPORTUNITY":{"type":"double","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Сумма"},
 "CURRENCY_ID":{"type":"crm_currency","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Валюта"},
 "CONTACT_IDS":{"type":"crm_contact","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":true,"isDynamic":false,"title":"Контакты"},
 "LEAD_ID":{"type":"crm_lead","isRequired":false,"isReadOnly":true,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Лид"},
 "DATE_CREATE":{"type":"datetime","isRequired":false,"isReadOnly":true,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Дата создания"},
 "COMMENTS":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Комментарий"},
 "UF_CRM_IDENT_KEY":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_KEY","listLabel":"IDENT ключ","formLabel":"IDENT ключ","filterLabel":"IDENT ключ","settings":{"SIZE":20,"ROWS":1,"REGEXP":"","MIN_LENGTH":0,"MAX_LENGTH":0,"DEFAULT_VALUE":""}},
 "UF_CRM_IDENT_START":{"type":"datetime","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_START","listLabel":"Начало приёма","formLabel":"Начало приёма","filterLabel":"Начало приёма","settings":{"DEFAULT_VALUE":{"TYPE":"NONE","VALUE":""},"USE_SECOND":"Y","USE_TIMEZONE":"N"}},
 "UF_CRM_IDENT_END":{"type":"datetime","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_END","listLabel":"Конец приёма","formLabel":"Конец приёма","filterLabel":"Конец приёма","settings":{"DEFAULT_VALUE":{"TYPE":"NONE","VALUE":""},"USE_SECOND":"Y","USE_TIMEZONE":"N"}},
 "UF_CRM_IDENT_DOCTOR":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_DOCTOR","listLabel":"Врач","formLabel":"Врач","filterLabel":"Врач"},
 "UF_CRM_IDENT_SPECIALITY":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_SPECIALITY","listLabel":"Специальность","formLabel":"Специальность","filterLabel":"Специальность"},
 "UF_CRM_IDENT_BRANCH":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_BRANCH","listLabel":"Филиал","formLabel":"Филиал","filterLabel":"Филиал"},
 "UF_CRM_IDENT_CHAIR":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_CHAIR","listLabel":"Кресло","formLabel":"Кресло","filterLabel":"Кресло"},
 "UF_CRM_IDENT_STATUS":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_STATUS","listLabel":"Статус приёма","formLabel":"Статус приёма","filterLabel":"Статус приёма"},
 "UF_CRM_IDENT_CARD":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_CARD","listLabel":"Номер карты","formLabel":"Номер карты","filterLabel":"Номер карты"},
 "UF_CRM_IDENT_GUARDIAN":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_GUARDIAN","listLabel":"Представитель","formLabel":"Представитель","filterLabel":"Представитель"},
 "UF_CRM_IDENT_COMMENT":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_COMMENT","listLabel":"Комментарий IDENT","formLabel":"Комментарий IDENT","filterLabel":"Комментарий IDENT"},
 "UF_CRM_IDENT_SERVICES":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_SERVICES","listLabel":"Услуги","formLabel":"Услуги","filterLabel":"Услуги","settings":{"SIZE":20,"ROWS":5,"REGEXP":"","MIN_LENGTH":0,"MAX_LENGTH":0,"DEFAULT_VALUE":""}},
 "UF_CRM_IDENT_ORDER_DATE":{"type":"datetime","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_ORDER_DATE","listLabel":"Дата наряда","formLabel":"Дата наряда","filterLabel":"Дата наряда"},
 "UF_CRM_IDENT_CANCEL_REASON":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_CANCEL_REASON","listLabel":"Причина отмены","formLabel":"Причина отмены","filterLabel":"Причина отмены"},
 "UF_CRM_IDENT_PLAN":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_PLAN","listLabel":"План лечения","formLabel":"План лечения","filterLabel":"План лечения"},
 "UF_CRM_IDENT_PLAN_HASH":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_PLAN_HASH","listLabel":"Хэш плана","formLabel":"Хэш плана","filterLabel":"Хэш плана"},
 "UF_CRM_IDENT_REGISTRAR":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_REGISTRAR","listLabel":"Регистратор","formLabel":"Регистратор","filterLabel":"Регистратор"}
})";

const char *kContactFields = R"({
 "ID":{"type":"integer","isRequired":false,"isReadOnly":true,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"ID"},
 "NAME":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Имя"},
 "SECOND_NAME":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Отчество"},
 "LAST_NAME":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Фамилия"},
 "BIRTHDATE":{"type":"date","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Дата рождения"},
 "PHONE":{"type":"crm_multifield","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":true,"isDynamic":false,"title":"Телефон"},
 "EMAIL":{"type":"crm_multifield","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":true,"isDynamic":false,"title":"E-mail"},
 "DATE_MODIFY":{"type":"datetime","isRequired":false,"isReadOnly":true,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Дата изменения"},
 "UF_CRM_IDENT_PATIENT":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":true,"title":"UF_CRM_IDENT_PATIENT","listLabel":"ID пациента IDENT","formLabel":"ID пациента IDENT","filterLabel":"ID пациента IDENT"}
})";

QJsonObject objectOf(const char *json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad fixture: %s", qPrintable(err.errorString()));
    return doc.object();
}

const int kMoscow = 3 * 3600;

QDateTime wall(int h, int m)
{
    return QDateTime(QDate(2026, 3, 1), QTime(h, m));
}

Reception sampleReception()
{
    Reception r;
    r.branchId = 1;
    r.branchName = QStringLiteral("Клиника на Ленина");
    r.id = 12345;
    r.patient.branchId = 1;
    r.patient.id = 777;
    r.patient.surname = QStringLiteral("Иванов");
    r.patient.name = QStringLiteral("Иван");
    r.patient.patronymic = QStringLiteral("Иванович");
    r.patient.phoneRaw = QStringLiteral("8 (916) 123-45-67");
    r.patient.cardNumber = QStringLiteral("A-15");
    r.patient.guardian = QStringLiteral("Иванова Мария Петровна");
    r.planStart = wall(10, 30);
    r.planEnd = wall(11, 15);
    r.doctor = QStringLiteral("Петров Пётр Петрович");
    r.speciality = QStringLiteral("Стоматолог-терапевт");
    r.chair = QStringLiteral("Кресло 2");
    r.comment = QStringLiteral("Просит перезвонить \"после 18:00\"");
    r.registrar = QStringLiteral("Сидорова Анна");
    r.servicesText = QStringLiteral("Лечение кариеса ×1; Анестезия ×1");
    r.amountKopecks = 150050;
    r.orderDate = wall(11, 20);
    r.treatmentPlanText = QStringLiteral("Этап 1: терапия (3 услуги, 4500.00, не оплачен)");
    r.treatmentPlanHash = QStringLiteral("9f86d081884c7d65");
    return r;
}

QJsonObject sampleExpected()
{
    return QJsonObject{
        {"UF_CRM_IDENT_KEY", "F1_12345"},
        {"TITLE", QStringLiteral("Приём 01.03.2026 10:30 — Иванов Иван Иванович")},
        {"UF_CRM_IDENT_START", "2026-03-01T10:30:00+03:00"},
        {"UF_CRM_IDENT_END", "2026-03-01T11:15:00+03:00"},
        {"UF_CRM_IDENT_DOCTOR", QStringLiteral("Петров Пётр Петрович")},
        {"UF_CRM_IDENT_SPECIALITY", QStringLiteral("Стоматолог-терапевт")},
        {"UF_CRM_IDENT_BRANCH", QStringLiteral("Клиника на Ленина")},
        {"UF_CRM_IDENT_CHAIR", QStringLiteral("Кресло 2")},
        {"UF_CRM_IDENT_STATUS", QStringLiteral("В процессе")},
        {"UF_CRM_IDENT_CARD", "A-15"},
        {"UF_CRM_IDENT_GUARDIAN", QStringLiteral("Иванова Мария Петровна")},
        {"UF_CRM_IDENT_COMMENT", QStringLiteral("Просит перезвонить \"после 18:00\"")},
        {"UF_CRM_IDENT_SERVICES", QStringLiteral("Лечение кариеса ×1; Анестезия ×1")},
        {"OPPORTUNITY", "1500.50"},
        {"UF_CRM_IDENT_ORDER_DATE", "2026-03-01T11:20:00+03:00"},
        {"UF_CRM_IDENT_PLAN", QStringLiteral("Этап 1: терапия (3 услуги, 4500.00, не оплачен)")},
        {"UF_CRM_IDENT_PLAN_HASH", "9f86d081884c7d65"},
        {"UF_CRM_IDENT_REGISTRAR", QStringLiteral("Сидорова Анна")},
    };
}

QJsonObject without(QJsonObject o, const QStringList &keys)
{
    for (const QString &k : keys)
        o.remove(k);
    return o;
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QString emojiRun(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QString::fromUtf8("\xF0\x9F\xA6\xB7"); // U+1F9B7 tooth, a surrogate pair
    return s;
}

} // namespace

class TestFieldMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dealFields_data()
    {
        QTest::addColumn<Reception>("reception");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("isCreate");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QJsonObject>("expected");

        const Reception base = sampleReception();
        const QString inProgress = QStringLiteral("В процессе");
        const QJsonObject all = sampleExpected();

        QTest::newRow("create: every field") << base << inProgress << true << kMoscow << all;
        QTest::newRow("update: no registrar, no title")
            << base << inProgress << false << kMoscow
            << without(all, {"UF_CRM_IDENT_REGISTRAR", "TITLE"});

        Reception sparse = base;
        sparse.planEnd = QDateTime();
        sparse.doctor.clear();
        sparse.chair = QStringLiteral("   ");
        sparse.comment.clear();
        sparse.patient.guardian.clear();
        sparse.patient.cardNumber.clear();
        sparse.servicesText.clear();
        sparse.amountKopecks.reset();
        sparse.orderDate = QDateTime();
        sparse.treatmentPlanText.clear();
        sparse.treatmentPlanHash.clear();
        sparse.registrar.clear();
        QTest::newRow("missing optional values are left out")
            << sparse << inProgress << true << kMoscow
            << without(all,
                       {"UF_CRM_IDENT_END", "UF_CRM_IDENT_DOCTOR", "UF_CRM_IDENT_CHAIR",
                        "UF_CRM_IDENT_COMMENT", "UF_CRM_IDENT_GUARDIAN", "UF_CRM_IDENT_CARD",
                        "UF_CRM_IDENT_SERVICES", "OPPORTUNITY", "UF_CRM_IDENT_ORDER_DATE",
                        "UF_CRM_IDENT_PLAN", "UF_CRM_IDENT_PLAN_HASH", "UF_CRM_IDENT_REGISTRAR"});

        Reception cancelled = base;
        cancelled.cancelReason = QStringLiteral("Не пришел");
        cancelled.amountKopecks = 0;
        QTest::newRow("cancelled with reason, zero amount")
            << cancelled << QStringLiteral("Отменен") << false << kMoscow
            << with(with(with(without(all, {"UF_CRM_IDENT_REGISTRAR", "TITLE"}),
                              "UF_CRM_IDENT_CANCEL_REASON", QStringLiteral("Не пришел")),
                         "UF_CRM_IDENT_STATUS", QStringLiteral("Отменен")),
                    "OPPORTUNITY", "0.00");

        Reception padded = base;
        padded.doctor = QStringLiteral("  Петров Пётр Петрович   ");
        padded.chair = QStringLiteral("Кресло") + QChar(u'\0') + QStringLiteral(" 2");
        QTest::newRow("IDENT padding and NULs are dropped")
            << padded << inProgress << true << kMoscow << all;

        Reception noName = base;
        noName.patient = Patient();
        QTest::newRow("title without a patient name")
            << noName << inProgress << true << kMoscow
            << with(without(all, {"UF_CRM_IDENT_CARD", "UF_CRM_IDENT_GUARDIAN"}), "TITLE",
                    QStringLiteral("Приём 01.03.2026 10:30 — F1_12345"));

        Reception noStart = base;
        noStart.planStart = QDateTime();
        QTest::newRow("title without a start")
            << noStart << inProgress << true << kMoscow
            << with(without(all, {"UF_CRM_IDENT_START"}), "TITLE",
                    QStringLiteral("Приём — Иванов Иван Иванович"));

        QTest::newRow("Yekaterinburg offset")
            << base << inProgress << false << 5 * 3600
            << with(with(with(without(all, {"UF_CRM_IDENT_REGISTRAR", "TITLE"}),
                              "UF_CRM_IDENT_START", "2026-03-01T10:30:00+05:00"),
                         "UF_CRM_IDENT_END", "2026-03-01T11:15:00+05:00"),
                    "UF_CRM_IDENT_ORDER_DATE", "2026-03-01T11:20:00+05:00");

        Reception hostile = base;
        hostile.comment = QStringLiteral("'; DROP TABLE deals; -- ") + emojiRun(2);
        QTest::newRow("hostile text is data")
            << hostile << inProgress << false << kMoscow
            << with(without(all, {"UF_CRM_IDENT_REGISTRAR", "TITLE"}), "UF_CRM_IDENT_COMMENT",
                    QStringLiteral("'; DROP TABLE deals; -- ") + emojiRun(2));
    }

    void dealFields()
    {
        QFETCH(Reception, reception);
        QFETCH(QString, status);
        QFETCH(bool, isCreate);
        QFETCH(int, offset);
        QFETCH(QJsonObject, expected);

        const QJsonObject got = FieldMap().dealFields(reception, status, isCreate, offset);
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(got.value(it.key()), it.value());
        QCOMPARE(got.keys(), expected.keys());
    }

    void servicesAreCut_data()
    {
        QTest::addColumn<QString>("services");
        QTest::addColumn<int>("characters"); // code points sent
        QTest::addColumn<int>("utf16");

        QTest::newRow("short") << QStringLiteral("Чистка") << 6 << 6;
        QTest::newRow("exactly 3000") << QString(3000, QLatin1Char('x')) << 3000 << 3000;
        QTest::newRow("3001 cut to 3000") << QString(3001, QLatin1Char('x')) << 3000 << 3000;
        QTest::newRow("1 MB cut to 3000") << QString(1 << 20, QChar(0x0416)) << 3000 << 3000;
        QTest::newRow("emoji counted as one character") << emojiRun(3500) << 3000 << 6000;
        QTest::newRow("emoji straddling the limit")
            << QString(2999, QLatin1Char('x')) + emojiRun(2) << 3000 << 3001;
    }

    void servicesAreCut()
    {
        QFETCH(QString, services);
        QFETCH(int, characters);
        QFETCH(int, utf16);

        Reception r = sampleReception();
        r.servicesText = services;
        const QString sent = FieldMap()
                                 .dealFields(r, QStringLiteral("Завершен"), false, kMoscow)
                                 .value(QLatin1String("UF_CRM_IDENT_SERVICES"))
                                 .toString();
        QCOMPARE(sent.size(), utf16);
        QCOMPARE(int(sent.toUcs4().size()), characters);
        QVERIFY(services.startsWith(sent));
        QVERIFY(sent.isEmpty() || !sent.back().isHighSurrogate());
    }

    void cutToCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");

        const QString tooth = emojiRun(1);
        QTest::newRow("empty") << QString() << 5 << QString();
        QTest::newRow("zero") << QStringLiteral("abc") << 0 << QString();
        QTest::newRow("under") << QStringLiteral("abc") << 5 << QStringLiteral("abc");
        QTest::newRow("cyrillic") << QStringLiteral("Пломба") << 3 << QStringLiteral("Пло");
        QTest::newRow("pair kept whole") << QStringLiteral("a") + tooth + QStringLiteral("b") << 2
                                         << QStringLiteral("a") + tooth;
        QTest::newRow("pair not split") << QStringLiteral("a") + tooth << 1 << QStringLiteral("a");
        QTest::newRow("pair first") << tooth + QStringLiteral("b") << 1 << tooth;
        QTest::newRow("lone high surrogate counts as one")
            << QString(QChar(0xD83E)) + QStringLiteral("bc") << 2
            << QString(QChar(0xD83E)) + QStringLiteral("b");
    }

    void cutToCharacters()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, expected);
        QCOMPARE(FieldMap::cutToCharacters(text, max), expected);
    }

    void isoTime_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("expected");

        QTest::newRow("IDENT wall clock (local)")
            << wall(10, 30) << kMoscow << "2026-03-01T10:30:00+03:00";
        QTest::newRow("IDENT wall clock labelled Qt::UTC")
            << QDateTime(QDate(2026, 3, 1), QTime(10, 30), Qt::UTC) << kMoscow
            << "2026-03-01T10:30:00+03:00";
        QTest::newRow("IDENT wall clock in the UTC zone")
            << QDateTime(QDate(2026, 3, 1), QTime(10, 30), QTimeZone::utc()) << kMoscow
            << "2026-03-01T10:30:00+03:00";
        QTest::newRow("explicit offset is converted")
            << QDateTime(QDate(2026, 3, 1), QTime(8, 30), QTimeZone(3600)) << kMoscow
            << "2026-03-01T10:30:00+03:00";
        QTest::newRow("explicit +05:00 to Moscow")
            << QDateTime(QDate(2026, 3, 1), QTime(12, 30), QTimeZone(5 * 3600)) << kMoscow
            << "2026-03-01T10:30:00+03:00";
        QTest::newRow("conversion crosses midnight")
            << QDateTime(QDate(2026, 3, 1), QTime(22, 30), QTimeZone(-3600)) << kMoscow
            << "2026-03-02T02:30:00+03:00";
        QTest::newRow("named zone converted")
            << QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone("Europe/Berlin")) << kMoscow
            << "2026-07-01T10:00:00+03:00";
        QTest::newRow("zero offset") << wall(10, 30) << 0 << "2026-03-01T10:30:00+00:00";
        QTest::newRow("negative offset")
            << wall(10, 30) << -(3 * 3600 + 1800) << "2026-03-01T10:30:00-03:30";
        QTest::newRow("India +05:30")
            << wall(10, 30) << 5 * 3600 + 1800 << "2026-03-01T10:30:00+05:30";
        QTest::newRow("seconds kept, milliseconds dropped")
            << QDateTime(QDate(2026, 3, 1), QTime(10, 30, 15, 999)) << kMoscow
            << "2026-03-01T10:30:15+03:00";
        QTest::newRow("invalid") << QDateTime() << kMoscow << QString();
    }

    void isoTime()
    {
        QFETCH(QDateTime, time);
        QFETCH(int, offset);
        QFETCH(QString, expected);
        QCOMPARE(FieldMap::isoTime(time, offset), expected);
    }

    void formatAmount_data()
    {
        QTest::addColumn<qint64>("kopecks");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1500.50") << qint64(150050) << "1500.50";
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("five kopecks") << qint64(5) << "0.05";
        QTest::newRow("29 kopecks stay exact") << qint64(29) << "0.29";
        QTest::newRow("whole roubles") << qint64(100000) << "1000.00";
        QTest::newRow("negative (discount over total)") << qint64(-5) << "-0.05";
        QTest::newRow("negative roubles") << qint64(-123456) << "-1234.56";
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << "92233720368547758.07";
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << "-92233720368547758.08";
    }

    void formatAmount()
    {
        QFETCH(qint64, kopecks);
        QFETCH(QString, expected);
        QCOMPARE(FieldMap::formatAmount(kopecks), expected);
    }

    void keyOnly()
    {
        QCOMPARE(FieldMap().keyOnlyFields(DealKey(3, 99)),
                 (QJsonObject{{"UF_CRM_IDENT_KEY", "F3_99"}}));
        const auto custom = FieldMap::fromConfig(
            {{QStringLiteral("ident_key"), QStringLiteral("UF_CRM_OLD_ID")}}, nullptr);
        QVERIFY(custom);
        QCOMPARE(custom->keyOnlyFields(DealKey(1, 5)), (QJsonObject{{"UF_CRM_OLD_ID", "F1_5"}}));
    }

    void fromConfig_data()
    {
        QTest::addColumn<QStringList>("pairs"); // key, value, key, value…
        QTest::addColumn<QString>("error");     // empty = accepted; else a part of the message
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field"); // fieldName(key) afterwards

        QTest::newRow("empty keeps defaults") << QStringList() << ""
                                              << "doctor"
                                              << "UF_CRM_IDENT_DOCTOR";
        QTest::newRow("override") << QStringList{"doctor", "UF_CRM_64A29A1CD5CC2"} << ""
                                  << "doctor"
                                  << "UF_CRM_64A29A1CD5CC2";
        QTest::newRow("lower case is upper-cased") << QStringList{"doctor", " uf_crm_vrach "} << ""
                                                   << "doctor"
                                                   << "UF_CRM_VRACH";
        QTest::newRow("switched off") << QStringList{"guardian", ""} << ""
                                      << "guardian"
                                      << "";
        QTest::newRow("amount elsewhere") << QStringList{"amount", "UF_CRM_SUM"} << ""
                                          << "amount"
                                          << "UF_CRM_SUM";
        QTest::newRow("unknown key") << QStringList{"docter", "UF_CRM_X"} << "\"docter\""
                                     << ""
                                     << "";
        QTest::newRow("required key switched off")
            << QStringList{"ident_key", ""} << "\"ident_key\" cannot be switched off"
            << ""
            << "";
        QTest::newRow("contact patient id switched off")
            << QStringList{"contact_patient_id", " "} << "\"contact_patient_id\""
            << ""
            << "";
        QTest::newRow("bad name") << QStringList{"doctor", "UF CRM"} << "\"doctor\" = \"UF CRM\""
                                  << ""
                                  << "";
        QTest::newRow("name too long")
            << QStringList{"doctor", "UF_CRM_" + QString(44, QLatin1Char('X'))} << "\"doctor\""
            << ""
            << "";
        QTest::newRow("two keys, one field")
            << QStringList{"doctor", "UF_CRM_IDENT_SPECIALITY"}
            << "\"doctor\" and \"speciality\" both point at deal field UF_CRM_IDENT_SPECIALITY"
            << ""
            << "";
        QTest::newRow("same name on deal and contact is fine")
            << QStringList{"contact_patient_id", "UF_CRM_IDENT_KEY"} << ""
            << "contact_patient_id"
            << "UF_CRM_IDENT_KEY";
    }

    void fromConfig()
    {
        QFETCH(QStringList, pairs);
        QFETCH(QString, error);
        QFETCH(QString, key);
        QFETCH(QString, field);

        QMap<QString, QString> config;
        for (int i = 0; i + 1 < pairs.size(); i += 2)
            config.insert(pairs.at(i), pairs.at(i + 1));
        QString message = QStringLiteral("stale");
        const auto map = FieldMap::fromConfig(config, &message);
        if (!error.isEmpty()) {
            QVERIFY(!map.has_value());
            QVERIFY2(message.contains(error), qPrintable(message));
            return;
        }
        QVERIFY2(map.has_value(), qPrintable(message));
        QVERIFY(message.isEmpty());
        QCOMPARE(map->fieldName(*fieldFromConfigKey(key)), field);
        // The config round-trips.
        QCOMPARE(FieldMap::fromConfig(map->toConfig(), nullptr), map);
    }

    void keysAndDefaults()
    {
        QSet<QString> keys;
        for (int i = 0; i < enumCount<MappedField>(); ++i) {
            const auto f = static_cast<MappedField>(i);
            QVERIFY(!fieldConfigKey(f).isEmpty());
            QVERIFY(!defaultFieldName(f).isEmpty());
            QCOMPARE(fieldFromConfigKey(fieldConfigKey(f)), std::optional<MappedField>(f));
            keys.insert(fieldConfigKey(f));
        }
        QCOMPARE(keys.size(), enumCount<MappedField>());
        QVERIFY(!fieldFromConfigKey(u"count").has_value());
        QCOMPARE(defaultFieldName(MappedField::Amount), QStringLiteral("OPPORTUNITY"));
        QCOMPARE(defaultFieldName(MappedField::ContactPatientId),
                 QStringLiteral("UF_CRM_IDENT_PATIENT"));
        QVERIFY(isCreateOnly(MappedField::Registrar));
        QVERIFY(!isCreateOnly(MappedField::Status));
        QVERIFY(isRequiredMapping(MappedField::IdentKey));
    }

    // The portal's crm.deal.fields / crm.contact.fields against the map: every missing,
    // read-only or immutable field is named with its config key.
    void validate_data()
    {
        QTest::addColumn<QStringList>("config");      // key, value pairs
        QTest::addColumn<QStringList>("dropDeal");    // fields removed from the deal fixture
        QTest::addColumn<QStringList>("dropContact"); // … from the contact fixture
        QTest::addColumn<QStringList>("problems");    // "key=FIELD:kind"

        QTest::newRow("defaults match the reference portal")
            << QStringList() << QStringList() << QStringList() << QStringList();
        QTest::newRow("user fields not created yet")
            << QStringList() << QStringList{"UF_CRM_IDENT_KEY", "UF_CRM_IDENT_PLAN_HASH"}
            << QStringList{"UF_CRM_IDENT_PATIENT"}
            << QStringList{"ident_key=UF_CRM_IDENT_KEY:missing",
                           "treatment_plan_hash=UF_CRM_IDENT_PLAN_HASH:missing",
                           "contact_patient_id=UF_CRM_IDENT_PATIENT:missing"};
        QTest::newRow("typo in the map")
            << QStringList{"doctor", "UF_CRM_IDENT_DOKTOR"} << QStringList() << QStringList()
            << QStringList{"doctor=UF_CRM_IDENT_DOKTOR:missing"};
        QTest::newRow("read-only fields")
            << QStringList{"comment", "DATE_CREATE", "contact_name", "DATE_MODIFY"} << QStringList()
            << QStringList()
            << QStringList{"comment=DATE_CREATE:read-only", "contact_name=DATE_MODIFY:read-only"};
        QTest::newRow("immutable field written on update")
            << QStringList{"branch", "CATEGORY_ID"} << QStringList() << QStringList()
            << QStringList{"branch=CATEGORY_ID:immutable"};
        QTest::newRow("immutable field written on create only is fine")
            << QStringList{"registrar", "CATEGORY_ID"} << QStringList() << QStringList()
            << QStringList();
        QTest::newRow("switched-off field is not checked")
            << QStringList{"guardian", ""} << QStringList{"UF_CRM_IDENT_GUARDIAN"} << QStringList()
            << QStringList();
        QTest::newRow("deal field name looked up among contact fields")
            << QStringList{"contact_phone", "UF_CRM_IDENT_KEY"} << QStringList() << QStringList()
            << QStringList{"contact_phone=UF_CRM_IDENT_KEY:missing"};
        QTest::newRow("standard fields missing")
            << QStringList() << QStringList{"TITLE", "OPPORTUNITY"}
            << QStringList{"PHONE", "BIRTHDATE"}
            << QStringList{"title=TITLE:missing", "amount=OPPORTUNITY:missing",
                           "contact_birthdate=BIRTHDATE:missing", "contact_phone=PHONE:missing"};
    }

    void validate()
    {
        QFETCH(QStringList, config);
        QFETCH(QStringList, dropDeal);
        QFETCH(QStringList, dropContact);
        QFETCH(QStringList, problems);

        QMap<QString, QString> c;
        for (int i = 0; i + 1 < config.size(); i += 2)
            c.insert(config.at(i), config.at(i + 1));
        QString error;
        const auto map = FieldMap::fromConfig(c, &error);
        QVERIFY2(map, qPrintable(error));

        QJsonObject deal = objectOf(kDealFields);
        for (const QString &f : dropDeal)
            deal.remove(f);
        QJsonObject contact = objectOf(kContactFields);
        for (const QString &f : dropContact)
            contact.remove(f);

        QStringList got;
        for (const FieldMapProblem &p : map->validate(deal, contact)) {
            QString kind;
            switch (p.kind) {
            case FieldMapProblem::Kind::Missing:
                kind = QStringLiteral("missing");
                break;
            case FieldMapProblem::Kind::ReadOnly:
                kind = QStringLiteral("read-only");
                break;
            case FieldMapProblem::Kind::Immutable:
                kind = QStringLiteral("immutable");
                break;
            }
            got << QStringLiteral("%1=%2:%3").arg(p.configKey, p.fieldName, kind);
            QVERIFY2(p.message.contains(QLatin1Char('"') + p.configKey + QLatin1Char('"')),
                     qPrintable(p.message));
            QVERIFY2(p.message.contains(p.fieldName), qPrintable(p.message));
        }
        got.sort();
        problems.sort();
        QCOMPARE(got, problems);
    }

    // The whole crm.deal.fields envelope is accepted as well as its `result`.
    void validateEnvelope()
    {
        const QJsonObject deal{{"result", objectOf(kDealFields)}, {"time", QJsonObject()}};
        const QJsonObject contact{{"result", objectOf(kContactFields)}};
        QVERIFY(FieldMap().validate(deal, contact).isEmpty());
        // And nothing at all is every mapped field missing.
        const auto all = FieldMap().validate(QJsonObject(), QJsonObject());
        QCOMPARE(all.size(), enumCount<MappedField>());
    }

    void contactFields_data()
    {
        QTest::addColumn<ContactDraft>("contact");
        QTest::addColumn<bool>("isCreate");
        QTest::addColumn<QJsonObject>("expected");

        ContactDraft c;
        c.branchId = 1;
        c.patientId = 777;
        c.lastName = QStringLiteral("Иванов");
        c.firstName = QStringLiteral("Иван");
        c.secondName = QStringLiteral("Иванович");
        c.phoneE164 = QStringLiteral("+79161234567");
        c.birthday = QDate(1985, 4, 12);
        const QJsonObject phone{{"PHONE", QJsonArray{QJsonObject{{"VALUE", "+79161234567"},
                                                                 {"VALUE_TYPE", "MOBILE"}}}}};
        const QJsonObject base{{"NAME", QStringLiteral("Иван")},
                               {"LAST_NAME", QStringLiteral("Иванов")},
                               {"SECOND_NAME", QStringLiteral("Иванович")},
                               {"BIRTHDATE", "1985-04-12"},
                               {"UF_CRM_IDENT_PATIENT", "777"}};
        QJsonObject created = base;
        created.insert("PHONE", phone.value("PHONE"));

        QTest::newRow("create") << c << true << created;
        QTest::newRow("update leaves the phone alone") << c << false << base;

        ContactDraft sparse = c;
        sparse.secondName.clear();
        sparse.birthday.reset();
        sparse.phoneE164.clear();
        QTest::newRow("no patronymic, birthday or phone")
            << sparse << true << without(base, {"SECOND_NAME", "BIRTHDATE"});

        ContactDraft badDate = c;
        badDate.birthday = QDate();
        QTest::newRow("invalid birthday left out")
            << badDate << false << without(base, {"BIRTHDATE"});
    }

    void contactFields()
    {
        QFETCH(ContactDraft, contact);
        QFETCH(bool, isCreate);
        QFETCH(QJsonObject, expected);
        QCOMPARE(FieldMap().contactFields(contact, isCreate), expected);
    }

    // What each stage decision lets through to the deal.
    void draft_data()
    {
        QTest::addColumn<WriteScope>("scope");
        QTest::addColumn<bool>("isCreate");
        QTest::addColumn<bool>("hasDraft");
        QTest::addColumn<QStringList>("mustHave");
        QTest::addColumn<QStringList>("mustNotHave");
        QTest::addColumn<QString>("stage");

        QTest::newRow("nothing") << WriteScope::Nothing << false << false << QStringList()
                                 << QStringList() << "";
        QTest::newRow("key only (WON/LOSE)")
            << WriteScope::KeyOnly << false << true << QStringList{"UF_CRM_IDENT_KEY"}
            << QStringList{"UF_CRM_IDENT_STATUS", "OPPORTUNITY", "STAGE_ID", "TITLE"} << "";
        QTest::newRow("fields only (protected)")
            << WriteScope::FieldsOnly << false << true
            << QStringList{"UF_CRM_IDENT_KEY", "UF_CRM_IDENT_STATUS", "OPPORTUNITY"}
            << QStringList{"STAGE_ID", "UF_CRM_IDENT_REGISTRAR"} << "";
        QTest::newRow("full") << WriteScope::Full << false << true
                              << QStringList{"UF_CRM_IDENT_KEY", "UF_CRM_IDENT_STATUS", "STAGE_ID"}
                              << QStringList{"UF_CRM_IDENT_REGISTRAR"} << "UC_NO40X0";
        QTest::newRow("full create")
            << WriteScope::Full << true << true
            << QStringList{"UF_CRM_IDENT_KEY", "UF_CRM_IDENT_REGISTRAR", "TITLE", "STAGE_ID"}
            << QStringList() << "UC_NO40X0";
    }

    void draft()
    {
        QFETCH(WriteScope, scope);
        QFETCH(bool, isCreate);
        QFETCH(bool, hasDraft);
        QFETCH(QStringList, mustHave);
        QFETCH(QStringList, mustNotHave);
        QFETCH(QString, stage);

        StageDecision decision;
        decision.scope = scope;
        if (scope == WriteScope::Full)
            decision.stageToWrite = StageId(0, QStringLiteral("UC_NO40X0"));
        const Reception r = sampleReception();
        const auto d =
            FieldMap().draft(r, QStringLiteral("В процессе"), decision, isCreate, kMoscow);
        QCOMPARE(d.has_value(), hasDraft);
        if (!d)
            return;
        QCOMPARE(d->key, r.key());
        const QJsonObject payload = d->payload();
        for (const QString &k : mustHave)
            QVERIFY2(payload.contains(k), qPrintable(k));
        for (const QString &k : mustNotHave)
            QVERIFY2(!payload.contains(k), qPrintable(k));
        QCOMPARE(payload.value(QLatin1String("STAGE_ID")).toString(), stage);
        QCOMPARE(d->stage.has_value(), !stage.isEmpty());
        QVERIFY(!d->fields.contains(QLatin1String("STAGE_ID")));
        if (scope == WriteScope::KeyOnly)
            QCOMPARE(payload.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFieldMap)
#include "testfieldmap.moc"
