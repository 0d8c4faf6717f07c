#pragma once

namespace identsync {

// `identsync-cli demo`: a generated IDENT clinic (SQLite), a local fake Bitrix24 portal, and two
// sync cycles with a clinic day in between, so a newcomer sees the whole product with no setup.
// Needs an OS keychain (scripts/demo.sh provides one); returns the process exit code.
int runDemo(int receptions);

} // namespace identsync
