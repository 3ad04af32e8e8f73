#!/usr/bin/env bash
# Load on one live game: PLAYERS guests (default 200) join and answer every question of a QUESTIONS-question game
# (default 10, SECONDS each, default 10) at random moments, following it by server-sent events. Not part of
# ./mvnw verify. Usage: ./mvnw package -DskipTests && src/test/perf/game-load.sh [PLAYERS] [QUESTIONS] [SECONDS]
# Starts the packaged app on 127.0.0.1:8097 against the local PostgreSQL database "bqgame" (recreated); prints
# answers lost, duplicates counted, the leaderboard against a recount, and close-to-result delays (median, p95).
set -euo pipefail
cd "$(dirname "$0")/../../.."
work=target/perf
mkdir -p "$work"
source src/test/perf/start-app.sh
JAVA_OPTS_PERF=${LOAD_JAVA_OPTS:-} start_app 8097 bqgame "$work/game-app.log"
python3 src/test/perf/game-load.py http://127.0.0.1:8097 bqgame "${1:-200}" "${2:-10}" "${3:-10}"
