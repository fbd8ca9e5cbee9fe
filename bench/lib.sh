# shellcheck shell=bash disable=SC2034  # the paths and figures set here are read by the scripts that source it
# Shell functions shared by bench/run.sh and bench/soak.sh (sourced, not run). See bench/README.md.
# The caller sets `set -euo pipefail`, KEEP and SKIP_PUBLISH (0/1) before calling the functions that read them.

BENCH_SCRIPT="$(basename -- "$0")"

die() { echo "$BENCH_SCRIPT: error: $*" >&2; exit 1; }
log() { echo "==> $*" >&2; }
warn() { echo "WARNING: $*" >&2; }

need_value() { [[ $# -ge 2 && -n "$2" ]] || die "option $1 needs a value"; }
is_posint() { [[ "$1" =~ ^[1-9][0-9]{0,5}$ ]]; }
is_duration() { [[ "$1" =~ ^[1-9][0-9]*[smh]?$ ]]; }

# 15s / 2m / 1h / 30 -> seconds
duration_seconds() {
    local value="${1%[smh]}" unit="${1##*[0-9]}"
    case "$unit" in
        h) echo $((value * 3600)) ;;
        m) echo $((value * 60)) ;;
        *) echo "$value" ;;
    esac
}

# ---------------------------------------------------------------------------
# Paths
# ---------------------------------------------------------------------------
REPO_ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
APP_DIR="$REPO_ROOT/bench/out/app"
APP_DLL="$APP_DIR/DanVan.Web.dll"
BENCH_DIR="$REPO_ROOT/bench/out/bench"
RESULTS_DIR="$REPO_ROOT/bench/results"
ADMIN_PASSWORD='Bench-Password-2026'
ARTICLE_PATH='tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026'

WORK_DIR=""
APP_DATA=""
SITE_LOG=""
SITE_PID=""
BACKGROUND_PIDS=()   # helpers started by the script (wrk, the editor…), stopped on exit

