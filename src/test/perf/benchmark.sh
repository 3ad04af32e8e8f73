#!/usr/bin/env bash
# Throughput of the learner's requests as a share of /q/health/ready, measured in one run (A B A B), with wrk.
# Not part of ./mvnw verify. Usage: ./mvnw package -DskipTests && src/test/perf/benchmark.sh [SECONDS] [LEARNERS]
# Starts the packaged app on 127.0.0.1:8098 against the local PostgreSQL database "bqbench" (recreated), registers
# LEARNERS learners (default 16), each starting an attempt on the first shipped set, then runs wrk -t2 -c32 for
# SECONDS (default 10) per round on: the health check, the home page (anonymous and logged in), the quiz page and
# the answer autosave.
# BENCH_KINDS="quiz" measures only the request types named.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-10}
learners=${2:-16}
base=http://127.0.0.1:8098
work=target/perf
command -v wrk >/dev/null || { echo "install Debian's wrk first (apt-get install wrk)"; exit 2; }
rm -rf "$work" && mkdir -p "$work"
source src/test/perf/start-app.sh
JAVA_OPTS_PERF=${BENCH_JAVA_OPTS:-} start_app 8098 bqbench "$work/app.log"
set_id=$(curl -fs "$base/" | grep -o 'href="/sets/[0-9]*"' | head -1 | grep -o '[0-9]*')

# one learner: a cookie jar, a CSRF token, an attempt and the first question's field on page 1
lua_users=""
for n in $(seq 1 "$learners"); do
  jar="$work/jar$n"
  curl -fs -c "$jar" -b "$jar" "$base/register" >/dev/null
  csrf=$(awk '$6 == "csrf-token" {print $7}' "$jar")
  name="bench$n$RANDOM"
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$name" \
    --data-urlencode "password=correct horse battery" -d role=learner -d "csrf-token=$csrf" "$base/register"
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "j_username=$name" \
    --data-urlencode "j_password=correct horse battery" -d "csrf-token=$csrf" "$base/login"
  attempt=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -d "csrf-token=$csrf" \
    "$base/sets/$set_id/attempts" | grep -o '[0-9]*$')
  field=$(curl -fs -c "$jar" -b "$jar" "$base/attempts/$attempt?page=1" | grep -o 'name="q[0-9]*"' | head -1 \
    | grep -o 'q[0-9]*')
  session=$(awk '$6 == "battlequiz-session" {print $7}' "$jar")
  page=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/attempts/$attempt?page=1")
  saved=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -d "$field=warm&page=1&csrf-token=$csrf" \
    "$base/attempts/$attempt/answers")
  [ "$page $saved" = "200 204" ] || { echo "learner $n: quiz page $page, autosave $saved (want 200 204)" >&2; exit 1; }
  lua_users+="{cookie=\"battlequiz-session=$session; csrf-token=$csrf\", attempt=\"$attempt\", field=\"$field\", csrf=\"$csrf\"},"
done

write_lua() { # $1 kind: health, home, home-learner, quiz, autosave
  cat > "$work/$1.lua" <<LUA
local users = { $lua_users }
local i = 0
request = function()
  i = i + 1
  local u = users[(i % #users) + 1]
  if "$1" == "health" then return wrk.format("GET", "/q/health/ready") end
  if "$1" == "home" then return wrk.format("GET", "/") end
  if "$1" == "home-learner" then return wrk.format("GET", "/", {Cookie = u.cookie}) end
  if "$1" == "quiz" then return wrk.format("GET", "/attempts/" .. u.attempt .. "?page=1", {Cookie = u.cookie}) end
  local body = u.field .. "=answer" .. (i % 7) .. "&page=1&csrf-token=" .. u.csrf
  return wrk.format("POST", "/attempts/" .. u.attempt .. "/answers",
    {Cookie = u.cookie, ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end
LUA
}
rate() { # requests per second of one wrk round; a round with any error or non-2xx/3xx answer is refused
  wrk -t2 -c32 -d"${seconds}s" -s "$work/$1.lua" "$base" > "$work/round.txt"
  if grep -qE 'Non-2xx|Socket errors' "$work/round.txt"; then
    echo "the $1 round had failed requests:" >&2; cat "$work/round.txt" >&2; exit 1
  fi
  awk '/Requests\/sec/ {print $2}' "$work/round.txt"
}
for kind in health home home-learner quiz autosave; do write_lua "$kind"; done
for kind in health ${BENCH_KINDS:-home home-learner quiz autosave}; do   # warm-up: the JIT compiles each path first
  wrk -t2 -c32 -d5s -s "$work/$kind.lua" "$base" >/dev/null
done
echo "request            share of /q/health/ready (A B A B, wrk -t2 -c32, ${seconds}s rounds, $learners learners)"
for kind in ${BENCH_KINDS:-home home-learner quiz autosave}; do
  a1=$(rate health); b1=$(rate "$kind"); a2=$(rate health); b2=$(rate "$kind")
  awk -v k="$kind" -v a1="$a1" -v b1="$b1" -v a2="$a2" -v b2="$b2" \
    'BEGIN { printf "%-18s %.3f  (%.0f/%.0f req/s health, %.0f/%.0f req/s %s)\n", k, (b1+b2)/(a1+a2), a1, a2, b1, b2, k }'
done
