#!/usr/bin/env bash
# A thousand live districts (issue #15, item 4): N districts with sample content are bulk-imported (in-process,
# bench/DanVan.Bench --bulk: the wall time is item 5's figure), then the published site is started and each district is
# visited on its 13 public pages over HTTP: a first pass (every page once: rendered and cached) and a warm pass (wrk
# over the same pages, served from the cache), next to a bare Kestrel static file of the article's brotli size (the
# ceiling of the same run). Prints RSS (also after a forced full GC), the page cache's size, the first pass's p99,
# the warm pass's req/s and p99, and the memory per district. Prints figures only; see bench/README.md.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

DISTRICTS="${BENCH_DISTRICTS:-1000}"
DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
CRAWLERS="${BENCH_CRAWLERS:-8}"
PORT="${BENCH_PORT:-5080}"
KEEP="${BENCH_KEEP:-0}"
SKIP_PUBLISH="${BENCH_SKIP_PUBLISH:-0}"
REUSE_APP_DATA=""

while [[ $# -gt 0 ]]; do
    case "$1" in
        --districts)    need_value "$@"; DISTRICTS="$2"; shift 2 ;;
        --duration)     need_value "$@"; DURATION="$2"; shift 2 ;;
        --connections)  need_value "$@"; CONNECTIONS="$2"; shift 2 ;;
        --crawlers)     need_value "$@"; CRAWLERS="$2"; shift 2 ;;
        --port)         need_value "$@"; PORT="$2"; shift 2 ;;
        --app-data)     need_value "$@"; REUSE_APP_DATA="$2"; shift 2 ;;
        --keep)         KEEP=1; shift ;;
        --skip-publish) SKIP_PUBLISH=1; shift ;;
        -h|--help)      echo "Usage: bench/districts.sh [--districts 1000] [--duration 15s] [--connections 32] [--crawlers 8] [--port 5080] [--app-data DIR] [--keep] [--skip-publish]"; exit 0 ;;
        *)              die "unknown option '$1'" ;;
    esac
done
is_posint "$DISTRICTS" || die "--districts must be a positive integer (got '$DISTRICTS')"
is_duration "$DURATION" || die "--duration must look like 10s or 1m (got '$DURATION')"
is_posint "$CONNECTIONS" || die "--connections must be a positive integer (got '$CONNECTIONS')"
is_posint "$CRAWLERS" || die "--crawlers must be a positive integer (got '$CRAWLERS')"
{ is_posint "$PORT" && (( PORT < 65535 )); } || die "--port must be 1-65534 (got '$PORT'; the static server takes the next one)"

# The 13 public pages of a district with the sample content.
PAGES=(
    ""
    "tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026"
    "tin-tuc/xa-yen-thinh-nhan-rong-mo-hinh-dan-van-kheo-trong-lam-duong-giao-thong-nong-thon"
    "tin-tuc/doi-thoai-giua-lanh-dao-huyen-voi-nhan-dan-ve-boi-thuong-giai-phong-mat-bang"
    "tin-tuc/nang-cao-hieu-qua-thuc-hien-dan-chu-o-co-so-tai-cac-xa-thi-tran"
    "hoi-nghi/hoi-nghi-giao-ban-cong-tac-dan-van-quy-iii-nam-2026"
    "gioi-thieu"
    "lien-he"
    "chuyen-muc/hoat-dong-ban-dan-van"
    "bao-cao-hoi-nghi"
    "rss.xml"
    "sitemap.xml"
    "robots.txt"
)

cd "$REPO_ROOT"
BASE_URL="http://127.0.0.1:$PORT"
STATIC_URL="http://127.0.0.1:$((PORT + 1))"
install_cleanup
ensure_tools
dotnet tool restore >/dev/null || die "dotnet tool restore failed (dotnet-gcdump: dotnet-tools.json)"
publish_apps
make_work_dir danvan-districts

# ---------------------------------------------------------------------------
# Bulk import (item 5): Default, then N districts with sample content, in one process
# ---------------------------------------------------------------------------
if [[ -n "$REUSE_APP_DATA" ]]; then
    # The App_Data of an earlier run (--keep), to measure the site again without importing again.
    [[ -f "$REUSE_APP_DATA/tenants.json" ]] || die "--app-data: no tenants.json in $REUSE_APP_DATA"
    export DanVan__AppDataPath="$REUSE_APP_DATA"
    BULK_LINE="bulk import: not run (App_Data of an earlier run: $REUSE_APP_DATA)"
else
    log "Bulk-importing $DISTRICTS districts with sample content (bench/DanVan.Bench --bulk)"
    run_bench_tool --bulk "$DISTRICTS" >"$WORK_DIR/bulk.out" 2>"$WORK_DIR/bulk.err" \
        || { tail -n 20 "$WORK_DIR/bulk.err" >&2; cat "$WORK_DIR/bulk.out" >&2; die "the bulk import failed"; }
    BULK_LINE="$(grep '^bulk import:' "$WORK_DIR/bulk.out")"
fi
log "$BULK_LINE"

# ---------------------------------------------------------------------------
# Site: baseline, first pass, warm pass
# ---------------------------------------------------------------------------
start_site "$BASE_URL" "$BASE_URL/"
PID_OF_SITE="$SITE_PID"

