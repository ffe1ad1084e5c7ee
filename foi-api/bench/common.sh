# Shared by foi-api/bench/load.sh, foi-api/bench/reads-at-scale.sh and foi-web/bench/load.sh (sourced, not run): a
# throw-away PostgreSQL (the Debian server) in $WORK on $PG_PORT, foi-api on it, the Metropolitan Police configured
# through the API, requests logged through it, and the clean-up. Needs ROOT and PG_PORT set; sourcing it makes the
# work directory ($WORK, removed on exit), the JWT secret ($SECRET) and finds PostgreSQL ($PG_BIN, unless set).

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
WORK=$(mktemp -d /tmp/foi-bench.XXXXXX)
chmod 755 "$WORK"
SECRET=bench-secret-bench-secret-bench-secret-0123456789
trap bench_cleanup EXIT

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Starts PostgreSQL and creates the database foi; sets PSQL (an array) to query it.
postgres_start() {
  [ "$(id -u)" = 0 ] && chown postgres "$WORK"
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U foi --auth=trust >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -o "-p $PG_PORT -k $WORK -c max_connections=100" -l "$WORK/pg.log" \
    start >/dev/null
  "$PG_BIN/createdb" -h localhost -p "$PG_PORT" -U foi foi
  PSQL=("$PG_BIN/psql" -h localhost -p "$PG_PORT" -U foi -d foi -qAt)
}

postgres_stop() { as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true; }

# api_start JAR PORT: foi-api on that PostgreSQL, outbox relay off (no broker; outbox rows are still written);
# sets API_PID.
api_start() {
  FOI_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/foi" FOI_JDBC_USER=foi FOI_JWT_SECRET=$SECRET \
    FOI_API_PORT=$2 FOI_OUTBOX_ENABLED=false FOI_LOG_LEVEL=WARN \
    java -Xms1g -Xmx1g -jar "$1" >"$WORK/api.log" 2>&1 &
  API_PID=$!
}

# configure_met URL ADMIN_TOKEN: the authority the requests are logged for.
configure_met() {
  curl -fsS -X PUT "$1/authorities/met-police" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d '{"name": "Metropolitan Police Service", "regime": "FOIA", "costLimit": "OTHER_AUTHORITY",
         "referenceFormat": "01.FOI.{yy}.{seq:6}", "foiEmail": "foi@met.police.example",
         "complaintsAddress": "FOI Complaint, PO Box 313, Sidcup DA15 0HH", "signatory": "FOI Manager"}' >/dev/null
}

# Stops what the script started (foi-web, foi-api, PostgreSQL) and removes $WORK: trap bench_cleanup EXIT.
bench_cleanup() {
  [ -n "${WEB_PID:-}" ] && kill "$WEB_PID" 2>/dev/null && wait "$WEB_PID" 2>/dev/null || true
  [ -n "${API_PID:-}" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  postgres_stop
  rm -rf "$WORK"
}

# built_jar MODULE: the module's jar under target/, or nothing if it is not built.
built_jar() { ls "$ROOT/$1"/target/"$1"-*.jar 2>/dev/null | grep -v original | head -1; }

# wait_for URL: until it answers at all (2 minutes at most).
wait_for() {
  for _ in $(seq 240); do curl -s -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "$1 never answered" >&2; exit 1
}

# log_requests URL TOKEN COUNT [SECONDS]: logs requests through POST /requests (wrk, SECONDS at a time, 4 by
# default) until the database holds COUNT.
log_requests() {
  while [ "$("${PSQL[@]}" -c 'SELECT count(*) FROM request')" -lt "$3" ]; do
    TOKEN=$2 wrk -t2 -c16 -d"${4:-4}s" -s "$ROOT/foi-api/bench/intake.lua" "$1/requests" >/dev/null
  done
}
