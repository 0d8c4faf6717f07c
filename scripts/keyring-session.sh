#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service for QtKeychain) whose keyring lives in a throwaway data home. Used by the tests and the
# demo so neither touches, nor prompts for, the user's own keyring.
# Usage: keyring-session.sh COMMAND [ARGS...]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: keyring-session.sh COMMAND [ARGS...]" >&2; exit 2; }
datahome=$(mktemp -d /tmp/identsync-keyring.XXXXXX)
trap 'rm -rf "$datahome"' EXIT
export XDG_DATA_HOME="$datahome"
dbus-run-session -- bash -c '
    set -euo pipefail
    # An empty password on stdin creates and unlocks a login keyring in the private data home.
    eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
    export GNOME_KEYRING_CONTROL
    # A client that asks before the daemon owns its bus name makes D-Bus start a second,
    # locked daemon: wait for the name first.
    for _ in $(seq 1 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true" && break
        sleep 0.1
    done
    printf "probe" | secret-tool store --label=identsync-probe service identsync-probe key k
    [ "$(secret-tool lookup service identsync-probe key k)" = probe ] ||
        { echo "keyring-session: the Secret Service keyring is not usable" >&2; exit 1; }
    exec "$@"
' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
