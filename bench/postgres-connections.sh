#!/usr/bin/env bash
# Issue #14 "Measure": the PostgreSQL connections one node holds with N districts (default 1,000) each visited once.
# A throwaway PostgreSQL (bench/services.sh); DanVan.Bench --bulk N sets up Default and District1..N (district-board +
# sample content) in it; then the published site (Application Name=danvan-node) is started and every district's home is
# asked for once (8 at a time). Prints the node's connections from pg_stat_activity (all, and by state) right after the
# visits and again 30 s later, DanVan:Database:MaxPoolSize, and the node's RSS. Prints figures only; see bench/README.md.
# Usage: bench/postgres-connections.sh [--districts 1000] [--port 5080] [--keep] [--skip-publish]
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=services.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/services.sh"

DISTRICTS="${BENCH_DISTRICTS:-1000}"
PORT="${BENCH_PORT:-5080}"
KEEP="${BENCH_KEEP:-0}"
SKIP_PUBLISH="${BENCH_SKIP_PUBLISH:-0}"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --districts)    need_value "$@"; DISTRICTS="$2"; shift 2 ;;
        --port)         need_value "$@"; PORT="$2"; shift 2 ;;
        --keep)         KEEP=1; shift ;;
        --skip-publish) SKIP_PUBLISH=1; shift ;;
        -h|--help)      echo "Usage: bench/postgres-connections.sh [--districts 1000] [--port 5080] [--keep] [--skip-publish]"; exit 0 ;;
        *)              die "unknown option '$1'" ;;
    esac
done
is_posint "$DISTRICTS" || die "--districts must be a positive integer (got '$DISTRICTS')"

cd "$REPO_ROOT"
BASE_URL="http://127.0.0.1:$PORT"
install_services_cleanup
ensure_tools
publish_apps
make_work_dir danvan-pg-connections
start_postgres
export DanVan__Database__Provider=Postgres
export DanVan__Database__ConnectionString; DanVan__Database__ConnectionString="$(pg_connection_string danvan-import)"

log "Setting up Default and $DISTRICTS districts in PostgreSQL (DanVan.Bench --bulk)"
run_bench_tool --bulk "$DISTRICTS" >"$WORK_DIR/bulk.txt" || { cat "$WORK_DIR/bulk.txt" >&2; die "the bulk setup failed"; }

DanVan__Database__ConnectionString="$(pg_connection_string danvan-node)"
start_site "$BASE_URL" "$BASE_URL/huyen-1/"
log "Visiting each district's home once (8 at a time)"
seq 1 "$DISTRICTS" | xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\n' "$BASE_URL/huyen-{}/" >"$WORK_DIR/codes.txt"
not_ok="$(grep -vc '^200$' "$WORK_DIR/codes.txt" || true)"

held() { psql_value "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'danvan-node'"; }
by_state() { psql_value "SELECT coalesce(string_agg(state || ' ' || n, ', '), 'none') FROM (SELECT coalesce(state, '?') AS state, count(*) AS n FROM pg_stat_activity WHERE application_name = 'danvan-node' GROUP BY 1 ORDER BY 1) s"; }

NOW_HELD="$(held)"; NOW_STATES="$(by_state)"; NOW_RSS="$(site_rss_kb)"; NOW_LOAD="$(load_average)"
log "Waiting 30 s (idle connections are released by the pool's idle lifetime)"
sleep 30
LATER_HELD="$(held)"; LATER_STATES="$(by_state)"; LATER_RSS="$(site_rss_kb)"

echo
echo "One node, $DISTRICTS districts each visited once ($not_ok answers not 200), DanVan:Database:MaxPoolSize ${DanVan__Database__MaxPoolSize:-50}:"
printf '  right after the visits: %s connections (%s), RSS %s MB, load %s\n' "$NOW_HELD" "$NOW_STATES" "$(( NOW_RSS / 1024 ))" "$NOW_LOAD"
printf '  30 s later:             %s connections (%s), RSS %s MB, load %s\n' "$LATER_HELD" "$LATER_STATES" "$(( LATER_RSS / 1024 ))" "$(load_average)"
grep -E '^bulk import:' "$WORK_DIR/bulk.txt" | sed 's/^/  /' || true
