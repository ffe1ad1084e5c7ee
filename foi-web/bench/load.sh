#!/usr/bin/env bash
# Load benchmark of the staff workspace (issue 16): USERS people at once (50 by default), each asking for the next
# page as soon as the last arrived (closed loop, no think time: harder than real use), against foi-web and foi-api
# with OPEN open requests (10,000 by default) on a throw-away PostgreSQL. Results are written up in docs/web.md.
#
#   apt-get install postgresql wrk nodejs
#   ./mvnw -B package -DskipTests -pl foi-api,foi-web -am   # the two jars
#   bash foi-web/bench/load.sh
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$PWD
ROOT=$(cd ../.. && pwd)
OPEN=${OPEN:-10000}
USERS=${USERS:-50}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-20}
PG_PORT=${PG_PORT:-55433}
API_PORT=${API_PORT:-18081}
WEB_PORT=${WEB_PORT:-18082}

. "$ROOT/foi-api/bench/common.sh"
API_JAR=$(built_jar foi-api)
WEB_JAR=$(built_jar foi-web)
[ -n "$API_JAR" ] && [ -n "$WEB_JAR" ] || { echo "build the jars first: ./mvnw -B package -DskipTests -pl foi-api,foi-web -am" >&2; exit 1; }

echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT; $(nproc) cores"
postgres_start

api_start "$API_JAR" "$API_PORT"
API=http://localhost:$API_PORT
wait_for "$API/health"
ADMIN=$(node "$ROOT/foi-api/bench/token.js" "$SECRET" adm.patel met-police admin)
CASEWORKER=$(node "$ROOT/foi-api/bench/token.js" "$SECRET" cw.smith met-police caseworker)
configure_met "$API" "$ADMIN"

echo "== $OPEN open requests, logged through foi-api (wrk POST /requests)"
log_requests "$API" "$CASEWORKER" "$OPEN"
"${PSQL[@]}" -c "SELECT count(*) || ' requests, ' || count(*) FILTER (WHERE next_due IS NOT NULL)
                 || ' with a statutory date running' FROM request"
"${PSQL[@]}" -c 'VACUUM ANALYZE'

FOI_WEB_PORT=$WEB_PORT FOI_WEB_API_URL=$API FOI_WEB_LOCAL_JWT_SECRET=$SECRET FOI_WEB_LOCAL_AUTHORITY=met-police \
  java -Xms512m -Xmx512m -jar "$WEB_JAR" >"$WORK/web.log" 2>&1 &
WEB_PID=$!
WEB=http://localhost:$WEB_PORT
wait_for "$WEB/sign-in"
COOKIE=$(curl -s -D - -o /dev/null -d 'user=mgr.jones' "$WEB/sign-in" | tr -d '\r' | awk -F': ' 'tolower($1)=="set-cookie" {split($2, c, ";"); print c[1]}' | head -1)
[ -n "$COOKIE" ] || { echo "could not sign in" >&2; exit 1; }
ID=$("${PSQL[@]}" -c 'SELECT id FROM request ORDER BY received_on, id LIMIT 1')
QUARTER=$(date +%Y)-Q$(( ($(date +%-m) - 1) / 3 + 1 ))

PAGES=("/caseload?view=all" "/caseload?view=all&status=RECEIVED&q=borough" "/requests/$ID")
DASHBOARD="/dashboard?quarter=$QUARTER"
echo "== one user, one page at a time (curl, the median of 5 after a warm-up)"
for page in "${PAGES[@]}" "$DASHBOARD"; do
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$COOKIE" "$WEB$page"; done
  printf '%s: %s s\n' "$page" "$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$COOKIE" -w '%{time_total}\n' "$WEB$page"; done | sort -n | sed -n 3p)"
done
run() { # think-ms page
  COOKIE=$COOKIE THINK_MS=$1 wrk -t2 -c"$USERS" -d"${WARMUP}s" --timeout 10s -s "$BENCH/page.lua" "$WEB$2" >/dev/null
  echo "== $USERS users, about $1 ms between pages, ${DURATION}s: GET $2"
  COOKIE=$COOKIE THINK_MS=$1 wrk -t2 -c"$USERS" -d"${DURATION}s" --timeout 10s -s "$BENCH/page.lua" "$WEB$2" | grep -E '^(requests|latency)'
}
# Staff at work: each of USERS asks for a page, reads it for about THINK_MS (1 s by default: a click a second, far
# busier than anyone works), and asks for the next. Then the ceiling: no reading at all, everyone asking again at once.
for page in "${PAGES[@]}"; do run "${THINK_MS:-1000}" "$page"; done
for page in "${PAGES[@]}"; do run 0 "$page"; done
# Last, as it leaves work running in foi-api when it times out: the figures, which replay every request (issue 20)
run "${THINK_MS:-1000}" "$DASHBOARD"
