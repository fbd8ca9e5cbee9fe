#!/usr/bin/env bash
# DanVan.Orchard reliability soak: mixed load for a long time (readers on every district, an editor publishing every
# second and uploading photos, a CSV import of new districts half-way), then errors and the site's RSS over time.
# Prints figures only; exits non-zero only when the build, the setup or the site failed. See bench/README.md.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

# ---------------------------------------------------------------------------
# Options (env vars first, flags override)
# ---------------------------------------------------------------------------
DISTRICTS="${BENCH_DISTRICTS:-300}"
DURATION="${BENCH_DURATION:-10m}"
WARMUP="${BENCH_WARMUP:-2m}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
WRK_TIMEOUT="${BENCH_WRK_TIMEOUT:-10s}"
IMPORT_ROWS="${BENCH_IMPORT_ROWS:-20}"
PORT="${BENCH_PORT:-5080}"
KEEP="${BENCH_KEEP:-0}"
SKIP_PUBLISH="${BENCH_SKIP_PUBLISH:-0}"
RSS_EVERY=5            # seconds between RSS samples
RSS_TOLERANCE=10       # percent: "flat" = every sample after warm-up within this of the first one

usage() {
    cat <<'EOF'
Usage: bench/soak.sh [options]

  --districts N      district tenants to set up and read (default 300)   env BENCH_DISTRICTS
  --duration D       length of the mixed load, e.g. 10m, 60s (def 10m)   env BENCH_DURATION
  --warmup D         RSS samples before this are not judged (def 2m)      env BENCH_WARMUP
  --connections N    wrk connections of the readers (default 32)         env BENCH_CONNECTIONS
  --threads N        wrk threads (default 2)                             env BENCH_THREADS
  --wrk-timeout D    a reader request slower than this is an error (10s) env BENCH_WRK_TIMEOUT
  --import-rows N    districts imported from CSV half-way (default 20)    env BENCH_IMPORT_ROWS
  --port N           port the site listens on (default 5080)             env BENCH_PORT
  --keep             keep the temp App_Data, site log and tool output    env BENCH_KEEP=1
  --skip-publish     reuse bench/out/app and bench/out/bench             env BENCH_SKIP_PUBLISH=1
  -h, --help         this help
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --districts)     need_value "$@"; DISTRICTS="$2"; shift 2 ;;
        --districts=*)   DISTRICTS="${1#*=}"; shift ;;
        --duration)      need_value "$@"; DURATION="$2"; shift 2 ;;
        --duration=*)    DURATION="${1#*=}"; shift ;;
        --warmup)        need_value "$@"; WARMUP="$2"; shift 2 ;;
        --warmup=*)      WARMUP="${1#*=}"; shift ;;
        --connections)   need_value "$@"; CONNECTIONS="$2"; shift 2 ;;
        --connections=*) CONNECTIONS="${1#*=}"; shift ;;
        --threads)       need_value "$@"; THREADS="$2"; shift 2 ;;
        --threads=*)     THREADS="${1#*=}"; shift ;;
        --wrk-timeout)   need_value "$@"; WRK_TIMEOUT="$2"; shift 2 ;;
        --wrk-timeout=*) WRK_TIMEOUT="${1#*=}"; shift ;;
        --import-rows)   need_value "$@"; IMPORT_ROWS="$2"; shift 2 ;;
        --import-rows=*) IMPORT_ROWS="${1#*=}"; shift ;;
        --port)          need_value "$@"; PORT="$2"; shift 2 ;;
        --port=*)        PORT="${1#*=}"; shift ;;
        --keep)          KEEP=1; shift ;;
        --skip-publish)  SKIP_PUBLISH=1; shift ;;
        -h|--help)       usage; exit 0 ;;
        *)               usage >&2; die "unknown option '$1'" ;;
    esac
done

