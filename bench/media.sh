#!/usr/bin/env bash
# Media benchmark: requests/s of serving a ~200 KB photo and its 640 px variant, and upload throughput, from the
# file-system store and from Azure Blob Storage (a real Azurite on loopback). Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
DURATION=${BENCH_DURATION:-10s}
PORT=${BENCH_PORT:-5090}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/danvan-media-bench.XXXXXX")
SITE_PID=""; AZURITE_PID=""
cleanup() {
  [[ -n "$SITE_PID" ]] && kill "$SITE_PID" 2>/dev/null || true
  [[ -n "$AZURITE_PID" ]] && kill "$AZURITE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
npm ci --prefix tests/tools --no-audit --no-fund >/dev/null

echo "==> Building (Release)" >&2
dotnet publish src/DanVan.Web/DanVan.Web.csproj -c Release -o bench/out/app >/dev/null
dotnet publish bench/DanVan.Bench/DanVan.Bench.csproj -c Release -o bench/out/bench >/dev/null

# A ~200 KB photo-like JPEG of our own: a noisy gradient, encoded by cjpeg.
python3 - "$WORK/photo.ppm" <<'PY'
import random, sys
w, h = 1400, 900
with open(sys.argv[1], "wb") as f:
    f.write(b"P6 %d %d 255\n" % (w, h))
    row = bytearray()
    rnd = random.Random(7)
    for y in range(h):
        row.clear()
        for x in range(w):
            n = rnd.randint(0, 24)
            row += bytes(((x * 255 // w + n) % 256, (y * 255 // h + n) % 256, (128 + n) % 256))
        f.write(row)
PY
command -v cjpeg >/dev/null || apt-get install -y libjpeg-turbo-progs >/dev/null
cjpeg -quality 60 "$WORK/photo.ppm" > "$WORK/photo.jpg"
echo "photo: $(( $(stat -c %s "$WORK/photo.jpg") / 1024 )) KB" >&2

run_store() {
  local label=$1; shift
  local data="$WORK/$label"
  mkdir -p "$data"
  export DanVan__AppDataPath="$data" DanVan__RecipesPath="$REPO/recipes" Logging__LogLevel__Default=Warning
  (cd bench/out/app && dotnet DanVan.Web.dll tenants setup --name Default --recipe province-portal --admin-email a@b.vn --admin-password Bench-Password-2026 >/dev/null)
  (cd bench/out/app && dotnet DanVan.Web.dll tenants create --name HoaAn --prefix hoa-an --recipe district-board --admin-email a@b.vn --admin-password Bench-Password-2026 >/dev/null)
  local upload
  upload=$(cd bench/out/bench && dotnet DanVan.Bench.dll --media "$WORK/photo.jpg")
  (cd bench/out/app && exec dotnet DanVan.Web.dll --urls "http://127.0.0.1:$PORT") > "$data/site.log" 2>&1 &
  SITE_PID=$!
  for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/hoa-an/media/bench/anh-0.jpg" && break; sleep 0.2; done
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/hoa-an/media/bench/anh-0.jpg?width=640"
  local original resized
  original=$(wrk -t2 -c32 -d"$DURATION" "http://127.0.0.1:$PORT/hoa-an/media/bench/anh-0.jpg" | awk '/Requests\/sec/ {print $2}')
  resized=$(wrk -t2 -c32 -d"$DURATION" "http://127.0.0.1:$PORT/hoa-an/media/bench/anh-0.jpg?width=640" | awk '/Requests\/sec/ {print $2}')
  kill "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true; SITE_PID=""
  echo "$label: photo $original req/s, 640 px variant $resized req/s; $upload"
  unset DanVan__Media__AzureBlob__ConnectionString
}

run_store "file-system"

AZ_PORT=$((PORT + 1))
node tests/tools/node_modules/azurite/dist/src/blob/main.js --blobHost 127.0.0.1 --blobPort "$AZ_PORT" \
  --location "$WORK/azurite" --silent --skipApiVersionCheck --loose &
AZURITE_PID=$!
export DanVan__Media__AzureBlob__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$AZ_PORT/devstoreaccount1;"
run_store "azure-blob (Azurite)"
