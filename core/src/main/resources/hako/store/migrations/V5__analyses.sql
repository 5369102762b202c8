-- Inputs of the analyses that do not come from orders: acquisition spend (for CPO) and NPS survey
-- answers. Both are upserted by key on import: a re-import replaces what it names, keeps the rest.

-- Acquisition spend per month (the first day of the month) and channel ('' when the file has none).
CREATE TABLE acquisition_spend (
    month     DATE NOT NULL,
    channel   VARCHAR NOT NULL,
    amount    DECIMAL(18, 2) NOT NULL,
    import_id INTEGER NOT NULL
);

-- One NPS answer: who, when (shop's calendar day), the score 0–10 and the free comment.
-- Keyed by customer and day: a second answer of the same day replaces the first.
CREATE TABLE nps_responses (
    customer_id  VARCHAR NOT NULL,
    responded_on DATE NOT NULL,
    score        INTEGER NOT NULL,
    comment      VARCHAR,
    import_id    INTEGER NOT NULL
);
