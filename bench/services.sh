# shellcheck shell=bash
# Throwaway PostgreSQL and Redis for the scale-out benches (sourced after lib.sh, once WORK_DIR exists): Debian's
# packages, started in WORK_DIR on free loopback ports, stopped on exit. PostgreSQL runs with fsync on (real commit
# costs) and as the postgres user when the script runs as root (it refuses root).
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
PG_PORT=""
REDIS_PORT=""

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The connection string of a node: every connection it opens is named APP_NAME in pg_stat_activity.
pg_connection_string() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=danvan;Application Name=${1:-danvan-node}"; }
psql_value() { as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d danvan -tAc "$1"; }

start_postgres() {
    [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL is not installed (apt-get install postgresql)"
    PG_PORT="$(free_port)"
    chmod o+x "$WORK_DIR"
    mkdir -p "$WORK_DIR/pg"
    [[ "$(id -u)" == 0 ]] && chown postgres "$WORK_DIR/pg"
    log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT (fsync on)"
    as_pg "$PG_BIN/initdb" -D "$WORK_DIR/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$PG_BIN/pg_ctl" -D "$WORK_DIR/pg/data" -l "$WORK_DIR/pg/server.log" -w start \
        -o "-p $PG_PORT -k $WORK_DIR/pg -c listen_addresses=127.0.0.1 -c max_connections=300" >/dev/null
    as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE danvan" >/dev/null
}

start_redis() {
    command -v redis-server >/dev/null 2>&1 || die "Redis is not installed (apt-get install redis-server)"
    REDIS_PORT="$(free_port)"
    log "Redis on port $REDIS_PORT"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
        --dir "$WORK_DIR" --pidfile "$WORK_DIR/redis.pid" --logfile "$WORK_DIR/redis.log"
}

stop_services() {
    [[ -n "$REDIS_PORT" ]] && redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
    [[ -n "$PG_PORT" ]] && as_pg "$PG_BIN/pg_ctl" -D "$WORK_DIR/pg/data" -m immediate -w stop >/dev/null 2>&1
    return 0
}

# lib.sh's exit handler, with the services stopped after the site (the site first: it holds connections).
services_cleanup() {
    local rc=$?
    set +e
    for pid in "${BACKGROUND_PIDS[@]+"${BACKGROUND_PIDS[@]}"}"; do stop_pid "$pid"; done
    BACKGROUND_PIDS=()
    [[ -n "$SITE_PID" ]] && stop_pid "$SITE_PID"
    SITE_PID=""
    stop_services
    (exit "$rc")
    bench_cleanup
}

install_services_cleanup() {
    trap services_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# The CPU time (user + system, ms) the process PID has used so far.
process_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
# The CPU time (ms) of the PostgreSQL server so far: the postmaster and its children (the backends), 0 without one.
postgres_cpu_ms() {
    local main
    main="$(head -1 "$WORK_DIR/pg/data/postmaster.pid" 2>/dev/null)" || { echo 0; return; }
    for pid in "$main" $(pgrep -P "$main"); do cat "/proc/$pid/stat" 2>/dev/null; done |
        awk -v hz="$(getconf CLK_TCK)" '{ t += $14 + $15 + $16 + $17 } END { printf "%.0f\n", t * 1000 / hz }'
}
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
