#!/usr/bin/env bash
# The fault figures of docs/reliability.md. First the fault run: the real services, the embedded PostgreSQL and a
# KRaft broker each in its own process, load through the API while the broker, the notifier and the API are stopped
# and killed, a bank holiday added and hostile records published; then the counts (lost, duplicated, out of order,
# alerts, emails), latencies and recovery times. Then the one-million-schedule recalendar, end to end. About 25
# minutes in all; free ports only, so it runs beside ./foi up.
#   bash reliability/run.sh [requests, default 1000] [outage seconds, default 60] [schedules, default 1000000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
echo "fault run: building the services..." >&2
./mvnw -q -B install -DskipTests -Djacoco.skip=true -pl foi-api,foi-notifier,foi-local,foi-reliability -am
status=0
java -jar foi-reliability/target/foi-reliability.jar "$root" "${1:-1000}" "${2:-60}" || status=$?
java -Xmx6g -cp foi-reliability/target/foi-reliability.jar uk.foi.reliability.RecalendarRun "$root" "${3:-1000000}" \
  || status=$?
echo "fault run: results in docs/reliability.md" >&2
exit "$status"
