#!/usr/bin/env bash
# Throughput and p99 latency of public pages with wrk, each next to a bare constant-string endpoint measured in the
# same run (client and server share the machine, so ratios are what compare across machines).
# Usage: tests/Bkn.Cms.Benchmarks/public-pages.sh [duration, default 10s] [connections, default 32]
# Runs a Release build on a fresh SQLite database with the setup recipe's sample data, once with the public output
# cache on and once with OutputCache:Enabled=false.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-10s}
CONNECTIONS=${2:-32}
PORT=${PORT:-5391}
DATA=$(mktemp -d)
trap 'kill "${PID:-0}" 2>/dev/null || true; rm -rf "$DATA"' EXIT
dotnet build src/Bkn.Cms.Web -c Release -v q -nologo >/dev/null
DLL=src/Bkn.Cms.Web/bin/Release/net10.0/Bkn.Cms.Web.dll
export App__DataPath="$DATA" App__BaseUrl="http://localhost" BKN_ADMIN_PASSWORD="Benchmark-Admin-1" ASPNETCORE_ENVIRONMENT=Production \
  Logging__LogLevel__Default=Warning Benchmarks__BareEndpoint=true
BASE="http://127.0.0.1:$PORT"
SLUG=berita/bkn-uji-coba-kenaikan-pangkat-otomatis-less-paper-di-tiga-provinsi
URLS=("/_bench/bare" "/" "/berita" "/$SLUG" "/peraturan?tahun=2017")

run() {
  local label=$1
  dotnet "$DLL" --urls "$BASE" >"$DATA/server-$label.log" 2>&1 &
  PID=$!
  until curl -s -o /dev/null -w '%{http_code}' "$BASE/health" 2>/dev/null | grep -q 200; do
    kill -0 "$PID" 2>/dev/null || { cat "$DATA/server-$label.log" >&2; exit 1; }
    sleep 0.1
  done
  for url in "${URLS[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$url")
    [ "$code" = 200 ] || { echo "$url answered $code" >&2; exit 1; }
    wrk -t2 -c"$CONNECTIONS" -d3s "$BASE$url" >/dev/null   # warm-up (JIT, cache fill)
  done
  for url in "${URLS[@]}"; do
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    printf '%-8s %-70s %10s req/s  p99 %s\n' "$label" "$url" "$rps" "$p99"
  done
  kill "$PID"; wait "$PID" 2>/dev/null || true
}

echo "wrk -t2 -c$CONNECTIONS -d$DURATION --latency; $(nproc) cores"
run cached
export OutputCache__Enabled=false
run uncached
