#!/usr/bin/env bash
# Load benchmark of foi-api (issue 5 §7); results are written up in docs/benchmarks.md.
#
# Starts a throw-away PostgreSQL (the Debian server: apt-get install postgresql wrk nodejs), runs the API jar on
# it, drives intake with wrk and reads at a fixed rate with reads.js (open loop), then runs pgbench on the same server with the
# SQL statements one intake transaction executes: the physical limit of our schema with no framework in between.
#
#   bash foi-api/bench/load.sh            # from the repository root; DURATION=30 by default
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$PWD
ROOT=$(cd ../.. && pwd)
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-60}
CONNECTIONS=${CONNECTIONS:-16}
READ_RATE=${READ_RATE:-1000}
PG_PORT=${PG_PORT:-55432}
API_PORT=${API_PORT:-18080}

. "$BENCH/common.sh"

JAR=$(built_jar foi-api)
if [ -z "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -q -B package -pl foi-api -am -DskipTests -Djacoco.skip=true)
  JAR=$(built_jar foi-api)
fi

echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT (default settings, fsync on)"
postgres_start

echo "== foi-api $(basename "$JAR") on port $API_PORT (outbox relay off: no broker; outbox rows are still written)"
api_start "$JAR" "$API_PORT"
URL=http://localhost:$API_PORT
wait_for "$URL/health"
ADMIN=$(node token.js "$SECRET" bench.admin met-police admin)
CASEWORKER=$(node token.js "$SECRET" bench.cw met-police caseworker)
configure_met "$URL" "$ADMIN"

echo "== warm-up: ${WARMUP}s of intake (the JIT needs about a minute on 2 cores)"
TOKEN=$CASEWORKER wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s intake.lua "$URL/requests" >/dev/null
echo "== intake: wrk -t2 -c$CONNECTIONS -d${DURATION}s POST /requests"
TOKEN=$CASEWORKER wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s intake.lua "$URL/requests" | tee "$WORK/intake.txt"
grep -q "Non-2xx" "$WORK/intake.txt" && { echo "intake answered errors"; exit 1; }

"${PSQL[@]}" -c "SELECT id FROM request ORDER BY random() LIMIT 200" >"$WORK/ids.txt"
echo "== reads: open loop at $READ_RATE req/s for ${DURATION}s (GET /requests/{id} over 200 ids, and a list page)"
node reads.js "$URL" "$CASEWORKER" "$READ_RATE" "$WARMUP" "$WORK/ids.txt" >/dev/null   # warm-up
node reads.js "$URL" "$CASEWORKER" "$READ_RATE" "$DURATION" "$WORK/ids.txt"
echo "== reads, saturated: wrk -t2 -c$CONNECTIONS GET /requests/{id}"
ID=$(head -1 "$WORK/ids.txt")
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $CASEWORKER" "$URL/requests/$ID" \
  | grep -E "Requests/sec|  50%|  99%|Non-2xx"

kill "$API_PID"; wait "$API_PID" 2>/dev/null || true; API_PID=

# The intake transaction's statements, with a real event payload, as many deadline rows as an intake writes and its
# statistics facts (one row: the request as a whole is the request under its one law).
# The payload is read from a one-row table (pgbench substitutes ":name" anywhere, which a JSON literal would trip);
# the API sends it as a bind parameter instead, so this costs pgbench a little more, not less.
"${PSQL[@]}" -c "CREATE TABLE bench_payload AS SELECT payload FROM request_event LIMIT 1"
DEADLINES=$("${PSQL[@]}" -c "SELECT count(*) / count(DISTINCT request_id) FROM request_deadline")
{
  echo "BEGIN;"
  echo "INSERT INTO reference_counter (authority_id, year, last_value) VALUES ('met-police', 2023, 1)
        ON CONFLICT (authority_id, year) DO UPDATE SET last_value = reference_counter.last_value + 1
        RETURNING last_value AS seq \\gset"
  echo "INSERT INTO request (id, authority_id, reference, regime, status, received_on, text, version, updated_at,
        response_due, next_due)
        VALUES (gen_random_uuid(), 'met-police', '01.FOI.23.' || :seq::text, 'FOIA', 'RECEIVED', '2023-03-10',
        E'1. How many stop and search records in 2022?\\n2. By borough?', 1, now(), '2023-04-12', '2023-04-12')
        RETURNING id \\gset"
  echo "INSERT INTO requester (request_id, name, email, postal_address) VALUES (:id, 'Jo Bloggs', 'jo@example.org', NULL);"
  echo "INSERT INTO request_event (request_id, sequence, event_id, type, command, actor, occurred_at, payload)
        SELECT :id, 1, gen_random_uuid(), 'uk.foi.request.received', 'Receive', 'bench.cw', now(), payload
        FROM bench_payload;"
  echo "INSERT INTO outbox (lane, event_id, request_id, topic, message_key, payload, created_at)
        SELECT 1, gen_random_uuid(), :id, 'foi.request-events', :id, convert_to(payload::text, 'UTF8'), now()
        FROM bench_payload;"
  for _ in $(seq "$DEADLINES"); do
    echo "INSERT INTO request_deadline (request_id, kind, due, party, basis, provisional, rule)
          VALUES (:id, 'RESPONSE', '2023-04-12', 'AUTHORITY', 'STATUTORY', false, 'FOIA s10(1)');"
  done
  echo "INSERT INTO request_statistic (request_id, regime, authority_id, received_on, standing, answer, outcome,
        citations, review, review_completed_on, due_while_open, whole, under_law)
        VALUES (:id, 'FOIA', 'met-police', '2023-03-10', 'IN_PROGRESS', NULL, NULL, '', NULL, NULL, '2023-04-12',
        true, true);"
  echo "COMMIT;"
} | sed -e 's/^ *//' | awk '/\\gset$/ || /;$/ {print; next} {printf "%s ", $0}' >"$WORK/intake.sql"
cat "$WORK/intake.sql"
echo "== pgbench: the intake transaction ($DEADLINES deadline row(s)), -c$CONNECTIONS -j2 -M prepared -T$DURATION"
"$PG_BIN/pgbench" -h localhost -p "$PG_PORT" -U foi -n -M prepared -c "$CONNECTIONS" -j2 -T "$DURATION" \
  -f "$WORK/intake.sql" foi | grep -E "tps|latency|failed"
