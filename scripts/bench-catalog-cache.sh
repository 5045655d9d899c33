#!/usr/bin/env bash
# Accepted orders per second with catalog extracted, with ordering's quote cache and without it, in
# one run. A Kafka broker, the catalog service and the monolith without catalog (which runs the
# development issuer and forwards the catalog API to the service) each run on their own embedded
# PostgreSQL. The monolith runs twice on the same data: with the cache (Caffeine, the default),
# then with spring.cache.type=none, so that every order asks the catalog service for its quote over
# HTTP. Each run is scripts/bench/OrderThroughput.java, as scripts/bench-orders.sh runs it.
# Usage: scripts/bench-catalog-cache.sh [seconds] [clients]   (defaults 20 and 8; build the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
clients=${2:-8}
jar=application/target/cleave.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap stop_all EXIT

source scripts/bench/free-port.sh
await_ready() { # name, port, pid
  until curl -fs "http://127.0.0.1:$2/actuator/health" 2> /dev/null | grep -q '"status":"UP"'; do
    kill -0 "$3" 2> /dev/null || { echo "$1 exited:" >&2; tail -30 "$work/$1.log" >&2; exit 1; }
    sleep 0.2
  done
}

kafka_port=$(free_port)
source scripts/kafka-broker/broker.sh
start_kafka_broker "$work" "$kafka_port" "$(free_port)"
pids+=("$KAFKA_PID")

catalog_port=$(free_port)
monolith_port=$(free_port)
secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
issuer=http://127.0.0.1:$monolith_port
start_cleave() { # name, port, topology, more NAME=value settings...
  env CLEAVE_DATA_DIR="$work/$1" CLEAVE_TOPOLOGY_LOCAL="$3" SERVER_PORT="$2" \
    SPRING_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$kafka_port" \
    CLEAVE_TOPOLOGY_REMOTE_CATALOG_URL="http://127.0.0.1:$catalog_port" \
    CLEAVE_TOPOLOGY_REMOTE_CUSTOMER_URL="$issuer" CLEAVE_TOPOLOGY_REMOTE_INVENTORY_URL="$issuer" \
    CLEAVE_TOPOLOGY_REMOTE_ORDERING_URL="$issuer" CLEAVE_TOPOLOGY_REMOTE_PAYMENT_URL="$issuer" \
    CLEAVE_TOPOLOGY_REMOTE_SETTLEMENT_URL="$issuer" \
    "${@:4}" java -jar "$jar" > "$work/$1.log" 2>&1 &
  pids+=("$!")
}
start_cleave catalog "$catalog_port" catalog \
  SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI="$issuer/dev/jwks" \
  SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI=urn:cleave:dev-issuer \
  SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTID=cleave-service \
  SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTSECRET="$secret" \
  SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_AUTHORIZATIONGRANTTYPE=client_credentials \
  SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CLEAVE_TOKENURI="$issuer/dev/oauth2/token"
catalog_pid=${pids[-1]}

unzip -q -j -o "$jar" 'BOOT-INF/lib/postgresql-*.jar' -d "$work/lib"
measure() { # label, more NAME=value settings of the monolith...
  start_cleave monolith "$monolith_port" customer,inventory,ordering,payment,settlement \
    CLEAVE_GATEWAY_ENABLED=true CLEAVE_SECURITY_DEV_ISSUER_ENABLED=true CLEAVE_SECURITY_DEV_ISSUER_CLIENT_SECRET="$secret" \
    "${@:2}"
  local pid=${pids[-1]}
  await_ready monolith "$monolith_port" "$pid"
  await_ready catalog "$catalog_port" "$catalog_pid"
  # The embedded server's port is on line 4 of its postmaster.pid.
  local pg_port
  pg_port=$(sed -n 4p "$work/monolith/postgres/postmaster.pid")
  echo "--- $1"
  java -cp "$work/lib/*" scripts/bench/OrderThroughput.java "http://127.0.0.1:$monolith_port" \
    "jdbc:postgresql://localhost:$pg_port/postgres" "$seconds" "$clients" | grep '^orders:'
  kill "$pid"
  wait "$pid" 2> /dev/null || true
}
measure "with the quote cache (Caffeine)"
measure "without a cache (spring.cache.type=none): every quote over HTTP" SPRING_CACHE_TYPE=none
