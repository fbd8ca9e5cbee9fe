#!/usr/bin/env bash
# Tenant setup on PostgreSQL (schema per tenant, template copy) next to SQLite (file per tenant, template copy): the
# same in-process bench (DanVan.Bench --tenants N: district-board + sample-content, after a warm-up tenant) run once
# per provider on fresh data, each printing per-tenant times, median/p95 and where the time goes. PostgreSQL is a
# throwaway server (Debian's postgresql: initdb + pg_ctl in a temp dir, as the postgres user when run as root).
# Prints figures; asserts nothing. Usage: bench/postgres-setup.sh [tenants, default 20]
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

for provider in Sqlite Postgres; do
    echo
    echo "=== $provider: $TENANTS tenants"
    mkdir -p "$WORK/$provider"
    # as_pg owns $WORK; the bench's own folder is this user's.
    export DanVan__AppDataPath="$WORK/$provider/App_Data" DanVan__Database__Provider="$provider"
    if [[ "$provider" == Postgres ]]; then
        export DanVan__Database__ConnectionString="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
    fi
    dotnet bench/out/bench/DanVan.Bench.dll --tenants "$TENANTS" | grep -v "^Tenant 'District"
done
