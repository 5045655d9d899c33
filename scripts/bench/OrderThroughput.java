import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepted orders per second against a running Cleave, next to the commit rate of its own
 * PostgreSQL for the same writes. Run by scripts/bench-orders.sh; prints one line per phase.
 *
 * Order phase: CONCURRENCY clients POST /api/orders (one line) for SECONDS; an order is accepted
 * when it answers 201. Database phase: as many JDBC clients, for as long, each committing the rows
 * that placing an order writes in its transaction (an order row, its line, one outbox publication)
 * into a scratch schema, bench, which is dropped afterwards.
 *
 * Usage: java -cp postgresql.jar OrderThroughput.java BASE_URL JDBC_URL SECONDS CONCURRENCY
 */
public class OrderThroughput {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    /** A staff token from the development issuer, once got: the bench acts as the service desk. */
    private static String token;

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String jdbc = args[1];
        Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
        int concurrency = Integer.parseInt(args[3]);

        Matcher issued = ACCESS_TOKEN.matcher(post(api + "/dev/tokens", "{\"subject\":\"bench\",\"roles\":[\"staff\"]}").body());
        if (!issued.find()) {
            throw new IllegalStateException("No token from " + api + "/dev/tokens");
        }
        token = issued.group(1);
        String customer = id(post(api + "/api/customers", """
                {"email":"bench+%s@example.com","name":"Bench",
                 "shippingAddress":{"street":"1 Main St","city":"Berlin","postalCode":"10115","country":"DE"}}"""
                .formatted(UUID.randomUUID())));
        String sku = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        post(api + "/api/catalog/products", "{\"sku\":\"%s\",\"name\":\"Bench\",\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}"
                .formatted(sku));
        while (get(api + "/api/inventory/" + sku).statusCode() != 200) {
            Thread.sleep(100);
        }
        post(api + "/api/inventory/" + sku + "/receipts", "{\"quantity\":100000000}");
        String order = "{\"customerId\":\"%s\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}".formatted(customer, sku);

        post(api + "/api/orders", order); // warm the path once
        Result orders = run(concurrency, duration, () -> post(api + "/api/orders", order).statusCode() == 201);
        System.out.printf("orders:   %,9.1f accepted/s  (p50 %d ms, p99 %d ms, %d accepted, %d clients, %d s)%n",
                orders.perSecond(), orders.percentile(50), orders.percentile(99), orders.count(), concurrency,
                duration.toSeconds());

        try (Connection setup = DriverManager.getConnection(jdbc, "postgres", "")) {
            setup.createStatement().execute("""
                    drop schema if exists bench cascade;
                    create schema bench;
                    create table bench.orders (id uuid primary key, customer_id uuid not null, owner varchar(255), placed_at timestamptz not null,
                        status varchar(32) not null, deadline timestamptz, total_amount numeric(19,4) not null,
                        currency char(3) not null, version bigint not null);
                    create table bench.order_line (order_id uuid not null, line_no int not null, sku varchar(64) not null,
                        quantity int not null, unit_price numeric(19,4) not null, primary key (order_id, line_no));
                    create table bench.event_publication (id uuid primary key, listener_id text not null,
                        event_type text not null, serialized_event text not null, publication_date timestamptz not null,
                        completion_date timestamptz, status text, completion_attempts int, last_resubmission_date timestamptz);""");
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(jdbc, "postgres", "");
                connection.setAutoCommit(false);
                return connection;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Result commits = run(concurrency, duration, () -> commitOrderRows(connections.get()));
        System.out.printf("database: %,9.1f commits/s   (p50 %d ms, p99 %d ms, same rows per transaction, %d clients)%n",
                commits.perSecond(), commits.percentile(50), commits.percentile(99), concurrency);
        try (Connection cleanup = DriverManager.getConnection(jdbc, "postgres", "")) {
            cleanup.createStatement().execute("drop schema bench cascade");
        }
        double ratio = orders.perSecond() / commits.perSecond();
        System.out.printf("ratio:    %.2f of the database's commit rate (target >= 0.30): %s%n", ratio,
                ratio >= 0.3 ? "met" : "NOT met");
    }

    private static boolean commitOrderRows(Connection connection) throws Exception {
        UUID order = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement orders = connection.prepareStatement(
                "insert into bench.orders values (?, ?, null, ?, 'PENDING', ?, 1.00, 'EUR', 0)");
                PreparedStatement line = connection.prepareStatement(
                        "insert into bench.order_line values (?, 0, 'BENCH-SKU', 1, 1.00)");
                PreparedStatement publication = connection.prepareStatement(
                        "insert into bench.event_publication (id, listener_id, event_type, serialized_event, publication_date, status)"
                                + " values (?, 'io.cleave.inventory.adapter.in.messaging.StockCommands.reserve(io.cleave.inventory.api.ReserveStock)',"
                                + " 'io.cleave.inventory.api.ReserveStock', ?, ?, 'PUBLISHED')")) {
            orders.setObject(1, order);
            orders.setObject(2, UUID.randomUUID());
            orders.setTimestamp(3, now);
            orders.setTimestamp(4, now);
            orders.executeUpdate();
            line.setObject(1, order);
            line.executeUpdate();
            publication.setObject(1, UUID.randomUUID());
            publication.setString(2, "{\"messageId\":\"%s\",\"reference\":\"%s\",\"lines\":[{\"sku\":\"BENCH-SKU\",\"quantity\":1}]}"
                    .formatted(UUID.randomUUID(), order));
            publication.setTimestamp(3, now);
            publication.executeUpdate();
            connection.commit();
            return true;
        }
    }

    interface Operation {
        boolean run() throws Exception;
    }

    record Result(long count, Duration duration, List<Long> millis) {

        double perSecond() {
            return count * 1000.0 / duration.toMillis();
        }

        long percentile(int p) {
            return millis.isEmpty() ? 0 : millis.get(Math.min(millis.size() - 1, millis.size() * p / 100));
        }
    }

    private static Result run(int concurrency, Duration duration, Operation operation) throws Exception {
        AtomicLong done = new AtomicLong();
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    if (operation.run()) {
                        done.incrementAndGet();
                        millis.add((System.nanoTime() - t) / 1_000_000);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Result(done.get(), took, sorted);
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        return HTTP.send(authorized(HttpRequest.newBuilder(URI.create(url))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(authorized(HttpRequest.newBuilder(URI.create(url))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static String id(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }
}
