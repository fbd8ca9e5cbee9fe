#!/usr/bin/env bash
# Issue #14 "Measure": the sample article's requests/s on one node with SQLite and with PostgreSQL, in the same run,
# with the page cache on (cached) and off (DanVan__OutputCache__Enabled=false: rendered afresh every time), next to a
# bare Kestrel static file of the article's size (the ceiling). Each figure comes with the site's CPU time per request
# (/proc/<pid>/stat over the wrk run) and the load average, which depend far less on the machine's other work than
# requests/s. PostgreSQL is a throwaway server (bench/services.sh). Prints figures only; see bench/README.md.
# Usage: bench/postgres-pages.sh [--duration 10s] [--connections 32] [--port 5080] [--keep] [--skip-publish]
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=services.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/services.sh"

DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
PORT="${BENCH_PORT:-5080}"
KEEP="${BENCH_KEEP:-0}"
SKIP_PUBLISH="${BENCH_SKIP_PUBLISH:-0}"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration)     need_value "$@"; DURATION="$2"; shift 2 ;;
        --connections)  need_value "$@"; CONNECTIONS="$2"; shift 2 ;;
        --port)         need_value "$@"; PORT="$2"; shift 2 ;;
        --keep)         KEEP=1; shift ;;
        --skip-publish) SKIP_PUBLISH=1; shift ;;
        -h|--help)      echo "Usage: bench/postgres-pages.sh [--duration 10s] [--connections 32] [--port 5080] [--keep] [--skip-publish]"; exit 0 ;;
        *)              die "unknown option '$1'" ;;
    esac
done
is_duration "$DURATION" || die "--duration must look like 10s or 1m (got '$DURATION')"
is_posint "$CONNECTIONS" || die "--connections must be a positive integer (got '$CONNECTIONS')"

cd "$REPO_ROOT"
BASE_URL="http://127.0.0.1:$PORT"
STATIC_URL="http://127.0.0.1:$((PORT + 1))"
ARTICLE="$BASE_URL/huyen-1/$ARTICLE_PATH"
install_services_cleanup
ensure_tools
publish_apps
make_work_dir danvan-pg-pages
start_postgres

LINES=()
# measure LABEL URL PID: a warm-up (BENCH_WARMUP, 20 s: the JIT tiers up for ~20 s under load), then wrk; one line of req/s, latencies, CPU per request and load average.
measure() {
    local label="$1" url="$2" pid="$3" out="$WORK_DIR/wrk-${1//[^a-zA-Z0-9]/-}.txt" before after
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null || die "wrk warm-up failed for $url"
    log "Measuring $label"
    local server_before server_after
    before="$(process_cpu_ms "$pid")"; server_before="$(postgres_cpu_ms)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$out" || die "wrk failed for $url"
    after="$(process_cpu_ms "$pid")"; server_after="$(postgres_cpu_ms)"
    wrk_figures "$out"
    local line per_request='BEGIN { if (n > 0) printf "%.3f", (b - a) / n; else print "?" }'
    # The node's CPU per request, and PostgreSQL's (its server's processes; 0 while SQLite or the static file runs).
    line="$(printf '%-36s %7s req/s  p50 %7s ms  p99 %7s ms  CPU node %6s + server %6s ms/req  load %s' "$label" "${WRK_RPS:-?}" "$WRK_P50" "$WRK_P99" \
        "$(awk -v a="$before" -v b="$after" -v n="${WRK_REQUESTS:-0}" "$per_request")" \
        "$(awk -v a="$server_before" -v b="$server_after" -v n="${WRK_REQUESTS:-0}" "$per_request")" "$(load_average)")"
    [[ -z "$WRK_NON2XX" || "$WRK_NON2XX" == 0 ]] || line+="  ($WRK_NON2XX non-2xx/3xx)"
    LINES+=("$line")
}

stop_site() { stop_pid "$SITE_PID"; SITE_PID=""; }

for provider in Sqlite Postgres; do
    export DanVan__Database__Provider="$provider" DanVan__AppDataPath="$WORK_DIR/$provider/App_Data"
    mkdir -p "$DanVan__AppDataPath"
    if [[ "$provider" == Postgres ]]; then
        export DanVan__Database__ConnectionString; DanVan__Database__ConnectionString="$(pg_connection_string danvan-node)"
    fi
    setup_default_and_district1
    for cache in on off; do
        if [[ "$cache" == on ]]; then unset DanVan__OutputCache__Enabled; else export DanVan__OutputCache__Enabled=false; fi
        SITE_LOG="$WORK_DIR/site-$provider-cache-$cache.log"
        start_site "$BASE_URL" "$ARTICLE"
        measure "$provider, page cache $cache" "$ARTICLE" "$SITE_PID"
        [[ "$provider" == Sqlite && "$cache" == on ]] && curl -sf -H 'Accept-Encoding: identity' -o "$WORK_DIR/article.html" "$ARTICLE"
        stop_site
    done
done

mkdir -p "$WORK_DIR/static"
mv "$WORK_DIR/article.html" "$WORK_DIR/static/article.html"
log "Starting the static-file ceiling on $STATIC_URL"
(cd "$BENCH_DIR" && exec dotnet DanVan.Bench.dll --serve-static "$WORK_DIR/static" --url "$STATIC_URL") >"$WORK_DIR/static.log" 2>&1 &
STATIC_PID=$!
BACKGROUND_PIDS+=("$STATIC_PID")
for _ in $(seq 1 100); do curl -sf -o /dev/null "$STATIC_URL/article.html" && break; sleep 0.2; done
measure "static file of the article's size" "$STATIC_URL/article.html" "$STATIC_PID"

echo
echo "Sample article, one node, wrk -t$THREADS -c$CONNECTIONS -d$DURATION ($(nproc) cores):"
printf '%s\n' "${LINES[@]}"