is_posint "$DISTRICTS" || die "--districts must be a positive integer (got '$DISTRICTS')"
is_posint "$CONNECTIONS" || die "--connections must be a positive integer (got '$CONNECTIONS')"
is_posint "$THREADS" || die "--threads must be a positive integer (got '$THREADS')"
is_posint "$IMPORT_ROWS" || die "--import-rows must be a positive integer (got '$IMPORT_ROWS')"
{ is_posint "$PORT" && (( PORT <= 65535 )); } || die "--port must be 1-65535 (got '$PORT')"
is_duration "$DURATION" || die "--duration must look like 10m, 60s or 600 (got '$DURATION')"
is_duration "$WARMUP" || die "--warmup must look like 2m, 15s or 120 (got '$WARMUP')"
is_duration "$WRK_TIMEOUT" || die "--wrk-timeout must look like 10s (got '$WRK_TIMEOUT')"
(( CONNECTIONS >= THREADS )) || die "--connections ($CONNECTIONS) must be >= --threads ($THREADS) for wrk"
[[ "$KEEP" == 1 || "$KEEP" == 0 ]] || die "BENCH_KEEP must be 0 or 1"
[[ "$SKIP_PUBLISH" == 1 || "$SKIP_PUBLISH" == 0 ]] || die "BENCH_SKIP_PUBLISH must be 0 or 1"
DURATION_S="$(duration_seconds "$DURATION")"
WARMUP_S="$(duration_seconds "$WARMUP")"
(( WARMUP_S < DURATION_S )) || die "--warmup ($WARMUP) must be shorter than --duration ($DURATION)"

cd "$REPO_ROOT"
BASE_URL="http://127.0.0.1:$PORT"

install_cleanup
ensure_tools
publish_apps
make_work_dir danvan-soak

# ---------------------------------------------------------------------------
# Tenants: Default (province-portal) and District1..N (district-board + sample-content) in one warm process
# ---------------------------------------------------------------------------
log "Setting up Default and District1..District$DISTRICTS in one process (bench/DanVan.Bench)"
SETUP_START="$(now_ms)"
run_bench_tool --tenants "$DISTRICTS" --first 1 >"$WORK_DIR/setup.out" 2>"$WORK_DIR/setup.err" \
    || { cat "$WORK_DIR/setup.err" >&2; KEEP=1; die "bench/DanVan.Bench --tenants $DISTRICTS failed"; }
SETUP_S="$(( ($(now_ms) - SETUP_START + 500) / 1000 ))"
SETUP_LINE="$(grep '^setup (in-process' "$WORK_DIR/setup.out" || true)"

# ---------------------------------------------------------------------------
# Site, then every district's home once (first requests build the tenants' shells)
# ---------------------------------------------------------------------------
# Timestamps in the site log, to place an error in the run (warm-up, import…).
export Logging__Console__TimestampFormat='HH:mm:ss '
start_site "$BASE_URL" "$BASE_URL/huyen-1/"

log "Visiting the portal and $DISTRICTS district homes once"
VISIT_ERRORS=0
for url in "$BASE_URL/" $(seq -f "$BASE_URL/huyen-%g/" 1 "$DISTRICTS"); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url" || true)"
    if [[ "$code" != 200 ]]; then
        warn "GET $url answered HTTP ${code:-<no response>}"
        VISIT_ERRORS=$((VISIT_ERRORS + 1))
    fi
done
RSS_VISITED_KB="$(site_rss_kb)"

# ---------------------------------------------------------------------------
# The mixed load
# ---------------------------------------------------------------------------
RSS_FILE="$WORK_DIR/rss.tsv"           # "<seconds since the load started> <VmRSS kB>"
WRK_OUT="$WORK_DIR/wrk.txt"
EDITOR_OUT="$WORK_DIR/editor.out"
IMPORT_OUT="$WORK_DIR/import.out"
LOAD_START=$SECONDS

