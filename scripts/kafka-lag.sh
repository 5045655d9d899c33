#!/usr/bin/env bash
# How far a consumer group is behind: records sent to its topics that it has not taken in yet.
# Runs Kafka's own consumer group tool (kafka-consumer-groups) from the Maven jars and prints its
# table and the total. Exits 0 only when the group has caught up (total lag 0).
# Usage: scripts/kafka-lag.sh <bootstrap-servers> <group>    e.g. 127.0.0.1:9092 cleave-payment
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 <bootstrap-servers> <group>" >&2; exit 64; }
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q -f scripts/kafka-broker/pom.xml dependency:build-classpath -Dmdep.outputFile="$classpath_file"
table=$(java -cp "$(cat "$classpath_file")" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
  --bootstrap-server "$1" --describe --group "$2" 2> /dev/null)
echo "$table"
# Columns: GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG ...; a lag of "-" means the group
# has committed nothing on that partition yet, so all of it (LOG-END-OFFSET) is still to be taken in.
lag=$(echo "$table" | awk -v group="$2" '$1 == group && $3 ~ /^[0-9]+$/ { total += ($6 == "-" ? $5 : $6) }
  END { print total + 0 }')
echo "total lag of $2: $lag"
[ "$lag" = 0 ]
