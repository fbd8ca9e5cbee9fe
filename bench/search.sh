#!/usr/bin/env bash
# Search benchmark on a fresh temporary App_Data: indexing N generated ~600-word articles, query p50/p99 and
# precision@3 (in process, bench/DanVan.Bench --search), the portal-wide query over D districts × A articles and the RSS
# with every index open (--portal-search), then the search page over HTTP with varied queries (wrk + bench/search.lua)
# on the district of N articles and on the portal. Prints figures; asserts nothing.
# Usage: bench/search.sh [articles (10000)] [districts (100)] [articles per district (200)]   env BENCH_DURATION (15s)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

ARTICLES="${1:-10000}"
DISTRICTS="${2:-100}"
PER_DISTRICT="${3:-200}"
DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
PORT="${BENCH_PORT:-5080}"
KEEP="${BENCH_KEEP:-0}"
SKIP_PUBLISH="${BENCH_SKIP_PUBLISH:-0}"
is_posint "$ARTICLES" && is_posint "$DISTRICTS" && is_posint "$PER_DISTRICT" || die "usage: bench/search.sh [articles] [districts] [articles per district]"

cd "$REPO_ROOT"
BASE_URL="http://127.0.0.1:$PORT"
install_cleanup
ensure_tools
publish_apps
make_work_dir danvan-search

log "Setting up the portal (Default)"
run_host tenants setup --name Default --recipe province-portal --admin-email admin@example.vn --admin-password "$ADMIN_PASSWORD" >/dev/null

FIGURES=()
log "In process: $ARTICLES articles in one district"
while IFS= read -r line; do FIGURES+=("$line"); echo "$line" >&2; done < <(run_bench_tool --search "$ARTICLES")
log "In process: $DISTRICTS districts × $PER_DISTRICT articles"
while IFS= read -r line; do FIGURES+=("$line"); echo "$line" >&2; done < <(run_bench_tool --portal-search "$DISTRICTS" "$PER_DISTRICT")

start_site "$BASE_URL" "$BASE_URL/search-bench/tim-kiem?q=dan+van"
WRK_LINES=()
bench_search() {
    local label="$1" prefix="$2" out
    log "Warm-up $label"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$REPO_ROOT/bench/search.lua" "$BASE_URL" -- "$prefix" >/dev/null || die "wrk warm-up failed"
    out="$WORK_DIR/wrk-$(tr -c 'A-Za-z0-9' '-' <<<"$label").txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$REPO_ROOT/bench/search.lua" "$BASE_URL" -- "$prefix" >"$out" || die "wrk failed"
    cat "$out" >&2
    wrk_figures "$out"
    WRK_LINES+=("$(printf '%-28s: %6s req/s  p50 %s ms  p99 %s ms  non-2xx %s' "$label" "${WRK_RPS:-?}" "$WRK_P50" "$WRK_P99" "${WRK_NON2XX:-0}")")
}
bench_search "district /tim-kiem ($ARTICLES)" "/search-bench"
bench_search "portal /tim-kiem ($DISTRICTS)" ""
RSS_KB="$(site_rss_kb)"

mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/search-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
    echo "DanVan.Orchard search bench — wrk -t$THREADS -c$CONNECTIONS -d$DURATION, bench/search.lua"
    machine_line
    printf '%s\n' "${FIGURES[@]}"
    printf '%s\n' "${WRK_LINES[@]}"
    echo "Site RSS after the HTTP runs (portal queries open every district's index): $(( (${RSS_KB:-0} + 512) / 1024 )) MB"
} | tee "$RESULT_FILE"
