#include "samplegenerator.h"

#include "batchinserter.h"
#include "samplenames.h"
#include "samplerandom.h"
#include "sampleschema.h"

#include "ident/sqldialect.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcSample, "identsync.identsample")

namespace identsync::sample {

namespace {

using Driver = IdentSourceConfig::Driver;

constexpr int kForcedStatuses = int(SampleStatus::Count);
constexpr qint64 kMinute = 60;
constexpr qint64 kDay = 24 * 60 * 60;

// clang-format off
struct ServiceDef { int id; const char16_t *name; double price; int category; };
const ServiceDef kServices[] = {
    {1, u"Консультация стоматолога", 1500.00, 1},
    {2, u"Консультация ортодонта", 2000.00, 3},
    {3, u"Профессиональная гигиена полости рта", 6500.00, 4},
    {4, u"Лечение кариеса (1 поверхность)", 4500.50, 1},
    {5, u"Лечение кариеса (2 поверхности)", 5900.00, 1},
    {6, u"Лечение пульпита (1 канал)", 8200.00, 1},
    {7, u"Лечение пульпита (3 канала)", 15600.00, 1},
    {8, u"Пломба светового отверждения", 3800.00, 1},
    {9, u"Удаление зуба простое", 3500.00, 2},
    {10, u"Удаление зуба сложное", 7800.00, 2},
    {11, u"Удаление зуба мудрости", 9900.00, 2},
    {12, u"Установка импланта Osstem", 42000.00, 2},
    {13, u"Синус-лифтинг", 35000.00, 2},
    {14, u"Коронка металлокерамическая", 18500.00, 3},
    {15, u"Коронка циркониевая", 32000.00, 3},
    {16, u"Виниры E.max", 38000.00, 3},
    {17, u"Брекет-система металлическая", 65000.00, 3},
    {18, u"Снимок прицельный (RVG)", 450.00, 1},
    {19, u"Компьютерная томография", 3200.00, 1},
    {20, u"Анестезия инфильтрационная", 650.00, 1},
    {21, u"Отбеливание Zoom", 24900.99, 4},
    {22, u"Фторирование зубов", 1250.50, 4},
    {23, u"Временная пломба", 900.00, 1},
    {24, u"Шинирование зубов", 7300.00, 3},
};
const char16_t *const kCategories[] = {u"Терапия", u"Хирургия", u"Ортопедия", u"Гигиена"};

struct ProfessionDef { int id; const char16_t *name; int role; bool archive; };
const ProfessionDef kProfessions[] = {
    {1, u"Стоматолог-терапевт", 8, false}, {2, u"Стоматолог-хирург", 8, false},
    {3, u"Стоматолог-ортопед", 8, false},  {4, u"Ортодонт", 8, false},
    {5, u"Детский стоматолог", 8, false},  {6, u"Гигиенист стоматологический", 8, false},
    {7, u"Имплантолог", 8, false},         {8, u"Пародонтолог", 8, false},
    {9, u"Администратор", 7, false},       {10, u"Главный врач", 9, false},
    {11, u"Маркетолог", 104, false},       {12, u"Стоматолог общей практики (устар.)", 8, true},
};
constexpr int kDoctorProfessions = 8;

const char16_t *const kCancelReasons[] = {u"Отказ от приема", u"Не пришел", u"Перенос", u"Заболел"};
constexpr int kReasonRefused = 1;
constexpr int kReasonNoShow = 2;

const char16_t *const kBranchNames[] = {
    u"Стоматология «Улыбка» на Тверской", u"Стоматология «Улыбка» на Ленинском",
    u"Стоматология «Улыбка» в Химках",    u"Стоматология «Улыбка» на Невском",
    u"Детское отделение «Зубастик»",       u"Стоматология «Улыбка» в Одинцово",
};

const char16_t *const kStages[] = {u"Санация", u"Хирургический этап", u"Имплантация",
                                   u"Протезирование", u"Поддерживающая терапия"};
const char16_t *const kElements[] = {u"Лечение кариеса", u"Эндодонтия", u"Удаление",
                                     u"Установка импланта", u"Коронка", u"Гигиена"};
struct PlanStep { int stage; int element; int service; };
const PlanStep kPlanSteps[] = {{1, 1, 4}, {1, 2, 6}, {2, 3, 9}, {2, 3, 11},
                               {3, 4, 12}, {4, 5, 14}, {4, 5, 15}, {5, 6, 3}};
const char16_t *const kPlanNames[] = {u"Комплексная санация", u"Имплантация и протезирование",
                                      u"План лечения", u"Восстановление жевательной группы"};

const char16_t *const kComments[] = {
    u"Повторный приём", u"Консультация по имплантации", u"Жалобы на боль в зубе 3.6",
    u"Просит напомнить за день", u"Первичный пациент, пришёл по рекомендации",
    u"Снять швы", u"Контрольный снимок", u"Аллергия на лидокаин!",
};
// clang-format on

template <typename T, size_t N> constexpr int countOf(const T (&)[N])
{
    return int(N);
}

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t) : QVariant();
}

QVariant optionalValue(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant();
}

QDateTime minutesFrom(const QDateTime &t, qint64 minutes)
{
    return t.addSecs(minutes * kMinute);
}

// Naive wall-clock times from the database, taken as UTC so no DST gap can move them.
QDateTime naive(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    QTime t = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss.zzz"));
    if (!t.isValid())
        t = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss"));
    return QDateTime(d, t, Qt::UTC);
}

QString hostileComment()
{
    return QStringLiteral(
        "Пациентка сказала: \"больно\"; it's O'Reilly's \\ path 😀🦷 -- "
        "'; "
        "DROP TABLE Receptions; -- %s %1 ${x} <b>жирный</b>");
}

QString megabyteComment()
{
    const QString block = QStringLiteral("Пациент жалуется на боль, просит перезвонить. ");
    const qsizetype blockBytes = block.toUtf8().size();
    const qsizetype repeats = (1024 * 1024 + blockBytes - 1) / blockBytes;
    return block.repeated(repeats);
}

bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(s.left(80), q.lastError().text());
            return false;
        }
    }
    return true;
}

struct Visit
{
    qint64 id = 0;
    std::optional<qint64> patient;
    qint64 staff = 0;
    std::optional<qint64> chair;
    int chairBranch = 0; // 0 = no chair
    QDateTime planStart, planEnd, appeared, started, ended, checkIssued, canceled, added, changed;
    std::optional<qint64> reason;
    QString comment;
    SampleStatus status = SampleStatus::Scheduled;
    bool twoOrders = false;
};

struct ChairRef
{
    qint64 id;
    int branch;
};

struct PlanLineRef
{
    qint64 lineId;
    int serviceId;
};

// ------------------------------------------------------------------------------------------------
class CreateRun
{
public:
    CreateRun(SampleDatabase &db, const CreateOptions &o)
        : m_db(db.database())
        , m_driver(db.driver())
        , m_dialect(db.driver())
        , m_o(o)
        , m_rng(o.seed)
    {}

    std::optional<CreateSummary> execute(QString *error);

private:
    bool fail(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }
    std::unique_ptr<BatchInserter> inserter(const QString &table, const QStringList &columns)
    {
        return std::make_unique<BatchInserter>(m_db, m_driver, table, columns);
    }
    bool referenceData(QString *error);
    bool people(QString *error);
    bool plans(QString *error);
    bool receptions(QString *error);
    Visit planVisit(qint64 id);
    void fillEvents(Visit &v);
    bool writeVisit(const Visit &v, QString *error);
    bool flushVisits(QString *error);
    qint64 randomPatient() { return m_firstNormalPatient + m_rng.below(m_normalPatients); }
    void pickChair(Visit &v);

    QSqlDatabase m_db;
    Driver m_driver;
    SqlDialect m_dialect;
    CreateOptions m_o;
    SampleRandom m_rng;
    CreateSummary m_s;

