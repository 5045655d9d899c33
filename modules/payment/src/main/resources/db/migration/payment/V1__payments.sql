CREATE TABLE payment.payment
(
    id             UUID           NOT NULL PRIMARY KEY,
    reference      VARCHAR(100)   NOT NULL,
    amount         NUMERIC(19, 4) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    decline_reason VARCHAR(200),
    charged_at     TIMESTAMPTZ    NOT NULL,
    refunded_at    TIMESTAMPTZ,
    version        BIGINT         NOT NULL,
    -- The last line of defence against charging a reference twice.
    CONSTRAINT payment_reference_unique UNIQUE (reference)
);
