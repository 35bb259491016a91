#!/usr/bin/env bash
# Load benchmark of the plan endpoint (not a test): starts `corridor serve` on a free port, runs wrk
# against POST /api/v1/plan, prints requests per second and latency percentiles, and stops the server.
# Needs wrk (Debian: apt-get install wrk). Usage: bench/plan-load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
connections="${2:-32}"
command -v wrk >/dev/null || { echo "plan-load: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
port=18080
./corridor serve --port "$port" > /tmp/corridor-load-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/api/openapi.json" && break; sleep 0.5; done
# warm up the JIT, then measure
wrk -t2 -c"$connections" -d5s -s bench/plan-load.lua "http://127.0.0.1:$port/api/v1/plan" > /dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/plan-load.lua "http://127.0.0.1:$port/api/v1/plan"