    QList<qint64> m_doctors;
    QList<QList<ChairRef>> m_chairsByBranch;
    qint64 m_firstPatient = 0;
    qint64 m_firstNormalPatient = 0;
    qint64 m_normalPatients = 0;
    QHash<qint64, QList<PlanLineRef>> m_openPlanLines; // patient -> lines not done yet
    qint64 m_pastDays = 0;
    qint64 m_futureDays = 0;

    qint64 m_orderId = 0;
    qint64 m_lineId = 0;
    std::unique_ptr<BatchInserter> m_receptions, m_orders, m_lines;
};

bool CreateRun::referenceData(QString *error)
{
    auto companies = inserter(QStringLiteral("OwnCompanies"), {"ID", "Name"});
    auto chairs =
        inserter(QStringLiteral("Armchairs"), {"ID", "NameArmchair", "ID_OwnCompanies", "Archive"});
    m_chairsByBranch.resize(m_o.branches);
    for (int b = 1; b <= m_o.branches; ++b) {
        const QString name = b <= countOf(kBranchNames)
                                 ? str(kBranchNames[b - 1])
                                 : QStringLiteral("Стоматология «Улыбка», филиал №%1").arg(b);
        if (!companies->add({b, name}, error))
            return false;
        const QStringList chairNames = {QStringLiteral("Кресло 1"), QStringLiteral("Кресло 2"),
                                        QStringLiteral("Хирургический кабинет"),
                                        QStringLiteral("Кресло (старое)")};
        for (int c = 0; c < chairNames.size(); ++c) {
            const qint64 id = qint64(b) * 10 + c + 1;
            const bool archived = c == 3;
            if (!chairs->add({id, chairNames[c], b, archived}, error))
                return false;
            if (!archived)
                m_chairsByBranch[b - 1] << ChairRef{id, b};
        }
    }
    auto professions = inserter(QStringLiteral("ProfessionNames"),
                                {"ID", "NameProfession", "ID_Roles", "Archive"});
    for (const ProfessionDef &p : kProfessions) {
        if (!professions->add({p.id, str(p.name), p.role, p.archive}, error))
            return false;
    }
    auto reasons = inserter(QStringLiteral("ReceptionCancelReasons"), {"ID", "Name"});
    for (int i = 0; i < countOf(kCancelReasons); ++i) {
        if (!reasons->add({i + 1, str(kCancelReasons[i])}, error))
            return false;
    }
    auto categories = inserter(QStringLiteral("ServiceCategories"), {"ID", "Name"});
    auto folders =
        inserter(QStringLiteral("ServiceFolders"), {"ID", "Name", "ID_ServiceCategories"});
    for (int i = 0; i < countOf(kCategories); ++i) {
        if (!categories->add({i + 1, str(kCategories[i])}, error) ||
            !folders->add({i + 1, str(kCategories[i]) + QStringLiteral(" — прайс 2025"), i + 1},
                          error))
            return false;
    }
    auto items = inserter(QStringLiteral("ServiceItems"), {"ID", "Name"});
    auto contents = inserter(QStringLiteral("ServiceItemContents"),
                             {"ID", "ID_ServiceItems", "ID_ServiceFoldersParent", "DateTimeTo"});
    auto prices = inserter(QStringLiteral("ServiceItemPrices"), {"ID", "ID_ServiceItems", "Price"});
    for (const ServiceDef &s : kServices) {
        if (!items->add({s.id, str(s.name)}, error) ||
            !contents->add({s.id, s.id, s.category, QVariant()}, error) ||
            !prices->add({s.id, s.id, s.price}, error))
            return false;
    }
    auto times = inserter(QStringLiteral("Times"), {"ID", "TimeStartValue", "TimeEndValue"});
    for (int i = 0; i < 48; ++i) {
        const QTime start = QTime(8, 0).addSecs(i * 15 * kMinute);
        if (!times->add({i + 1, start.toString(QStringLiteral("HH:mm:ss")),
                         start.addSecs(15 * kMinute).toString(QStringLiteral("HH:mm:ss"))},
                        error))
            return false;
    }
    auto stages = inserter(
        QStringLiteral("TreatmentPlanStages"),
        {QStringLiteral("ID"), QStringLiteral("Name"), m_dialect.quote(QStringLiteral("Order"))});
    for (int i = 0; i < countOf(kStages); ++i) {
        if (!stages->add({i + 1, str(kStages[i]), i + 1}, error))
            return false;
    }
    auto elements = inserter(
        QStringLiteral("TreatmentPlanElements"),
        {QStringLiteral("ID"), QStringLiteral("Name"), m_dialect.quote(QStringLiteral("Order"))});
    for (int i = 0; i < countOf(kElements); ++i) {
        if (!elements->add({i + 1, str(kElements[i]), i + 1}, error))
            return false;
    }
    for (auto *ins : {companies.get(), chairs.get(), professions.get(), reasons.get(),
                      categories.get(), folders.get(), items.get(), contents.get(), prices.get(),
                      times.get(), stages.get(), elements.get()}) {
        if (!ins->flush(error))
            return false;
    }
    return true;
}