# ---------------------------------------------------------------------------
# Exit: stop what this script started, delete the temp dir unless --keep
# ---------------------------------------------------------------------------
# stop_pid PID: TERM, up to 5 s to exit, then KILL.
stop_pid() {
    local pid="$1"
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

bench_cleanup() {
    local rc=$?
    set +e
    local pid
    for pid in "${BACKGROUND_PIDS[@]+"${BACKGROUND_PIDS[@]}"}"; do
        stop_pid "$pid"
    done
    if [[ -n "$SITE_PID" ]]; then
        stop_pid "$SITE_PID"
    fi
    if [[ -n "$WORK_DIR" && -d "$WORK_DIR" ]]; then
        if [[ "$KEEP" == 1 ]]; then
            echo "Kept temp dir (App_Data, site log, tool output): $WORK_DIR" >&2
        else
            rm -rf -- "$WORK_DIR"
        fi
    fi
    exit "$rc"
}

install_cleanup() {
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# ---------------------------------------------------------------------------
# Tools and build
# ---------------------------------------------------------------------------
ensure_tools() {
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
}

# Publishes the site to bench/out/app and bench/DanVan.Bench to bench/out/bench (or reuses them: SKIP_PUBLISH=1).
publish_apps() {
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
    if [[ "$SKIP_PUBLISH" == 1 ]]; then
        log "Skipping publish; using $APP_DIR and $BENCH_DIR"
    else
        # ReadyToRun (precompiled code, for this machine's runtime identifier): the process starts without waiting for
        # the JIT (bench/coldstart.sh). BENCH_READY_TO_RUN=0 publishes plain IL, to compare.
        local r2r=()
        if [[ "${BENCH_READY_TO_RUN:-1}" == 1 ]]; then
            r2r=(-r "$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')" --self-contained false -p:PublishReadyToRun=true)
        fi
        log "Publishing Release build to bench/out/app${r2r[*]:+ (ReadyToRun)}"
        rm -rf "$APP_DIR"
        dotnet publish "$REPO_ROOT/src/DanVan.Web/DanVan.Web.csproj" -c Release -o "$APP_DIR" "${r2r[@]}" \
            || die "dotnet publish failed"
        log "Publishing the in-process bench tool to bench/out/bench"
        dotnet publish "$REPO_ROOT/bench/DanVan.Bench/DanVan.Bench.csproj" -c Release -o "$BENCH_DIR" \
            || die "dotnet publish of bench/DanVan.Bench failed"
    fi
    [[ -f "$APP_DLL" ]] || die "$APP_DLL not found (publish output missing)"
    [[ -f "$BENCH_DIR/DanVan.Bench.dll" ]] || die "$BENCH_DIR/DanVan.Bench.dll not found (publish output missing)"
}

# ---------------------------------------------------------------------------
# Fresh App_Data and the environment of the site, the CLI and the bench tool
# ---------------------------------------------------------------------------
# make_work_dir NAME: a new temp dir with App_Data; sets WORK_DIR, APP_DATA, SITE_LOG.
make_work_dir() {
    WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")"
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
}

# The published host is run with the publish folder as working directory, so its content root
# (appsettings*.json, wwwroot, static web assets manifest) is the published one.
run_host() { (cd "$APP_DIR" && exec dotnet "$APP_DLL" "$@"); }

# The bench tool (bench/DanVan.Bench), published next to the site.
run_bench_tool() { (cd "$BENCH_DIR" && exec dotnet DanVan.Bench.dll "$@"); }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# ---------------------------------------------------------------------------
# Site
# ---------------------------------------------------------------------------
# start_site BASE_URL PROBE_URL: starts the site in the background (SITE_PID) and waits up to 60 s for PROBE_URL
# to answer 2xx; on failure prints the end of the site log, keeps the temp dir and exits.
start_site() {
    local base_url="$1" probe="$2"
    if curl -s -o /dev/null --max-time 2 "$base_url/"; then
        die "something is already listening on $base_url; pick another --port"
    fi

    log "Starting site on $base_url (log: $SITE_LOG)"
    (cd "$APP_DIR" && exec dotnet "$APP_DLL" --urls "$base_url") >"$SITE_LOG" 2>&1 &
    SITE_PID=$!

    local deadline=$((SECONDS + 60))
    while (( SECONDS < deadline )); do
        if ! kill -0 "$SITE_PID" 2>/dev/null; then
            echo "$BENCH_SCRIPT: error: the site exited before answering. Last lines of $SITE_LOG:" >&2
            tail -n 40 "$SITE_LOG" >&2 || true
            KEEP=1
            exit 1
        fi
        # A generous time limit: a probe that gives up on the (slow) first request aborts it, which the site logs.
        if curl -sf -o /dev/null --max-time 30 "$probe"; then
            log "Site is up (pid $SITE_PID)"
            return 0
        fi
        sleep 0.2
    done
    echo "$BENCH_SCRIPT: error: $probe did not answer 200 within 60 s. Last lines of $SITE_LOG:" >&2
    tail -n 40 "$SITE_LOG" >&2 || true
    KEEP=1
    exit 1
}

# The site's resident set size in kB (VmRSS), empty if it cannot be read.
site_rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$SITE_PID/status" 2>/dev/null || true; }

# ---------------------------------------------------------------------------
# Figures
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

# wrk_figures FILE: reads a `wrk --latency` output; sets WRK_RPS, WRK_REQUESTS, WRK_P50, WRK_P99 (ms),
# WRK_NON2XX (count, empty if none), WRK_SOCKERR (wrk's text, empty if none) and WRK_SOCKERR_COUNT.
wrk_figures() {
    local out="$1"
    WRK_RPS="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
    WRK_REQUESTS="$(awk '/ requests in / { print $1; exit }' "$out")"
    WRK_P50="$(to_ms "$(awk '$1 == "50%" { print $2; exit }' "$out")")"
    WRK_P99="$(to_ms "$(awk '$1 == "99%" { print $2; exit }' "$out")")"
    WRK_NON2XX="$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$out")"
    WRK_SOCKERR="$(sed -n 's/^ *Socket errors: *//p' "$out")"
    WRK_SOCKERR_COUNT="$(echo "$WRK_SOCKERR" | awk '{ for (i = 1; i <= NF; i++) s += $i + 0 } END { print s + 0 }')"
}

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

# The first line of the saved summary: date, machine, SDK.
machine_line() {
    echo "date (UTC): $(date -u '+%Y-%m-%d %H:%M:%S')  host: $(uname -n)  cpus: $(nproc 2>/dev/null || echo '?')  dotnet: $(dotnet --version 2>/dev/null || echo '?')"
}

# Sets up Default (province-portal) and District1 (huyen-1, district-board + sample content) through the published CLI;
# on failure prints what the CLI said and stops. Needs WORK_DIR and ADMIN_PASSWORD.
setup_default_and_district1() {
    log "Setting up Default and District1"
    run_host tenants setup --name Default --recipe province-portal --admin-email admin@example.vn \
        --admin-password "$ADMIN_PASSWORD" >"$WORK_DIR/setup.out" 2>&1 || { cat "$WORK_DIR/setup.out" >&2; die "setup of Default failed"; }
    run_host tenants create --name District1 --display-name "Ban Dân vận huyện 1" --prefix huyen-1 \
        --recipe district-board --recipe sample-content --admin-email admin1@example.vn \
        --admin-password "$ADMIN_PASSWORD" >>"$WORK_DIR/setup.out" 2>&1 || { cat "$WORK_DIR/setup.out" >&2; die "setup of District1 failed"; }
}