# RSS every few seconds while the site runs.
(
    while kill -0 "$SITE_PID" 2>/dev/null; do
        rss="$(awk '/^VmRSS:/ { print $2 }' "/proc/$SITE_PID/status" 2>/dev/null || true)"
        [[ -n "$rss" ]] && echo "$((SECONDS - LOAD_START)) $rss"
        sleep "$RSS_EVERY"
    done
) >"$RSS_FILE" &
SAMPLER_PID=$!
BACKGROUND_PIDS+=("$SAMPLER_PID")

log "Readers: wrk -t$THREADS -c$CONNECTIONS -d${DURATION_S}s --timeout $WRK_TIMEOUT over $DISTRICTS districts (5 pages each) and the portal home"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION_S}s" --timeout "$WRK_TIMEOUT" --latency \
    -s "$REPO_ROOT/bench/soak.lua" "$BASE_URL" -- "$DISTRICTS" "$ARTICLE_PATH" >"$WRK_OUT" 2>&1 &
WRK_PID=$!
BACKGROUND_PIDS+=("$WRK_PID")

log "Editor: an article a second and a photo every 10 s on /huyen-1 for ${DURATION_S}s"
run_bench_tool --soak-editor --url "$BASE_URL" --prefix huyen-1 --duration "${DURATION_S}s" \
    --password "$ADMIN_PASSWORD" >"$EDITOR_OUT" 2>"$WORK_DIR/editor.err" &
EDITOR_PID=$!
BACKGROUND_PIDS+=("$EDITOR_PID")

# The import starts half-way, when readers and the editor are in full swing.
SITE_DIED=0
wait_until() {
    local until_s="$1"
    while (( SECONDS - LOAD_START < until_s )); do
        if ! kill -0 "$SITE_PID" 2>/dev/null; then
            SITE_DIED=1
            return
        fi
        sleep 1
    done
}
wait_until $((DURATION_S / 2))

IMPORT_FIRST=$((DISTRICTS + 1))
IMPORT_PID=""
if [[ "$SITE_DIED" == 0 ]]; then
    log "Import: District$IMPORT_FIRST..District$((DISTRICTS + IMPORT_ROWS)) from CSV through the portal's admin"
    run_bench_tool --soak-import --url "$BASE_URL" --rows "$IMPORT_ROWS" --first "$IMPORT_FIRST" \
        --password "$ADMIN_PASSWORD" --timeout 15m >"$IMPORT_OUT" 2>"$WORK_DIR/import.err" &
    IMPORT_PID=$!
    BACKGROUND_PIDS+=("$IMPORT_PID")
fi

wait_until "$DURATION_S"
WRK_RC=0
wait "$WRK_PID" || WRK_RC=$?
# The editor stops on its own at the end of its duration; a late one is asked to stop and still prints its counts.
EDITOR_RC=0
EDITOR_DEADLINE=$((SECONDS + 60))
while kill -0 "$EDITOR_PID" 2>/dev/null && (( SECONDS < EDITOR_DEADLINE )); do sleep 1; done
kill -TERM "$EDITOR_PID" 2>/dev/null || true
wait "$EDITOR_PID" || EDITOR_RC=$?
IMPORT_RC=0
if [[ -n "$IMPORT_PID" ]]; then
    log "Waiting for the import to finish"
    wait "$IMPORT_PID" || IMPORT_RC=$?
fi
LOAD_S=$((SECONDS - LOAD_START))
stop_pid "$SAMPLER_PID"
kill -0 "$SITE_PID" 2>/dev/null || SITE_DIED=1

# ---------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------
cat "$WRK_OUT" >&2
wrk_figures "$WRK_OUT"
READER_ERRORS=$(( ${WRK_NON2XX:-0} + WRK_SOCKERR_COUNT ))
(( WRK_RC == 0 )) || READER_ERRORS=$((READER_ERRORS + 1))

# editor-counts: signin_failed=0 publish_ok=.. publish_failed=.. readback_ok=.. readback_failed=.. upload_ok=.. upload_failed=..
# count FILE KEY: the number after "KEY=" on the tool's counts line, 0 if absent.
count() { sed -nE "s/.*[ :]$2=([0-9]+).*/\1/p" "$1" 2>/dev/null | tail -n 1 | grep . || echo 0; }
EDITOR_ERRORS=0
for key in signin_failed publish_failed readback_failed upload_failed; do
    EDITOR_ERRORS=$((EDITOR_ERRORS + $(count "$EDITOR_OUT" "$key")))
