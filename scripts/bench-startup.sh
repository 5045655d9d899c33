#!/usr/bin/env bash
# Time to ready and memory of the packaged jar on its embedded PostgreSQL.
# Usage: scripts/bench-startup.sh [runs]   (build first: ./mvnw -q package -DskipTests)
# Prints, per run: milliseconds from `java -jar` to /actuator/health UP, the JVM's resident set
# size after one request, and the embedded PostgreSQL's resident set (all its processes).
# The first run creates the database cluster; later runs start on the existing data.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=application/target/cleave.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  CLEAVE_DATA_DIR="$data" java -jar "$jar" --server.port="$port" > "$data/run-$run.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "the application exited; see $data/run-$run.log" >&2; cat "$data/run-$run.log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -fs "http://localhost:$port/api/catalog/products?size=1" > /dev/null
  jvm=$(rss_kib $pid)
  pg=0
  for p in $(pgrep -f "postgres -D $data" || true) $(pgrep -P "$(pgrep -f "postgres -D $data" | head -1)" 2>/dev/null || true); do
    pg=$(( pg + $(rss_kib "$p" 2>/dev/null || echo 0) ))
  done
  printf 'run %d: ready in %d ms, JVM RSS %d MiB, PostgreSQL RSS %d MiB\n' "$run" "$ready_ms" $((jvm / 1024)) $((pg / 1024))
  kill $pid; wait $pid 2>/dev/null || true
done
