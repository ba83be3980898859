#!/usr/bin/env bash
# Measures, for a Release build on an existing SQLite database: time from process start to the first
# 200 from /health, and resident memory (RSS) after the node has been idle for a few seconds.
# Usage: tests/Bkn.Cms.Benchmarks/startup.sh [runs] [build|r2r]
#   build: the Release build output (default); r2r: a ReadyToRun publish, as a production node would run.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
MODE=${2:-build}
PORT=${PORT:-5311}
DATA=$(mktemp -d)
OUT=$(mktemp -d)
trap 'rm -rf "$DATA" "$OUT"' EXIT
if [ "$MODE" = r2r ]; then
  dotnet publish src/Bkn.Cms.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT" -v q -nologo >/dev/null
  DLL=$OUT/Bkn.Cms.Web.dll
else
  dotnet build src/Bkn.Cms.Web -c Release -v q -nologo >/dev/null
  DLL=src/Bkn.Cms.Web/bin/Release/net10.0/Bkn.Cms.Web.dll
fi
echo "mode: $MODE"
export App__DataPath="$DATA" App__BaseUrl="http://localhost" BKN_ADMIN_PASSWORD="Benchmark-Admin-1" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning

start_and_wait() {
  local t0 pid
  t0=$(date +%s%N)
  dotnet "$DLL" --urls "http://127.0.0.1:$PORT" >"$DATA/server.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health" 2>/dev/null | grep -q 200; do
    kill -0 "$pid" 2>/dev/null || { echo "server died" >&2; cat "$DATA/server.log" >&2; exit 1; }
    sleep 0.01
  done
  echo "$pid $(( ($(date +%s%N) - t0) / 1000000 ))"
}

# First start creates and seeds the database; it is not measured.
read -r pid ms < <(start_and_wait); kill "$pid"; wait "$pid" 2>/dev/null || true
echo "first start (migrations + setup recipe): ${ms} ms"

times=(); rss=()
for i in $(seq 1 "$RUNS"); do
  read -r pid ms < <(start_and_wait)
  sleep 5
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  times+=("$ms"); rss+=("$kb")
  echo "run $i: first 200 from /health after ${ms} ms, idle RSS $((kb / 1024)) MB"
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk -v n="$RUNS" 'NR == int((n + 1) / 2)')
maxrss=$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)
echo "median start-to-healthy: ${median} ms; max idle RSS: $((maxrss / 1024)) MB"
