#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace identsync {

QLocale::Language consoleLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::English ? QLocale::English : QLocale::Russian;
}

bool installTranslations(QLocale::Language language)
{
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto *t : {&own, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    const QString code = language == QLocale::English ? QStringLiteral("en") : QStringLiteral("ru");
    own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/identsync_") + code);
    if (loaded)
        QCoreApplication::installTranslator(own.get());
    qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qt_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    return loaded;
}

} // namespace identsync
