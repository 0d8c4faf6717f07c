#include "samplenames.h"

#include <QStringList>

namespace identsync::sample {

namespace {

struct FatherName
{
    const char16_t *name;
    const char16_t *sonPatronymic;
    const char16_t *daughterPatronymic;
};

// clang-format off
const FatherName kMaleNames[] = {
    {u"Александр", u"Александрович", u"Александровна"}, {u"Алексей", u"Алексеевич", u"Алексеевна"},
    {u"Андрей", u"Андреевич", u"Андреевна"},             {u"Борис", u"Борисович", u"Борисовна"},
    {u"Вадим", u"Вадимович", u"Вадимовна"},              {u"Василий", u"Васильевич", u"Васильевна"},
    {u"Виктор", u"Викторович", u"Викторовна"},           {u"Владимир", u"Владимирович", u"Владимировна"},
    {u"Геннадий", u"Геннадьевич", u"Геннадьевна"},       {u"Георгий", u"Георгиевич", u"Георгиевна"},
    {u"Григорий", u"Григорьевич", u"Григорьевна"},       {u"Денис", u"Денисович", u"Денисовна"},
    {u"Дмитрий", u"Дмитриевич", u"Дмитриевна"},          {u"Евгений", u"Евгеньевич", u"Евгеньевна"},
    {u"Иван", u"Иванович", u"Ивановна"},                 {u"Игорь", u"Игоревич", u"Игоревна"},
    {u"Илья", u"Ильич", u"Ильинична"},                   {u"Кирилл", u"Кириллович", u"Кирилловна"},
    {u"Константин", u"Константинович", u"Константиновна"}, {u"Лев", u"Львович", u"Львовна"},
    {u"Максим", u"Максимович", u"Максимовна"},           {u"Михаил", u"Михайлович", u"Михайловна"},
    {u"Никита", u"Никитич", u"Никитична"},               {u"Николай", u"Николаевич", u"Николаевна"},
    {u"Олег", u"Олегович", u"Олеговна"},                 {u"Павел", u"Павлович", u"Павловна"},
    {u"Пётр", u"Петрович", u"Петровна"},                 {u"Роман", u"Романович", u"Романовна"},
    {u"Сергей", u"Сергеевич", u"Сергеевна"},             {u"Степан", u"Степанович", u"Степановна"},
    {u"Фёдор", u"Фёдорович", u"Фёдоровна"},              {u"Юрий", u"Юрьевич", u"Юрьевна"},
    {u"Ярослав", u"Ярославович", u"Ярославовна"},        {u"Артём", u"Артёмович", u"Артёмовна"},
    {u"Тимофей", u"Тимофеевич", u"Тимофеевна"},          {u"Анатолий", u"Анатольевич", u"Анатольевна"},
    {u"Валерий", u"Валерьевич", u"Валерьевна"},          {u"Виталий", u"Витальевич", u"Витальевна"},
    {u"Руслан", u"Русланович", u"Руслановна"},           {u"Эдуард", u"Эдуардович", u"Эдуардовна"},
};

const char16_t *const kFemaleNames[] = {
    u"Александра", u"Алина", u"Алла", u"Анастасия", u"Анна", u"Валентина", u"Валерия", u"Вера",
    u"Вероника", u"Виктория", u"Галина", u"Дарья", u"Диана", u"Евгения", u"Екатерина", u"Елена",
    u"Елизавета", u"Жанна", u"Зоя", u"Ирина", u"Карина", u"Кира", u"Ксения", u"Лариса", u"Лидия",
    u"Любовь", u"Людмила", u"Маргарита", u"Марина", u"Мария", u"Надежда", u"Наталья", u"Нина",
    u"Оксана", u"Ольга", u"Полина", u"Светлана", u"София", u"Таисия", u"Тамара", u"Татьяна",
    u"Ульяна", u"Юлия", u"Яна",
};

// Masculine forms; feminine ones are derived (Иванов → Иванова, Вишневский → Вишневская,
// Толстой → Толстая; Шевченко, Ковальчук and Черных do not change).
const char16_t *const kSurnames[] = {
    u"Иванов", u"Петров", u"Смирнов", u"Кузнецов", u"Попов", u"Васильев", u"Соколов",
    u"Михайлов", u"Новиков", u"Фёдоров", u"Морозов", u"Волков", u"Алексеев", u"Лебедев",
    u"Семёнов", u"Егоров", u"Павлов", u"Козлов", u"Степанов", u"Николаев", u"Орлов", u"Андреев",
    u"Макаров", u"Никитин", u"Захаров", u"Зайцев", u"Соловьёв", u"Борисов", u"Яковлев",
    u"Григорьев", u"Романов", u"Воробьёв", u"Сергеев", u"Кузьмин", u"Фролов", u"Александров",
    u"Дмитриев", u"Королёв", u"Гусев", u"Киселёв", u"Ильин", u"Максимов", u"Поляков", u"Сорокин",
    u"Виноградов", u"Ковалёв", u"Белов", u"Медведев", u"Антонов", u"Тарасов", u"Жуков",
    u"Баранов", u"Филиппов", u"Комаров", u"Давыдов", u"Беляев", u"Герасимов", u"Богданов",
    u"Осипов", u"Сидоров", u"Матвеев", u"Титов", u"Марков", u"Миронов", u"Крылов", u"Куликов",
    u"Карпов", u"Власов", u"Мельников", u"Денисов", u"Гаврилов", u"Тихонов", u"Казаков",
    u"Афанасьев", u"Данилов", u"Савельев", u"Тимофеев", u"Фомин", u"Чернов", u"Абрамов",
    u"Мартынов", u"Ефимов", u"Щербаков", u"Назаров", u"Калинин", u"Исаев", u"Быков", u"Маслов",
    u"Вишневский", u"Ковальский", u"Залесский", u"Толстой",
    u"Высоцкий", u"Шевченко", u"Бондаренко", u"Ткаченко", u"Ковальчук", u"Черных", u"Седых",
};

const char *const kMobileCodes[] = {"916", "903", "905", "906", "909", "915", "917", "925",
                                    "926", "977", "985", "999", "964", "912", "921", "981"};
const char *const kCityCodes[] = {"495", "499", "812", "343", "383", "846"};
// clang-format on

template <typename T, size_t N> const T &pickFrom(const T (&arr)[N], SampleRandom &rng)
{
    return arr[rng.below(qint64(N))];
}

QString feminine(const QString &surname)
{
    static const QStringList addA = {QStringLiteral("ов"), QStringLiteral("ев"),
                                     QStringLiteral("ёв"), QStringLiteral("ин"),
                                     QStringLiteral("ын")};
    for (const QString &s : addA) {
        if (surname.endsWith(s))
            return surname + QStringLiteral("а");
    }
    if (surname.endsWith(QStringLiteral("ий")) || surname.endsWith(QStringLiteral("ой")))
        return surname.chopped(2) + QStringLiteral("ая");
    return surname;
}

QString digits(SampleRandom &rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + int(rng.below(10)));
    return s;
}

} // namespace

