#!/usr/bin/env bash
# The one test command: installs what the tests need (apt), starts PostgreSQL and Redis on loopback,
# builds once and runs the whole suite on SQLite, then again on PostgreSQL. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STATE="${TMPDIR:-/tmp}/bkn-test-services"
mkdir -p "$STATE"

log() { printf '\n== %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- 1. packages -------------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- 2. PostgreSQL -------------------------------------------------------------------------------
PG_VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
PG_PORT=${BKN_TEST_PG_PORT:-5432}
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$PG_VERSION main$"; then
  log "Creating PostgreSQL $PG_VERSION cluster"
  as_root pg_createcluster "$PG_VERSION" main -p "$PG_PORT" >/dev/null
fi
PG_PORT=$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $3}')
if ! pg_isready -h 127.0.0.1 -p "$PG_PORT" -q; then
  log "Starting PostgreSQL $PG_VERSION on port $PG_PORT"
  as_root pg_ctlcluster "$PG_VERSION" main start || true
fi
for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -p "$PG_PORT" -q && break; sleep 0.5; done
pg_isready -h 127.0.0.1 -p "$PG_PORT" -q || { echo "PostgreSQL did not start" >&2; exit 1; }
as_root su postgres -c "psql -q -p $PG_PORT -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bkn') THEN
    CREATE ROLE bkn LOGIN PASSWORD 'bkn' CREATEDB;
  END IF;
END $$;
SQL

# --- 3. Redis --------------------------------------------------------------------------------------
REDIS_PORT=${BKN_TEST_REDIS_PORT:-6390}
if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  log "Starting Redis on port $REDIS_PORT"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --save '' --appendonly no \
    --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log" --dir "$STATE"
  for _ in $(seq 1 40); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.25; done
fi

# --- 4. build once, test twice ----------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export BKN_TEST_PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=bkn;Password=bkn;Database=postgres"
export BKN_TEST_REDIS="127.0.0.1:$REDIS_PORT"
log "Building"
dotnet build "$ROOT/Bkn.Cms.sln" -c Release -v q -nologo

passed=0; failed=0; status=0; summary=
run_suite() {
  local name=$1; shift
  log "Tests on $name"
  local out="$STATE/test-$name.log"
  set +e
  local results="$STATE/results-$name"
  rm -rf "$results"
  env "$@" dotnet test "$ROOT/Bkn.Cms.sln" -c Release --no-build -v q -nologo --logger trx --results-directory "$results" 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  # The console shows only the names of failed tests; their messages and stacks come from the trx files.
  if [ "$rc" -ne 0 ] && command -v python3 >/dev/null; then
    python3 "$ROOT/tests/trx-failures.py" "$results"/*.trx || true
  fi
  set -e
  local p f
  p=$(grep -Eo 'Passed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
  f=$(grep -Eo 'Failed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  summary="$summary$name: $p passed, $f failed"$'\n'
  if [ "$rc" -ne 0 ] || [ "$p" -eq 0 ]; then status=1; fi
}
run_suite sqlite BKN_TEST_DB=sqlite
run_suite postgres BKN_TEST_DB=postgres

echo
printf '%s' "$summary"
echo "PostgreSQL (port $PG_PORT) and Redis (port $REDIS_PORT) are still running for the next run. To stop them:"
echo "  pg_ctlcluster $PG_VERSION main stop; kill \$(cat $STATE/redis.pid)"
echo "$passed passed, $failed failed"
exit $status
