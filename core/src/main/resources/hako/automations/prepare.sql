-- Before any scenario: who each merged visitor is, and empty work tables for what this evaluation
-- decides (au_new), cancels (au_cancel) and leaves out (au_skipped). Variables: au_now (UTC), au_zone.
-- Times in events and automation_triggers are UTC; orders.ordered_at is local time in the shop's zone.
CREATE OR REPLACE TEMP MACRO au_utc(local_time) AS timezone('UTC', timezone(getvariable('au_zone'), local_time));

CREATE OR REPLACE TEMP TABLE au_visitors AS
SELECT visitor_id, arg_max(customer_id, linked_at) AS customer_id
FROM visitor_customers
GROUP BY visitor_id;

CREATE OR REPLACE TEMP TABLE au_new (
    scenario    VARCHAR NOT NULL,
    customer_id VARCHAR NOT NULL,
    trigger_key VARCHAR NOT NULL,
    step        INTEGER NOT NULL,
    due_at      TIMESTAMP NOT NULL,
    items       VARCHAR NOT NULL,
    link        VARCHAR
);

CREATE OR REPLACE TEMP TABLE au_cancel (
    trigger_id VARCHAR NOT NULL,
    scenario   VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL
);

CREATE OR REPLACE TEMP TABLE au_skipped (
    scenario VARCHAR NOT NULL,
    reason   VARCHAR NOT NULL,
    n        BIGINT NOT NULL
);
