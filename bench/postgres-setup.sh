#!/usr/bin/env bash
# Tenant setup on PostgreSQL (schema per tenant, template copy) next to SQLite (file per tenant, template copy): the
# same in-process bench (DanVan.Bench --tenants N: district-board + sample-content, after a warm-up tenant) run once
# per provider on fresh data, each printing per-tenant times, median/p95 and where the time goes. PostgreSQL is a
# throwaway server (Debian's postgresql: initdb + pg_ctl in a temp dir, as the postgres user when run as root).
# PostgreSQL runs twice: with DanVan:Database:SpareSchemas=0 (every setup copies the template: danvan.clone_schema) and
# with spares (the default; a setup renames a spare copy made in the background), the latter with PAUSE_MS (default
# 1000) between setups, as setups made one by one leave the top-up time; back to back they drain the spares, and the
# breakdown's "setup.database.copy" line counts the setups that found none. The server's CPU time over each run
# (PostgreSQL's processes, from /proc) is printed per setup: DDL is catalog work on the server, not in the node.
# RUNS picks some of the three (RUNS="Postgres-copy Postgres-spares").
# Prints figures; asserts nothing. Usage: [PAUSE_MS=1000] [RUNS=…] bench/postgres-setup.sh [tenants, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
TENANTS="${1:-20}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -x "$BIN/initdb" ]] || { echo "postgres-setup.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/danvan-pg-bench.XXXXXX")"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    as_pg "$BIN/pg_ctl" -D "$WORK/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf -- "$WORK"
}
trap cleanup EXIT
[[ "$(id -u)" == 0 ]] && chown postgres "$WORK"

echo "==> Building (Release)" >&2
dotnet publish bench/DanVan.Bench/DanVan.Bench.csproj -c Release -o bench/out/bench >/dev/null

echo "==> PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on port $PORT (fsync on: real commit costs)" >&2
as_pg "$BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w start \
    -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1" >/dev/null

export DanVan__RecipesPath="$PWD/recipes" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning

# CPU time (ms) of every process of the server so far: the postmaster's children are its backends.
server_cpu_ms() {
    local main; main="$(head -1 "$WORK/data/postmaster.pid")"
    for pid in "$main" $(pgrep -P "$main"); do cat "/proc/$pid/stat" 2>/dev/null; done |
        awk -v hz="$(getconf CLK_TCK)" '{ t += $14 + $15 + $16 + $17 } END { printf "%.0f", t * 1000 / hz }'
}

PAUSE_MS="${PAUSE_MS:-1000}"
for run in ${RUNS:-Sqlite Postgres-copy Postgres-spares}; do
    provider="${run%%-*}"
    echo
    echo "=== $run: $TENANTS tenants (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    mkdir -p "$WORK/$run"
    # as_pg owns $WORK; the bench's own folder is this user's.
    export DanVan__AppDataPath="$WORK/$run/App_Data" DanVan__Database__Provider="$provider"
    pause=0
    if [[ "$provider" == Postgres ]]; then
        database="$(echo "${run//-/_}" | tr '[:upper:]' '[:lower:]')"
        as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE $database" >/dev/null
        export DanVan__Database__ConnectionString="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=$database"
        if [[ "$run" == Postgres-copy ]]; then export DanVan__Database__SpareSchemas=0; else unset DanVan__Database__SpareSchemas; pause="$PAUSE_MS"; fi
        cpu_before="$(server_cpu_ms)"
    fi
    dotnet bench/out/bench/DanVan.Bench.dll --tenants "$TENANTS" --pause-ms "$pause" | grep -v "^Tenant 'District"
    if [[ "$provider" == Postgres ]]; then
        # Includes the Default and warm-up setups and, with spares, their background copies: the server's whole share.
        echo "PostgreSQL server CPU over the run: $(( $(server_cpu_ms) - cpu_before )) ms for $((TENANTS + 2)) setups (Default and the warm-up included)"
    fi
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
