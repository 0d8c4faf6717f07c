#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` creates it (as the postgres user when
# run as root), listens on a free loopback port with trust auth, and prints the env lines to
# export; `stop DIR` stops and removes it.
set -euo pipefail

cmd=${1:?usage: pg-test-cluster.sh start|stop DIR}
dir=${2:?usage: pg-test-cluster.sh start|stop DIR}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "pg-test-cluster: PostgreSQL server binaries not found" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/bash -c "$*"
    else
        bash -c "$*"
    fi
}

free_port() {
    local port
    for port in $(shuf -i 55432-56431 -n 200); do
        if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "$port"; return; fi
    done
    echo "pg-test-cluster: no free port" >&2; exit 1
}

case "$cmd" in
start)
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    as_owner "'$bindir/initdb' -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
    # Another cluster on the machine may take the probed port between the probe and the start:
    # try a few ports before giving up, and show the server's own words if it never starts.
    started=""
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
            -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100\" start >/dev/null 2>&1"; then
            started=1; break
        fi
    done
    if [ -z "$started" ]; then
        echo "pg-test-cluster: the server did not start; its log:" >&2
        tail -n 20 "$dir/server.log" >&2 || true
        exit 1
    fi
    echo "$port" > "$dir/port"
    echo "IDENTSYNC_TEST_PG_HOST=127.0.0.1"
    echo "IDENTSYNC_TEST_PG_PORT=$port"
    echo "IDENTSYNC_TEST_PG_USER=postgres"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null 2>&1" || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-test-cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
