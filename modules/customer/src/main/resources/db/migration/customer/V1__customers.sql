CREATE TABLE customer.customer
(
    id          UUID         NOT NULL PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    street      VARCHAR(200) NOT NULL,
    city        VARCHAR(100) NOT NULL,
    postal_code VARCHAR(20)  NOT NULL,
    country     CHAR(2)      NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT customer_email_unique UNIQUE (email)
);
