#!/usr/bin/env bash
# Throughput of the learner's requests as a share of /q/health/ready, measured in one run (A B A B), with wrk.
# Not part of ./mvnw verify. Usage: ./mvnw package -DskipTests && src/test/perf/benchmark.sh [SECONDS] [LEARNERS]
# Starts the packaged app on 127.0.0.1:8098 against the local PostgreSQL database "bqbench" (recreated), registers
# LEARNERS learners (default 16), each submitting one attempt on the first shipped set and starting another, then
# runs wrk -t2 -c32 for SECONDS (default 10) per round on: the health check, the home page (anonymous and logged
# in), the quiz page, the answer autosave and the result page of the submitted attempt. "submit" alternates, on
# each connection, starting an attempt and submitting it (each learner on a connection of its own, so its rounds
# and their health rounds run wrk -tN -cN with N = LEARNERS; both requests are counted).
# BENCH_KINDS="quiz" measures only the request types named, in that order; submit must come last, as it submits the
# attempts the quiz page and autosave use.
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
  start() { curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -d "csrf-token=$csrf" \
    "$base/sets/$set_id/attempts" | grep -o '[0-9]*$'; }
  submitted=$(start)
  curl -fs -o /dev/null -b "$jar" -d "csrf-token=$csrf" "$base/attempts/$submitted/submit"
  attempt=$(start)
  field=$(curl -fs -c "$jar" -b "$jar" "$base/attempts/$attempt?page=1" | grep -o 'name="q[0-9]*"' | head -1 \
    | grep -o 'q[0-9]*')
  session=$(awk '$6 == "battlequiz-session" {print $7}' "$jar")
  page=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/attempts/$attempt?page=1")
  saved=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -d "$field=warm&page=1&csrf-token=$csrf" \
    "$base/attempts/$attempt/answers")
  result=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/attempts/$submitted/result")
  [ "$page $saved $result" = "200 204 200" ] \
    || { echo "learner $n: quiz page $page, autosave $saved, result $result (want 200 204 200)" >&2; exit 1; }
  lua_users+="{cookie=\"battlequiz-session=$session; csrf-token=$csrf\", attempt=\"$attempt\", field=\"$field\","
  lua_users+=" csrf=\"$csrf\", submitted=\"$submitted\"},"
done

write_lua() { # $1 kind: health, home, home-learner, quiz, autosave, result, submit
  cat > "$work/$1.lua" <<LUA
local users = { $lua_users }
local i = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local open = nil
response = function(status, headers, body)
  local started = headers["Location"] and string.match(headers["Location"], "/attempts/(%d+)$")
  if "$1" == "submit" and started then open = started end
end
request = function()
  i = i + 1
  local u = users[(i % #users) + 1]
  if "$1" == "health" then return wrk.format("GET", "/q/health/ready") end
  if "$1" == "home" then return wrk.format("GET", "/") end
  if "$1" == "home-learner" then return wrk.format("GET", "/", {Cookie = u.cookie}) end
  if "$1" == "quiz" then return wrk.format("GET", "/attempts/" .. u.attempt .. "?page=1", {Cookie = u.cookie}) end
  if "$1" == "result" then return wrk.format("GET", "/attempts/" .. u.submitted .. "/result", {Cookie = u.cookie}) end
  local form = {Cookie = u.cookie, ["Content-Type"] = "application/x-www-form-urlencoded"}
  if "$1" == "submit" then
    local own = users[tid]
    form.Cookie = own.cookie
    if open then
      local attempt = open
      open = nil
      return wrk.format("POST", "/attempts/" .. attempt .. "/submit", form, "csrf-token=" .. own.csrf)
    end
    return wrk.format("POST", "/sets/$set_id/attempts", form, "csrf-token=" .. own.csrf)
  end
  local body = u.field .. "=answer" .. (i % 7) .. "&page=1&csrf-token=" .. u.csrf
  return wrk.format("POST", "/attempts/" .. u.attempt .. "/answers", form, body)
end
LUA
}
rate() { # $1 kind, $2 wrk's threads and connections: requests per second of one round; a round with any error or
         # non-2xx/3xx answer is refused
  wrk $2 -d"${seconds}s" -s "$work/$1.lua" "$base" > "$work/round.txt"
  if grep -qE 'Non-2xx|Socket errors' "$work/round.txt"; then
    echo "the $1 round had failed requests:" >&2; cat "$work/round.txt" >&2; exit 1
  fi
  awk '/Requests\/sec/ {print $2}' "$work/round.txt"
}
kinds=${BENCH_KINDS:-home home-learner quiz autosave result submit}
connections() { [ "$1" = submit ] && echo "-t$learners -c$learners" || echo "-t2 -c32"; }
for kind in health home home-learner quiz autosave result submit; do write_lua "$kind"; done
wrk -t2 -c32 -d5s -s "$work/health.lua" "$base" >/dev/null   # warm-up: the JIT compiles each path first
echo "request            share of /q/health/ready (A B A B, wrk -t2 -c32; submit -t$learners -c$learners; ${seconds}s rounds, $learners learners)"
for kind in $kinds; do
  c=$(connections "$kind")
  wrk $c -d5s -s "$work/$kind.lua" "$base" >/dev/null
  a1=$(rate health "$c"); b1=$(rate "$kind" "$c"); a2=$(rate health "$c"); b2=$(rate "$kind" "$c")
  awk -v k="$kind" -v a1="$a1" -v b1="$b1" -v a2="$a2" -v b2="$b2" \
    'BEGIN { printf "%-18s %.3f  (%.0f/%.0f req/s health, %.0f/%.0f req/s %s)\n", k, (b1+b2)/(a1+a2), a1, a2, b1, b2, k }'
done
