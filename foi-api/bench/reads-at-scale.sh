#!/usr/bin/env bash
# Issue 20's read figures at scale; results are written up in docs/benchmarks.md.
#
# Starts a throw-away PostgreSQL and foi-api as load.sh does, logs REQUESTS requests through POST /requests (all open,
# all received in 2023-Q1), then reads at a fixed rate with reads.js (open loop, latency from when each read was due):
#   1. the caseload page the workspace shows: the first 50 open requests sorted by the next statutory date;
#   2. the caseload's counts (by status, and overdue);
#   3. the quarter's statistics over all of them: its first computation, timed alone, then steady reads.
#
#   bash foi-api/bench/reads-at-scale.sh    # REQUESTS=100000 RATE=100 DURATION=30 by default
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$PWD
ROOT=$(cd ../.. && pwd)
REQUESTS=${REQUESTS:-100000}
DURATION=${DURATION:-30}
RATE=${RATE:-100}
PG_PORT=${PG_PORT:-55434}
API_PORT=${API_PORT:-18083}

. "$BENCH/common.sh"

JAR=$(built_jar foi-api)
[ -n "$JAR" ] || { echo "build foi-api first: ./mvnw -q -B package -pl foi-api -am -DskipTests"; exit 2; }

postgres_start
api_start "$JAR" "$API_PORT"
URL=http://localhost:$API_PORT
wait_for "$URL/health"
ADMIN=$(node token.js "$SECRET" bench.admin met-police admin)
CASEWORKER=$(node token.js "$SECRET" bench.cw met-police caseworker)
MANAGER=$(node token.js "$SECRET" bench.mgr met-police manager)
configure_met "$URL" "$ADMIN"

count() { "${PSQL[@]}" -c "SELECT count(*) FROM request"; }
echo "== logging $REQUESTS requests through POST /requests"
SECONDS=0
log_requests "$URL" "$CASEWORKER" "$REQUESTS" 10
echo "   $(count) requests in ${SECONDS}s"
"${PSQL[@]}" -c "VACUUM ANALYZE"

read_at_rate() {   # read_at_rate TOKEN PATH
  printf '%s\n' "$2" >"$WORK/paths.txt"
  node reads.js "$URL" "$1" "$RATE" 10 "$WORK/paths.txt" >/dev/null   # warm-up
  node reads.js "$URL" "$1" "$RATE" "$DURATION" "$WORK/paths.txt"
}
echo "== caseload page, sorted by next date: GET /requests?sort=due&limit=50 at $RATE/s for ${DURATION}s"
read_at_rate "$CASEWORKER" '/requests?sort=due&limit=50'
echo "== caseload counts: GET /requests/counts at $RATE/s for ${DURATION}s"
read_at_rate "$CASEWORKER" '/requests/counts'
echo "== statistics 2023-Q1 over $(count) requests: the first computation"
curl -s -o "$WORK/q1.json" -w '   %{http_code} in %{time_total} s\n' "$URL/statistics/2023-Q1" \
  -H "Authorization: Bearer $MANAGER"
head -c 200 "$WORK/q1.json"; echo
echo "== statistics 2023-Q1, steady: at $RATE/s for ${DURATION}s"
read_at_rate "$MANAGER" '/statistics/2023-Q1'
echo "== API heap after: $(jcmd "$API_PID" GC.heap_info 2>/dev/null | grep -m1 'used' || echo n/a)"
