#include "data/consolesession.h"
#include "data/loghub.h"
#include "engine/translations.h"
#include "shell/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IdentSync"));
    QApplication::setApplicationName(QStringLiteral("identsync"));
    QApplication::setApplicationVersion(QStringLiteral(IDENTSYNC_VERSION));
    // Before anything logs: every message from here on reaches the log file and the Log page.
    identsync::LogHub logHub;
    logHub.install();
    identsync::installTranslations(identsync::consoleLanguage(QLocale::system()));

    identsync::ConsoleSession session{identsync::StoreConfig{}};
    identsync::MainWindow window(&session);
    window.show();
    return QApplication::exec();
}
