CREATE TABLE inventory.stock_item
(
    sku      VARCHAR(64) NOT NULL PRIMARY KEY,
    on_hand  INT         NOT NULL CHECK (on_hand >= 0),
    reserved INT         NOT NULL CHECK (reserved >= 0 AND reserved <= on_hand),
    version  BIGINT      NOT NULL
);

-- One row per reference: what inventory did for it (held, rejected, released, committed).
CREATE TABLE inventory.reservation
(
    reference VARCHAR(100) NOT NULL PRIMARY KEY,
    status    VARCHAR(16)  NOT NULL,
    version   BIGINT       NOT NULL
);

CREATE TABLE inventory.reservation_line
(
    reference VARCHAR(100) NOT NULL REFERENCES inventory.reservation (reference) ON DELETE CASCADE,
    line_no   INT          NOT NULL,
    sku       VARCHAR(64)  NOT NULL,
    quantity  INT          NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reference, line_no)
);
