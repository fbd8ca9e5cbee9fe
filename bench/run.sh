#!/usr/bin/env bash
# DanVan.Orchard benchmark: tenant setup time, request throughput/latency (wrk) and memory.
# Prints figures only; it asserts nothing. See bench/README.md.
set -euo pipefail

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

die() { echo "run.sh: error: $*" >&2; exit 1; }
log() { echo "==> $*" >&2; }
warn() { echo "WARNING: $*" >&2; }

need_value() { [[ $# -ge 2 && -n "$2" ]] || die "option $1 needs a value"; }

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

is_posint() { [[ "$1" =~ ^[1-9][0-9]{0,5}$ ]]; }
is_posint "$TENANTS" || die "--tenants must be a positive integer (got '$TENANTS')"
is_posint "$CONNECTIONS" || die "--connections must be a positive integer (got '$CONNECTIONS')"
is_posint "$THREADS" || die "--threads must be a positive integer (got '$THREADS')"
{ is_posint "$PORT" && (( PORT <= 65535 )); } || die "--port must be 1-65535 (got '$PORT')"
[[ "$DURATION" =~ ^[1-9][0-9]*[smh]?$ ]] || die "--duration must look like 15s, 2m or 30 (got '$DURATION')"
(( CONNECTIONS >= THREADS )) || die "--connections ($CONNECTIONS) must be >= --threads ($THREADS) for wrk"
[[ "$KEEP" == 1 || "$KEEP" == 0 ]] || die "BENCH_KEEP must be 0 or 1"
[[ "$SKIP_PUBLISH" == 1 || "$SKIP_PUBLISH" == 0 ]] || die "BENCH_SKIP_PUBLISH must be 0 or 1"

# ---------------------------------------------------------------------------
# Paths
# ---------------------------------------------------------------------------
SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/.." && pwd)"
cd "$REPO_ROOT"

APP_DIR="$REPO_ROOT/bench/out/app"
APP_DLL="$APP_DIR/DanVan.Web.dll"
BENCH_DIR="$REPO_ROOT/bench/out/bench"
RESULTS_DIR="$REPO_ROOT/bench/results"
BASE_URL="http://127.0.0.1:$PORT"
ADMIN_PASSWORD='Bench-Password-2026'
ARTICLE_PATH='tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026'

WORK_DIR=""
SITE_PID=""

cleanup() {
    local rc=$?
    set +e
    if [[ -n "$SITE_PID" ]] && kill -0 "$SITE_PID" 2>/dev/null; then
        kill -TERM "$SITE_PID" 2>/dev/null
        for _ in $(seq 1 50); do
            kill -0 "$SITE_PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$SITE_PID" 2>/dev/null; then
            kill -KILL "$SITE_PID" 2>/dev/null
        fi
        wait "$SITE_PID" 2>/dev/null
    fi
    if [[ -n "$WORK_DIR" && -d "$WORK_DIR" ]]; then
        if [[ "$KEEP" == 1 ]]; then
            echo "Kept temp dir (App_Data, site log, CLI output): $WORK_DIR" >&2
        else
            rm -rf -- "$WORK_DIR"
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------
command -v dotnet >/dev/null 2>&1 || die "dotnet is not on PATH"
command -v curl >/dev/null 2>&1 || die "curl is not on PATH"

if ! command -v wrk >/dev/null 2>&1; then
    log "wrk not found; installing it with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y wrk; then
        log "apt-get install failed; running apt-get update and retrying"
        apt-get update || die "apt-get update failed"
        apt-get install -y wrk || die "could not install wrk"
    fi
    command -v wrk >/dev/null 2>&1 || die "wrk still not on PATH after installing it"
fi

# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [[ "$SKIP_PUBLISH" == 1 ]]; then
    log "Skipping publish; using $APP_DIR"
else
    log "Publishing Release build to bench/out/app"
    dotnet publish src/DanVan.Web/DanVan.Web.csproj -c Release -o "$APP_DIR" \
        || die "dotnet publish failed"
    log "Publishing the in-process setup bench to bench/out/bench"
    dotnet publish bench/DanVan.Bench/DanVan.Bench.csproj -c Release -o "$BENCH_DIR" \
        || die "dotnet publish of bench/DanVan.Bench failed"
fi
[[ -f "$APP_DLL" ]] || die "$APP_DLL not found (publish output missing)"
[[ -f "$BENCH_DIR/DanVan.Bench.dll" ]] || die "$BENCH_DIR/DanVan.Bench.dll not found (publish output missing)"

# ---------------------------------------------------------------------------
# Fresh App_Data and environment
# ---------------------------------------------------------------------------
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/danvan-bench.XXXXXX")"
APP_DATA="$WORK_DIR/App_Data"
SITE_LOG="$WORK_DIR/site.log"
mkdir -p "$APP_DATA"

export DanVan__AppDataPath="$APP_DATA"
export DanVan__RecipesPath="$REPO_ROOT/recipes"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
# Ignore any ASPNETCORE_URLS from the caller's shell; the site gets --urls explicitly.
unset ASPNETCORE_URLS ASPNETCORE_HTTP_PORTS ASPNETCORE_HTTPS_PORTS

log "App_Data: $APP_DATA"

# The published host is run with the publish folder as working directory, so its content root
# (appsettings*.json, wwwroot, static web assets manifest) is the published one.
run_host() { (cd "$APP_DIR" && exec dotnet "$APP_DLL" "$@"); }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

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
    (cd "$BENCH_DIR" && exec dotnet DanVan.Bench.dll --tenants $((TENANTS - 1)) --first 2) >"$BENCH_OUT" 2>"$WORK_DIR/bench-setup.err" \
        || { cat "$WORK_DIR/bench-setup.err" >&2; die "bench/DanVan.Bench failed"; }
    while read -r ms; do SETUP_MS+=("$ms"); done < <(sed -nE "s/^Tenant 'District[0-9]+' is set up in ([0-9.]+) ms\.$/\1/p" "$BENCH_OUT")
    BENCH_RSS_LINE="$(grep '^RSS:' "$BENCH_OUT" || true)"
fi

# stats: numbers on stdin -> "median p95 min max n" (p95 = nearest rank)
stats() {
    sort -g | awk '
        { v[NR] = $1 }
        END {
            n = NR
            if (n == 0) { print "- - - - 0"; exit }
            med = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
            r = 0.95 * n; k = int(r); if (k < r) k++; if (k < 1) k = 1
            printf "%.0f %.0f %.0f %.0f %d\n", med, v[k], v[1], v[n], n
        }'
}

read -r S_MED S_P95 S_MIN S_MAX S_N < <(printf '%s\n' "${SETUP_MS[@]+"${SETUP_MS[@]}"}" | sed '/^$/d' | stats)
read -r W_MED W_P95 W_MIN W_MAX W_N < <(printf '%s\n' "${SETUP_WALL_MS[@]}" | stats)

# ---------------------------------------------------------------------------
# Site
# ---------------------------------------------------------------------------
if curl -s -o /dev/null --max-time 2 "$BASE_URL/"; then
    die "something is already listening on $BASE_URL; pick another --port"
fi

log "Starting site on $BASE_URL (log: $SITE_LOG)"
(cd "$APP_DIR" && exec dotnet "$APP_DLL" --urls "$BASE_URL") >"$SITE_LOG" 2>&1 &
SITE_PID=$!

ready=0
deadline=$((SECONDS + 60))
while (( SECONDS < deadline )); do
    if ! kill -0 "$SITE_PID" 2>/dev/null; then
        echo "run.sh: error: the site exited before answering. Last lines of $SITE_LOG:" >&2
        tail -n 40 "$SITE_LOG" >&2 || true
        KEEP=1
        exit 1
    fi
    if curl -sf -o /dev/null --max-time 2 "$BASE_URL/huyen-1/"; then
        ready=1
        break
    fi
    sleep 0.2
done
if [[ "$ready" != 1 ]]; then
    echo "run.sh: error: $BASE_URL/huyen-1/ did not answer 200 within 60 s. Last lines of $SITE_LOG:" >&2
    tail -n 40 "$SITE_LOG" >&2 || true
    KEEP=1
    exit 1
fi
log "Site is up (pid $SITE_PID)"

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
RSS_KB="$(awk '/^VmRSS:/ { print $2 }' "/proc/$SITE_PID/status" 2>/dev/null || true)"
if [[ -n "$RSS_KB" ]]; then
    RSS_MB="$(( (RSS_KB + 512) / 1024 ))"
else
    RSS_MB="?"
    warn "could not read VmRSS from /proc/$SITE_PID/status"
fi

# ---------------------------------------------------------------------------
# wrk
# ---------------------------------------------------------------------------
# wrk latency like 850.00us / 2.10ms / 1.20s / 1.05m -> milliseconds
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v == "") { print "?"; exit }
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000
        else if (u == "m") n *= 60000; else if (u == "h") n *= 3600000
        printf "%.2f\n", n
    }'
}

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

    local rps p50 p99 non2xx sockerr
    rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
    p50="$(to_ms "$(awk '$1 == "50%" { print $2; exit }' "$out")")"
    p99="$(to_ms "$(awk '$1 == "99%" { print $2; exit }' "$out")")"
    non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$out")"
    sockerr="$(sed -n 's/^ *Socket errors: *//p' "$out")"

    local line
    line="$(printf '%-16s: %6s req/s  p50 %s ms  p99 %s ms' "$label" "${rps:-?}" "$p50" "$p99")"
    if [[ -n "$non2xx" && "$non2xx" != 0 ]]; then
        warn "$label: $non2xx non-2xx/3xx responses"
        line+="  WARNING: $non2xx non-2xx/3xx"
    fi
    if [[ -n "$sockerr" ]]; then
        warn "$label: socket errors: $sockerr"
        line+="  (socket errors: $sockerr)"
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
    echo "date (UTC): $(date -u '+%Y-%m-%d %H:%M:%S')  host: $(uname -n)  cpus: $(nproc 2>/dev/null || echo '?')  dotnet: $(dotnet --version 2>/dev/null || echo '?')"
    echo "tenant setup (create + setup, warm process): median $S_MED ms, p95 $S_P95 ms, min $S_MIN, max $S_MAX (n=$S_N)"
    echo "tenant setup by one CLI call (cold process, incl. start): $W_MED ms (n=$W_N)"
    if [[ -n "${BENCH_RSS_LINE:-}" ]]; then echo "setup process $BENCH_RSS_LINE"; fi
    echo "portal setup (Default, province-portal): ${DEFAULT_SETUP_MS:-?} ms in-process, $DEFAULT_WALL_MS ms incl. process start"
    printf '%s\n' "${WRK_LINES[@]}"
    echo "RSS after visiting $VISITED tenants: $RSS_MB MB"
} | tee "$RESULT_FILE"

echo "Results written to ${RESULT_FILE#"$REPO_ROOT"/}" >&2
