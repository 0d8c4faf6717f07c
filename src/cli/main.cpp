#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentSync"));
    QCoreApplication::setApplicationName(QStringLiteral("identsync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDENTSYNC_VERSION));
    return identsync::runCli(QCoreApplication::arguments().mid(1));
}
