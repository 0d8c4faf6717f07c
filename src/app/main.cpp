#include "data/consolesession.h"
#include "engine/translations.h"
#include "shell/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IdentSync"));
    QApplication::setApplicationName(QStringLiteral("identsync"));
    QApplication::setApplicationVersion(QStringLiteral(IDENTSYNC_VERSION));
    identsync::installTranslations(identsync::consoleLanguage(QLocale::system()));

    identsync::ConsoleSession session{identsync::StoreConfig{}};
    identsync::MainWindow window(&session);
    window.show();
    return QApplication::exec();
}
