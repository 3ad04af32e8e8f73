#!/usr/bin/env bash
# Time to ready of the packaged app with the shipped sets already imported, started by docker/start.sh without and
# with its class archive, alternating A B A B in one run, and the ratio of the two means. Not part of ./mvnw verify.
# Usage: ./mvnw package -DskipTests && src/test/perf/startup.sh [ROUNDS]
# Uses the local PostgreSQL database "bqstartup" (recreated) and port 8096.
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-3}
port=8096
work=target/perf/startup
rm -rf "$work" && mkdir -p "$work"
dropdb -h 127.0.0.1 -U postgres --if-exists bqstartup && createdb -h 127.0.0.1 -U postgres bqstartup

# one start of the app; prints the seconds to ready; the app is stopped (SIGTERM) once ready and settled
start() { # $1: archive path or "off"
  local t0 t1 app
  t0=$(date +%s.%N)
  QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 BATTLEQUIZ_APP_DIR=target/quarkus-app BATTLEQUIZ_CDS_ARCHIVE=$1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/bqstartup" QUARKUS_DATASOURCE_USERNAME=postgres \
    docker/start.sh >> "$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.05
  done
  t1=$(date +%s.%N)
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "the app did not start; see $work/app.log" >&2; kill $app; exit 1; }
  sleep 5 # the shipped-set check runs just after ready
  kill $app && wait $app || true
  echo "$t1 - $t0" | bc
}

echo "first start (imports the shipped sets and writes the archive): $(start "$work/app.jsa") s"
[ -f "$work/app.jsa" ] || { echo "no archive was written; see $work/app.log" >&2; exit 1; }
without=0; with=0
for r in $(seq 1 "$rounds"); do
  a=$(start off); b=$(start "$work/app.jsa")
  echo "round $r: without archive $a s, with archive $b s"
  without=$(echo "$without + $a" | bc); with=$(echo "$with + $b" | bc)
done
echo "time to ready with the archive as a share of without: $(echo "scale=3; $with / $without" | bc)"
