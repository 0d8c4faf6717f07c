#include "data/consolesession.h"
#include "data/loghub.h"
#include "engine/translations.h"
#include "shell/appresources.h"
#include "shell/mainwindow.h"
#include "shell/notifier.h"
#include "shell/traypresenter.h"
#include "shell/traywiring.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IdentSync"));
    QApplication::setApplicationName(QStringLiteral("identsync"));
    QApplication::setApplicationVersion(QStringLiteral(IDENTSYNC_VERSION));
    // Before anything logs: every message from here on reaches the log file and the Log page.
    identsync::LogHub logHub;
    logHub.install();
    // The language chosen on the Settings page wins over the system's.
    const QString language = QSettings().value(QStringLiteral("console/language")).toString();
    identsync::installTranslations(
        identsync::consoleLanguage(language.isEmpty() ? QLocale::system() : QLocale(language)));
    identsync::initAppResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/identsync.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("The engine's configuration file."),
                                    QStringLiteral("FILE"));
    parser.addOption(config);
    parser.process(app);

    identsync::ConsoleSession session{identsync::StoreConfig{}};
    identsync::MainWindow window(&session, parser.value(config));
    identsync::TrayPresenter tray;
    identsync::Notifier notifier;
    identsync::connectTray(tray, notifier, session, window,
                           QSettings().value(QStringLiteral("console/closeToTray"), true).toBool());
    window.show();
    return QApplication::exec();
}
