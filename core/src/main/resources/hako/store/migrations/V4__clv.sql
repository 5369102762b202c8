-- The predictive CLV fit (hako clv fit) and the customer scores computed from it. One fit is kept: a new
-- fit replaces the old one. It is current while data_version is the last import's id (imports.import_id);
-- after a later import it is stale and must be fitted again.
CREATE TABLE clv_fit (
    fitted_at        TIMESTAMP NOT NULL,
    data_version     BIGINT NOT NULL,
    calibration_end  DATE NOT NULL,
    holdout_end      DATE,               -- NULL: no holdout, every purchase day through calibration_end was used
    zero_orders      BOOLEAN NOT NULL,   -- orders of amount 0 counted as purchase days (clv.zero_amount_orders)
    customers        BIGINT NOT NULL,    -- customers whose first purchase is on or before calibration_end
    repeaters        BIGINT NOT NULL,    -- of them, with at least one repeat purchase day in calibration
    patterns         BIGINT NOT NULL,    -- distinct (x, t_x, T)
    bgnbd_ll         DOUBLE NOT NULL,
    spend_customers  BIGINT NOT NULL,    -- repeaters with spend, the Gamma-Gamma sample
    spend_ll         DOUBLE NOT NULL
);

-- model: bgnbd (r, alpha, a, b; time in weeks) or gamma_gamma (p, q, gamma).
CREATE TABLE clv_parameters (
    model            VARCHAR NOT NULL,
    name             VARCHAR NOT NULL,
    position         INTEGER NOT NULL,
    value            DOUBLE NOT NULL,
    standard_error   DOUBLE NOT NULL
);

-- Every customer's scores at as_of under the stored fit, with the settings they were computed with.
CREATE TABLE clv_scores (
    as_of            DATE NOT NULL,
    customer_id      VARCHAR NOT NULL,
    p_alive          DOUBLE NOT NULL,
    expected_30      DOUBLE NOT NULL,
    expected_90      DOUBLE NOT NULL,
    expected_365     DOUBLE NOT NULL,
    next_order_date  DATE NOT NULL,
    expected_aov     DECIMAL(18, 2) NOT NULL,
    clv_365          DECIMAL(18, 2) NOT NULL,
    churn_risk       VARCHAR NOT NULL    -- low, medium, high
);

CREATE TABLE clv_score_runs (
    as_of            DATE NOT NULL,
    data_version     BIGINT NOT NULL,
    settings         VARCHAR NOT NULL,
    scored_at        TIMESTAMP NOT NULL
);
