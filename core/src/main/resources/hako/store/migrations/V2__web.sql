-- What the web app keeps: precomputed customer metrics, accounts, the board's plan and its
-- history, and the audit log of personal-data exports.

-- The customer table at an as-of date, as CustomerMetrics computes it, kept so that pages read it
-- instead of recomputing. data_version is the last import id it was computed from: a later import
-- makes it stale.
CREATE TABLE metric_snapshots (
    as_of        DATE NOT NULL,
    rules        VARCHAR NOT NULL,
    data_version BIGINT NOT NULL,
    computed_at  TIMESTAMP NOT NULL
);

CREATE TABLE customer_metrics (
    as_of          DATE NOT NULL,
    customer_id    VARCHAR NOT NULL,
    frequency      BIGINT NOT NULL,
    monetary       DECIMAL(18, 2) NOT NULL,
    first_purchase DATE NOT NULL,
    last_purchase  DATE NOT NULL,
    tenure_days    BIGINT NOT NULL,
    recency_days   BIGINT NOT NULL,
    rank           BIGINT NOT NULL,
    tier           VARCHAR,
    cluster        VARCHAR NOT NULL,
    stage          VARCHAR NOT NULL
);

-- People who log in to the web app. role: admin, marketer or viewer.
CREATE TABLE users (
    username      VARCHAR PRIMARY KEY,
    password_hash VARCHAR NOT NULL,
    role          VARCHAR NOT NULL,
    enabled       BOOLEAN NOT NULL,
    created_at    TIMESTAMP NOT NULL
);

-- The 20 boxes: one text per stage and element, and every change to it.
CREATE TABLE board_boxes (
    stage      VARCHAR NOT NULL,
    element    VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    updated_by VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (stage, element)
);

CREATE TABLE board_box_history (
    stage         VARCHAR NOT NULL,
    element       VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    previous_text VARCHAR NOT NULL,
    changed_by    VARCHAR NOT NULL,
    changed_at    TIMESTAMP NOT NULL
);

-- The live segment behind each stage's segment box (NULL = any).
CREATE TABLE board_segments (
    stage      VARCHAR PRIMARY KEY,
    cluster    VARCHAR,
    tier       VARCHAR,
    f_min      BIGINT,
    f_max      BIGINT,
    r_min      BIGINT,
    r_max      BIGINT,
    updated_by VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Who exported personal data, when, what and how many rows.
CREATE TABLE audit_log (
    logged_at TIMESTAMP NOT NULL,
    username VARCHAR NOT NULL,
    action   VARCHAR NOT NULL,
    detail   VARCHAR NOT NULL,
    rows     BIGINT NOT NULL
);
