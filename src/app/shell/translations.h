#pragma once

#include <QLocale>

namespace identsync {

// Installs the console's translation for `locale` (Russian unless the locale's language is one we
// ship) and Qt's own (dialog buttons, context menus). Returns the language actually installed.
QLocale::Language installTranslations(const QLocale &locale);

} // namespace identsync
