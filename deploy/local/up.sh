#!/usr/bin/env bash
# ./foi up — the whole system on this machine: PostgreSQL and Kafka (embedded unless FOI_JDBC_URL / FOI_KAFKA_BOOTSTRAP
# are set), foi-api, foi-notifier, demo data on the first start. Data stays in ./.foi-data; Ctrl-C stops everything.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${FOI_DATA:-$root/.foi-data}"
api_port="${FOI_API_PORT:-8080}"
notifier_port="${FOI_NOTIFIER_PORT:-8081}"
web_port="${FOI_WEB_PORT:-8082}"
api_jar="$root/foi-api/target/foi-api-0.1.0-SNAPSHOT.jar"
notifier_jar="$root/foi-notifier/target/foi-notifier-0.1.0-SNAPSHOT.jar"
local_jar="$root/foi-local/target/foi-local.jar"
web_jar="$root/foi-web/target/foi-web-0.1.0-SNAPSHOT.jar"

say() { echo "foi up: $*" >&2; }

stale() {
  for jar in "$api_jar" "$notifier_jar" "$local_jar" "$web_jar"; do [ -f "$jar" ] || return 0; done
  [ -n "$(find "$root" -path "$root/.foi-data" -prune -o \( -name '*.java' -o -name '*.yml' -o -name '*.sql' \
      -o -name pom.xml \) -newer "$api_jar" -print 2>/dev/null | grep -v '/target/' | head -1)" ]
}
if stale; then
  say "building the services (the first build downloads dependencies and takes a few minutes)..."
  (cd "$root" && ./mvnw -q -B install -DskipTests -Djacoco.skip=true -pl foi-api,foi-notifier,foi-local,foi-web -am) \
    || { say "the build failed; see the output above"; exit 1; }
fi

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$web_port" "$api_port" "$notifier_port"; do
  if in_use "$port"; then
    say "port $port is already in use (is another ./foi up running?); stop it or set FOI_WEB_PORT / FOI_API_PORT / FOI_NOTIFIER_PORT"
    exit 2
  fi
done

mkdir -p "$data/logs" "$data/mail" || { say "cannot create the data directory $data"; exit 2; }
if [ ! -s "$data/jwt-secret" ]; then
  head -c 48 /dev/urandom | base64 | tr -d '\n/+=' > "$data/jwt-secret"
fi
secret="$(cat "$data/jwt-secret")"

pids=()
stop() {
  trap - INT TERM EXIT
  say "stopping..."
  for (( i=${#pids[@]}-1; i>=0; i-- )); do kill -TERM "${pids[$i]}" 2>/dev/null || true; wait "${pids[$i]}" 2>/dev/null || true; done
  say "stopped; ./foi up carries on from $data"
  exit 0
}
trap stop INT TERM EXIT

rm -f "$data/local.env"
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$local_jar" "$data" >"$data/logs/local.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do
  [ -f "$data/local.env" ] && break
  if ! kill -0 "${pids[0]}" 2>/dev/null; then grep "foi up:" "$data/logs/local.log" >&2 || tail -5 "$data/logs/local.log" >&2; exit 2; fi
  sleep 0.5
done
[ -f "$data/local.env" ] || { say "the database and broker did not start in a minute; see $data/logs/local.log"; exit 2; }
set -a
# shellcheck disable=SC1091
. "$data/local.env"
set +a
grep -v '^\[' "$data/logs/local.log" | grep -v '^$' >&2 || true

# A service that dies (a crash, kill -9, the notifier giving up on a broken stream with exit 70) is started again,
# after 1 s, then 2, 4 ... up to 30 s while it keeps dying within a minute of its start. Ctrl-C stops it for good.
supervise() {
  local name="$1" log="$2"; shift 2
  : >"$log"
  (
    child=""
    trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null && wait "$child" 2>/dev/null; exit 0' TERM INT
    delay=1
    while true; do
      "$@" >>"$log" 2>&1 &
      child=$!
      started=$SECONDS
      status=0
      wait "$child" || status=$?
      child=""
      if [ $((SECONDS - started)) -gt 60 ]; then delay=1; fi
      say "$name stopped (exit $status); starting it again in ${delay}s (see $log)"
      sleep "$delay" & wait $!
      delay=$(( delay < 16 ? delay * 2 : 30 ))
    done
  ) &
  pids+=($!)
}

supervise foi-api "$data/logs/api.log" env FOI_JWT_SECRET="$secret" FOI_API_PORT="$api_port" java -jar "$api_jar"
supervise foi-notifier "$data/logs/notifier.log" env FOI_NOTIFIER_PORT="$notifier_port" \
  FOI_NOTIFIER_STATE_DIR="$data/notifier-state" FOI_MAIL_DIRECTORY="$data/mail" \
  FOI_NOTIFIER_TICK="${FOI_NOTIFIER_TICK:-10s}" FOI_MAIL_API_BASE="http://localhost:$web_port" \
  FOI_MAIL_ASSIGNEE_ADDRESS="${FOI_MAIL_ASSIGNEE_ADDRESS:-{assignee\}@met.police.example}" \
  FOI_MAIL_TEAM_ADDRESS="${FOI_MAIL_TEAM_ADDRESS:-{team\}@met.police.example}" \
  FOI_MAIL_FALLBACK_ADDRESS="${FOI_MAIL_FALLBACK_ADDRESS:-foi@met.police.example}" \
  java -jar "$notifier_jar"

supervise foi-web "$data/logs/web.log" env FOI_WEB_PORT="$web_port" FOI_WEB_API_URL="http://localhost:$api_port" \
  FOI_WEB_LOCAL_JWT_SECRET="$secret" FOI_WEB_SESSION_SECRET="$secret" java -jar "$web_jar"

java -cp "$local_jar" uk.foi.local.Demo "http://localhost:$api_port" "$secret" "$data" "http://localhost:$web_port" \
  || exit 2
say "logs in $data/logs"
wait -n "${pids[@]}" || true
say "the database and broker stopped unexpectedly; see $data/logs/local.log"
