#!/usr/bin/env bash
# Starts a local two-node cluster on Debian's packages: PostgreSQL (data), Redis (changes between nodes, shared
# data-protection keys, locks), Azurite (media, as Azure Blob Storage) and nginx in front of two DanVan nodes, with the
# same sample tenants as ./run.sh. Everything listens on 127.0.0.1 only; state is kept in $DANVAN_CLUSTER_DIR between
# runs. Ctrl+C stops it all. See docs/deployment.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)

DIR=${DANVAN_CLUSTER_DIR:-/var/tmp/danvan-cluster}
PORT=${PORT:-5000}
NODE_PORTS=(${NODE_PORTS:-5001 5002})
PG_PORT=${PG_PORT:-5433}
REDIS_PORT=${REDIS_PORT:-6380}
AZURITE_PORT=${AZURITE_PORT:-10010}
PASSWORD=${DANVAN_ADMIN_PASSWORD:-matkhau-2026}

die() { echo "cluster.sh: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || die "run it as root (PostgreSQL is started as the postgres user with runuser)"

install_missing() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v nginx >/dev/null || missing+=(nginx-light)
  if (( ${#missing[@]} )); then
    echo "cluster.sh: installing ${missing[*]} from Debian" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null ||
      { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; } ||
      die "could not install ${missing[*]}"
  fi
  command -v node >/dev/null || die "Node.js is required (Azurite comes from npm)"
  npm ci --prefix "$ROOT/tests/tools" --no-audit --no-fund >/dev/null 2>&1 || die "could not install Azurite (npm ci in tests/tools)"
}

PIDS=()
NODE_PIDS=()
stop_all() {
  trap - INT TERM EXIT
  echo "Stopping the cluster…"
  # The nodes first (they finish their requests and leave Redis and PostgreSQL cleanly), then what they use.
  for pid in "${NODE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$DIR/pg" -m fast stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
}

wait_for() { # URL SECONDS: polls until it answers 200
  local deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null --max-time 2 "$1"; do
    (( SECONDS < deadline )) || return 1
    sleep 0.2
  done
}

install_missing
PG_BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
mkdir -p "$DIR"/{node-a,node-b,azurite,redis,nginx/logs}
chmod o+x "$DIR"
trap stop_all INT TERM EXIT

# PostgreSQL refuses to run as root: its data folder belongs to the postgres user.
if [[ ! -f $DIR/pg/PG_VERSION ]]; then
  install -d -o postgres -g postgres "$DIR/pg"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$DIR/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$DIR/pg" -l "$DIR/pg/server.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200" start >/dev/null
runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='danvan'" | grep -q 1 ||
  runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE danvan" >/dev/null

# Redis keeps the data-protection key ring: it must persist (append-only file), or sign-ins and protected settings
# would not survive its restart.
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$DIR/redis" --appendonly yes --save "" --daemonize yes \
  --pidfile "$DIR/redis/redis.pid" --logfile "$DIR/redis/redis.log"

node "$ROOT/tests/tools/node_modules/azurite/dist/src/blob/main.js" --blobHost 127.0.0.1 --blobPort "$AZURITE_PORT" \
  --location "$DIR/azurite" --silent --skipApiVersionCheck --loose >"$DIR/azurite.log" 2>&1 &
PIDS+=($!)

echo "Publishing the site…"
dotnet publish "$ROOT/src/DanVan.Web" --configuration Release --nologo --verbosity quiet -o "$DIR/app"

# What both nodes share; each has its own App_Data (search indexes are per node, fed from PostgreSQL).
export DanVan__Database__Provider=Postgres
export DanVan__Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Database=danvan;Username=postgres"
export DanVan__Redis__Configuration="127.0.0.1:$REDIS_PORT"
export DanVan__Media__AzureBlob__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$AZURITE_PORT/devstoreaccount1;"
export DanVan__ForwardedHeaders__KnownProxies__0=127.0.0.1
export DanVan__RecipesPath="$ROOT/recipes"
export DanVan__Email__MailDrop=true
app=(dotnet "$DIR/app/DanVan.Web.dll")

cd "$DIR/app"
tenants=$(DanVan__AppDataPath="$DIR/node-a" "${app[@]}" tenants list)
if ! grep -Eq '^Default +Running' <<<"$tenants"; then
  DanVan__AppDataPath="$DIR/node-a" "${app[@]}" tenants setup --name Default --recipe province-portal \
    --site-name "Ban Dân vận Tỉnh ủy" --admin-email admin@danvan.local --admin-password "$PASSWORD"
fi
while IFS='|' read -r name prefix display; do
  if ! grep -Eq "^$name +" <<<"$tenants"; then
    DanVan__AppDataPath="$DIR/node-a" "${app[@]}" tenants create --name "$name" --prefix "$prefix" --display-name "$display" \
      --recipe district-board --recipe sample-content --admin-email "admin@$prefix.danvan.local" --admin-password "$PASSWORD"
  fi
done <<'DISTRICTS'
HoaAn|hoa-an|Ban Dân vận Huyện ủy Hòa An
TraLinh|tra-linh|Ban Dân vận Huyện ủy Trà Lĩnh
DISTRICTS

i=0
for node in node-a node-b; do
  DanVan__AppDataPath="$DIR/$node" "${app[@]}" --urls "http://127.0.0.1:${NODE_PORTS[$i]}" >"$DIR/$node.log" 2>&1 &
  NODE_PIDS+=($!)
  i=$((i + 1))
done
for port in "${NODE_PORTS[@]}"; do
  wait_for "http://127.0.0.1:$port/health/ready" 90 || die "the node on port $port is not ready after 90 s; see $DIR/node-*.log"
done

cat >"$DIR/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $DIR/nginx.pid;
error_log $DIR/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_max_body_size 64m;
  client_body_temp_path $DIR/nginx/body;
  proxy_temp_path $DIR/nginx/proxy;
  upstream danvan {
    server 127.0.0.1:${NODE_PORTS[0]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${NODE_PORTS[1]} max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$PORT;
    location / {
      proxy_pass http://danvan;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
NGINX
nginx -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -g 'daemon off; user root;' &
PIDS+=($!)
wait_for "http://127.0.0.1:$PORT/health/ready" 10 || die "nginx does not answer on port $PORT; see $DIR/nginx/logs/error.log"

cat <<INFO

DanVan.Orchard cluster on http://127.0.0.1:$PORT (nginx → nodes on ${NODE_PORTS[*]})
  PostgreSQL 127.0.0.1:$PG_PORT (database danvan), Redis 127.0.0.1:$REDIS_PORT, Azurite 127.0.0.1:$AZURITE_PORT
  Portal     : http://127.0.0.1:$PORT/          admin / $PASSWORD
  Districts  : http://127.0.0.1:$PORT/hoa-an/   http://127.0.0.1:$PORT/tra-linh/
  Health     : http://127.0.0.1:${NODE_PORTS[0]}/health/ready, http://127.0.0.1:${NODE_PORTS[1]}/health/ready
  State      : $DIR (logs: node-a.log, node-b.log, pg/server.log, redis/redis.log, nginx/logs)
Ctrl+C stops everything.
INFO
wait "${NODE_PIDS[@]}" "${PIDS[@]}"
