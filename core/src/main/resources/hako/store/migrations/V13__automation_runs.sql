-- The automations' evaluation at scale (issue 7). automation_triggers loses its PRIMARY KEY and UNIQUE
-- constraint: DuckDB maintains an ART index entry per key and row, which made writing a million carts'
-- messages the largest single cost of an evaluation. A decision is still stored at most once: the only
-- writer (hako.automations.Automations, one evaluation at a time per process, and DuckDB lets one process
-- open the file) inserts only (customer_id, scenario, trigger_key, step) not yet stored, and trigger_id is
-- made from exactly those (scenario:customer_id:trigger_key:step). DuckDB cannot drop a constraint, so
-- the table is rebuilt with the same columns.
ALTER TABLE automation_triggers RENAME TO automation_triggers_v6;

CREATE TABLE automation_triggers (
    trigger_id    VARCHAR NOT NULL,  -- scenario:customer_id:trigger_key:step
    scenario      VARCHAR NOT NULL,  -- cart_abandonment, browse_retargeting, recommendation
    customer_id   VARCHAR NOT NULL,
    trigger_key   VARCHAR NOT NULL,  -- e.g. the cart's first add_to_cart event id, product + day, order id
    step          INTEGER NOT NULL,  -- 1, 2, …
    decided_at    TIMESTAMP NOT NULL,
    due_at        TIMESTAMP NOT NULL,
    items         VARCHAR NOT NULL,  -- JSON array of {"product_code","product_name","price","quantity","url"}
    link          VARCHAR,           -- where the message's main button leads (cart, product page)
    cancelled_at  TIMESTAMP,         -- a purchase (or unsubscribe, scenario switched off) ended it first
    cancel_reason VARCHAR
);

INSERT INTO automation_triggers SELECT * FROM automation_triggers_v6;

DROP TABLE automation_triggers_v6;

-- One row per evaluation that wrote its decisions (not dry runs). The next evaluation looks again only at
-- carts that changed or became due since the latest one with cart abandonment on before its own instant
-- (less a margin for events still being committed then), and at events received since (cart.sql).
CREATE TABLE automation_runs (
    evaluated_at TIMESTAMP NOT NULL,  -- the evaluation's instant (UTC)
    scenarios    VARCHAR[] NOT NULL,  -- the scenarios that were on
    decided      BIGINT NOT NULL,     -- messages it decided, all scenarios
    cancelled    BIGINT NOT NULL      -- pending messages it cancelled
);
