-- The stored scores at an as-of date of some customers. Parameters: as_of, the customer ids (VARCHAR[]).
SELECT customer_id, p_alive, expected_30, expected_90, expected_365, next_order_date, expected_aov, clv_365,
       churn_risk
FROM clv_scores
WHERE as_of = ? AND list_contains(?, customer_id)
