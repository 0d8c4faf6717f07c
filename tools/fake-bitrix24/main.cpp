// fake-bitrix24: a local Bitrix24 portal for tests, benchmarks and the demo.
// Prints exactly one line "listening on http://HOST:PORT" on stdout once it accepts requests;
// SIGINT/SIGTERM (Ctrl+C on Windows) stop it cleanly, writing the --state file.

#include "fake-bitrix24/fakeportal.h"
#include "fake-bitrix24/portalconfig.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using identsync::fake::FakePortal;
using identsync::fake::PortalConfig;

namespace {

#ifdef Q_OS_WIN
BOOL WINAPI consoleHandler(DWORD)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                              Qt::QueuedConnection);
    return TRUE;
}

void installQuitHandlers()
{
    SetConsoleCtrlHandler(consoleHandler, TRUE);
}
#else
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop through the pipe.
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

void installQuitHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier =
        new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-bitrix24"));

    QString error;
    bool help = false;
    const auto config = PortalConfig::fromArguments(app.arguments().mid(1), &error, &help);
    if (help) {
        std::fputs(qPrintable(PortalConfig::usage()), stdout);
        return 0;
    }
    if (!config) {
        std::fprintf(stderr, "fake-bitrix24: %s\n%s", qPrintable(error),
                     qPrintable(PortalConfig::usage()));
        return 2;
    }

    FakePortal portal(*config);
    if (!portal.listen(&error)) {
        std::fprintf(stderr, "fake-bitrix24: %s\n", qPrintable(error));
        return 1;
    }
    installQuitHandlers();
    const QUrl base = portal.baseUrl();
    std::printf("listening on http://%s:%d\n", qPrintable(base.host()), base.port());
    std::fflush(stdout);
    return app.exec();
}
