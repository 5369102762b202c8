-- Adds the scores just computed (hako_clv_scores, at hako_as_of) and their run.
-- Variables: hako_as_of, hako_clv_data_version, hako_clv_settings.
INSERT INTO clv_scores
SELECT getvariable('hako_as_of'), customer_id, p_alive, expected_30, expected_90, expected_365, next_order_date,
       expected_aov, clv_365, churn_risk
FROM hako_clv_scores;

INSERT INTO clv_score_runs
VALUES (getvariable('hako_as_of'), getvariable('hako_clv_data_version'), getvariable('hako_clv_settings'),
        current_timestamp::TIMESTAMP);
