-- The enabled plans, staged by Targeting: each plan's target as columns (NULL = any) and its steps.
CREATE OR REPLACE TEMP TABLE fu_plan_targets (
    plan_id     VARCHAR,
    clusters    VARCHAR[],
    stages      VARCHAR[],
    tier_level  INTEGER,
    f_min       BIGINT,
    f_max       BIGINT,
    r_min       BIGINT,
    r_max       BIGINT,
    usage_cycle BOOLEAN,
    groups      VARCHAR[],
    risks       VARCHAR[],  -- churn-risk bands of the stored CLV scores at the as-of date
    alive_min   BIGINT,     -- P(alive) in percent
    alive_max   BIGINT,
    clv_min     BIGINT,
    clv_max     BIGINT
);

CREATE OR REPLACE TEMP TABLE fu_plan_steps (
    plan_id      VARCHAR,
    step_no      INTEGER,
    trigger_kind VARCHAR,
    trigger_days INTEGER,
    channel      VARCHAR
);
