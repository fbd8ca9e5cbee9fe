#!/usr/bin/env bash
# E-mail outbox benchmark: what queuing a mail adds to the action that causes it, and how fast the background sender
# delivers to a local SMTP server (the SmtpServer library on loopback, in the benchmark's process), on a fresh
# temporary App_Data. Prints figures; asserts nothing. Usage: bench/email.sh [messages, default 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "==> Building (Release)" >&2
dotnet publish bench/DanVan.Bench/DanVan.Bench.csproj -c Release -o bench/out/bench >/dev/null
dotnet bench/out/bench/DanVan.Bench.dll --email "${1:-2000}"
