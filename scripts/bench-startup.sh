#!/usr/bin/env bash
# Time to ready and memory of Cleave on its embedded PostgreSQL.
# Usage: scripts/bench-startup.sh [runs]   (build first: ./mvnw -q package -DskipTests)
# Measures two launches, each [runs] times on one data directory (the first run creates the
# database cluster):
#   plain: java -jar application/target/cleave.jar          (the README's command)
#   fast:  scripts/start-fast.sh                            (CDS archive, C1, serial GC)
# Prints, per run: milliseconds from launch to /actuator/health UP, the CPU time the JVM spent
# getting there (steadier than wall time on a shared host), the JVM's resident set size after one
# request, and the embedded PostgreSQL's resident set (all its processes).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=application/target/cleave.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / tck)}' "/proc/$1/stat"; }
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
source scripts/bench/free-port.sh

# Prepare the fast launch's archive outside the measurement.
scripts/start-fast.sh --prepare-only

for mode in plain fast; do
  data="$work/$mode"
  for run in $(seq 1 "$runs"); do
    port=$(free_port)
    start=$(date +%s%N)
    if [ $mode = plain ]; then
      CLEAVE_DATA_DIR="$data" java -jar "$jar" --server.port="$port" > "$work/$mode-$run.log" 2>&1 &
    else
      CLEAVE_DATA_DIR="$data" scripts/start-fast.sh --server.port="$port" > "$work/$mode-$run.log" 2>&1 &
    fi
    pid=$!
    until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
      kill -0 $pid 2>/dev/null || { echo "the application exited:" >&2; cat "$work/$mode-$run.log" >&2; exit 1; }
      sleep 0.05
    done
    ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    jvm_pid=$(pgrep -P $pid java || echo $pid) # start-fast.sh execs java, so usually $pid itself
    cpu=$(cpu_ms "$jvm_pid")
    curl -fs "http://localhost:$port/api/catalog/products?size=1" > /dev/null
    jvm=$(rss_kib "$jvm_pid")
    pg=0
    for p in $(pgrep -f "postgres -D $data" || true); do
      pg=$(( pg + $(rss_kib "$p") ))
      for c in $(pgrep -P "$p" || true); do pg=$(( pg + $(rss_kib "$c") )); done
    done
    printf '%-5s run %d: ready in %5d ms (JVM CPU %5d ms), JVM RSS %4d MiB, PostgreSQL RSS %4d MiB\n' \
        "$mode" "$run" "$ready_ms" "$cpu" $((jvm / 1024)) $((pg / 1024))
    kill $pid; wait $pid 2>/dev/null || true; pid=
  done
done
