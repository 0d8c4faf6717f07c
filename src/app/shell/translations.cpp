#include "translations.h"

#include "data/applogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace identsync {

QLocale::Language installTranslations(const QLocale &locale)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *t : {own, qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    // Russian is the main language: any locale we do not ship gets it, English only by choice.
    const QLocale::Language language =
        locale.language() == QLocale::English ? QLocale::English : QLocale::Russian;
    const QString code = language == QLocale::English ? QStringLiteral("en") : QStringLiteral("ru");

    own = new QTranslator;
    if (own->load(QStringLiteral(":/i18n/identsync_") + code))
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcApp) << "no translation for" << code;
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qt_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace identsync
