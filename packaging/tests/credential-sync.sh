#!/usr/bin/env bash
# One sync cycle the way the systemd service runs it: identsync-cli from PATH (the installed
# package), the webhook code as a credential file in $CREDENTIALS_DIRECTORY, and no D-Bus session
# and no display at all, so any keychain access would fail the run. The portal is the fake one and
# IDENT a generated SQLite sample (both from TOOLS_DIR, they are not part of the package).
#
# usage: credential-sync.sh TOOLS_DIR      (TOOLS_DIR holds fake-bitrix24 and ident-sample)
set -euo pipefail
tools=${1:?usage: credential-sync.sh TOOLS_DIR}
work=$(mktemp -d /tmp/identsync-credsync.XXXXXX)
portal_pid=""
cleanup() { [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_RUNTIME_DIR
export QT_QPA_PLATFORM=offscreen

"$tools/ident-sample" create --driver sqlite --database "$work/ident.db" --patients 30 \
    --receptions 40 --seed 7 --now "$(date -u "+%Y-%m-%d %H:%M")" >/dev/null
code=credsynccode
"$tools/fake-bitrix24" --port 0 --plan unlimited --webhook-user 1 --webhook-code "$code" \
    >"$work/portal.out" 2>"$work/portal.err" &
portal_pid=$!
for _ in $(seq 1 100); do grep -q '^listening on' "$work/portal.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/portal.out")
[ -n "$url" ] || { cat "$work/portal.err" >&2; echo "FAIL: the fake portal did not start" >&2; exit 1; }

cat >"$work/identsync.ini" <<INI
[portal]
url=$url/rest/1/
plan=unlimited
[state]
driver=sqlite
path=$work/state.db
[source.main]
driver=sqlite
database=$work/ident.db
first_run_days=365
INI
mkdir -m 0700 "$work/credentials"
printf '%s\n' "$code" >"$work/credentials/webhook"

set +e
CREDENTIALS_DIRECTORY="$work/credentials" identsync-cli --config "$work/identsync.ini" sync --once \
    --json >"$work/sync.json" 2>"$work/sync.err"
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    cat "$work/sync.err" >&2
    echo "FAIL: identsync-cli sync --once exited $rc with the secret as a credential" >&2
    exit 1
fi
if grep -qi 'd-bus\|dbus\|keychain' "$work/sync.err"; then
    grep -i 'd-bus\|dbus\|keychain' "$work/sync.err" >&2
    echo "FAIL: the run touched the keychain although credentials were given" >&2
    exit 1
fi
done_count=$(sed -n 's/^    "done": \([0-9]*\).*/\1/p' "$work/sync.json")
[ "${done_count:-0}" -gt 0 ] || { cat "$work/sync.json" >&2; echo "FAIL: nothing was written to the portal" >&2; exit 1; }
echo "PASS: one cycle with the webhook code from \$CREDENTIALS_DIRECTORY and no D-Bus: $done_count job(s) done (exit $rc)"
