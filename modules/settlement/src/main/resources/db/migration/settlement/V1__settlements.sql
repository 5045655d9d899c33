CREATE TABLE settlement.settlement
(
    id            UUID           NOT NULL PRIMARY KEY,
    business_date DATE           NOT NULL,
    currency      CHAR(3)        NOT NULL,
    gross         NUMERIC(19, 4) NOT NULL,
    refunds       NUMERIC(19, 4) NOT NULL,
    status        VARCHAR(16)    NOT NULL,
    closed_at     TIMESTAMPTZ,
    version       BIGINT         NOT NULL,
    CONSTRAINT settlement_per_day_and_currency UNIQUE (business_date, currency)
);

-- Each payment's capture and refund is booked once, on one settlement.
CREATE TABLE settlement.entry
(
    payment_id    UUID           NOT NULL,
    kind          VARCHAR(16)    NOT NULL,
    settlement_id UUID           NOT NULL REFERENCES settlement.settlement (id),
    amount        NUMERIC(19, 4) NOT NULL,
    PRIMARY KEY (payment_id, kind)
);