bool CreateRun::people(QString *error)
{
    const int doctors = std::clamp(m_o.receptions / 25000 + 6, 6, 60);
    const int staff = doctors + 4; // two administrators, a director, a marketer
    m_s.staff = staff;

    auto persons =
        inserter(QStringLiteral("Persons"), {"ID", "Surname", "Name", "Patronymic", "MobilePhone",
                                             "Phone", "Email", "Birthday"});
    auto staffs = inserter(QStringLiteral("Staffs"), {"ID_Persons", "Archive"});
    auto items = inserter(QStringLiteral("Items"), {"ID", "ID_Staffs", "ID_ProfessionNames"});
    auto patients = inserter(QStringLiteral("Patients"), {"ID_Persons", "CardNumber", "ParentSNP"});

    const auto birthday = [this](int fromYear, int toYear) -> QString {
        const QDate d(int(m_rng.between(fromYear, toYear)), int(m_rng.between(1, 12)),
                      int(m_rng.between(1, 28)));
        const qint64 style = m_rng.below(10);
        if (style < 7)
            return d.toString(QStringLiteral("dd.MM.yyyy"));
        if (style < 8)
            return d.toString(QStringLiteral("yyyy-MM-dd"));
        return QString(); // IDENT keeps many birthdays empty
    };

    qint64 itemId = 0;
    for (int i = 1; i <= staff; ++i) {
        const bool female = m_rng.chance(50);
        const PersonName n = SampleNames::person(m_rng, female);
        const QString phone = SampleNames::spell(SampleNames::mobileNumber(m_rng), 0, m_rng);
        if (!persons->add({i, n.surname, n.name, n.patronymic, phone, QVariant(), QVariant(),
                           birthday(1960, 1995)},
                          error))
            return false;
        const bool archived = i == doctors && doctors > 6; // a doctor who has left
        if (!staffs->add({i, archived}, error))
            return false;
        QList<int> profs;
        if (i <= doctors) {
            m_doctors << i;
            profs << 1 + (i - 1) % kDoctorProfessions;
            if (i % 3 == 0)
                profs << 1 + (i + 2) % kDoctorProfessions; // a second profession
            if (i == 1)
                profs << 12; // an archived profession that must not show
        } else {
            profs << (i - doctors <= 2 ? 9 : i - doctors == 3 ? 10 : 11);
        }
        for (int p : profs) {
            if (!items->add({++itemId, i, p}, error))
                return false;
        }
    }

    m_firstPatient = staff + 1;
    m_firstNormalPatient = m_firstPatient + SampleGenerator::kSpecialPatients;
    m_normalPatients = m_o.patients - SampleGenerator::kSpecialPatients;
    int childrenLeft = 0;
    PersonName parent;
    QString familyNumber;
    for (int idx = 0; idx < m_o.patients; ++idx) {
        const qint64 id = m_firstPatient + idx;
        PersonName n;
        QString mobile;
        QString bday;
        QVariant guardian;
        if (childrenLeft > 0) {
            --childrenLeft;
            n = SampleNames::child(parent, m_rng, m_rng.chance(50));
            // The family phone, written however the registrar typed it that day.
            mobile = SampleNames::spell(familyNumber, int(m_rng.below(SampleNames::formatCount())),
                                        m_rng);
            bday = birthday(2008, 2020);
            guardian = parent.fullName();
            ++m_s.sharedPhones;
        } else {
            n = SampleNames::person(m_rng, m_rng.chance(55));
            const qint64 kind = m_rng.below(100);
            if (kind < 90) {
                familyNumber = SampleNames::mobileNumber(m_rng);
                mobile = SampleNames::spell(familyNumber,
                                            int(m_rng.below(SampleNames::formatCount())), m_rng);
            } else if (kind < 97) {
                familyNumber = SampleNames::landlineNumber(m_rng);
                mobile = SampleNames::spell(familyNumber, m_rng.chance(50) ? 0 : 4, m_rng);
            } else {
                familyNumber.clear();
            }
            bday = birthday(1950, 2003);
            if (idx >= SampleGenerator::kSpecialPatients && !familyNumber.isEmpty() &&
                m_rng.chance(20)) {
                parent = n;
                childrenLeft = int(m_rng.between(1, 2));
            }
        }
        switch (idx) {
        case 0:
            mobile = QStringLiteral("не указан");
            break;
        case 1:
            mobile = QStringLiteral("123-45");
            break;
        case 2:
            bday = QStringLiteral("31.02.1985");
            break;
        case 3:
            n.surname = QStringLiteral("Д'Артаньян");
            n.name = QStringLiteral("Анна-Мария «Ёлка» 😀");
            n.patronymic = QStringLiteral("\"Петровна\" \\ %_");
            break;
        default:
            break;
        }
        const QVariant email = m_rng.chance(30)
                                   ? QVariant(QStringLiteral("patient%1@example.ru").arg(id))
                                   : QVariant();
        const QVariant landline =
            m_rng.chance(10)
                ? QVariant(SampleNames::spell(SampleNames::landlineNumber(m_rng), 0, m_rng))
                : QVariant();
        if (!persons->add({id, n.surname, n.name, n.patronymic,
                           mobile.isEmpty() ? QVariant() : QVariant(mobile), landline, email, bday},
                          error) ||
            !patients->add(
                {id, QStringLiteral("%1").arg(idx + 1, 6, 10, QLatin1Char('0')), guardian}, error))
            return false;
        // PostgreSQL checks foreign keys per statement: persons always go before what refers to
        // them.
        if (idx % 1000 == 999) {
            for (auto *ins : {persons.get(), staffs.get(), items.get(), patients.get()}) {
                if (!ins->flush(error))
                    return false;
            }
        }
    }
    for (auto *ins : {persons.get(), staffs.get(), items.get(), patients.get()}) {
        if (!ins->flush(error))
            return false;
    }
    m_s.persons = persons->rows();
    m_s.patients = patients->rows();
    return true;
}

bool CreateRun::plans(QString *error)
{
    auto plans =
        inserter(QStringLiteral("TreatmentPlans"),
                 {"ID", "Name", "DateTimeCreated", "IsActive", "ID_Patients", "ID_Staffs"});
    auto lines =
        inserter(QStringLiteral("TreatmentPlanElementRelations"),
                 {"ID", "ID_TreatmentPlans", "ID_TreatmentPlanStages", "ID_TreatmentPlanElements",
                  "ID_ServicePrices", "DiscountSum", "TeethLong"});
    qint64 planId = 0;
    qint64 lineId = 0;
    for (qint64 p = 0; p < m_normalPatients; ++p) {
        // The first three patients always have a plan, so even a tiny sample has some.
        if (p >= 3 && !m_rng.chance(8))
            continue;
        const qint64 patient = m_firstNormalPatient + p;
        const bool active = p < 3 || m_rng.chance(85);
        if (!plans->add({++planId, str(kPlanNames[m_rng.below(countOf(kPlanNames))]),
                         minutesFrom(m_o.now, -m_rng.between(1, 300) * 24 * 60), active, patient,
                         m_rng.pick(m_doctors)},
                        error))
            return false;
        const int count = int(m_rng.between(2, 5));
        for (int i = 0; i < count; ++i) {
            const PlanStep &step = kPlanSteps[m_rng.below(countOf(kPlanSteps))];
            const double price = kServices[step.service - 1].price;
            const QVariant discount =
                m_rng.chance(30) ? QVariant(double(qRound64(price * 10)) / 100.0) : QVariant();
            const QVariant teeth =
                m_rng.chance(70) ? QVariant(qint64(1) << m_rng.below(32)) : QVariant();
            if (!lines->add(
                    {++lineId, planId, step.stage, step.element, step.service, discount, teeth},
                    error))
                return false;
            if (active)
                m_openPlanLines[patient] << PlanLineRef{lineId, step.service};
        }
        if (planId % 200 == 0 && (!plans->flush(error) || !lines->flush(error)))
            return false;
    }
    if (!plans->flush(error) || !lines->flush(error))
        return false;
    m_s.treatmentPlans = plans->rows();
    m_s.planLines = lines->rows();
    return true;
}

void CreateRun::pickChair(Visit &v)
{
    if (m_rng.chance(2)) {
        v.chair.reset(); // booked without a chair: the branch comes from the order, if any
        v.chairBranch = 0;
        return;
    }
    const auto &branch = m_chairsByBranch.at(m_rng.below(m_chairsByBranch.size()));
    const ChairRef &c = m_rng.pick(branch);
    v.chair = c.id;
    v.chairBranch = c.branch;
}

Visit CreateRun::planVisit(qint64 id)
{
    Visit v;
    v.id = id;
    v.patient = randomPatient();
    v.staff = m_rng.pick(m_doctors);
    pickChair(v);
    static const int durations[] = {30, 45, 60, 60, 90};
    const qint64 duration = durations[m_rng.below(5)];
    const QDateTime today(m_o.now.date(), QTime(0, 0), Qt::UTC);

    if (id <= kForcedStatuses) {
        // One reception of every status, close to `now`, so even a tiny sample has them all.
        v.status = SampleStatus(id - 1);
        v.chair = m_chairsByBranch.at(0).at(0).id;
        v.chairBranch = 1;
        switch (v.status) {
        case SampleStatus::Scheduled:
            v.planStart = minutesFrom(today, 24 * 60 + 10 * 60);
            break;
        case SampleStatus::Arrived:
            v.planStart = minutesFrom(m_o.now, -5);
            break;
        case SampleStatus::InProgress:
            v.planStart = minutesFrom(m_o.now, -20);
            break;
        case SampleStatus::Completed:
        case SampleStatus::CompletedInvoiced:
        case SampleStatus::Cancelled:
        case SampleStatus::CancelledByReason:
        case SampleStatus::NoShow:
        case SampleStatus::Count:
            v.planStart = minutesFrom(today, -24 * 60 + 9 * 60 + id * 60);
            break;
        }
        v.twoOrders = v.status == SampleStatus::CompletedInvoiced;
        v.planEnd = minutesFrom(v.planStart, duration);
        fillEvents(v);
        return v;
    }

    // IDs grow with time, as IDENT's identity column does.
    const double span = double(m_pastDays + m_futureDays);
    const qint64 day =
        -m_pastDays + qint64(span * double(id - 1) / double(m_o.receptions)) + m_rng.between(-2, 2);
    v.planStart = minutesFrom(today, day * 24 * 60 + 8 * 60 + m_rng.below(45) * 15);
    v.planEnd = minutesFrom(v.planStart, duration);

    const bool future = v.planStart > m_o.now;
    const bool past = v.planEnd <= minutesFrom(m_o.now, -60);
    const qint64 r = m_rng.below(100);
    if (future) {
        v.status = r < 92 ? SampleStatus::Scheduled : SampleStatus::Cancelled;
    } else if (!past) {
        v.status = r < 20   ? SampleStatus::Scheduled
                   : r < 50 ? SampleStatus::Arrived
                            : SampleStatus::InProgress;
    } else {
        v.status = r < 55   ? SampleStatus::CompletedInvoiced
                   : r < 68 ? SampleStatus::Completed
                   : r < 80 ? SampleStatus::Cancelled
                   : r < 88 ? SampleStatus::NoShow
                   : r < 90 ? SampleStatus::CancelledByReason
                   : r < 93 ? SampleStatus::Scheduled // nobody closed it
                   : r < 95 ? SampleStatus::Arrived
                   : r < 97 ? SampleStatus::InProgress
                            : SampleStatus::CompletedInvoiced;
        v.twoOrders = v.status == SampleStatus::CompletedInvoiced && m_rng.chance(3);
    }
    if (m_rng.chance(30))
        v.comment = str(kComments[m_rng.below(countOf(kComments))]);
    fillEvents(v);
    return v;
}

