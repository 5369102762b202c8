-- The snapshot m with the CLV scores stored for its as-of date (s; NULL columns for a customer not scored).
customer_metrics m LEFT JOIN clv_scores s ON s.as_of = m.as_of AND s.customer_id = m.customer_id
