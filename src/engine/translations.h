#pragma once

#include <QLocale>

namespace identsync {

// The one translation catalogue (console and engine texts, translations/identsync_*.ts) is built
// into the engine library, so the console and identsync-cli speak the same language and the
// messages the engine stores for a job read the same in both.

// The console's language for a locale: Russian is the main language; English only when the locale
// (or the user's override) asks for it.
QLocale::Language consoleLanguage(const QLocale &locale);

// Installs the catalogue for `language` (Russian or English) and Qt's own texts (dialog buttons,
// context menus), replacing what an earlier call installed. Returns false when the catalogue is
// missing from the build.
bool installTranslations(QLocale::Language language);

} // namespace identsync