void CreateRun::fillEvents(Visit &v)
{
    const QDateTime now = m_o.now;
    // Booked an hour to a month ahead; far-future bookings were made at some point in the past
    // month, not all at once.
    v.added = minutesFrom(v.planStart, -m_rng.between(60, 30 * 24 * 60));
    if (v.added >= now)
        v.added = minutesFrom(now, -m_rng.between(1, 30 * 24 * 60));
    const auto between = [this](const QDateTime &a, const QDateTime &b) {
        const qint64 minutes = std::max<qint64>(0, a.secsTo(b) / kMinute);
        return minutesFrom(a, m_rng.between(0, minutes));
    };
    switch (v.status) {
    case SampleStatus::Scheduled:
        if (m_rng.chance(50)) {
            v.changed = between(minutesFrom(v.added, 1), std::min(now, v.planStart));
            if (m_rng.chance(20))
                v.changed = std::min(now, v.changed.addSecs(m_rng.below(60)));
        }
        break;
    case SampleStatus::Cancelled:
        v.reason = m_rng.pick(QList<qint64>{kReasonRefused, 3, 4});
        v.canceled = between(minutesFrom(v.added, 1), minutesFrom(std::min(now, v.planStart), -1));
        v.changed = v.canceled;
        break;
    case SampleStatus::CancelledByReason:
        v.reason = kReasonRefused;
        v.changed = between(minutesFrom(v.added, 1), std::min(now, v.planStart));
        break;
    case SampleStatus::NoShow:
        v.reason = kReasonNoShow;
        v.canceled = minutesFrom(v.planStart, m_rng.between(20, 90));
        v.changed = v.canceled;
        break;
    case SampleStatus::Arrived:
    case SampleStatus::InProgress:
    case SampleStatus::Completed:
    case SampleStatus::CompletedInvoiced:
    case SampleStatus::Count: {
        v.appeared = minutesFrom(v.planStart, -m_rng.between(0, 15));
        v.changed = v.appeared;
        if (v.status == SampleStatus::Arrived)
            break;
        const qint64 sinceStart = std::max<qint64>(0, v.planStart.secsTo(now) / kMinute);
        v.started = minutesFrom(v.planStart, m_rng.between(0, std::min<qint64>(10, sinceStart)));
        v.changed = v.started;
        if (v.status == SampleStatus::InProgress)
            break;
        v.ended = v.started.addSecs(v.planStart.secsTo(v.planEnd));
        v.changed = v.ended;
        if (v.status == SampleStatus::Completed)
            break;
        v.checkIssued = minutesFrom(v.ended, m_rng.between(1, 20));
        v.changed = v.checkIssued;
        break;
    }
    }
}

bool CreateRun::writeVisit(const Visit &v, QString *error)
{
    if (!m_receptions->add({v.id, optionalValue(v.patient), v.staff, optionalValue(v.chair),
                            timeValue(v.planStart), timeValue(v.planEnd), timeValue(v.appeared),
                            timeValue(v.started), timeValue(v.ended), timeValue(v.checkIssued),
                            timeValue(v.canceled), optionalValue(v.reason),
                            v.comment.isEmpty() ? QVariant() : QVariant(v.comment),
                            timeValue(v.added), timeValue(v.changed)},
                           error))
        return false;
    ++m_s.receptions;
    ++m_s.statusCounts[v.status];
    if (m_o.keepTruth)
        m_s.truth.insert(v.id, v.status);

    const bool invoiced = v.status == SampleStatus::CompletedInvoiced;
    const bool unbilledOrder = v.status == SampleStatus::Completed && m_rng.chance(50);
    if (!invoiced && !unbilledOrder)
        return true;
    const int company = v.chairBranch > 0 ? v.chairBranch : int(m_rng.between(1, m_o.branches));
    const int orders = v.twoOrders ? 2 : 1;
    if (v.twoOrders)
        ++m_s.twoOrderReceptions;
    for (int n = 0; n < orders; ++n) {
        const qint64 orderId = ++m_orderId;
        const QDateTime bill = invoiced ? minutesFrom(v.checkIssued, n) : QDateTime();
        if (!m_orders->add({orderId, v.id, company, minutesFrom(v.ended, 2 * n), timeValue(bill)},
                           error))
            return false;
        ++m_s.orders;
        const int lines = int(m_rng.between(1, 3));
        for (int l = 0; l < lines; ++l) {
            int service = kServices[m_rng.below(countOf(kServices))].id;
            QVariant planLine;
            auto open = m_openPlanLines.find(v.patient.value_or(0));
            if (open != m_openPlanLines.end() && !open->isEmpty() && m_rng.chance(40)) {
                const PlanLineRef ref = open->takeFirst();
                service = ref.serviceId;
                planLine = ref.lineId;
            }
            const double price = kServices[service - 1].price;
            const qint64 d = m_rng.below(10);
            const QVariant discount = d < 7   ? QVariant()
                                      : d < 9 ? QVariant(0.0)
                                              : QVariant(double(qRound64(price * 10)) / 100.0);
            const double count = m_rng.chance(15) ? 2.0 : 1.0;
            if (!m_lines->add({++m_lineId, orderId, service, count, discount, planLine}, error))
                return false;
            ++m_s.orderLines;
        }
    }
    return true;
}

bool CreateRun::flushVisits(QString *error)
{
    return m_receptions->flush(error) && m_orders->flush(error) && m_lines->flush(error);
}