done
if ! grep -q '^editor-counts:' "$EDITOR_OUT"; then
    EDITOR_ERRORS=$((EDITOR_ERRORS + 1))
    warn "the editor printed no counts (exit $EDITOR_RC); see $WORK_DIR/editor.err"
    KEEP=1
fi

IMPORT_ERRORS=0
if [[ -z "$IMPORT_PID" ]]; then
    IMPORT_ERRORS=1
elif ! grep -q '^import-counts:' "$IMPORT_OUT"; then
    IMPORT_ERRORS=1
    warn "the import printed no counts (exit $IMPORT_RC); see $WORK_DIR/import.err"
    KEEP=1
else
    IMPORT_ERRORS=$(( $(count "$IMPORT_OUT" failed) + $(count "$IMPORT_OUT" crashed) + 1 - $(count "$IMPORT_OUT" finished) ))
fi

# Site log (warnings and above, one entry = a "HH:mm:ss level: category" line and its indented lines): error entries
# split into requests cancelled (the client went away or timed out, e.g. wrk stopping) and the rest; the rest count
# as errors. Also the plain number of lines that mention a failure.
LOG_ENTRIES="$WORK_DIR/site-log-errors.txt"
awk -v out="$LOG_ENTRIES" '
    function flush() {
        if (level == "fail" || level == "crit") {
            if (text ~ /(TaskCanceled|OperationCanceled)Exception/) cancelled++; else { errors++; print text > out }
        } else if (level == "warn") warnings++
        level = ""
    }
    /^([0-9:]+ )?(trce|dbug|info|warn|fail|crit): / {
        flush()
        match($0, /(trce|dbug|info|warn|fail|crit): /); level = substr($0, RSTART, 4)
        text = substr($0, RSTART); lines = 0; seen = 0; next
    }
    # The entry as one line: its header and the first line that names an exception (else its message).
    level != "" && lines++ < 12 && (lines == 1 || /Exception/) { sub(/^ +/, ""); key = $0; if (lines == 1 || !seen++) text = text " | " key }
    END { flush(); printf "%d %d %d\n", errors, cancelled, warnings }
' "$SITE_LOG" >"$WORK_DIR/site-log-counts.txt"
touch "$LOG_ENTRIES"
read -r LOG_FAIL_ENTRIES LOG_CANCELLED_ENTRIES LOG_WARN_ENTRIES <"$WORK_DIR/site-log-counts.txt"
LOG_FAIL_LINES="$(grep -ci 'fail' "$SITE_LOG" || true)"
LOG_ERROR_LINES="$(grep -ci 'error' "$SITE_LOG" || true)"
LOG_EXCEPTION_LINES="$(grep -ci 'exception' "$SITE_LOG" || true)"

