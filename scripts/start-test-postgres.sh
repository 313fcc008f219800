#!/usr/bin/env bash
# Starts (or restarts, or stops) the PostgreSQL server the tests use: a private cluster on a loopback port,
# separate from any system cluster, with trust authentication for local connections only.
#
#   scripts/start-test-postgres.sh [start|restart|stop|url]
#
# PARTNER_COMMERCE_TEST_POSTGRES_DIR   cluster directory (default /tmp/partner-commerce-test-postgres)
# PARTNER_COMMERCE_TEST_POSTGRES_PORT  port on 127.0.0.1 (default 55432)
# Installs the server with apt-get when it is missing (as root, or through sudo).
set -euo pipefail

action="${1:-start}"
directory="${PARTNER_COMMERCE_TEST_POSTGRES_DIR:-/tmp/partner-commerce-test-postgres}"
port="${PARTNER_COMMERCE_TEST_POSTGRES_PORT:-55432}"
url="postgres://postgres@127.0.0.1:${port}/postgres"

if [[ "$action" == "url" ]]; then
    echo "$url"
    exit 0
fi

as_root() {
    if [[ "$(id -u)" == "0" ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "need root (or sudo) to run: $*" >&2; exit 1
    fi
}

bin_directory() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

if [[ -z "$(bin_directory)" || ! -x "$(bin_directory)/pg_ctl" ]]; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    # Debian's package starts a cluster of its own; the tests use a private one.
fi
bin="$(bin_directory)"

# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` account.
run_as_owner() {
    if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The server outlives this script: it must not keep any descriptor the caller gave us (a pipe, or the socket
# a parent process watches to learn that its child exited), or the caller would wait for it forever. So
# pg_ctl runs with every descriptor above 2 closed, and its own messages go to a file (printed on failure).
pg_ctl_cluster() {
    if ! (
        for descriptor in /proc/$BASHPID/fd/*; do
            descriptor="${descriptor##*/}"
            if (( descriptor > 2 )); then eval "exec ${descriptor}>&-" 2>/dev/null || true; fi
        done
        exec </dev/null >"$directory/pg_ctl.log" 2>&1
        run_as_owner "$bin/pg_ctl" -D "$directory/data" -l "$directory/server.log" -w -t 60 "$@"
    ); then
        cat "$directory/pg_ctl.log" >&2
        tail -n 20 "$directory/server.log" >&2 || true
        return 1
    fi
}

if [[ ! -f "$directory/data/PG_VERSION" ]]; then
    mkdir -p "$directory"
    if [[ "$(id -u)" == "0" ]]; then chown postgres: "$directory"; fi
    run_as_owner "$bin/initdb" -D "$directory/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
    cat >>"$directory/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = '${directory}'
max_connections = 500
shared_buffers = 128MB
CONF
fi

case "$action" in
start)
    if ! run_as_owner "$bin/pg_ctl" -D "$directory/data" status >/dev/null 2>&1; then pg_ctl_cluster start; fi
    ;;
restart)
    pg_ctl_cluster -m fast restart
    ;;
stop)
    pg_ctl_cluster -m fast stop
    exit 0
    ;;
*)
    echo "usage: $0 [start|restart|stop|url]" >&2
    exit 64
    ;;
esac
echo "PostgreSQL for the tests: $url"