bool CreateRun::receptions(QString *error)
{
    const qint64 totalDays = std::clamp<qint64>(m_o.receptions / 50, 14, 1000);
    m_futureDays = std::max<qint64>(7, totalDays / 10);
    m_pastDays = totalDays - m_futureDays;

    m_receptions = inserter(QStringLiteral("Receptions"),
                            {"ID", "ID_Patients", "ID_Staffs", "ID_Armchairs", "PlanStart",
                             "PlanEnd", "PatientAppeared", "ReceptionStarted", "ReceptionEnded",
                             "CheckIssued", "ReceptionCanceled", "ID_ReceptionCancelReasons",
                             "Comment", "DateTimeAdded", "DateTimeChanged"});
    m_orders = inserter(QStringLiteral("Orders"), {"ID", "ID_Receptions", "ID_OwnCompanies",
                                                   "DateTimeOrder", "DateTimeBillFormed"});
    m_lines = inserter(QStringLiteral("OrderServiceRelation"),
                       {"ID", "ID_Orders", "ID_ServicePrices", "CountService", "DiscountSum",
                        "ID_TreatmentPlanElementRelations"});

    const qint64 firstSpecial = kForcedStatuses + 1;
    const bool special = m_o.badRows && m_o.receptions >= firstSpecial + 8;
    std::optional<SampleTransaction> tx;
    tx.emplace(m_db);
    for (qint64 id = 1; id <= m_o.receptions; ++id) {
        Visit v = planVisit(id);
        if (special && id >= firstSpecial && id < firstSpecial + 8) {
            // The bad and hostile rows: scheduled, so only the field at fault is unusual.
            v.status = SampleStatus::Scheduled;
            v.planStart = minutesFrom(QDateTime(m_o.now.date(), QTime(11, 0), Qt::UTC),
                                      2 * 24 * 60 + (id - firstSpecial) * 60);
            v.planEnd = minutesFrom(v.planStart, 30);
            v.appeared = v.started = v.ended = v.checkIssued = v.canceled = QDateTime();
            v.reason.reset();
            v.twoOrders = false;
            v.added = minutesFrom(m_o.now, -24 * 60);
            v.changed = QDateTime();
            v.comment.clear();
            const auto bad = [&](const QString &field, const QString &what) {
                m_s.badRows << SpecialRow{id, field, what};
            };
            const auto hostile = [&](const QString &field, const QString &what) {
                m_s.hostileRows << SpecialRow{id, field, what};
            };
            switch (id - firstSpecial) {
            case 0:
                v.patient.reset();
                bad(QStringLiteral("patient.id"), QStringLiteral("no patient"));
                break;
            case 1:
                v.patient = m_firstPatient;
                bad(QStringLiteral("patient.phoneRaw"), QStringLiteral("phone «не указан»"));
                break;
            case 2:
                v.patient = m_firstPatient + 1;
                bad(QStringLiteral("patient.phoneRaw"), QStringLiteral("phone without city code"));
                break;
            case 3:
                v.patient = m_firstPatient + 2;
                bad(QStringLiteral("patient.birthdayRaw"), QStringLiteral("birthday 31.02.1985"));
                break;
            case 4:
                v.patient = m_firstPatient + 3;
                v.comment = hostileComment();
                hostile(QStringLiteral("comment"), QStringLiteral("quotes, emoji, SQL"));
                break;
            case 5:
                v.comment = megabyteComment();
                hostile(QStringLiteral("comment"), QStringLiteral("1 MB comment"));
                break;
            case 6:
                v.planStart = v.planEnd = QDateTime();
                bad(QStringLiteral("planStart"), QStringLiteral("no planned start"));
                break;
            default:
                v.planEnd = minutesFrom(v.planStart, -30);
                bad(QStringLiteral("planEnd"), QStringLiteral("ends before it starts"));
                break;
            }
        }
        if (!writeVisit(v, error))
            return false;
        if (id % 1000 == 0 && !flushVisits(error))
            return false;
        if (id % 50000 == 0) {
            if (!flushVisits(error) || !tx->commit(error))
                return false;
            tx.emplace(m_db);
            qCInfo(lcSample) << "receptions written:" << id;
        }
    }
    return flushVisits(error) && tx->commit(error);
}

std::optional<CreateSummary> CreateRun::execute(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    if (m_o.patients < SampleGenerator::kSpecialPatients + 6) {
        fail(error, QStringLiteral("--patients must be at least %1")
                        .arg(SampleGenerator::kSpecialPatients + 6));
        return std::nullopt;
    }
    if (m_o.receptions < 1 || m_o.branches < 1 || m_o.branches > 100) {
        fail(error, QStringLiteral("--receptions must be positive and --branches within 1…100"));
        return std::nullopt;
    }
    for (const QString &t : m_db.tables()) {
        if (t.compare(QStringLiteral("Receptions"), Qt::CaseInsensitive) == 0) {
            fail(error, QStringLiteral("the database already holds an IDENT schema; create into "
                                       "a new file or database"));
            return std::nullopt;
        }
    }
    m_s.branches = m_o.branches;

    const QStringList speedUp = m_driver == Driver::Sqlite
                                    ? QStringList{QStringLiteral("PRAGMA synchronous = OFF"),
                                                  QStringLiteral("PRAGMA cache_size = -200000")}
                                    : QStringList{QStringLiteral("SET synchronous_commit = off")};
    if (!execAll(m_db, speedUp, error))
        return std::nullopt;
    {
        SampleTransaction tx(m_db);
        if (!execAll(m_db, SampleSchema::createStatements(m_driver), error) ||
            !referenceData(error) || !people(error) || !plans(error) || !tx.commit(error))
            return std::nullopt;
    }
    if (!receptions(error))
        return std::nullopt;
    {
        SampleTransaction tx(m_db);
        if (!execAll(m_db, SampleSchema::indexStatements(m_o.changeIndexes), error) ||
            !tx.commit(error))
            return std::nullopt;
    }
    if (!execAll(m_db, {QStringLiteral("ANALYZE")}, error))
        return std::nullopt;
    m_s.elapsedMs = timer.elapsed();
    return m_s;
}

// ------------------------------------------------------------------------------------------------
struct Candidate
{
    qint64 id = 0;
    std::optional<qint64> chair;
    QDateTime planStart, planEnd, appeared, started, ended, checkIssued, canceled, changed;
    std::optional<qint64> reason;
    int orders = 0;
    QDateTime billFormed;
};

class AdvanceRun
{
public:
    AdvanceRun(SampleDatabase &db, const AdvanceOptions &o)
        : m_db(db.database())
        , m_driver(db.driver())
        , m_dialect(db.driver())
        , m_o(o)
        , m_rng(o.seed)
    {}

    std::optional<AdvanceSummary> execute(QString *error);

private:
    bool load(QString *error);
    bool progress(Candidate &c, QString *error);
    bool writeEvents(const Candidate &c, QString *error);
    bool addOrder(const Candidate &c, const QDateTime &at, const QDateTime &bill, QString *error);
    bool billOrders(qint64 reception, const QDateTime &at, QString *error);
    bool editComment(qint64 id, const QDateTime &at, const QString &note, QString *error);
    bool book(const QDateTime &at, QString *error);
    bool lateEdit(QString *error);
    QDateTime inWindow()
    {
        return m_from.addSecs(kMinute * m_rng.between(1, std::max(1, m_o.minutes)));
    }
    bool full() const { return m_o.exactChanges > 0 && m_changed.size() >= m_o.exactChanges; }
    bool run(QSqlQuery &q, const QString &what, QString *error)
    {
        if (q.exec())
            return true;
        if (error)
            *error = QStringLiteral("%1: %2").arg(what, q.lastError().text());
        return false;
    }
    QString p() const { return m_dialect.dateTimeParam(); }
    static QVariant t(const QDateTime &dt)
    {
        return dt.isValid() ? QVariant(SqlDialect::formatDateTime(dt)) : QVariant();
    }

    QSqlDatabase m_db;
    Driver m_driver;
    SqlDialect m_dialect;
    AdvanceOptions m_o;
    SampleRandom m_rng;
    AdvanceSummary m_s;
    QDateTime m_from, m_to;
    QList<Candidate> m_candidates;
    QList<qint64> m_doctors;
    QList<ChairRef> m_chairs;
    QList<int> m_services;
    qint64 m_firstPatient = 0, m_lastPatient = 0;
    qint64 m_maxReception = 0, m_maxOrder = 0, m_maxLine = 0;
    QSet<qint64> m_changed;
};

