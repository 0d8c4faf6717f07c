#include "data/consolesession.h"
#include "data/loghub.h"
#include "shell/mainwindow.h"
#include "shell/translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("identsync"));
    QApplication::setOrganizationName(QStringLiteral("identsync"));
    QApplication::setApplicationVersion(QStringLiteral(IDENTSYNC_VERSION));
    // Before anything logs: every message from here on reaches the log file and the Log page.
    identsync::LogHub logHub;
    logHub.install();
    identsync::installTranslations(QLocale::system());

    identsync::ConsoleSession session{identsync::StoreConfig{}};
    identsync::MainWindow window(&session);
    window.show();
    return QApplication::exec();
}
