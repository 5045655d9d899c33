-- The subject of the customer an order belongs to, so that who may see it is decided here.
ALTER TABLE ordering.orders ADD COLUMN owner VARCHAR(255);
CREATE INDEX orders_by_owner ON ordering.orders (owner, placed_at DESC);

-- An Idempotency-Key belongs to the customer who sent it: another customer's equal key is theirs.
ALTER TABLE ordering.idempotency_key ADD COLUMN customer_id UUID;
UPDATE ordering.idempotency_key k SET customer_id = o.customer_id FROM ordering.orders o WHERE o.id = k.order_id;
ALTER TABLE ordering.idempotency_key ALTER COLUMN customer_id SET NOT NULL;
ALTER TABLE ordering.idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE ordering.idempotency_key ADD PRIMARY KEY (customer_id, key);
