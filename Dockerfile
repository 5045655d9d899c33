# Cleave as a container image: the one jar, layered, run as a non-root user.
# The same image runs the monolith and every extracted service; CLEAVE_TOPOLOGY_LOCAL says which.
#   docker build -t cleave .
#   docker compose up        (docker-compose.yml: PostgreSQL, Kafka, the monolith, payment, catalog)

# Build: the Maven wrapper and a JDK, nothing else.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar application/target/cleave.jar extract --layers --launcher --destination /layers

# Run: a JRE, the jar's layers from the least to the most often changed, so a code change rebuilds
# only the last layer.
FROM eclipse-temurin:17-jre
# A fixed id, so that Kubernetes can check runAsNonRoot (deploy/k8s runs it as 10001).
RUN groupadd --system --gid 10001 cleave && useradd --system --uid 10001 --gid cleave --home-dir /app cleave \
 && mkdir -p /app /data/keys && chown cleave:cleave /app /data /data/keys
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER cleave
# Without SPRING_DATASOURCE_URL the embedded PostgreSQL keeps its data here.
ENV CLEAVE_DATA_DIR=/data
EXPOSE 8080
# Ready means /actuator/health answers UP (bash's /dev/tcp: no curl needed in the image).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
