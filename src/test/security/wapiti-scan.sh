#!/usr/bin/env bash
# Dynamic scan of the packaged app with Debian's wapiti (not part of ./mvnw verify).
# Usage: ./mvnw package -DskipTests && src/test/security/wapiti-scan.sh [MAX_SECONDS]
# Starts the production build on 127.0.0.1:8099 against the local PostgreSQL database "wapiti" (created if
# missing), scans it anonymously for at most MAX_SECONDS (default 600) and writes target/wapiti/report.txt.
set -euo pipefail
cd "$(dirname "$0")/../../.."
max=${1:-600}
command -v wapiti >/dev/null || { echo "install Debian's wapiti first (apt-get install wapiti)"; exit 2; }
psql -h 127.0.0.1 -U postgres -d postgres -Atc "select 1 from pg_database where datname = 'wapiti'" | grep -q 1 \
  || createdb -h 127.0.0.1 -U postgres wapiti
mkdir -p target/wapiti
QUARKUS_HTTP_PORT=8099 QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_DATASOURCE_JDBC_URL='jdbc:postgresql://127.0.0.1:5432/wapiti' QUARKUS_DATASOURCE_USERNAME=postgres \
  java -jar target/quarkus-app/quarkus-run.jar > target/wapiti/app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs http://127.0.0.1:8099/q/health/ready >/dev/null && break; sleep 1; done
wapiti -u http://127.0.0.1:8099/ --scope folder --max-scan-time "$max" --flush-session \
  -m "exec,file,sql,xss,ssrf,redirect,crlf,csrf,http_headers,cookieflags,methods,permanentxss,backup,htaccess" \
  -f txt -o target/wapiti/report.txt || true
echo "report: target/wapiti/report.txt"
