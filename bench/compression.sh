#!/usr/bin/env bash
# Bytes to the reader (issue #15, item 1): an article's size as the page cache sends it (identity, gzip, brotli), what
# brotli quality 4/5/11 would cost at entry creation, and req/s of the cached article with `Accept-Encoding: br` and
# without, next to a bare Kestrel static file of the same sizes (the ceiling). Prints figures only; see bench/README.md.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

DURATION="${BENCH_DURATION:-10s}"
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
        -h|--help)      echo "Usage: bench/compression.sh [--duration 10s] [--connections 32] [--port 5080] [--keep] [--skip-publish]"; exit 0 ;;
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
publish_apps
make_work_dir danvan-bytes

setup_default_and_district1

start_site "$BASE_URL" "$BASE_URL/huyen-1/"
ARTICLE="$BASE_URL/huyen-1/$ARTICLE_PATH"

# The bytes as sent: the static server gets the same files, so its responses have the same sizes.
STATIC_DIR="$WORK_DIR/static"
mkdir -p "$STATIC_DIR"
fetch() { curl -s -H "Accept-Encoding: $1" -D "$STATIC_DIR/$2.headers" -o "$STATIC_DIR/$2" "$ARTICLE"; }
fetch identity article.html
fetch gzip article.gz
fetch br article.br
size() { stat -c %s "$STATIC_DIR/$1"; }
header() { sed -n "s/^$2: *//Ip" "$STATIC_DIR/$1.headers" | tr -d '\r'; }
grep -qi '^content-encoding: br' "$STATIC_DIR/article.br.headers" || warn "the article was not sent with brotli"
ETAG="$(header article.br ETag)"
NOT_MODIFIED="$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H 'Accept-Encoding: br' -H "If-None-Match: $ETAG" "$ARTICLE")"

log "Brotli quality 4/5/11 and gzip on the article (in process)"
run_bench_tool --compression "$STATIC_DIR/article.html" >"$WORK_DIR/quality.out" 2>&1 || { cat "$WORK_DIR/quality.out" >&2; die "the compression figures failed"; }

log "Starting the static-file ceiling on $STATIC_URL"
(cd "$BENCH_DIR" && exec dotnet DanVan.Bench.dll --serve-static "$STATIC_DIR" --url "$STATIC_URL") >"$WORK_DIR/static.log" 2>&1 &
BACKGROUND_PIDS+=($!)
for _ in $(seq 1 100); do curl -sf -o /dev/null "$STATIC_URL/article.html" && break; sleep 0.2; done
curl -sf -o /dev/null "$STATIC_URL/article.html" || die "the static server did not start; see $WORK_DIR/static.log"

LINES=()
measure() {
    local label="$1" url="$2" out="$WORK_DIR/wrk-${1// /-}.txt"; shift 2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$@" "$url" >/dev/null || die "wrk warm-up failed for $url"
    log "Measuring $label"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$out" || die "wrk failed for $url"
    wrk_figures "$out"
    local line
    line="$(printf '%-34s %7s req/s  p50 %6s ms  p99 %6s ms' "$label" "${WRK_RPS:-?}" "$WRK_P50" "$WRK_P99")"
    [[ -z "$WRK_NON2XX" || "$WRK_NON2XX" == 0 ]] || line+="  ($WRK_NON2XX non-2xx/3xx)"
    LINES+=("$line")
}
# The site's first seconds under load still promote methods to the optimised JIT tier: both codings are warmed first,
# so the first figure measured is not penalised for being first.
log "Warming the site up (both codings, 2 x 5 s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Accept-Encoding: br" "$ARTICLE" >/dev/null || die "wrk warm-up failed"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$ARTICLE" >/dev/null || die "wrk warm-up failed"
measure "article, Accept-Encoding: br" "$ARTICLE" -H "Accept-Encoding: br"
measure "static file of the br size" "$STATIC_URL/article.br"
measure "article, identity" "$ARTICLE" -H "Accept-Encoding: identity"
measure "static file of the identity size" "$STATIC_URL/article.html"
measure "article, If-None-Match (304)" "$ARTICLE" -H "Accept-Encoding: br" -H "If-None-Match: $ETAG"

mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/compression-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
    echo "DanVan.Orchard bytes to the reader — wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
    machine_line
    echo "article bytes: identity $(size article.html), gzip $(size article.gz), br $(size article.br)"
    echo "  br response: ETag $ETAG, Cache-Control: $(header article.br Cache-Control), Vary: $(header article.br Vary)"
    echo "  If-None-Match with that ETag: HTTP $NOT_MODIFIED bytes of body"
    sed 's/^/  /' "$WORK_DIR/quality.out"
    printf '%s\n' "${LINES[@]}"
} | tee "$RESULT_FILE"
echo "Results written to ${RESULT_FILE#"$REPO_ROOT"/}" >&2
