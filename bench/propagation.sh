#!/usr/bin/env bash
# Issue #14 "Measure": how long a change made on node A takes to show on node B — two processes of the published site
# sharing a throwaway PostgreSQL and Redis, each with its own App_Data. DanVan.Bench --propagation, through node A's
# forms: a district created and set up (B polled until its home answers 200), disabled (until B answers 503), an
# article published in District1 (until B's cached district home lists it). Prints figures only; see bench/README.md.
# Usage: bench/propagation.sh [--rounds 5] [--port 5090] [--keep] [--skip-publish]
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=services.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/services.sh"

ROUNDS="${BENCH_ROUNDS:-5}"
PORT="${BENCH_PORT:-5090}"
KEEP="${BENCH_KEEP:-0}"
SKIP_PUBLISH="${BENCH_SKIP_PUBLISH:-0}"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds)       need_value "$@"; ROUNDS="$2"; shift 2 ;;
        --port)         need_value "$@"; PORT="$2"; shift 2 ;;
        --keep)         KEEP=1; shift ;;
        --skip-publish) SKIP_PUBLISH=1; shift ;;
        -h|--help)      echo "Usage: bench/propagation.sh [--rounds 5] [--port 5090] [--keep] [--skip-publish]"; exit 0 ;;
        *)              die "unknown option '$1'" ;;
    esac
done
is_posint "$ROUNDS" || die "--rounds must be a positive integer (got '$ROUNDS')"

cd "$REPO_ROOT"
NODE_A="http://127.0.0.1:$PORT"
NODE_B="http://127.0.0.1:$((PORT + 1))"
install_services_cleanup
ensure_tools
publish_apps
make_work_dir danvan-propagation
start_postgres
start_redis
export DanVan__Database__Provider=Postgres DanVan__Redis__Configuration="127.0.0.1:$REDIS_PORT"
export DanVan__Database__ConnectionString; DanVan__Database__ConnectionString="$(pg_connection_string danvan-cli)"
setup_default_and_district1

export DanVan__Database__ConnectionString; DanVan__Database__ConnectionString="$(pg_connection_string danvan-node-a)"
start_site "$NODE_A" "$NODE_A/huyen-1/"
mkdir -p "$WORK_DIR/node-b"
log "Starting node B on $NODE_B"
(cd "$APP_DIR" && DanVan__AppDataPath="$WORK_DIR/node-b" DanVan__Database__ConnectionString="$(pg_connection_string danvan-node-b)" \
    exec dotnet "$APP_DLL" --urls "$NODE_B") >"$WORK_DIR/node-b.log" 2>&1 &
BACKGROUND_PIDS+=($!)
for _ in $(seq 1 300); do curl -sf -o /dev/null --max-time 30 "$NODE_B/huyen-1/" && break; sleep 0.2; done
curl -sf -o /dev/null "$NODE_B/huyen-1/" || { KEEP=1; die "node B did not answer; see $WORK_DIR/node-b.log"; }

log "Measuring ($ROUNDS rounds)"
echo "load average before: $(load_average)"
run_bench_tool --propagation --node-a "$NODE_A" --node-b "$NODE_B" --rounds "$ROUNDS" --password "$ADMIN_PASSWORD"
echo "load average after:  $(load_average)"
