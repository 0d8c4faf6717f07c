#pragma once

#include "samplerandom.h"

#include <QString>

namespace identsync::sample {

struct PersonName
{
    QString surname;
    QString name;
    QString patronymic;
    bool female = false;

    QString fullName() const
    {
        return surname + QLatin1Char(' ') + name + QLatin1Char(' ') + patronymic;
    }
};

// Russian names with the right gender forms (Иванов/Иванова, Вишневский/Вишневская,
// Сергеевич/Сергеевна, Ильич/Ильинична) and phones written every way people write them.
class SampleNames
{
public:
    static PersonName person(SampleRandom &rng, bool female);
    // A child of `parent`: the family surname in the child's gender form; the patronymic comes
    // from the parent when he is the father.
    static PersonName child(const PersonName &parent, SampleRandom &rng, bool female);

    // Ten digits, a Russian mobile (9xx) or a city landline (495, 812, …).
    static QString mobileNumber(SampleRandom &rng);
    static QString landlineNumber(SampleRandom &rng);
    // The same ten digits in one of the common spellings; `format` in [0, formatCount()).
    static QString spell(const QString &tenDigits, int format, SampleRandom &rng);
    static int formatCount();
};

} // namespace identsync::sample
