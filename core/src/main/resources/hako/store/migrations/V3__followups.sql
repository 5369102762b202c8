-- Follow-up operations: plans of R-elapsed contacts, the tasks generated from them, the contacts
-- made (ticked off on the management sheet or logged by hand) and the staff member in charge of a
-- customer (TOP1% individual care).

-- A plan: whom it targets and its steps. target is the plan file's notation of the target.
CREATE TABLE followup_plans (
    plan_id    VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    target     VARCHAR NOT NULL,
    enabled    BOOLEAN NOT NULL,
    updated_by VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- trigger_kind: recency (R reaches trigger_days), since_first (days since the first purchase)
-- or run_out (days relative to a usage-cycle product's run-out date; negative = before it).
CREATE TABLE followup_steps (
    plan_id      VARCHAR NOT NULL,
    step_no      INTEGER NOT NULL,
    trigger_kind VARCHAR NOT NULL,
    trigger_days INTEGER NOT NULL,
    channel      VARCHAR NOT NULL,
    message      VARCHAR NOT NULL,
    PRIMARY KEY (plan_id, step_no)
);

-- Every task generated from the plans. anchor_date is the day the trigger counts from (the last
-- purchase, the first purchase or the run-out date): a customer gets a step once per anchor.
-- dropped_reason is set when the customer dropped out (purchased_since, no_consent, no_address…)
-- and the task is not to be done; outcome is set when the task was ticked off.
CREATE TABLE followup_tasks (
    task_id        BIGINT PRIMARY KEY,
    plan_id        VARCHAR NOT NULL,
    step_no        INTEGER NOT NULL,
    customer_id    VARCHAR NOT NULL,
    channel        VARCHAR NOT NULL,
    anchor_date    DATE NOT NULL,
    due_date       DATE NOT NULL,
    product_code   VARCHAR,
    generated_at   TIMESTAMP NOT NULL,
    dropped_reason VARCHAR,
    outcome        VARCHAR,
    staff          VARCHAR,
    note           VARCHAR,
    ticked_by      VARCHAR,
    ticked_at      TIMESTAMP
);

-- Contacts made with a customer: one per ticked task, or logged by hand (task_id NULL).
-- outcome: done, no_answer or purchased.
CREATE TABLE contacts (
    customer_id  VARCHAR NOT NULL,
    contacted_on DATE NOT NULL,
    channel      VARCHAR NOT NULL,
    outcome      VARCHAR NOT NULL,
    staff        VARCHAR,
    note         VARCHAR,
    task_id      BIGINT,
    recorded_by  VARCHAR NOT NULL,
    recorded_at  TIMESTAMP NOT NULL
);

-- The staff member in charge of a customer (TOP1% individual care).
CREATE TABLE customer_staff (
    customer_id VARCHAR PRIMARY KEY,
    staff       VARCHAR NOT NULL,
    assigned_by VARCHAR NOT NULL,
    assigned_at TIMESTAMP NOT NULL
);
