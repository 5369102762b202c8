-- Site events (POST /api/v1/events, hako.js, events CSV) and the decisions the automations take from
-- them. This file is the contract between ingestion (which writes events and visitor_customers) and
-- the automations (which read them and write automation_triggers for delivery to pick up). Times are
-- UTC instants; the shop's calendar day is taken with the shop's zone (HakoSettings.zone).

-- One site event as received. event_id is the sender's id when it gave one (a resent batch is not
-- stored twice), otherwise one the server made up.
CREATE TABLE events (
    event_id     VARCHAR NOT NULL,
    received_at  TIMESTAMP NOT NULL,
    occurred_at  TIMESTAMP NOT NULL,
    type         VARCHAR NOT NULL,   -- product_view, add_to_cart, remove_from_cart, checkout, purchase
    visitor_id   VARCHAR NOT NULL,   -- hako.js's anonymous id (first-party cookie)
    customer_id  VARCHAR,            -- when the site knew the customer (login, purchase)
    product_code VARCHAR,
    product_name VARCHAR,
    price        DECIMAL(18, 2),     -- unit price
    quantity     INTEGER,
    order_id     VARCHAR,            -- purchase only: the order it made (also written to orders)
    url          VARCHAR,            -- the page (product page, cart) the event happened on
    import_id    INTEGER             -- set when the event came from an events CSV
);

-- Anonymous visitors known to be a customer (merged on login or purchase). A visitor's events before
-- the merge count for the customer from then on.
CREATE TABLE visitor_customers (
    visitor_id   VARCHAR NOT NULL,
    customer_id  VARCHAR NOT NULL,
    linked_at    TIMESTAMP NOT NULL
);

-- One message an automation decided to send: scenario, customer, what started it and which step.
-- (customer_id, scenario, trigger_key, step) is unique: deciding again never makes a second one.
-- Delivery picks up triggers whose due_at has come and that are not cancelled.
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
    cancel_reason VARCHAR,
    PRIMARY KEY (trigger_id),
    UNIQUE (customer_id, scenario, trigger_key, step)
);
