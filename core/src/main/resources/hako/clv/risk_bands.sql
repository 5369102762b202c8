-- Customers and predicted 365-day CLV per churn-risk band in the stored scores at an as-of date. Parameter: as_of.
SELECT churn_risk, count(*) AS customers, sum(clv_365) AS clv_365
FROM clv_scores
WHERE as_of = ?
GROUP BY churn_risk
