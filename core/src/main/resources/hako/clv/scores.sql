-- Every customer's scores from the summary (hako_clv_summary, built at the as-of date) and the expected
-- purchases if alive per (x, T) (hako_clv_horizons). Time in weeks.
-- Variables: hako_as_of, hako_clv_r, hako_clv_alpha, hako_clv_a, hako_clv_b, hako_clv_p, hako_clv_q,
-- hako_clv_gamma, hako_clv_high_risk_below, hako_clv_low_risk_from (DOUBLE).
CREATE OR REPLACE TEMP TABLE hako_clv_scores AS
WITH alive AS (
    SELECT customer_id, x, t_days, spend_days, zbar,
           -- P(alive) = 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x)) for x > 0, in logs:
           -- past e^700 the odds are beyond a double and P(alive) is 0 to its precision.
           CASE WHEN x = 0 THEN 1.0
                ELSE 1.0 / (1.0 + exp(least(700.0,
                    ln(getvariable('hako_clv_a') / (getvariable('hako_clv_b') + x - 1))
                    + (getvariable('hako_clv_r') + x)
                      * ln((getvariable('hako_clv_alpha') + t_days / 7.0::DOUBLE)
                           / (getvariable('hako_clv_alpha') + tx_days / 7.0::DOUBLE)))))
           END AS p_alive,
           -- Gamma-Gamma: the customer's mean spend shrunk towards the population's (p * gamma / (q - 1)).
           getvariable('hako_clv_p') * (getvariable('hako_clv_gamma') + spend_days * zbar)
               / (getvariable('hako_clv_p') * spend_days + getvariable('hako_clv_q') - 1) AS aov
    FROM hako_clv_summary
)
SELECT customer_id,
       p_alive,
       p_alive * h.k30 AS expected_30,
       p_alive * h.k90 AS expected_90,
       p_alive * h.k365 AS expected_365,
       getvariable('hako_as_of') + CAST(round(7 * (getvariable('hako_clv_alpha') + t_days / 7.0::DOUBLE)
                                              / (getvariable('hako_clv_r') + x)) AS INTEGER) AS next_order_date,
       CAST(aov AS DECIMAL(18, 2)) AS expected_aov,
       CAST(p_alive * h.discounted * aov AS DECIMAL(18, 2)) AS clv_365,
       CASE WHEN p_alive < getvariable('hako_clv_high_risk_below') THEN 'high'
            WHEN p_alive < getvariable('hako_clv_low_risk_from') THEN 'medium'
            ELSE 'low' END AS churn_risk
FROM alive JOIN hako_clv_horizons h USING (x, t_days);
