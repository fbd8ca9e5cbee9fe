#!/usr/bin/env bash
# DanVan.Orchard benchmark: tenant setup time, request throughput/latency (wrk) and memory.
# Prints figures only; it asserts nothing. See bench/README.md.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

# ---------------------------------------------------------------------------
# Options (env vars first, flags override)
# ---------------------------------------------------------------------------
TENANTS="${BENCH_TENANTS:-10}"
DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
PORT="${BENCH_PORT:-5080}"
KEEP="${BENCH_KEEP:-0}"
SKIP_PUBLISH="${BENCH_SKIP_PUBLISH:-0}"

usage() {
    cat <<'EOF'
Usage: bench/run.sh [options]

  --tenants N        district tenants to create (default 10)      env BENCH_TENANTS
  --duration D       wrk duration per URL, e.g. 15s, 1m (def 15s) env BENCH_DURATION
  --connections N    wrk connections (default 32)                 env BENCH_CONNECTIONS
  --threads N        wrk threads (default 2)                      env BENCH_THREADS
  --port N           port the site listens on (default 5080)      env BENCH_PORT
  --keep             keep the temp App_Data and site log          env BENCH_KEEP=1
  --skip-publish     reuse bench/out/app instead of publishing    env BENCH_SKIP_PUBLISH=1
  -h, --help         this help
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --tenants)      need_value "$@"; TENANTS="$2"; shift 2 ;;
        --tenants=*)    TENANTS="${1#*=}"; shift ;;
        --duration)     need_value "$@"; DURATION="$2"; shift 2 ;;
        --duration=*)   DURATION="${1#*=}"; shift ;;
        --connections)  need_value "$@"; CONNECTIONS="$2"; shift 2 ;;
        --connections=*) CONNECTIONS="${1#*=}"; shift ;;
        --threads)      need_value "$@"; THREADS="$2"; shift 2 ;;
        --threads=*)    THREADS="${1#*=}"; shift ;;
        --port)         need_value "$@"; PORT="$2"; shift 2 ;;
        --port=*)       PORT="${1#*=}"; shift ;;
        --keep)         KEEP=1; shift ;;
        --skip-publish) SKIP_PUBLISH=1; shift ;;
        -h|--help)      usage; exit 0 ;;
        *)              usage >&2; die "unknown option '$1'" ;;
    esac
done

is_posint "$TENANTS" || die "--tenants must be a positive integer (got '$TENANTS')"
is_posint "$CONNECTIONS" || die "--connections must be a positive integer (got '$CONNECTIONS')"
is_posint "$THREADS" || die "--threads must be a positive integer (got '$THREADS')"
{ is_posint "$PORT" && (( PORT <= 65535 )); } || die "--port must be 1-65535 (got '$PORT')"
is_duration "$DURATION" || die "--duration must look like 15s, 2m or 30 (got '$DURATION')"
(( CONNECTIONS >= THREADS )) || die "--connections ($CONNECTIONS) must be >= --threads ($THREADS) for wrk"
[[ "$KEEP" == 1 || "$KEEP" == 0 ]] || die "BENCH_KEEP must be 0 or 1"
[[ "$SKIP_PUBLISH" == 1 || "$SKIP_PUBLISH" == 0 ]] || die "BENCH_SKIP_PUBLISH must be 0 or 1"

cd "$REPO_ROOT"
BASE_URL="http://127.0.0.1:$PORT"

install_cleanup
ensure_tools
publish_apps
make_work_dir danvan-bench

# Extracts the in-process setup time from a CLI's stdout: the last line with
# "set up ... in <number> ms" (e.g. "Tenant 'District1' is set up in 41 ms.").
parse_setup_ms() {
    sed -nE 's/.*set up(.*)? in ([0-9]+([.][0-9]+)?) ms.*/\2/p' "$1" | tail -n 1
}

SETUP_MS=()        # in-process, district tenants
SETUP_WALL_MS=()   # wall time incl. process start, district tenants
DEFAULT_SETUP_MS=""
DEFAULT_WALL_MS=""
CLI_SEQ=0

# run_cli LABEL ARGS... ; sets CLI_MS (may be empty) and CLI_WALL_MS
run_cli() {
    local label="$1"; shift
    CLI_SEQ=$((CLI_SEQ + 1))
    local out="$WORK_DIR/cli-$CLI_SEQ.out" err="$WORK_DIR/cli-$CLI_SEQ.err"
    local start end rc=0
    start="$(now_ms)"
    run_host "$@" >"$out" 2>"$err" || rc=$?
    end="$(now_ms)"
    if [[ "$rc" -ne 0 ]]; then
        echo "run.sh: error: '$label' failed with exit code $rc: dotnet DanVan.Web.dll $*" >&2
        echo "---- stderr ----" >&2
        cat "$err" >&2
        echo "---- stdout ----" >&2
        cat "$out" >&2
        exit 1
    fi
    CLI_WALL_MS=$((end - start))
    CLI_MS="$(parse_setup_ms "$out")"
    if [[ -z "$CLI_MS" ]]; then
        warn "'$label' succeeded but printed no 'set up in <n> ms' line; its in-process time is not counted. stdout was:"
        cat "$out" >&2
    fi
}

# ---------------------------------------------------------------------------
# Tenants
# ---------------------------------------------------------------------------
log "Setting up tenant Default (province-portal)"
run_cli "tenants setup Default" tenants setup --name Default --recipe province-portal \
    --admin-email admin@example.vn --admin-password "$ADMIN_PASSWORD"
DEFAULT_SETUP_MS="$CLI_MS"
DEFAULT_WALL_MS="$CLI_WALL_MS"