# rss_after_gc LABEL: sets GC_RSS_MB (RSS once a full, blocking GC has run: dotnet-gcdump induces one to walk the
# heap) and GC_HEAP_MB (the managed heap the dump found); the dump's report (types by size) is kept as heap-LABEL.txt.
rss_after_gc() {
    local dump="$WORK_DIR/heap-$1.gcdump"
    GC_HEAP_MB="?"
    if dotnet gcdump collect -p "$PID_OF_SITE" -o "$dump" >"$WORK_DIR/gcdump-$1.out" 2>&1; then
        dotnet gcdump report "$dump" >"$WORK_DIR/heap-$1.txt" 2>&1 || true
        GC_HEAP_MB="$(awk '/GC Heap bytes/ { gsub(/,/, "", $1); printf "%.0f", $1 / 1048576; exit }' "$WORK_DIR/heap-$1.txt")"
    else
        warn "dotnet-gcdump failed; see $WORK_DIR/gcdump-$1.out"
    fi
    GC_RSS_MB=$(( ($(site_rss_kb) + 512) / 1024 ))
}

curl -sf -o /dev/null "$BASE_URL/huyen-1/" || die "District1 did not answer 200"
rss_after_gc base
RSS_BASE="$GC_RSS_MB"
HEAP_BASE="$GC_HEAP_MB"
log "Baseline (portal and District1 visited, after a full GC): RSS $RSS_BASE MB"

URLS="$WORK_DIR/urls.txt"
PATHS="$WORK_DIR/paths.txt"
: >"$URLS"
: >"$PATHS"
for page in "${PAGES[@]}"; do
    for ((i = 1; i <= DISTRICTS; i++)); do
        echo "/huyen-$i/$page" >>"$PATHS"
    done
done
sed "s|^|$BASE_URL|" "$PATHS" >"$URLS"

# Page by page across the districts, as a crawler would: every tenant is opened by its first request for the home.
log "First pass: $(wc -l <"$URLS") pages, each once ($CRAWLERS concurrent readers)"
CRAWL_LINE="$(run_bench_tool --crawl "$URLS" --concurrency "$CRAWLERS" | tee "$WORK_DIR/crawl.out" | head -n 1)" \
    || { cat "$WORK_DIR/crawl.out" >&2; warn "the first pass had answers that were not 200"; }
RSS_FIRST=$(( ($(site_rss_kb) + 512) / 1024 ))
log "$CRAWL_LINE"

log "Warm pass: wrk -t$THREADS -c$CONNECTIONS -d$DURATION over the same pages"
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$REPO_ROOT/bench/districts.lua" "$BASE_URL" -- "$PATHS" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$REPO_ROOT/bench/districts.lua" "$BASE_URL" -- "$PATHS" >"$WORK_DIR/wrk-warm.txt"
cat "$WORK_DIR/wrk-warm.txt" >&2
wrk_figures "$WORK_DIR/wrk-warm.txt"
WARM_LINE="warm pass: $WRK_RPS req/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms${WRK_NON2XX:+ (non-2xx/3xx: $WRK_NON2XX)}${WRK_SOCKERR:+ (socket errors: $WRK_SOCKERR)}"
RSS_WARM=$(( ($(site_rss_kb) + 512) / 1024 ))
rss_after_gc warm
RSS_GC="$GC_RSS_MB"
HEAP_GC="$GC_HEAP_MB"

# The page cache's size as the monitoring page shows it (the portal administrator's dashboard).
CACHE_LINE="$(run_bench_tool --cache-figures "$BASE_URL" 2>"$WORK_DIR/cache-figures.err" || echo 'page cache: ? (could not read the dashboard)')"

# ---------------------------------------------------------------------------
# Static-file ceiling: the article's brotli bytes from a bare Kestrel server
# ---------------------------------------------------------------------------
STATIC_DIR="$WORK_DIR/static"
mkdir -p "$STATIC_DIR"
curl -sf -H 'Accept-Encoding: br' -o "$STATIC_DIR/article.br" "$BASE_URL/huyen-1/${PAGES[1]}" || die "the article did not answer 200"
(cd "$BENCH_DIR" && exec dotnet DanVan.Bench.dll --serve-static "$STATIC_DIR" --url "$STATIC_URL") >"$WORK_DIR/static.log" 2>&1 &
BACKGROUND_PIDS+=($!)
for _ in $(seq 1 100); do curl -sf -o /dev/null "$STATIC_URL/article.br" && break; sleep 0.2; done
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$STATIC_URL/article.br" >"$WORK_DIR/wrk-static.txt" || die "wrk failed on the static file"
wrk_figures "$WORK_DIR/wrk-static.txt"
STATIC_LINE="static file of the article's brotli size ($(stat -c %s "$STATIC_DIR/article.br") bytes, bare Kestrel): $WRK_RPS req/s, p99 $WRK_P99 ms"

# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------
mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/$(date -u +%Y%m%dT%H%M%SZ)-districts.txt"
{
    echo "DanVan.Orchard districts bench — $DISTRICTS districts × ${#PAGES[@]} pages, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
    machine_line
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine count)"
    echo "$BULK_LINE"
    echo "$CRAWL_LINE"
    echo "$WARM_LINE"
    echo "$STATIC_LINE"
    echo "$CACHE_LINE"
    echo "RSS: baseline $RSS_BASE MB (portal + 1 district, after a full GC; managed heap ${HEAP_BASE:-?} MB), after the first pass $RSS_FIRST MB, after the warm pass $RSS_WARM MB, after a full GC $RSS_GC MB (managed heap ${HEAP_GC:-?} MB)"
    echo "per district (after a full GC, cache included): $(awk -v a="$RSS_GC" -v b="$RSS_BASE" -v n="$DISTRICTS" 'BEGIN { printf "%.2f MB RSS", (a - b) / n }'), managed heap $(awk -v a="${HEAP_GC:-0}" -v b="${HEAP_BASE:-0}" -v n="$DISTRICTS" 'BEGIN { printf "%.2f MB", (a - b) / n }')"
} | tee "$RESULT_FILE"
echo "Results written to ${RESULT_FILE#"$REPO_ROOT"/}" >&2