bool AdvanceRun::load(QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto one = [&](const QString &sql) -> std::optional<QVariant> {
        if (!q.exec(sql) || !q.next()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(sql.left(80), q.lastError().text());
            return std::nullopt;
        }
        return q.value(0);
    };

    QStringList newest;
    for (const char *c : {"DateTimeAdded", "DateTimeChanged", "PatientAppeared", "ReceptionStarted",
                          "ReceptionEnded", "ReceptionCanceled", "CheckIssued"}) {
        newest << m_dialect.dateTimeText(
            QStringLiteral("(SELECT MAX(%1) FROM Receptions)").arg(QLatin1String(c)));
    }
    newest << m_dialect.dateTimeText(
        QStringLiteral("(SELECT MAX(DateTimeBillFormed) FROM Orders)"));
    if (!q.exec(QStringLiteral("SELECT ") + newest.join(QStringLiteral(", "))) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QString latest;
    for (int i = 0; i < newest.size(); ++i)
        latest = std::max(latest, q.value(i).toString());
    if (latest.isEmpty()) {
        if (error)
            *error = QStringLiteral("the database has no receptions; run `ident-sample create` "
                                    "first");
        return false;
    }
    m_from = naive(latest);
    m_to = m_from.addSecs(kMinute * m_o.minutes);

    const auto maxOf = [&](const QString &sql, qint64 &out) {
        const auto v = one(sql);
        if (!v)
            return false;
        out = v->toLongLong();
        return true;
    };
    if (!maxOf(QStringLiteral("SELECT MAX(ID) FROM Receptions"), m_maxReception) ||
        !maxOf(QStringLiteral("SELECT COALESCE(MAX(ID), 0) FROM Orders"), m_maxOrder) ||
        !maxOf(QStringLiteral("SELECT COALESCE(MAX(ID), 0) FROM OrderServiceRelation"),
               m_maxLine) ||
        !maxOf(QStringLiteral("SELECT MIN(ID_Persons) FROM Patients"), m_firstPatient) ||
        !maxOf(QStringLiteral("SELECT MAX(ID_Persons) FROM Patients"), m_lastPatient))
        return false;
    m_firstPatient += SampleGenerator::kSpecialPatients;

    const auto failed = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(what, q.lastError().text());
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT DISTINCT i.ID_Staffs FROM Items i JOIN ProfessionNames pn "
                               "ON pn.ID = i.ID_ProfessionNames WHERE pn.ID_Roles = 8 "
                               "ORDER BY i.ID_Staffs")))
        return failed(QStringLiteral("doctors"));
    while (q.next())
        m_doctors << q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT ID, ID_OwnCompanies FROM Armchairs WHERE %1 ORDER BY ID")
                    .arg(m_dialect.isNotTrue(QStringLiteral("Archive")))))
        return failed(QStringLiteral("chairs"));
    while (q.next())
        m_chairs << ChairRef{q.value(0).toLongLong(), q.value(1).toInt()};
    if (!q.exec(QStringLiteral("SELECT ID FROM ServiceItemPrices ORDER BY ID")))
        return failed(QStringLiteral("prices"));
    while (q.next())
        m_services << q.value(0).toInt();
    if (m_doctors.isEmpty() || m_chairs.isEmpty() || m_services.isEmpty() ||
        m_lastPatient < m_firstPatient) {
        if (error)
            *error = QStringLiteral("the database lacks doctors, chairs, prices or patients; is it "
                                    "an ident-sample database?");
        return false;
    }

    const auto dt = [this](const char *col) {
        return m_dialect.dateTimeText(QStringLiteral("r.") + QLatin1String(col));
    };
    const QStringList columns = {
        QStringLiteral("r.ID"),
        QStringLiteral("r.ID_Armchairs"),
        dt("PlanStart"),
        dt("PlanEnd"),
        dt("PatientAppeared"),
        dt("ReceptionStarted"),
        dt("ReceptionEnded"),
        dt("CheckIssued"),
        dt("ReceptionCanceled"),
        dt("DateTimeChanged"),
        QStringLiteral("r.ID_ReceptionCancelReasons"),
        QStringLiteral("(SELECT COUNT(*) FROM Orders o WHERE o.ID_Receptions = r.ID)"),
        m_dialect.dateTimeText(QStringLiteral("(SELECT MAX(o.DateTimeBillFormed) FROM Orders o "
                                              "WHERE o.ID_Receptions = r.ID)")),
    };
    q.prepare(QStringLiteral("SELECT %1 FROM Receptions r WHERE r.PlanStart >= %2 AND "
                             "r.PlanStart < %2 ORDER BY r.ID")
                  .arg(columns.join(QStringLiteral(", ")), p()));
    q.addBindValue(t(m_from.addSecs(-kDay)));
    q.addBindValue(t(m_to.addSecs(14 * kDay)));
    if (!run(q, QStringLiteral("candidates"), error))
        return false;
    while (q.next()) {
        Candidate c;
        c.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            c.chair = q.value(1).toLongLong();
        c.planStart = naive(q.value(2).toString());
        c.planEnd = naive(q.value(3).toString());
        c.appeared = naive(q.value(4).toString());
        c.started = naive(q.value(5).toString());
        c.ended = naive(q.value(6).toString());
        c.checkIssued = naive(q.value(7).toString());
        c.canceled = naive(q.value(8).toString());
        c.changed = naive(q.value(9).toString());
        if (!q.value(10).isNull())
            c.reason = q.value(10).toLongLong();
        c.orders = q.value(11).toInt();
        c.billFormed = naive(q.value(12).toString());
        m_candidates << c;
    }
    return true;
}

bool AdvanceRun::writeEvents(const Candidate &c, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE Receptions SET PatientAppeared = %1, ReceptionStarted = %1, "
                             "ReceptionEnded = %1, CheckIssued = %1, ReceptionCanceled = %1, "
                             "ID_ReceptionCancelReasons = ?, DateTimeChanged = %1 WHERE ID = ?")
                  .arg(p()));
    for (const QDateTime &v : {c.appeared, c.started, c.ended, c.checkIssued, c.canceled})
        q.addBindValue(t(v));
    q.addBindValue(c.reason ? QVariant(*c.reason) : QVariant());
    q.addBindValue(t(c.changed));
    q.addBindValue(c.id);
    m_changed.insert(c.id);
    return run(q, QStringLiteral("update reception"), error);
}

bool AdvanceRun::addOrder(const Candidate &c, const QDateTime &at, const QDateTime &bill,
                          QString *error)
{
    int company = m_chairs.first().branch;
    for (const ChairRef &ch : std::as_const(m_chairs)) {
        if (c.chair && ch.id == *c.chair)
            company = ch.branch;
    }
    const qint64 orderId = ++m_maxOrder;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO Orders (ID, ID_Receptions, ID_OwnCompanies, "
                             "DateTimeOrder, DateTimeBillFormed) VALUES (?, ?, ?, %1, %1)")
                  .arg(p()));
    q.addBindValue(orderId);
    q.addBindValue(c.id);
    q.addBindValue(company);
    q.addBindValue(t(at));
    q.addBindValue(t(bill));
    if (!run(q, QStringLiteral("insert order"), error))
        return false;
    const int lines = int(m_rng.between(1, 3));
    for (int i = 0; i < lines; ++i) {
        QSqlQuery l(m_db);
        l.prepare(QStringLiteral("INSERT INTO OrderServiceRelation (ID, ID_Orders, "
                                 "ID_ServicePrices, CountService, DiscountSum) VALUES "
                                 "(?, ?, ?, ?, ?)"));
        l.addBindValue(++m_maxLine);
        l.addBindValue(orderId);
        l.addBindValue(m_rng.pick(m_services));
        l.addBindValue(1.0);
        l.addBindValue(m_rng.chance(20) ? QVariant(100.0) : QVariant());
        if (!run(l, QStringLiteral("insert order line"), error))
            return false;
    }
    m_changed.insert(c.id);
    return true;
}

bool AdvanceRun::billOrders(qint64 reception, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE Orders SET DateTimeBillFormed = %1 WHERE ID_Receptions = ? "
                             "AND DateTimeBillFormed IS NULL")
                  .arg(p()));
    q.addBindValue(t(at));
    q.addBindValue(reception);
    m_changed.insert(reception);
    return run(q, QStringLiteral("bill order"), error);
}