# RSS after warm-up: first, last, min, max; flat when every sample is within RSS_TOLERANCE % of the first.
read -r RSS_N RSS_FIRST RSS_LAST RSS_MIN RSS_MAX RSS_FLAT RSS_SPREAD < <(awk -v w="$WARMUP_S" -v tol="$RSS_TOLERANCE" '
    $1 >= w { n++; v = $2 / 1024; if (n == 1) { first = v; min = v; max = v } last = v; if (v < min) min = v; if (v > max) max = v }
    END {
        if (n == 0) { print "0 - - - - unknown -"; exit }
        flat = (max <= first * (1 + tol / 100) && min >= first * (1 - tol / 100)) ? "yes" : "no"
        printf "%d %.0f %.0f %.0f %.0f %s %.1f\n", n, first, last, min, max, flat, (max - min) * 100 / first
    }' "$RSS_FILE")
# One sample a minute, for the shape of the curve.
RSS_TIMELINE="$(awk '$1 >= m * 60 { printf "%s%dm %.0f", sep, m, $2 / 1024; sep = ", "; m++ }' "$RSS_FILE")"
(( RSS_N > 0 )) || warn "no RSS sample after the warm-up ($WARMUP); lengthen --duration or shorten --warmup"

TOTAL_ERRORS=$((VISIT_ERRORS + READER_ERRORS + EDITOR_ERRORS + IMPORT_ERRORS + LOG_FAIL_ENTRIES + SITE_DIED))

# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------
mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/$(date -u +%Y%m%dT%H%M%SZ)-soak.txt"

{
    echo "DanVan.Orchard soak — $DISTRICTS districts, ${LOAD_S}s of mixed load (warm-up $WARMUP), wrk -t$THREADS -c$CONNECTIONS"
    machine_line
    echo "setup: Default + $DISTRICTS districts in ${SETUP_S}s (one process); ${SETUP_LINE:-no per-tenant figures}"
    echo "first visits: portal + $DISTRICTS district homes, $VISIT_ERRORS not 200; RSS afterwards $(( (${RSS_VISITED_KB:-0} + 512) / 1024 )) MB"
    printf 'readers: %s req/s (%s requests), p50 %s ms, p99 %s ms; non-2xx/3xx %s, socket errors %s\n' \
        "${WRK_RPS:-?}" "${WRK_REQUESTS:-?}" "$WRK_P50" "$WRK_P99" "${WRK_NON2XX:-0}" "${WRK_SOCKERR:-none}"
    grep '^editor: ' "$EDITOR_OUT" || echo "editor: no output (exit $EDITOR_RC)"
    if [[ -n "$IMPORT_PID" ]]; then
        grep '^import: ' "$IMPORT_OUT" || echo "import: no output (exit $IMPORT_RC)"
    else
        echo "import: not started (the site had stopped)"
    fi
    if (( RSS_N > 0 )); then
        echo "RSS after warm-up ($RSS_N samples every ${RSS_EVERY}s): first $RSS_FIRST MB, last $RSS_LAST MB, min $RSS_MIN MB, max $RSS_MAX MB; spread $RSS_SPREAD % — flat within $RSS_TOLERANCE %: $RSS_FLAT"
    else
        echo "RSS after warm-up: no samples"
    fi
    echo "RSS by minute: ${RSS_TIMELINE:-none}"
    echo "site log (warnings and above): $LOG_FAIL_ENTRIES error entries, $LOG_CANCELLED_ENTRIES cancelled requests logged as errors (not counted), $LOG_WARN_ENTRIES warnings; lines with 'fail' $LOG_FAIL_LINES, 'error' $LOG_ERROR_LINES, 'exception' $LOG_EXCEPTION_LINES"
    if (( LOG_FAIL_ENTRIES > 0 )); then
        # The most frequent kinds, without the connection/request ids that make each entry unique.
        sed -E 's/"[0-9A-Z]{13}(:[0-9A-F]{8})?"/"…"/g' "$LOG_ENTRIES" | sort | uniq -c | sort -rn | head -n 5 | cut -c1-400 | sed 's/^/  /'
    fi
    if (( SITE_DIED )); then echo "the site process stopped during the soak"; fi
    if (( TOTAL_ERRORS == 0 )); then
        echo "0 errors"
    else
        echo "$TOTAL_ERRORS errors (first visits $VISIT_ERRORS, readers $READER_ERRORS, editor $EDITOR_ERRORS, import $IMPORT_ERRORS, site log $LOG_FAIL_ENTRIES, site stopped $SITE_DIED)"
    fi
} | tee "$RESULT_FILE"

echo "Results written to ${RESULT_FILE#"$REPO_ROOT"/}" >&2
if (( TOTAL_ERRORS > 0 )); then
    KEEP=1
fi
if (( SITE_DIED )); then
    echo "$BENCH_SCRIPT: error: the site stopped during the soak; see $SITE_LOG" >&2
    KEEP=1
    exit 1
fi
