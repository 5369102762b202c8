-- The customer table in rank order with the CLV scores appended.
SELECT m.customer_id, m.frequency, m.monetary, m.first_purchase, m.last_purchase, m.tenure_days, m.recency_days,
       m.rank, m.tier, m.cluster, m.stage,
       s.p_alive, s.expected_30, s.expected_90, s.expected_365, s.next_order_date, s.expected_aov, s.clv_365,
       s.churn_risk
FROM hako_customer_metrics m
LEFT JOIN hako_clv_scores s USING (customer_id)
ORDER BY m.rank
