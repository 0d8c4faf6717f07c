#pragma once

#include <QStringList>

namespace identsync {

// Exit codes of identsync-cli (docs/cli.md).
enum CliExit
{
    ExitOk = 0,
    ExitFailure = 1,    // the command could not run (config, connection, store)
    ExitUsage = 2,      // wrong arguments
    ExitAttention = 3,  // sync finished, but jobs are dead or need a person
    ExitEngineBusy = 4, // another engine holds the state database
};

// Runs one command line (without the program name); returns the process exit code.
int runCli(const QStringList &args);

} // namespace identsync
