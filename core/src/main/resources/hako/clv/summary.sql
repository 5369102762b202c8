-- Every customer's purchase history as the CLV models read it (data README, "How the summaries are
-- derived"): orders of one calendar day merge into one purchase day, the first purchase day is not a
-- repeat, x counts repeat days through the calibration end, t_x and T are days from the first purchase day
-- to the last one in calibration and to the calibration end. Only customers whose first purchase is on or
-- before the calibration end take part.
-- Variables: hako_clv_calibration_end, hako_clv_holdout_end (DATE; equal when there is no holdout),
-- hako_clv_zero_orders (BOOLEAN: orders of amount 0 are purchase days too).

CREATE OR REPLACE TEMP TABLE hako_clv_days AS
SELECT customer_id, order_date AS day, CAST(sum(amount) AS DOUBLE) AS value
FROM orders
WHERE customer_id IS NOT NULL AND NOT cancelled
  AND (amount > 0 OR (amount = 0 AND getvariable('hako_clv_zero_orders')))
  AND order_date <= getvariable('hako_clv_holdout_end')
GROUP BY customer_id, order_date;

-- spend_days: repeat days with a value above 0 (all of x unless zero-amount orders count), whose mean value
-- zbar the Gamma-Gamma model reads; first_value is the first day's, which is not a repeat.
CREATE OR REPLACE TEMP TABLE hako_clv_summary AS
WITH per_customer AS (
    SELECT customer_id,
           min(day) AS first_day,
           arg_min(value, day) AS first_value,
           count(*) FILTER (WHERE day <= getvariable('hako_clv_calibration_end')) AS days,
           max(day) FILTER (WHERE day <= getvariable('hako_clv_calibration_end')) AS last_day,
           sum(value) FILTER (WHERE day <= getvariable('hako_clv_calibration_end')) AS calibration_value,
           count(*) FILTER (WHERE day <= getvariable('hako_clv_calibration_end') AND value > 0) AS valued_days,
           count(*) FILTER (WHERE day > getvariable('hako_clv_calibration_end')) AS holdout_x
    FROM hako_clv_days
    GROUP BY customer_id
    HAVING min(day) <= getvariable('hako_clv_calibration_end')
)
SELECT customer_id, first_day,
       CAST(days - 1 AS INTEGER) AS x,
       CAST(date_diff('day', first_day, last_day) AS INTEGER) AS tx_days,
       CAST(date_diff('day', first_day, getvariable('hako_clv_calibration_end')) AS INTEGER) AS t_days,
       CAST(valued_days - CASE WHEN first_value > 0 THEN 1 ELSE 0 END AS INTEGER) AS spend_days,
       CASE WHEN valued_days - CASE WHEN first_value > 0 THEN 1 ELSE 0 END > 0
            THEN (calibration_value - first_value) / (valued_days - CASE WHEN first_value > 0 THEN 1 ELSE 0 END)
            ELSE 0 END AS zbar,
       CAST(holdout_x AS INTEGER) AS holdout_x
FROM per_customer;

-- hako_clv_days stays for the weekly tracking of the diagnostics.
