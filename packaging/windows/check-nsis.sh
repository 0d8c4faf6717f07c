#!/usr/bin/env bash
# Compiles identsync.nsi with Debian's makensis over a stand-in payload: empty files with the
# names a windeployqt'd Windows build has. This checks the script's syntax, its pages, sections
# and uninstaller, and that every file it names exists in the payload; it does not run the
# installer or anything it installs (README.md beside this file).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v makensis >/dev/null || { echo "check-nsis: makensis missing (apt-get install nsis)" >&2; exit 1; }
work=$(mktemp -d /tmp/identsync-nsis.XXXXXX)
trap 'rm -rf "$work"' EXIT
payload=$work/payload
mkdir -p "$payload"/{platforms,sqldrivers,tls,styles,translations}
for f in identsync.exe identsync-cli.exe identsync-service.exe Qt6Core.dll Qt6Gui.dll \
         Qt6Widgets.dll Qt6Network.dll Qt6Sql.dll Qt6Charts.dll qt6keychain.dll \
         platforms/qwindows.dll sqldrivers/qsqlite.dll sqldrivers/qsqlodbc.dll \
         sqldrivers/qsqlpsql.dll tls/qschannelbackend.dll styles/qwindowsvistastyle.dll \
         translations/qt_ru.qm; do
    printf 'stand-in for %s\n' "$f" >"$payload/$f"
done
version=$(sed -n 's/^project(IdentSync VERSION \([0-9.]*\).*/\1/p' "$here/../../CMakeLists.txt")
makensis -V2 -WX "-DVERSION=$version" "-DPAYLOAD=$payload" "-DOUTFILE=$work/identsync-setup.exe" \
    "$here/identsync.nsi"
[ -s "$work/identsync-setup.exe" ] || { echo "FAIL: makensis wrote no installer"; exit 1; }
echo "PASS: makensis compiled identsync.nsi ($(stat -c %s "$work/identsync-setup.exe") bytes over a stand-in payload)"
