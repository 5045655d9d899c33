# Sourced by the scripts that run a split on one machine: a real Kafka broker (KRaft, single node)
# from the kafka_2.13 jars in Maven (pom.xml beside this file).
#   start_kafka_broker <directory> <port> <controller port>
# formats <directory>/kafka-logs once, starts the broker in the background (its log in
# <directory>/kafka.log), sets KAFKA_PID and returns once the port accepts connections.

start_kafka_broker() {
  local dir=$1 port=$2 controller_port=$3
  ./mvnw -q -f scripts/kafka-broker/pom.xml dependency:build-classpath -Dmdep.outputFile="$dir/kafka.classpath"
  local classpath
  classpath=$(cat "$dir/kafka.classpath")
  cat > "$dir/server.properties" <<PROPERTIES
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.quorum.bootstrap.servers=127.0.0.1:$controller_port
log.dirs=$dir/kafka-logs
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES
  if [ ! -f "$dir/kafka-logs/meta.properties" ]; then
    local cluster_id
    cluster_id=$(java -cp "$classpath" kafka.tools.StorageTool random-uuid 2> /dev/null)
    java -cp "$classpath" kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$dir/server.properties" \
      > "$dir/kafka-format.log" 2>&1
  fi
  java -Xmx512m -cp "$classpath" kafka.Kafka "$dir/server.properties" > "$dir/kafka.log" 2>&1 &
  KAFKA_PID=$!
  for _ in $(seq 1 600); do
    if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then return 0; fi
    kill -0 "$KAFKA_PID" 2> /dev/null || { echo "kafka did not start; see $dir/kafka.log" >&2; return 1; }
    sleep 0.2
  done
  echo "kafka is not up after 120 s; see $dir/kafka.log" >&2
  return 1
}
