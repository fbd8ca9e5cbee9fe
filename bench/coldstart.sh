#!/usr/bin/env bash
# Cold start (issue #15, item 3): from process start to the first 200 of the sample article, on an App_Data set up
# once (Default and District1), the published site started --runs times (default 5). Next to it, the same measure for
# a bare Kestrel static file server (DanVan.Bench --serve-static): the ceiling of the same machine. Prints figures
# only; see bench/README.md.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${BENCH_RUNS:-5}"
PORT="${BENCH_PORT:-5080}"
KEEP="${BENCH_KEEP:-0}"
SKIP_PUBLISH="${BENCH_SKIP_PUBLISH:-0}"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs)         need_value "$@"; RUNS="$2"; shift 2 ;;
        --port)         need_value "$@"; PORT="$2"; shift 2 ;;
        --keep)         KEEP=1; shift ;;
        --skip-publish) SKIP_PUBLISH=1; shift ;;
        -h|--help)      echo "Usage: bench/coldstart.sh [--runs 5] [--port 5080] [--keep] [--skip-publish]"; exit 0 ;;
        *)              die "unknown option '$1'" ;;
    esac
done
is_posint "$RUNS" || die "--runs must be a positive integer (got '$RUNS')"
{ is_posint "$PORT" && (( PORT <= 65535 )); } || die "--port must be 1-65535 (got '$PORT')"

cd "$REPO_ROOT"
BASE_URL="http://127.0.0.1:$PORT"
install_cleanup
ensure_tools
publish_apps
make_work_dir danvan-coldstart

setup_default_and_district1

ARTICLE="$BASE_URL/huyen-1/$ARTICLE_PATH"
STATIC_DIR="$WORK_DIR/static"
mkdir -p "$STATIC_DIR"
echo '<!DOCTYPE html><title>ceiling</title>' >"$STATIC_DIR/article.html"

# first_200_ms URL PID: polls URL until it answers 200 (or the process exits, or 60 s pass); prints the ms since
# STARTED_NS, or nothing on failure.
first_200_ms() {
    local url="$1" pid="$2" deadline=$((SECONDS + 60))
    while (( SECONDS < deadline )); do
        kill -0 "$pid" 2>/dev/null || return 0
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url" || true)" == 200 ]]; then
            echo $(( ($(date +%s%N) - STARTED_NS) / 1000000 ))
            return 0
        fi
        sleep 0.005
    done
}

SITE_MS=()
STATIC_MS=()
for run in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null --max-time 1 "$BASE_URL/" && die "something is already listening on $BASE_URL; pick another --port"

    STARTED_NS=$(date +%s%N)
    (cd "$APP_DIR" && exec dotnet "$APP_DLL" --urls "$BASE_URL") >>"$SITE_LOG" 2>&1 &
    SITE_PID=$!
    ms="$(first_200_ms "$ARTICLE" "$SITE_PID")"
    [[ -n "$ms" ]] || { KEEP=1; tail -n 40 "$SITE_LOG" >&2; die "run $run: the article did not answer 200"; }
    SITE_MS+=("$ms")
    log "run $run: site, first article in $ms ms"
    stop_pid "$SITE_PID"
    SITE_PID=""

    STARTED_NS=$(date +%s%N)
    (cd "$BENCH_DIR" && exec dotnet DanVan.Bench.dll --serve-static "$STATIC_DIR" --url "$BASE_URL") >>"$WORK_DIR/static.log" 2>&1 &
    static_pid=$!
    BACKGROUND_PIDS+=("$static_pid")
    ms="$(first_200_ms "$BASE_URL/article.html" "$static_pid")"
    [[ -n "$ms" ]] || die "run $run: the static server did not answer 200; see $WORK_DIR/static.log"
    STATIC_MS+=("$ms")
    stop_pid "$static_pid"
done

mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/coldstart-$(date -u +%Y%m%dT%H%M%SZ).txt"
read -r site_med _ site_min site_max _ < <(printf '%s\n' "${SITE_MS[@]}" | stats)
read -r static_med _ static_min static_max _ < <(printf '%s\n' "${STATIC_MS[@]}" | stats)
{
    echo "DanVan.Orchard cold start — process start to the first 200, $RUNS runs on one App_Data"
    machine_line
    echo "site, first article:           ${SITE_MS[*]} ms  (median $site_med, min $site_min, max $site_max)"
    echo "bare Kestrel, first static file: ${STATIC_MS[*]} ms  (median $static_med, min $static_min, max $static_max)"
} | tee "$RESULT_FILE"
echo "Results written to ${RESULT_FILE#"$REPO_ROOT"/}" >&2
