#!/usr/bin/env bash
# Starts Cleave tuned for start-up time: the jar extracted, a class data sharing (CDS) archive made
# by a training run, C1 only and the serial collector (right for a small container or 2 cores).
# The archive is made once per build of the jar (under application/target/cds/); later starts reuse it.
# Usage: scripts/start-fast.sh [application arguments]   (build first: ./mvnw -q package -DskipTests)
#        scripts/start-fast.sh --prepare-only             (make the archive, do not start)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=application/target/cleave.jar
cds=application/target/cds
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
JVM_OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

if [ ! -f "$cds/cleave.jsa" ] || [ "$jar" -nt "$cds/cleave.jsa" ]; then
  echo "Preparing the class data sharing archive (once per build)..." >&2
  rm -rf "$cds"
  java -Djarmode=tools -jar "$jar" extract --destination "$cds" > /dev/null
  training_data=$(mktemp -d)
  # The training run starts the application up to a refreshed context, then exits.
  CLEAVE_DATA_DIR="$training_data" java "${JVM_OPTS[@]}" -XX:ArchiveClassesAtExit="$cds/cleave.jsa" \
      -Dspring.context.exit=onRefresh -jar "$cds/cleave.jar" --server.port=0 > "$cds/training.log" 2>&1
  rm -rf "$training_data"
fi

[ "${1:-}" = --prepare-only ] && exit 0
exec java "${JVM_OPTS[@]}" -XX:SharedArchiveFile="$cds/cleave.jsa" -jar "$cds/cleave.jar" "$@"
