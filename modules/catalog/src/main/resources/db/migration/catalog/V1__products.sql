CREATE TABLE catalog.product
(
    id             UUID          NOT NULL PRIMARY KEY,
    sku            VARCHAR(64)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    price_amount   NUMERIC(19, 4) NOT NULL,
    price_currency CHAR(3)       NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT product_sku_unique UNIQUE (sku)
);
