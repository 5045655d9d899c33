package io.cleave.ordering.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cleave.kernel.Page;
import io.cleave.kernel.PageRequest;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.IdempotencyKeyUsedException;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.Orders;

/**
 * Orders through Spring Data JDBC for single aggregates. Lists are read with two statements, the
 * orders and then all their lines, instead of Spring Data's one extra statement per order.
 */
@Component
class JdbcOrders implements Orders {

    private static final String ORDER_COLUMNS =
            "id, customer_id, owner, placed_at, status, cancellation_reason, deadline, total_amount, currency, version";

    private final OrderRows rows;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient sql;

    JdbcOrders(OrderRows rows, JdbcAggregateTemplate aggregates, JdbcClient sql) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.sql = sql;
    }

    @Override
    public Optional<Order> byId(OrderId id) {
        return rows.findById(id.value()).map(OrderRow::toOrder);
    }

    @Override
    public Page<Order> ofCustomer(CustomerRef customer, PageRequest request) {
        return page("customer_id = :customer", Map.of("customer", customer.value()), request);
    }

    @Override
    public Page<Order> ofOwner(String owner, PageRequest request) {
        return page("owner = :owner", Map.of("owner", owner), request);
    }

    @Override
    public Page<Order> ofCustomerAndOwner(CustomerRef customer, String owner, PageRequest request) {
        return page("customer_id = :customer and owner = :owner", Map.of("customer", customer.value(), "owner", owner),
                request);
    }

    /** One page of the orders that meet {@code condition} (a constant of this class, never input). */
    private Page<Order> page(String condition, Map<String, Object> values, PageRequest request) {
        List<OrderRow> page = withLines(sql.sql("select " + ORDER_COLUMNS + " from ordering.orders"
                        + " where " + condition + " order by placed_at desc, id limit :limit offset :offset")
                .params(values)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(JdbcOrders::orderWithoutLines)
                .list());
        long total = sql.sql("select count(*) from ordering.orders where " + condition)
                .params(values)
                .query(Long.class)
                .single();
        return Page.of(page.stream().map(OrderRow::toOrder).toList(), request, total);
    }

    @Override
    public List<Order> openOrdersOf(CustomerRef customer) {
        return withLines(sql.sql("select " + ORDER_COLUMNS + " from ordering.orders"
                        + " where customer_id = :customer and status in ('PENDING', 'STOCK_RESERVED') order by placed_at")
                .param("customer", customer.value())
                .query(JdbcOrders::orderWithoutLines)
                .list())
                .stream().map(OrderRow::toOrder).toList();
    }

    /** Skips orders another process is handling, so several instances can check deadlines at once. */
    @Override
    public List<Order> overdue(Instant now, int limit) {
        return withLines(sql.sql("select " + ORDER_COLUMNS + " from ordering.orders"
                        + " where status in ('PENDING', 'STOCK_RESERVED') and deadline < :now"
                        + " order by deadline limit :limit for update skip locked")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("limit", limit)
                .query(JdbcOrders::orderWithoutLines)
                .list())
                .stream().map(OrderRow::toOrder).toList();
    }

    @Override
    public Optional<Order> byIdempotencyKey(CustomerRef customer, String key) {
        return sql.sql("select order_id from ordering.idempotency_key where customer_id = :customer and key = :key")
                .param("customer", customer.value())
                .param("key", key)
                .query(UUID.class)
                .optional()
                .flatMap(rows::findById)
                .map(OrderRow::toOrder);
    }

    @Override
    public void add(Order order) {
        // insert, not save: the id is assigned by the domain, so save would try an UPDATE
        aggregates.insert(OrderRow.of(order).withoutVersion());
    }

    /** One statement for all of them; their versions stay, as no state of the saga changes. */
    @Override
    public int assignOwner(CustomerRef customer, String owner) {
        return sql.sql("update ordering.orders set owner = :owner where customer_id = :customer"
                        + " and owner is distinct from :owner")
                .param("owner", owner)
                .param("customer", customer.value())
                .update();
    }

    @Override
    public void add(Order order, String idempotencyKey) {
        add(order);
        try {
            sql.sql("insert into ordering.idempotency_key (customer_id, key, order_id) values (:customer, :key, :order)")
                    .param("customer", order.customer().value())
                    .param("key", idempotencyKey)
                    .param("order", order.id().value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IdempotencyKeyUsedException(idempotencyKey);
        }
    }

    @Override
    public void update(Order order) {
        aggregates.update(OrderRow.of(order));
    }

    private List<OrderRow> withLines(List<OrderRow> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        Map<UUID, List<OrderLineRow>> lines = new LinkedHashMap<>();
        orders.forEach(order -> lines.put(order.id(), new ArrayList<>()));
        RowCallbackHandler collectLine = rs -> lines.get(rs.getObject("order_id", UUID.class))
                .add(new OrderLineRow(rs.getString("sku"), rs.getInt("quantity"), rs.getBigDecimal("unit_price")));
        sql.sql("select order_id, sku, quantity, unit_price from ordering.order_line"
                        + " where order_id in (:orders) order by order_id, line_no")
                .param("orders", lines.keySet())
                .query(collectLine);
        return orders.stream().map(order -> order.withLines(lines.get(order.id()))).toList();
    }

    private static OrderRow orderWithoutLines(ResultSet rs, int row) throws SQLException {
        return new OrderRow(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getString("owner"), instant(rs, "placed_at"), rs.getString("status"),
                rs.getString("cancellation_reason"), instant(rs, "deadline"), rs.getBigDecimal("total_amount"),
                rs.getString("currency"),
                List.of(), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
