#!/usr/bin/env bash
# The history page at scale: p95 latency and SQL statements of a learner's history with 1,000,000 stored answers in
# the database, next to a learner with 3 attempts, measured in one run. Not part of ./mvnw verify.
# Usage: ./mvnw package -DskipTests && src/test/perf/history-scale.sh [ANSWERS] [SECONDS]
# Starts the packaged app on 127.0.0.1:8096 against the local PostgreSQL database "bqhistory" (recreated), registers
# two learners, seeds attempts and answers with SQL (a tenth for the heavy learner, the rest spread over 40 others),
# then runs wrk with one connection on each learner's /history and prints p50/p95 and the statements per page.
set -euo pipefail
cd "$(dirname "$0")/../../.."
answers=${1:-1000000}
seconds=${2:-10}
port=8096
base=http://127.0.0.1:$port
db=bqhistory
work=target/perf-history
pglog=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
command -v wrk >/dev/null || { echo "install Debian's wrk first (apt-get install wrk)"; exit 2; }
rm -rf "$work" && mkdir -p "$work"
source src/test/perf/start-app.sh
start_app $port $db "$work/app.log"

learner() { # $1 name: registers, logs in and prints the session cookie
  local jar="$work/jar-$1"
  curl -fs -c "$jar" -b "$jar" "$base/register" >/dev/null
  local csrf; csrf=$(awk '$6 == "csrf-token" {print $7}' "$jar")
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" \
    --data-urlencode "password=correct horse battery" -d role=learner -d "csrf-token=$csrf" "$base/register"
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "j_username=$1" \
    --data-urlencode "j_password=correct horse battery" -d "csrf-token=$csrf" "$base/login"
  awk '$6 == "battlequiz-session" {print $7}' "$jar"
}
heavy=$(learner heavy$RANDOM)
light=$(learner light$RANDOM)

schema=$(psql -h 127.0.0.1 -U postgres -d $db -qAt -c \
  "select table_schema from information_schema.tables where table_name = 'attempt_answer' limit 1")
sql() { psql -h 127.0.0.1 -U postgres -d $db -qAt -c "set search_path = $schema; $1"; }
set_id=$(sql "select set_id from question group by set_id order by count(*) desc limit 1")
per=$(sql "select count(*) from question where set_id = $set_id")
attempts=$(( (answers + per - 1) / per ))
echo "seeding $attempts attempts of $per answers ($((attempts * per)) answers) on set $set_id"
sql "insert into app_user (username, password_hash, role)
     select 'crowd' || n, 'x', 'learner' from generate_series(1, 40) n"
seed_attempts() { # $1 user condition, $2 attempts per user, $3 attempts already made (for distinct times)
  sql "insert into attempt (user_id, set_id, state, started_at, submitted_at, score, max_score)
       select u.id, $set_id, 'SUBMITTED', timestamptz '2024-01-01' + n * interval '1 minute',
              timestamptz '2024-01-01' + n * interval '1 minute' + interval '5 minutes', n % $per, $per
       from app_user u, generate_series(1, $2) n where $1"
}
seed_attempts "u.username like 'heavy%'" $(( attempts / 10 ))
seed_attempts "u.username like 'crowd%'" $(( attempts * 9 / 10 / 40 ))
seed_attempts "u.username like 'light%'" 3
sql "insert into attempt_answer (attempt_id, question_id, response, fraction)
     select a.id, q.id, '[\"x\"]'::jsonb, ((a.id + q.id) % 2)::float from attempt a join question q on q.set_id = a.set_id"
# the running totals a submit keeps, added up for the seeded attempts as the migrations that created them do
sql "insert into learner_mastery (user_id, fact_kind, answered, credit)
     select a.user_id, coalesce(q.fact_kind, ''), count(*), sum(coalesce(aa.fraction, 0))
     from attempt a join attempt_answer aa on aa.attempt_id = a.id join question q on q.id = aa.question_id
     where a.state <> 'IN_PROGRESS' and not a.practice group by a.user_id, coalesce(q.fact_kind, '')"
sql "insert into learner_set_progress (user_id, set_id, finished, scored, best, last, last_at)
     select user_id, set_id, count(*), count(*) filter (where max_score > 0),
            max(100 * score / max_score) filter (where max_score > 0),
            (array_agg(100 * score / max_score order by submitted_at desc, id desc) filter (where max_score > 0))[1],
            max(submitted_at) filter (where max_score > 0)
     from attempt where state <> 'IN_PROGRESS' and not practice group by user_id, set_id"
sql "analyze"
echo "stored answers: $(sql "select count(*) from attempt_answer")"

statements() { # $1 session: SQL statements the app sends for one history page
  local before; before=$(wc -l < "$pglog")
  curl -fs -o /dev/null -b "battlequiz-session=$1" "$base/history"
  sleep 0.5
  tail -n +$((before + 1)) "$pglog" | grep "@$db " | grep -cE "LOG: +(execute|statement)" || true
}
sql "select 1" >/dev/null
psql -h 127.0.0.1 -U postgres -qc "alter database $db set log_statement = 'all'"
psql -h 127.0.0.1 -U postgres -qc "alter database $db set log_min_duration_statement = -1"
# new pooled connections pick the setting up: restart the app on the seeded database
kill "$app"; wait "$app" 2>/dev/null || true
QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  QUARKUS_DATASOURCE_USERNAME=postgres java -jar target/quarkus-app/quarkus-run.jar > "$work/app2.log" 2>&1 &
app=$!
for _ in $(seq 1 90); do curl -fs "$base/q/health/ready" >/dev/null && break; sleep 1; done
for _ in 1 2 3; do statements "$heavy" >/dev/null; statements "$light" >/dev/null; done
heavy_statements=$(statements "$heavy")
light_statements=$(statements "$light")
psql -h 127.0.0.1 -U postgres -qc "alter database $db reset log_statement"

cat > "$work/history.lua" <<'LUA'
request = function() return wrk.format("GET", "/history", {Cookie = os.getenv("BQ_COOKIE")}) end
done = function(summary, latency, requests)
  io.write(string.format("%.1f %.1f %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests))
end
LUA
round() { # $1 session
  BQ_COOKIE="battlequiz-session=$1" wrk -t1 -c1 -d"${seconds}s" -s "$work/history.lua" "$base" | tail -1
}
for who in heavy light; do # the page shows what the seeded attempts add up to
  cookie=$([ $who = heavy ] && echo "$heavy" || echo "$light")
  curl -fs -b "battlequiz-session=$cookie" "$base/history" | grep -oE "[0-9]+ attempts, [0-9]+ finished" | sed "s/^/$who: /"
done
round "$heavy" >/dev/null
read -r h50 h95 hn < <(round "$heavy")
read -r l50 l95 ln < <(round "$light")
heavy_attempts=$(sql "select count(*) from attempt a join app_user u on u.id = a.user_id where u.username like 'heavy%'")
echo "history page, one connection, ${seconds}s each, $(sql "select count(*) from attempt_answer") answers stored"
printf "%-34s p50 %6s ms  p95 %6s ms  %5s statements\n" "heavy learner ($heavy_attempts attempts)" "$h50" "$h95" "$heavy_statements"
printf "%-34s p50 %6s ms  p95 %6s ms  %5s statements\n" "light learner (3 attempts)" "$l50" "$l95" "$light_statements"
awk -v h="$h95" -v l="$l95" 'BEGIN { printf "p95 heavy / light: %.2f\n", h / l }'