PersonName SampleNames::person(SampleRandom &rng, bool female)
{
    PersonName p;
    p.female = female;
    const QString surname = QString::fromUtf16(pickFrom(kSurnames, rng));
    p.surname = female ? feminine(surname) : surname;
    const FatherName &father = pickFrom(kMaleNames, rng);
    p.patronymic = QString::fromUtf16(female ? father.daughterPatronymic : father.sonPatronymic);
    p.name = female ? QString::fromUtf16(pickFrom(kFemaleNames, rng))
                    : QString::fromUtf16(pickFrom(kMaleNames, rng).name);
    return p;
}

PersonName SampleNames::child(const PersonName &parent, SampleRandom &rng, bool female)
{
    PersonName c = person(rng, female);
    // The parent's surname in its masculine form is what the family list holds.
    QString family = parent.surname;
    if (parent.female) {
        if (family.endsWith(QStringLiteral("ая")))
            family = family.chopped(2) + (family.endsWith(QStringLiteral("ская")) ||
                                                  family.endsWith(QStringLiteral("цкая"))
                                              ? QStringLiteral("ий")
                                              : QStringLiteral("ой"));
        else if (family.endsWith(QStringLiteral("а")) && feminine(family.chopped(1)) == family)
            family.chop(1);
    }
    c.surname = female ? feminine(family) : family;
    if (!parent.female) {
        for (const FatherName &f : kMaleNames) {
            if (parent.name == QString::fromUtf16(f.name)) {
                c.patronymic = QString::fromUtf16(female ? f.daughterPatronymic : f.sonPatronymic);
                break;
            }
        }
    }
    return c;
}

QString SampleNames::mobileNumber(SampleRandom &rng)
{
    return QString::fromLatin1(pickFrom(kMobileCodes, rng)) + digits(rng, 7);
}

QString SampleNames::landlineNumber(SampleRandom &rng)
{
    return QString::fromLatin1(pickFrom(kCityCodes, rng)) + QChar(u'2' + int(rng.below(7))) +
           digits(rng, 6);
}

int SampleNames::formatCount()
{
    return 8;
}

QString SampleNames::spell(const QString &d, int format, SampleRandom &rng)
{
    const QString code = d.left(3);
    const QString a = d.mid(3, 3);
    const QString b = d.mid(6, 2);
    const QString c = d.mid(8, 2);
    switch (format) {
    case 0:
        return QStringLiteral("8 (%1) %2-%3-%4").arg(code, a, b, c);
    case 1:
        return QStringLiteral("+7 %1 %2").arg(code, d.mid(3));
    case 2:
        return d;
    case 3:
        return QStringLiteral("8-%1-%2-%3-%4 доб. %5").arg(code, a, b, c).arg(rng.between(10, 99));
    case 4:
        return QStringLiteral("+7 (%1) %2-%3-%4").arg(code, a, b, c);
    case 5:
        return QStringLiteral("8") + d;
    case 6:
        return QStringLiteral("+7") + d;
    default:
        return QStringLiteral("7 %1 %2 %3 %4").arg(code, a, b, c);
    }
}

} // namespace identsync::sample
