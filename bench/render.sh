#!/usr/bin/env bash
# The uncached render path (issue #15, item 2): req/s of the sample article and the district home rendered afresh on
# every request (the page cache off: DanVan__OutputCache__Enabled=false), next to a bare Kestrel static file of the
# article's size (the ceiling of the same run), then per request: SQL queries, bytes allocated and CPU time (from
# dotnet-counters). With --trace, a CPU sample of the render (dotnet-trace), the split of a request's CPU over the
# layout, views, partials, DI… (bench/trace-split.py) and its top methods. Prints figures only;
# see bench/README.md.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
PORT="${BENCH_PORT:-5080}"
KEEP="${BENCH_KEEP:-0}"
SKIP_PUBLISH="${BENCH_SKIP_PUBLISH:-0}"
TRACE=0

while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration)     need_value "$@"; DURATION="$2"; shift 2 ;;
        --warmup)       need_value "$@"; WARMUP="$2"; shift 2 ;;
        --connections)  need_value "$@"; CONNECTIONS="$2"; shift 2 ;;
        --port)         need_value "$@"; PORT="$2"; shift 2 ;;
        --trace)        TRACE=1; shift ;;
        --keep)         KEEP=1; shift ;;
        --skip-publish) SKIP_PUBLISH=1; shift ;;
        -h|--help)      echo "Usage: bench/render.sh [--duration 10s] [--warmup 20s] [--connections 32] [--port 5080] [--trace] [--keep] [--skip-publish]"; exit 0 ;;
        *)              die "unknown option '$1'" ;;
    esac
done
is_duration "$DURATION" || die "--duration must look like 10s or 1m (got '$DURATION')"
is_posint "$CONNECTIONS" || die "--connections must be a positive integer (got '$CONNECTIONS')"
{ is_posint "$PORT" && (( PORT < 65535 )); } || die "--port must be 1-65534 (got '$PORT'; the static server takes the next one)"

cd "$REPO_ROOT"
BASE_URL="http://127.0.0.1:$PORT"
STATIC_URL="http://127.0.0.1:$((PORT + 1))"
install_cleanup
ensure_tools
dotnet tool restore >/dev/null || die "dotnet tool restore failed (dotnet-counters, dotnet-trace: dotnet-tools.json)"
publish_apps
make_work_dir danvan-render

setup_default_and_district1

# Every public page is rendered afresh: nothing is stored in or read from the page cache.
export DanVan__OutputCache__Enabled=false
start_site "$BASE_URL" "$BASE_URL/huyen-1/"
ARTICLE="$BASE_URL/huyen-1/$ARTICLE_PATH"
HOME_PAGE="$BASE_URL/huyen-1/"
curl -s -D - -o /dev/null "$ARTICLE" | grep -qi '^etag:' && warn "the article has an ETag: the page cache still answers"

STATIC_DIR="$WORK_DIR/static"
mkdir -p "$STATIC_DIR"
curl -sf -H 'Accept-Encoding: identity' -o "$STATIC_DIR/article.html" "$ARTICLE" || die "the article did not answer 200"
log "Starting the static-file ceiling on $STATIC_URL"
(cd "$BENCH_DIR" && exec dotnet DanVan.Bench.dll --serve-static "$STATIC_DIR" --url "$STATIC_URL") >"$WORK_DIR/static.log" 2>&1 &
BACKGROUND_PIDS+=($!)
for _ in $(seq 1 100); do curl -sf -o /dev/null "$STATIC_URL/article.html" && break; sleep 0.2; done
curl -sf -o /dev/null "$STATIC_URL/article.html" || die "the static server did not start; see $WORK_DIR/static.log"

LINES=()
measure() {
    local label="$1" url="$2" out="$WORK_DIR/wrk-${1// /-}.txt"
    log "Measuring $label"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$out" || die "wrk failed for $url"
    wrk_figures "$out"
    local line
    line="$(printf '%-40s %7s req/s  p50 %6s ms  p99 %6s ms' "$label" "${WRK_RPS:-?}" "$WRK_P50" "$WRK_P99")"
    [[ -z "$WRK_NON2XX" || "$WRK_NON2XX" == 0 ]] || line+="  ($WRK_NON2XX non-2xx/3xx)"
    # Other work on the machine inflates every figure: the 1-minute load average at the end of the run goes with it.
    line+="  load $(cut -d' ' -f1 /proc/loadavg)"
    LINES+=("$line")
}

# The first seconds under load still promote methods to the optimised JIT tier (tiered PGO): warmed first, not
# measured. 5 s was not enough: the article's requests/s kept climbing for ~20 s (2,300 → 8,200 in 3 s windows).
is_duration "$WARMUP" || die "--warmup must look like 20s or 1m (got '$WARMUP')"
log "Warming the site up (article and home, $WARMUP each)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$ARTICLE" >/dev/null || die "wrk warm-up failed"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$HOME_PAGE" >/dev/null || die "wrk warm-up failed"
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$STATIC_URL/article.html" >/dev/null || die "wrk warm-up failed"
measure "article, page cache off" "$ARTICLE"
measure "district home, page cache off" "$HOME_PAGE"
measure "static file of the article's size" "$STATIC_URL/article.html"

