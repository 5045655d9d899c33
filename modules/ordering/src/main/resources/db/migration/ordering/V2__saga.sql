-- The saga's deadline: until when an open order waits for its participant's reply.
ALTER TABLE ordering.orders ADD COLUMN deadline TIMESTAMPTZ;
CREATE INDEX orders_open_by_deadline ON ordering.orders (deadline) WHERE status IN ('PENDING', 'STOCK_RESERVED');

-- A client's Idempotency-Key for POST /api/orders, and the order it placed.
CREATE TABLE ordering.idempotency_key
(
    key        VARCHAR(200) NOT NULL PRIMARY KEY,
    order_id   UUID         NOT NULL REFERENCES ordering.orders (id),
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
