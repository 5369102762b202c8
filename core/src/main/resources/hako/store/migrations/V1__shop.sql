-- The shop's order history, customers and products, as Hako normalises them on import.
-- Keys are kept by the importer's merge (delete then insert in one transaction), not by
-- index constraints, which would slow bulk loads of millions of lines.

-- One row per order id. amount is the net amount paid for goods (returns and negative lines
-- already subtracted); an order is a purchase when it is not cancelled and amount > 0.
CREATE TABLE orders (
    order_id     VARCHAR NOT NULL,
    customer_id  VARCHAR,            -- NULL when the export named no customer: kept, reported, not attributed
    ordered_at   TIMESTAMP NOT NULL, -- local time in the shop's time zone
    order_date   DATE NOT NULL,      -- calendar day in the shop's time zone
    amount       DECIMAL(18, 2) NOT NULL,
    cancelled    BOOLEAN NOT NULL,
    status       VARCHAR,
    import_id    INTEGER NOT NULL
);

-- The lines of an order when the export has them (product, quantity, unit price).
CREATE TABLE order_lines (
    order_id     VARCHAR NOT NULL,
    line_no      INTEGER NOT NULL,
    product_code VARCHAR,
    product_name VARCHAR,
    quantity     DECIMAL(18, 3),
    unit_price   DECIMAL(18, 2),
    amount       DECIMAL(18, 2)
);

CREATE TABLE customers (
    customer_id   VARCHAR NOT NULL,
    email         VARCHAR,
    name          VARCHAR,
    phone         VARCHAR,
    postal_code   VARCHAR,
    address       VARCHAR,
    line_user_id  VARCHAR,
    consent_email BOOLEAN,
    consent_line  BOOLEAN,
    consent_dm    BOOLEAN,
    consent_phone BOOLEAN,
    referred_by   VARCHAR,
    import_id     INTEGER NOT NULL
);

CREATE TABLE products (
    product_code VARCHAR NOT NULL,
    name         VARCHAR,
    category     VARCHAR,
    price        DECIMAL(18, 2),
    cycle_days   INTEGER,
    import_id    INTEGER NOT NULL
);

-- One row per import run that was committed.
CREATE TABLE imports (
    import_id     INTEGER NOT NULL,
    kind          VARCHAR NOT NULL,
    files         VARCHAR NOT NULL,
    rows_read     BIGINT NOT NULL,
    records       BIGINT NOT NULL,
    imported_at   TIMESTAMP NOT NULL
);