# Per request, over a separate 5 s run (the counters' session is not in the figures above): SQL queries (EF Core's
# total-queries), bytes allocated and CPU time of the site process.
counters_for() {
    local url="$1" csv="$WORK_DIR/counters-$2.csv" cpu_before cpu_after
    rm -f "$csv"
    dotnet dotnet-counters collect -p "$SITE_PID" --format csv -o "$csv" --refresh-interval 1 --duration 00:00:00:09 \
        --counters 'System.Runtime[dotnet.gc.heap.total_allocated],Microsoft.AspNetCore.Hosting[total-requests],Microsoft.EntityFrameworkCore[total-queries]' \
        >"$WORK_DIR/counters-$2.out" 2>&1 &
    local counters_pid=$!
    BACKGROUND_PIDS+=("$counters_pid")
    sleep 2
    cpu_before="$(awk '{ print $14 + $15 }' "/proc/$SITE_PID/stat")"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$url" >"$WORK_DIR/wrk-counters-$2.txt" || die "wrk failed for $url"
    cpu_after="$(awk '{ print $14 + $15 }' "/proc/$SITE_PID/stat")"
    wait "$counters_pid" || warn "dotnet-counters failed; see $WORK_DIR/counters-$2.out"
    wrk_figures "$WORK_DIR/wrk-counters-$2.txt"
    # The CSV: Timestamp,Provider,Counter Name,Counter Type,Mean/Increment. "Total Requests" and "Queries (Total)" are
    # running totals (first to last); the allocation is a rate per second, summed.
    awk -F, -v label="$3" -v load="$(cut -d' ' -f1 /proc/loadavg)" -v requests="$WRK_REQUESTS" -v cpu="$((cpu_after - cpu_before))" -v hz="$(getconf CLK_TCK)" '
        NR > 1 {
            name = $3; value = $NF + 0
            if (name ~ /total_allocated/) allocated += value
            else if (name ~ /Total Requests/) { if (!("r" in first)) first["r"] = value; last["r"] = value }
            else if (name ~ /Queries \(Total\)/) { if (!("q" in first)) first["q"] = value; last["q"] = value }
        }
        END {
            served = last["r"] - first["r"]
            if (served <= 0) served = requests
            printf "%-40s %6.2f SQL queries  %7.1f KB allocated  %6.3f ms CPU  per request (%d requests)  load %s\n", label,
                (last["q"] - first["q"]) / served, allocated / served / 1024, cpu * 1000 / hz / requests, served, load
        }' "$csv"
}
COUNTER_LINES=()
COUNTER_LINES+=("$(counters_for "$ARTICLE" article "article, page cache off")")
COUNTER_LINES+=("$(counters_for "$HOME_PAGE" home "district home, page cache off")")

TRACE_LINES=()
SPLIT_LINES=()
if [[ "$TRACE" == 1 ]]; then
    log "Tracing the article's render (CPU samples, 5 s under load)"
    TRACE_FILE="$WORK_DIR/render.nettrace"
    dotnet dotnet-trace collect -p "$SITE_PID" -o "$TRACE_FILE" --duration 00:00:00:07 >"$WORK_DIR/trace.out" 2>&1 &
    TRACE_PID=$!
    BACKGROUND_PIDS+=("$TRACE_PID")
    sleep 1
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$ARTICLE" >/dev/null || die "wrk failed during the trace"
    wait "$TRACE_PID" || warn "dotnet-trace exited with an error; see $WORK_DIR/trace.out"
    # The split of the request's CPU (layout, article view, partials, DI…) comes from the speedscope conversion.
    dotnet dotnet-trace convert --format Speedscope "$TRACE_FILE" >/dev/null 2>&1 || warn "dotnet-trace convert failed"
    SPLIT_FILE="${TRACE_FILE%.nettrace}.speedscope.json"
    if [[ -f "$SPLIT_FILE" ]] && command -v python3 >/dev/null 2>&1; then
        mapfile -t SPLIT_LINES < <(python3 "$REPO_ROOT/bench/trace-split.py" "$SPLIT_FILE" 2>&1)
    fi
    mapfile -t TRACE_LINES < <(dotnet dotnet-trace report "$TRACE_FILE" topN -n 40 --inclusive 2>&1 | cut -c1-160)
fi

mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/render-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
    echo "DanVan.Orchard uncached render — wrk -t$THREADS -c$CONNECTIONS -d$DURATION, DanVan__OutputCache__Enabled=false"
    machine_line
    echo "article bytes: $(stat -c %s "$STATIC_DIR/article.html")"
    printf '%s\n' "${LINES[@]}"
    printf '%s\n' "${COUNTER_LINES[@]}"
    if (( ${#SPLIT_LINES[@]} > 0 )); then
        echo "Split of the article's request CPU (bench/trace-split.py; parts are inclusive and may overlap):"
        printf '  %s\n' "${SPLIT_LINES[@]}"
    fi
    if (( ${#TRACE_LINES[@]} > 0 )); then
        echo "Top methods by inclusive CPU time (dotnet-trace, article):"
        printf '  %s\n' "${TRACE_LINES[@]}"
    fi
} | tee "$RESULT_FILE"
echo "Results written to ${RESULT_FILE#"$REPO_ROOT"/}" >&2
