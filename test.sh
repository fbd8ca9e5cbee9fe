#!/usr/bin/env bash
# Installs what the tests need and runs them all. The last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK (dotnet) is required and was not found on PATH" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# Browser tests drive Debian's Chromium (never a downloaded browser).
if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing Debian's chromium for the browser tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; } ||
    echo "test.sh: could not install chromium; the browser tests will fail and say so" >&2
fi

# The PostgreSQL provider's tests start a real server (initdb/pg_ctl from Debian's postgresql, run as its user).
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  echo "test.sh: installing Debian's postgresql for the PostgreSQL provider's tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1 ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends postgresql >/dev/null; } ||
    echo "test.sh: could not install postgresql; the PostgreSQL tests will fail and say so" >&2
fi

# The several-nodes tests run a real Redis: Debian's redis-server, started and stopped by the tests themselves.
if [ ! -x /usr/bin/redis-server ]; then
  echo "test.sh: installing Debian's redis-server for the several-nodes tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends redis-server >/dev/null 2>&1 ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends redis-server >/dev/null; } ||
    echo "test.sh: could not install redis-server; the several-nodes tests will fail and say so" >&2
fi

# The admin theme bundles its assets with npm at build time.
if ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: Node.js with npm is required (the admin theme's assets are built from npm packages)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# Azurite (Azure Storage emulator) for the Azure Blob media store's tests, from npm, pinned in tests/tools.
if ! npm ci --prefix tests/tools --no-audit --no-fund >/dev/null 2>&1; then
  echo "test.sh: could not install Azurite (npm ci in tests/tools); the Azure media tests will fail and say so" >&2
fi

rm -rf TestResults
# -m:1: one test assembly at a time, so the Chromium tests do not share two cores with the other assembly's hosts.
dotnet test DanVan.Orchard.sln --configuration Release --nologo -m:1 --logger "trx" --logger "console;verbosity=normal" --results-directory TestResults
status=$?

passed=0
failed=0
shopt -s nullglob
for trx in TestResults/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

# A build failure produces no results: count it as a failure rather than "0 failed".
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
exit "$status"
