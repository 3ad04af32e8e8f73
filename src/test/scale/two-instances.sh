#!/usr/bin/env bash
# Battle Quiz as two instances on one PostgreSQL database behind Debian's HAProxy, on this machine.
#
#   src/test/scale/two-instances.sh [check]   builds the app and runs TwoInstancesIT (what ./mvnw verify runs):
#       two instances on a fresh database, a learner moving between them, the startup import and the overdue
#       sweep once, rate limits and login throttling across both, a live game hosted on one and played on the
#       other through a restart of each. Logs and the HAProxy configuration land in target/two-instances.
#   src/test/scale/two-instances.sh up [PORT]  after ./mvnw package -DskipTests: starts both instances against the
#       local database "bqtwo" (recreated) and HAProxy on 127.0.0.1:PORT (default 8090) for trying by hand;
#       Ctrl-C stops them.
set -euo pipefail
cd "$(dirname "$0")/../../.."

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_instance() {
  local name=$1 port=$2
  QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/bqtwo" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
    java -jar target/quarkus-app/quarkus-run.jar > "$work/$name.log" 2>&1 &
  pids+=($!)
}

await_ready() {
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$1/q/health/ready" > /dev/null && return; sleep 1; done
  echo "nothing ready on port $1; see $work" >&2
  exit 1
}

case "${1:-check}" in
  check)
    exec ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TwoInstancesIT ;;
  up)
    front=${2:-8090}
    work=target/two-instances
    mkdir -p "$work"
    [ -f target/quarkus-app/quarkus-run.jar ] || { echo "run ./mvnw package -DskipTests first" >&2; exit 1; }
    dropdb -h 127.0.0.1 -U postgres --if-exists bqtwo && createdb -h 127.0.0.1 -U postgres bqtwo
    pids=()
    trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
    a=$(free_port); b=$(free_port); stats=$(free_port)
    start_instance a "$a"
    start_instance b "$b"
    await_ready "$a"
    await_ready "$b"
    sed -e "s/@FRONT_PORT@/$front/" -e "s/@A_PORT@/$a/" -e "s/@B_PORT@/$b/" -e "s/@STATS_PORT@/$stats/" \
      src/test/scale/haproxy.cfg.template > "$work/haproxy.cfg"
    /usr/sbin/haproxy -db -f "$work/haproxy.cfg" > "$work/haproxy.log" 2>&1 &
    pids+=($!)
    await_ready "$front"
    echo "HAProxy: http://127.0.0.1:$front (statistics http://127.0.0.1:$stats/stats)"
    echo "instance a: http://127.0.0.1:$a   instance b: http://127.0.0.1:$b   logs: $work"
    echo "Ctrl-C stops them."
    wait ;;
  *)
    echo "usage: $0 [check | up [PORT]]" >&2
    exit 2 ;;
esac
