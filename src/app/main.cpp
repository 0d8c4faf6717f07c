#include "data/consolesession.h"
#include "data/loghub.h"
#include "demo/democlinic.h"
#include "engine/translations.h"
#include "shell/appresources.h"
#include "shell/mainwindow.h"
#include "shell/messagestrip.h"
#include "shell/notifier.h"
#include "shell/traypresenter.h"
#include "shell/traywiring.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace identsync;

namespace {

std::unique_ptr<ConsoleSession> openSession(const QString &path)
{
    QList<ConfigProblem> problems;
    if (!QFileInfo::exists(path)) {
        auto session = std::make_unique<ConsoleSession>(StoreConfig{});
        session->setConfigProblems(path, {});
        return session;
    }
    EngineConfig config = EngineConfig::load(path, &problems);
    if (!problems.isEmpty()) {
        auto session = std::make_unique<ConsoleSession>(config.store);
        session->setConfigProblems(path, problems);
        return session;
    }
    return std::make_unique<ConsoleSession>(std::move(config));
}

} // namespace

int main(int argc, char *argv[])
{
    // The self-test, --help and --version run where there is no display (CI, the updater, a
    // terminal over ssh): they need no screen.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const bool headless = arg == "--selftest" || arg == "--help" || arg == "-h" ||
                              arg == "--version" || arg == "-v";
        if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IdentSync"));
    QApplication::setApplicationName(QStringLiteral("identsync"));
    QApplication::setApplicationVersion(QStringLiteral(IDENTSYNC_VERSION));
    // Before anything logs: every message from here on reaches the log file and the Log page.
    LogHub logHub;
    logHub.install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "IdentSync console: watches and controls the IDENT → Bitrix24 synchronisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("The configuration file (default: %1).").arg(EngineConfig::defaultPath()),
        QStringLiteral("FILE"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("ru or en (default: the system's language)."),
        QStringLiteral("LANG"));
    const QCommandLineOption selftestOption(
        QStringLiteral("selftest"),
        QStringLiteral("Build the window without showing it and exit 0 when it works."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Generate a sample clinic, start a local test portal and open the console "
                       "with the engine running on them."));
    parser.addOptions({configOption, languageOption, selftestOption, demoOption});
    parser.process(app);

    // --language, else the language chosen on the Settings page, else the system's.
    QString language = parser.value(languageOption);
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("console/language")).toString();
    installTranslations(
        consoleLanguage(language.isEmpty() ? QLocale::system() : QLocale(language)));
    initAppResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/identsync.svg")));

    const QString path =
        parser.isSet(configOption) ? parser.value(configOption) : EngineConfig::defaultPath();
    if (parser.isSet(selftestOption)) {
        // On a folder of its own, so a self-test never touches a real state database.
        const QTemporaryDir scratch;
        StoreConfig store;
        store.sqlitePath = scratch.filePath(QStringLiteral("state.db"));
        ConsoleSession session{store};
        MainWindow window(&session, scratch.filePath(QStringLiteral("identsync.ini")));
        int pages = 0;
        for (int i = 0; i < int(MainWindow::Page::Count); ++i)
            pages += window.page(MainWindow::Page(i)) ? 1 : 0;
        QTextStream(stdout)
            << QApplication::translate("main", "Self-test passed: %1 pages built.").arg(pages)
            << '\n';
        return pages == int(MainWindow::Page::Count) ? 0 : 1;
    }

    std::unique_ptr<DemoClinic> demo;
    std::unique_ptr<ConsoleSession> session;
    if (parser.isSet(demoOption)) {
        demo = std::make_unique<DemoClinic>(DemoClinic::Options{});
        QString error;
        if (!demo->setUp(&error)) {
            QTextStream(stderr) << "identsync --demo: " << error << '\n';
            return 1;
        }
        session = std::make_unique<ConsoleSession>(demo->config());
    } else {
        session = openSession(path);
    }
    MainWindow window(session.get(), demo ? demo->configPath() : path);
    TrayPresenter tray;
    Notifier notifier;
    connectTray(tray, notifier, *session, window,
                QSettings().value(QStringLiteral("console/closeToTray"), true).toBool());
    if (demo)
        window.messageStrip()->post(
            QStringLiteral("demo"), Tone::Info,
            QApplication::translate("main",
                                    "Demo mode: a test portal and a sample IDENT database in %1. "
                                    "Nothing here touches a real clinic.")
                .arg(demo->dir()),
            {}, {}, false);
    window.show();
    if (session->canHost() || !session->configProblems().isEmpty())
        session->start();
    const int code = QApplication::exec();
    // Never end a sync mid-write: the hosted engine finishes its group and releases the lease.
    QEventLoop wait;
    bool done = false;
    QObject::connect(session.get(), &ConsoleSession::shutDown, &wait, [&] {
        done = true;
        wait.quit();
    });
    session->shutdown();
    if (!done)
        wait.exec();
    return code;
}