# District1 through the CLI, as a script would (a cold process each time: JIT, EF model building)…
log "Creating tenant District1 with the CLI (1/$TENANTS)"
run_cli "tenants create District1" tenants create --name "District1" \
    --display-name "Ban Dân vận huyện 1" --prefix "huyen-1" \
    --recipe district-board --recipe sample-content \
    --admin-email "admin1@example.vn" --admin-password "$ADMIN_PASSWORD"
SETUP_WALL_MS+=("$CLI_WALL_MS")

# …and the others in one warm process, which is what a provincial admin's bulk provisioning does.
if (( TENANTS > 1 )); then
    log "Creating District2..District$TENANTS in one process (bench/DanVan.Bench)"
    BENCH_OUT="$WORK_DIR/bench-setup.out"
    BENCH_RSS_LINE=""
    run_bench_tool --tenants $((TENANTS - 1)) --first 2 >"$BENCH_OUT" 2>"$WORK_DIR/bench-setup.err" \
        || { cat "$WORK_DIR/bench-setup.err" >&2; die "bench/DanVan.Bench failed"; }
    while read -r ms; do SETUP_MS+=("$ms"); done < <(sed -nE "s/^Tenant 'District[0-9]+' is set up in ([0-9.]+) ms\.$/\1/p" "$BENCH_OUT")
    BENCH_RSS_LINE="$(grep '^RSS:' "$BENCH_OUT" || true)"
fi

read -r S_MED S_P95 S_MIN S_MAX S_N < <(printf '%s\n' "${SETUP_MS[@]+"${SETUP_MS[@]}"}" | sed '/^$/d' | stats)
read -r W_MED _ _ _ W_N < <(printf '%s\n' "${SETUP_WALL_MS[@]}" | stats)

# ---------------------------------------------------------------------------
# Site
# ---------------------------------------------------------------------------
start_site "$BASE_URL" "$BASE_URL/huyen-1/"

# Visit every tenant's home once, then read RSS.
VISITED=0
visit() {
    local code
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$1" || true)"
    [[ "$code" == 200 ]] || warn "GET $1 answered HTTP ${code:-<no response>}"
    VISITED=$((VISITED + 1))
}
visit "$BASE_URL/"
for ((i = 1; i <= TENANTS; i++)); do
    visit "$BASE_URL/huyen-$i/"
done
RSS_KB="$(site_rss_kb)"
if [[ -n "$RSS_KB" ]]; then
    RSS_MB="$(( (RSS_KB + 512) / 1024 ))"
else
    RSS_MB="?"
    warn "could not read VmRSS from /proc/$SITE_PID/status"
fi

# ---------------------------------------------------------------------------
# wrk
# ---------------------------------------------------------------------------
WRK_LINES=()
bench_url() {
    local label="$1" url="$2" out code
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url" || true)"
    [[ "$code" == 200 ]] || warn "$label ($url) answers HTTP ${code:-<no response>}; figures below are for that response"

    log "Warm-up $label: wrk 3s $url"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$url" >/dev/null || die "wrk warm-up failed for $url"

    log "Measuring $label: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url"
    out="$WORK_DIR/wrk-${label// /-}.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$out" || die "wrk failed for $url"
    cat "$out" >&2

    wrk_figures "$out"

    local line
    line="$(printf '%-16s: %6s req/s  p50 %s ms  p99 %s ms' "$label" "${WRK_RPS:-?}" "$WRK_P50" "$WRK_P99")"
    if [[ -n "$WRK_NON2XX" && "$WRK_NON2XX" != 0 ]]; then
        warn "$label: $WRK_NON2XX non-2xx/3xx responses"
        line+="  WARNING: $WRK_NON2XX non-2xx/3xx"
    fi
    if [[ -n "$WRK_SOCKERR" ]]; then
        warn "$label: socket errors: $WRK_SOCKERR"
        line+="  (socket errors: $WRK_SOCKERR)"
    fi
    WRK_LINES+=("$line")
}

bench_url "district home" "$BASE_URL/huyen-1/"
bench_url "article page" "$BASE_URL/huyen-1/$ARTICLE_PATH"
bench_url "portal home" "$BASE_URL/"

if ! kill -0 "$SITE_PID" 2>/dev/null; then
    warn "the site process is no longer running after the benchmark; see $SITE_LOG"
    KEEP=1
fi

# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------
mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/$(date -u +%Y%m%dT%H%M%SZ).txt"

{
    echo "DanVan.Orchard bench — $TENANTS district tenants, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
    machine_line
    echo "tenant setup (create + setup, warm process): median $S_MED ms, p95 $S_P95 ms, min $S_MIN, max $S_MAX (n=$S_N)"
    echo "tenant setup by one CLI call (cold process, incl. start): $W_MED ms (n=$W_N)"
    if [[ -n "${BENCH_RSS_LINE:-}" ]]; then echo "setup process $BENCH_RSS_LINE"; fi
    if [[ -n "${BENCH_OUT:-}" ]]; then sed -n '/^setup breakdown/,/^RSS:/p' "$BENCH_OUT" | grep -v '^RSS:' || true; fi
    echo "portal setup (Default, province-portal): ${DEFAULT_SETUP_MS:-?} ms in-process, $DEFAULT_WALL_MS ms incl. process start"
    printf '%s\n' "${WRK_LINES[@]}"
    echo "RSS after visiting $VISITED tenants: $RSS_MB MB"
} | tee "$RESULT_FILE"

echo "Results written to ${RESULT_FILE#"$REPO_ROOT"/}" >&2
