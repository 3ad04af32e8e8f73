# Sourced by the perf scripts: start_app PORT DATABASE LOG recreates the local PostgreSQL database, starts the
# packaged app on 127.0.0.1:PORT against it (throttling of registrations and logins off), stops it on exit and
# waits until it is ready. JAVA_OPTS_PERF passes JVM options.
start_app() {
  local port=$1 database=$2 log=$3
  dropdb -h 127.0.0.1 -U postgres --if-exists "$database" && createdb -h 127.0.0.1 -U postgres "$database"
  QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$database" QUARKUS_DATASOURCE_USERNAME=postgres \
  BATTLEQUIZ_THROTTLING_REGISTRATION_ADDRESS_FREE=100000 BATTLEQUIZ_THROTTLING_LOGIN_ADDRESS_FREE=100000 \
    java ${JAVA_OPTS_PERF:-} -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true' EXIT
  for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null && return; sleep 1; done
  echo "the app did not start; see $log" >&2
  exit 1
}
