-- The events of one group commit (or of CSV files), appended here before they are stored; a resent
-- event of the same intake is left out before. batch: the request (or file); seq: the order of all.
CREATE OR REPLACE TEMP TABLE hako_event_intake (
    seq          INTEGER NOT NULL,
    batch        INTEGER NOT NULL,
    event_id     VARCHAR NOT NULL,
    occurred_at  TIMESTAMP NOT NULL,
    type         VARCHAR NOT NULL,
    visitor_id   VARCHAR NOT NULL,
    customer_id  VARCHAR,
    product_code VARCHAR,
    product_name VARCHAR,
    price        DECIMAL(18, 2),
    quantity     INTEGER,
    order_id     VARCHAR,
    url          VARCHAR
);
