#include "cli/cli.h"
#include "engine/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentSync"));
    QCoreApplication::setApplicationName(QStringLiteral("identsync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDENTSYNC_VERSION));
    // The service speaks Russian on a Russian system (what it stores for a job is what the console
    // shows); anywhere else, including CI's C locale, English.
    if (QLocale::system().language() == QLocale::Russian)
        identsync::installTranslations(QLocale::Russian);
    return identsync::runCli(QCoreApplication::arguments().mid(1));
}
