-- The analyses' per-customer facts at an as-of date (hako.analyses.facts.AnalysisFacts), stored once
-- per as-of date and data version (the last import) so that each analysis aggregates at most one row per
-- customer instead of scanning every order and order line. A later import makes them stale: readers
-- check analysis_fact_snapshots and compute afresh when it does not hold the current data version.

CREATE TABLE analysis_fact_snapshots (
    as_of        DATE NOT NULL,
    data_version BIGINT NOT NULL,
    computed_at  TIMESTAMP NOT NULL
);

-- One row per customer with a purchase at as-of: F, M, the first purchase (day, order, month), days to
-- the second, revenue in the 12 months from the first day (NULL until they have ended), whether they
-- bought again in calendar months 2–12, their peak calendar month's purchases and years, units per
-- order, their latest purchase dates (newest first, at most 50), the main item of each of their first
-- four purchases at product and category level with the days from the previous one, and how many
-- products their first order held.
CREATE TABLE customer_facts (
    as_of           DATE NOT NULL,
    customer_id     VARCHAR NOT NULL,
    f               BIGINT NOT NULL,
    m               DECIMAL(38, 2) NOT NULL,
    first_date      DATE NOT NULL,
    first_order     VARCHAR NOT NULL,
    first_month     DATE NOT NULL,
    days_to_second  BIGINT,
    sales12         DECIMAL(38, 2),
    continued12     BOOLEAN NOT NULL,
    peak_orders     BIGINT,
    peak_years      BIGINT,
    units_per_order DOUBLE,
    recent          DATE[],
    path_products   VARCHAR[],
    path_categories VARCHAR[],
    path_days       BIGINT[],
    entry_items     BIGINT NOT NULL
);

-- Per cohort (first-purchase month) and calendar month: customers who bought, orders, sales.
CREATE TABLE cohort_month_facts (
    as_of  DATE NOT NULL,
    cohort DATE NOT NULL,
    month  DATE NOT NULL,
    active BIGINT NOT NULL,
    orders BIGINT NOT NULL,
    sales  DECIMAL(38, 2) NOT NULL
);

-- The items of each customer's first order at each level (product: code, or name without one;
-- category: the products master's, '' without one), with the customer's first purchase day, days to
-- the second and revenue in the 12 months from the first day (NULL until they have ended).
CREATE TABLE entry_item_facts (
    as_of          DATE NOT NULL,
    level          VARCHAR NOT NULL,
    customer_id    VARCHAR NOT NULL,
    item           VARCHAR NOT NULL,
    first_date     DATE NOT NULL,
    days_to_second BIGINT,
    sales12        DECIMAL(38, 2)
);

-- One name per product: the one its lines carry most often.
CREATE TABLE item_label_facts (
    as_of DATE NOT NULL,
    item  VARCHAR NOT NULL,
    label VARCHAR
);

-- The repeat buyers' (F >= 2) journey at both levels (journey_aggregate.sql): kind node, link, gap or path,
-- with a path's share of the group and each figure's place in its kind (ord).
CREATE TABLE journey_facts (
    as_of       DATE NOT NULL,
    level       VARCHAR NOT NULL,
    grp         VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    step        INTEGER,
    item        VARCHAR,
    next_item   VARCHAR,
    path        VARCHAR[],
    customers   BIGINT NOT NULL,
    median_days DOUBLE,
    share       DOUBLE,
    ord         BIGINT NOT NULL
);
