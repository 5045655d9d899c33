CREATE TABLE ordering.orders
(
    id                  UUID           NOT NULL PRIMARY KEY,
    customer_id         UUID           NOT NULL,
    placed_at           TIMESTAMPTZ    NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    cancellation_reason VARCHAR(30),
    total_amount        NUMERIC(19, 4) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    version             BIGINT         NOT NULL
);
CREATE INDEX orders_by_customer ON ordering.orders (customer_id, placed_at DESC);

CREATE TABLE ordering.order_line
(
    order_id   UUID           NOT NULL REFERENCES ordering.orders (id) ON DELETE CASCADE,
    line_no    INT            NOT NULL,
    sku        VARCHAR(64)    NOT NULL,
    quantity   INT            NOT NULL CHECK (quantity > 0),
    unit_price NUMERIC(19, 4) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
