#!/usr/bin/env bash
# Payment extracted, on one machine, without Docker, behind one entry point: a real Kafka broker
# (KRaft, single node, run from the kafka_2.13 jars in Maven), and three processes of
# application/target/cleave.jar: the gateway (no context: it authenticates and forwards the API, and
# runs the development token issuer), the monolith without payment and the payment service, each of
# those two with its own embedded PostgreSQL. The two services trust the gateway's issuer: they read
# its key set and get their service tokens from its token endpoint (client credentials, a secret made
# for the run). Prints the URLs; Ctrl-C stops everything. Data (broker log, both databases, the
# issuer's key) stays under $SPLIT_DEMO_DIR.
#
# Usage: scripts/split-demo.sh            run until Ctrl-C
#        scripts/split-demo.sh --smoke    start, put one order through the saga, stop (exit 0 if CONFIRMED)
# Environment: SPLIT_DEMO_DIR (./data/split), GATEWAY_PORT (8080), MONOLITH_PORT (8081),
#              PAYMENT_PORT (8082), KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mkdir -p "${SPLIT_DEMO_DIR:-./data/split}" && cd "${SPLIT_DEMO_DIR:-./data/split}" && pwd)
gateway_port=${GATEWAY_PORT:-8080}
monolith_port=${MONOLITH_PORT:-8081}
payment_port=${PAYMENT_PORT:-8082}
kafka_port=${KAFKA_PORT:-9092}
controller_port=${KAFKA_CONTROLLER_PORT:-9093}
jar=application/target/cleave.jar
[ -f "$jar" ] || ./mvnw -q package -DskipTests

pids=()
stop_all() {
  trap - INT TERM EXIT
  # The applications first (they drain into the broker and their databases), then the broker.
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
  echo "Stopped. Logs and data: $dir"
}
trap stop_all INT TERM EXIT

await_ready() { # name, port, pid
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$2/actuator/health" > /dev/null 2>&1 && return 0
    kill -0 "$3" 2> /dev/null || { echo "$1 did not start; see $dir/$1.log" >&2; return 1; }
    sleep 0.2
  done
  echo "$1 is not ready after 120 s; see $dir/$1.log" >&2; return 1
}

# The broker, its log directory formatted once.
source scripts/kafka-broker/broker.sh
start_kafka_broker "$dir" "$kafka_port" "$controller_port"
pids=("$KAFKA_PID" "${pids[@]}")

# The same jar three times, with three topologies and three data directories.
secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
issuer=http://127.0.0.1:$gateway_port
start_cleave() { # name, port, topology, more NAME=value settings...
  for setting in "${@:4}"; do [[ $setting == *=* ]] || { echo "not NAME=value: $setting" >&2; exit 2; }; done
  env CLEAVE_DATA_DIR="$dir/$1" CLEAVE_TOPOLOGY_LOCAL="$3" SERVER_PORT="$2" \
    CLEAVE_TOPOLOGY_REMOTE_PAYMENT_URL="http://127.0.0.1:$payment_port" \
    CLEAVE_TOPOLOGY_REMOTE_CATALOG_URL="http://127.0.0.1:$monolith_port" \
    CLEAVE_TOPOLOGY_REMOTE_CUSTOMER_URL="http://127.0.0.1:$monolith_port" \
    CLEAVE_TOPOLOGY_REMOTE_INVENTORY_URL="http://127.0.0.1:$monolith_port" \
    CLEAVE_TOPOLOGY_REMOTE_ORDERING_URL="http://127.0.0.1:$monolith_port" \
    CLEAVE_TOPOLOGY_REMOTE_SETTLEMENT_URL="http://127.0.0.1:$monolith_port" \
    "${@:4}" java -jar "$jar" > "$dir/$1.log" 2>&1 &
  pids=("$!" "${pids[@]}")
}
trusting_the_gateway=(SPRING_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$kafka_port"
  SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI="$issuer/dev/jwks"
  SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI=urn:cleave:dev-issuer
  SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTID=cleave-service
  SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTSECRET="$secret"
  SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_AUTHORIZATIONGRANTTYPE=client_credentials
  SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CLEAVE_TOKENURI="$issuer/dev/oauth2/token")
start_cleave payment "$payment_port" payment "${trusting_the_gateway[@]}"
payment_pid=${pids[0]}
start_cleave monolith "$monolith_port" catalog,customer,inventory,ordering,settlement "${trusting_the_gateway[@]}"
monolith_pid=${pids[0]}
start_cleave gateway "$gateway_port" none CLEAVE_GATEWAY_ENABLED=true CLEAVE_SECURITY_DEV_ISSUER_ENABLED=true \
  CLEAVE_SECURITY_DEV_ISSUER_CLIENT_SECRET="$secret"
gateway_pid=${pids[0]}
await_ready gateway "$gateway_port" "$gateway_pid"
await_ready payment "$payment_port" "$payment_pid"
await_ready monolith "$monolith_port" "$monolith_pid"

cat <<TEXT
Cleave, payment extracted, behind the gateway:
  gateway: the one address for clients, the whole API                      http://127.0.0.1:$gateway_port
  monolith (catalog, customer, inventory, ordering, settlement)            http://127.0.0.1:$monolith_port  (API docs: /swagger-ui.html)
  payment service                                                          http://127.0.0.1:$payment_port
  Kafka                                                                    127.0.0.1:$kafka_port
Tokens: curl -X POST http://127.0.0.1:$gateway_port/dev/tokens -H 'Content-Type: application/json' \
          -d '{"subject":"alice","roles":["customer"]}'   (roles: customer, staff)
Logs and data in $dir. Ctrl-C stops everything.
TEXT

if [ "${1:-}" != --smoke ]; then
  wait
  exit 0
fi

# --smoke: one order through the saga, across both services, through the gateway, as the service desk (staff).
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
token=$(curl -fsS -H 'Content-Type: application/json' -X POST "http://127.0.0.1:$gateway_port/dev/tokens" \
  -d '{"subject":"demo-desk","roles":["staff"]}' | field access_token)
api() { curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $token" "$@"; }
customer=$(api -X POST "http://127.0.0.1:$gateway_port/api/customers" -d '{"email":"demo+'"$RANDOM$RANDOM"'@example.com","name":"Demo",
  "shippingAddress":{"street":"1 Main St","city":"Berlin","postalCode":"10115","country":"DE"}}' | field id)
sku="DEMO-$RANDOM$RANDOM"
api -X POST "http://127.0.0.1:$gateway_port/api/catalog/products" -d '{"sku":"'"$sku"'","name":"Demo","price":{"amount":"9.90","currency":"EUR"}}' > /dev/null
for _ in $(seq 1 100); do api "http://127.0.0.1:$gateway_port/api/inventory/$sku" > /dev/null 2>&1 && break; sleep 0.2; done
api -X POST "http://127.0.0.1:$gateway_port/api/inventory/$sku/receipts" -d '{"quantity":3}' > /dev/null
order=$(api -X POST "http://127.0.0.1:$gateway_port/api/orders" -d '{"customerId":"'"$customer"'","lines":[{"sku":"'"$sku"'","quantity":1}]}' | field id)
status=
for _ in $(seq 1 300); do
  status=$(api "http://127.0.0.1:$gateway_port/api/orders/$order" | field status)
  [ "$status" = CONFIRMED ] || [ "$status" = CANCELLED ] && break
  sleep 0.2
done
payment=$(api "http://127.0.0.1:$gateway_port/api/payments?reference=$order" | field status)
echo "order $order: $status; payment: $payment"
[ "$status" = CONFIRMED ] && [ "$payment" = CAPTURED ]