bool AdvanceRun::progress(Candidate &c, QString *error)
{
    if (c.canceled.isValid() || c.reason || c.checkIssued.isValid() || c.billFormed.isValid() ||
        !c.planStart.isValid() || !c.planEnd.isValid() || c.planEnd < c.planStart)
        return true;
    // A reception's fate is fixed by its ID, so it is the same whatever the step sizes.
    const quint64 fate = SampleRandom::hash(0x1DE57, quint64(c.id));
    const bool noShow = fate % 100 < 8;
    const bool billOnly = (fate / 100) % 100 < 20;
    const auto inStep = [this](const QDateTime &at) { return at > m_from && at <= m_to; };
    bool touched = false;
    bool newOrder = false;
    bool billNow = false;
    QDateTime billAt;

    if (!c.appeared.isValid()) {
        if (noShow) {
            const QDateTime at = minutesFrom(c.planStart, 30);
            if (inStep(at)) {
                c.canceled = at;
                c.reason = kReasonNoShow;
                c.changed = at;
                ++m_s.noShows;
                return writeEvents(c, error);
            }
            return true;
        }
        const QDateTime at = minutesFrom(c.planStart, -qint64(fate % 15));
        if (!inStep(at))
            return true;
        c.appeared = c.changed = at;
        ++m_s.appeared;
        touched = true;
    }
    if (!c.started.isValid()) {
        const QDateTime at =
            std::max(minutesFrom(c.appeared, 1), minutesFrom(c.planStart, qint64(fate % 10)));
        if (inStep(at)) {
            c.started = c.changed = at;
            ++m_s.started;
            touched = true;
        }
    }
    if (c.started.isValid() && !c.ended.isValid()) {
        const QDateTime at = c.started.addSecs(c.planStart.secsTo(c.planEnd));
        if (inStep(at)) {
            c.ended = c.changed = at;
            ++m_s.ended;
            touched = true;
            newOrder = c.orders == 0;
        }
    }
    if (c.ended.isValid()) {
        const QDateTime at = minutesFrom(c.ended, 5 + qint64(fate % 15));
        if (inStep(at)) {
            billNow = true;
            billAt = at;
            if (billOnly) {
                ++m_s.billOnly;
            } else {
                c.checkIssued = c.changed = at;
                ++m_s.invoiced;
                touched = true;
            }
        }
    }
    if (touched && !writeEvents(c, error))
        return false;
    if (newOrder || (billNow && c.orders == 0)) {
        if (!addOrder(c, c.ended, billNow ? billAt : QDateTime(), error))
            return false;
        c.orders = 1;
    } else if (billNow && !billOrders(c.id, billAt, error)) {
        return false;
    }
    return true;
}

bool AdvanceRun::editComment(qint64 id, const QDateTime &at, const QString &note, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE Receptions SET Comment = %1, DateTimeChanged = %2 "
                             "WHERE ID = ?")
                  .arg(m_dialect.concat({m_dialect.ifNull(QStringLiteral("Comment"),
                                                          m_dialect.literal(QString())),
                                         QStringLiteral("?")}),
                       p()));
    q.addBindValue(note);
    q.addBindValue(t(at));
    q.addBindValue(id);
    m_changed.insert(id);
    ++m_s.edited;
    return run(q, QStringLiteral("edit comment"), error);
}

bool AdvanceRun::book(const QDateTime &at, QString *error)
{
    const ChairRef &chair = m_rng.pick(m_chairs);
    const QDateTime start = minutesFrom(QDateTime(at.date(), QTime(8, 0), Qt::UTC),
                                        m_rng.between(1, 14) * 24 * 60 + m_rng.below(45) * 15);
    const qint64 id = ++m_maxReception;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO Receptions (ID, ID_Patients, ID_Staffs, ID_Armchairs, "
                             "PlanStart, PlanEnd, DateTimeAdded, Comment) VALUES "
                             "(?, ?, ?, ?, %1, %1, %1, ?)")
                  .arg(p()));
    q.addBindValue(id);
    q.addBindValue(m_firstPatient + m_rng.below(m_lastPatient - m_firstPatient + 1));
    q.addBindValue(m_rng.pick(m_doctors));
    q.addBindValue(chair.id);
    q.addBindValue(t(start));
    q.addBindValue(t(minutesFrom(start, 30 + 15 * m_rng.below(4))));
    q.addBindValue(t(at));
    q.addBindValue(m_rng.chance(30) ? QVariant(str(kComments[m_rng.below(countOf(kComments))]))
                                    : QVariant());
    m_changed.insert(id);
    ++m_s.booked;
    return run(q, QStringLiteral("book"), error);
}

bool AdvanceRun::lateEdit(QString *error)
{
    // Stamped before the newest change already written, as a transaction that began earlier and
    // committed now would be; only rows whose change time is older still, so it really moves.
    const QDateTime at = m_from.addSecs(-m_rng.between(1, qint64(m_o.lateMinutes) * kMinute));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QStringList cols = {
        QStringLiteral("DateTimeAdded"),   QStringLiteral("DateTimeChanged"),
        QStringLiteral("PatientAppeared"), QStringLiteral("ReceptionStarted"),
        QStringLiteral("ReceptionEnded"),  QStringLiteral("ReceptionCanceled"),
        QStringLiteral("CheckIssued")};
    QStringList exprs;
    for (const QString &c : cols)
        exprs << QStringLiteral("r.") + c;
    exprs << QStringLiteral("(SELECT MAX(o.DateTimeBillFormed) FROM Orders o WHERE "
                            "o.ID_Receptions = r.ID)");
    q.prepare(QStringLiteral("SELECT %1 FROM Receptions r WHERE r.ID = ?")
                  .arg(m_dialect.dateTimeText(m_dialect.greatest(exprs))));
    for (int attempt = 0; attempt < 50; ++attempt) {
        const qint64 id = m_rng.between(1, m_maxReception);
        if (m_changed.contains(id))
            continue;
        q.addBindValue(id);
        if (!run(q, QStringLiteral("late candidate"), error))
            return false;
        if (!q.next())
            continue;
        const QDateTime ct = naive(q.value(0).toString());
        q.finish();
        if (!ct.isValid() || ct >= at)
            continue;
        ++m_s.late;
        return editComment(id, at, QStringLiteral(" (запись сохранена с опозданием)"), error);
    }
    return true;
}

std::optional<AdvanceSummary> AdvanceRun::execute(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    if (m_o.minutes < 1 || m_o.lateMinutes < 0) {
        if (error)
            *error = QStringLiteral("--minutes must be positive and --late-minutes not negative");
        return std::nullopt;
    }
    SampleTransaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = m_db.lastError().text();
        return std::nullopt;
    }
    if (!load(error))
        return std::nullopt;
    m_rng = SampleRandom(m_o.seed ^ quint64(m_from.toSecsSinceEpoch()));
    m_s.from = m_from;
    m_s.to = m_to;

    for (Candidate &c : m_candidates) {
        if (full())
            break;
        if (!progress(c, error))
            return std::nullopt;
    }
    // Cancellations of future bookings (about 5% of them a day) and comment edits.
    const int perMille = std::max(1, 50 * m_o.minutes / (24 * 60));
    for (Candidate &c : m_candidates) {
        if (full())
            break;
        if (c.planStart > m_to && !c.appeared.isValid() && !c.canceled.isValid() && !c.reason &&
            !m_changed.contains(c.id) && m_rng.below(1000) < perMille) {
            c.canceled = c.changed = inWindow();
            c.reason = m_rng.chance(70) ? kReasonRefused : 3;
            ++m_s.cancelled;
            if (!writeEvents(c, error))
                return std::nullopt;
        }
    }
    const int edits = std::max(1, m_o.minutes / 30);
    for (int i = 0; i < edits && !full() && !m_candidates.isEmpty(); ++i) {
        const Candidate &c = m_rng.pick(m_candidates);
        if (!editComment(c.id, inWindow(), QStringLiteral(" (уточнено)"), error))
            return std::nullopt;
    }
    const int bookings = 1 + int(m_rng.below(std::max(1, m_o.minutes / 15)));
    for (int i = 0; i < bookings && !full(); ++i) {
        if (!book(inWindow(), error))
            return std::nullopt;
    }
    if (m_o.lateMinutes > 0) {
        const int late = 1 + int(m_rng.below(2));
        for (int i = 0; i < late && !full(); ++i) {
            if (!lateEdit(error))
                return std::nullopt;
        }
    }
    if (m_o.exactChanges > m_maxReception) {
        if (error)
            *error = QStringLiteral("--changes %1 is more than the %2 receptions there are")
                         .arg(m_o.exactChanges)
                         .arg(m_maxReception);
        return std::nullopt;
    }
    while (m_o.exactChanges > 0 && !full()) {
        const qint64 id = m_rng.between(1, m_maxReception);
        if (!m_changed.contains(id) &&
            !editComment(id, inWindow(), QStringLiteral(" (уточнено)"), error))
            return std::nullopt;
    }
    if (!tx.commit(error))
        return std::nullopt;
    m_s.changed = int(m_changed.size());
    m_s.elapsedMs = timer.elapsed();
    return m_s;
}

} // namespace

