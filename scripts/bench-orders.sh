#!/usr/bin/env bash
# Accepted orders per second, next to the commit rate of the same PostgreSQL for the same writes.
# Usage: scripts/bench-orders.sh [seconds] [clients] [application arguments...]
#        (defaults 20 and 8; build first: ./mvnw -q package -DskipTests). Application arguments,
#        e.g. --spring.modulith.events.completion-mode=delete, let you measure a setting's effect.
# Starts the jar on a fresh embedded PostgreSQL, sets up a customer and a well-stocked product, then
# scripts/bench/OrderThroughput.java measures (1) POST /api/orders answered 201 per second and
# (2) the database's own commits per second for the rows an order placement writes in its
# transaction, from as many clients, and prints the ratio (Cleave's target: at least 0.3).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
clients=${2:-8}
shift $(( $# < 2 ? $# : 2 ))
jar=application/target/cleave.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2> /dev/null; wait 2> /dev/null; rm -rf "$work"' EXIT

source scripts/bench/free-port.sh
port=$(free_port)
CLEAVE_DATA_DIR="$work/data" java -jar "$jar" --server.port="$port" "$@" > "$work/cleave.log" 2>&1 &
pid=$!
until curl -fs "http://localhost:$port/actuator/health" 2> /dev/null | grep -q '"status":"UP"'; do
  kill -0 $pid 2> /dev/null || { echo "the application exited:" >&2; cat "$work/cleave.log" >&2; exit 1; }
  sleep 0.2
done
# The embedded server's port is on line 4 of its postmaster.pid.
pg_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
unzip -q -j -o "$jar" 'BOOT-INF/lib/postgresql-*.jar' -d "$work/lib"
java -cp "$work/lib/*" scripts/bench/OrderThroughput.java "http://localhost:$port" \
  "jdbc:postgresql://localhost:$pg_port/postgres" "$seconds" "$clients"