// ------------------------------------------------------------------------------------------------
QString sampleStatusKey(SampleStatus s)
{
    switch (s) {
    case SampleStatus::Scheduled:
        return QStringLiteral("scheduled");
    case SampleStatus::Arrived:
        return QStringLiteral("arrived");
    case SampleStatus::InProgress:
        return QStringLiteral("in_progress");
    case SampleStatus::Completed:
        return QStringLiteral("completed");
    case SampleStatus::CompletedInvoiced:
        return QStringLiteral("completed_invoiced");
    case SampleStatus::Cancelled:
        return QStringLiteral("cancelled");
    case SampleStatus::CancelledByReason:
        return QStringLiteral("cancelled_by_reason");
    case SampleStatus::NoShow:
        return QStringLiteral("no_show");
    case SampleStatus::Count:
        break;
    }
    return {};
}

SampleDatabase::SampleDatabase(const SampleConnection &c)
    : m_name(QStringLiteral("identsample_") + QUuid::createUuid().toString(QUuid::Id128))
    , m_driver(c.driver)
{
    if (c.driver == Driver::SqlServer) {
        m_error = QStringLiteral("ident-sample writes SQLite and PostgreSQL databases only");
        return;
    }
    const bool pg = c.driver == Driver::Postgres;
    const auto configure = [&c](QSqlDatabase &db, const QString &name) {
        db.setDatabaseName(name);
        if (c.driver == Driver::Postgres) {
            db.setHostName(c.host);
            if (c.port > 0)
                db.setPort(c.port);
            db.setUserName(c.user);
            db.setPassword(c.password);
        }
    };
    QSqlDatabase db =
        QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
    configure(db, c.database);
    m_open = db.open();
    if (!m_open && pg && db.lastError().text().contains(QLatin1String("does not exist"))) {
        // A new PostgreSQL database is created through the maintenance database.
        const QString admin = m_name + QStringLiteral("_admin");
        {
            QSqlDatabase a = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
            configure(a, QStringLiteral("postgres"));
            if (a.open()) {
                QSqlQuery q(a);
                q.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0")
                           .arg(SqlDialect(Driver::Postgres).quote(c.database)));
                a.close();
            }
        }
        QSqlDatabase::removeDatabase(admin);
        m_open = db.open();
    }
    if (!m_open)
        m_error = db.lastError().text();
}

SampleDatabase::~SampleDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SampleDatabase::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QJsonObject CreateSummary::toJson() const
{
    QJsonObject statuses;
    for (int i = 0; i < int(SampleStatus::Count); ++i)
        statuses.insert(sampleStatusKey(SampleStatus(i)), statusCounts.value(SampleStatus(i)));
    const auto rows = [](const QList<SpecialRow> &list) {
        QJsonArray a;
        for (const SpecialRow &r : list)
            a.append(QJsonObject{{QStringLiteral("reception"), r.receptionId},
                                 {QStringLiteral("field"), r.field},
                                 {QStringLiteral("what"), r.what}});
        return a;
    };
    return QJsonObject{{QStringLiteral("command"), QStringLiteral("create")},
                       {QStringLiteral("persons"), persons},
                       {QStringLiteral("patients"), patients},
                       {QStringLiteral("staff"), staff},
                       {QStringLiteral("receptions"), receptions},
                       {QStringLiteral("orders"), orders},
                       {QStringLiteral("orderLines"), orderLines},
                       {QStringLiteral("treatmentPlans"), treatmentPlans},
                       {QStringLiteral("planLines"), planLines},
                       {QStringLiteral("twoOrderReceptions"), twoOrderReceptions},
                       {QStringLiteral("sharedPhones"), sharedPhones},
                       {QStringLiteral("branches"), branches},
                       {QStringLiteral("statuses"), statuses},
                       {QStringLiteral("badRows"), rows(badRows)},
                       {QStringLiteral("hostileRows"), rows(hostileRows)},
                       {QStringLiteral("elapsedMs"), elapsedMs}};
}

QString CreateSummary::oneLine() const
{
    return QStringLiteral("created %1 receptions (%2 orders, %3 lines), %4 patients, %5 staff, "
                          "%6 treatment plans, %7 branches, %8 bad and %9 hostile rows in %10 ms")
        .arg(receptions)
        .arg(orders)
        .arg(orderLines)
        .arg(patients)
        .arg(staff)
        .arg(treatmentPlans)
        .arg(branches)
        .arg(badRows.size())
        .arg(hostileRows.size())
        .arg(elapsedMs);
}

QJsonObject AdvanceSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("command"), QStringLiteral("advance")},
                       {QStringLiteral("from"), SqlDialect::formatDateTime(from)},
                       {QStringLiteral("to"), SqlDialect::formatDateTime(to)},
                       {QStringLiteral("changed"), changed},
                       {QStringLiteral("booked"), booked},
                       {QStringLiteral("appeared"), appeared},
                       {QStringLiteral("started"), started},
                       {QStringLiteral("ended"), ended},
                       {QStringLiteral("invoiced"), invoiced},
                       {QStringLiteral("billOnly"), billOnly},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("noShows"), noShows},
                       {QStringLiteral("edited"), edited},
                       {QStringLiteral("late"), late},
                       {QStringLiteral("elapsedMs"), elapsedMs}};
}

QString AdvanceSummary::oneLine() const
{
    return QStringLiteral("advanced %1 → %2: %3 receptions changed (%4 booked, %5 arrived, "
                          "%6 started, %7 ended, %8 invoiced, %9 bill only, %10 cancelled, "
                          "%11 no-shows, %12 edited, %13 late) in %14 ms")
        .arg(SqlDialect::formatDateTime(from), SqlDialect::formatDateTime(to))
        .arg(changed)
        .arg(booked)
        .arg(appeared)
        .arg(started)
        .arg(ended)
        .arg(invoiced)
        .arg(billOnly)
        .arg(cancelled)
        .arg(noShows)
        .arg(edited)
        .arg(late)
        .arg(elapsedMs);
}

std::optional<CreateSummary> SampleGenerator::create(SampleDatabase &db,
                                                     const CreateOptions &options, QString *error)
{
    if (!db.isOpen()) {
        if (error)
            *error = db.error();
        return std::nullopt;
    }
    CreateRun run(db, options);
    return run.execute(error);
}

std::optional<AdvanceSummary>
SampleGenerator::advance(SampleDatabase &db, const AdvanceOptions &options, QString *error)
{
    if (!db.isOpen()) {
        if (error)
            *error = db.error();
        return std::nullopt;
    }
    AdvanceRun run(db, options);
    return run.execute(error);
}

} // namespace identsync::sample
