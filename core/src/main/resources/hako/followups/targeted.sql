-- The customers each enabled plan targets on the customer table at the as-of date (customer_metrics).
-- Variable: hako_fu_as_of. Reads fu_plan_targets, fu_run_outs (run_outs.sql), the analysis groups
-- stored for the as-of date (customer_groups, GroupSnapshot) and the CLV scores stored at the as-of
-- date (a customer without scores matches no condition on them).
CREATE OR REPLACE TEMP TABLE fu_targeted AS
WITH m AS (
    SELECT m.customer_id, m.cluster, m.stage, m.frequency, m.recency_days, m.first_purchase, m.last_purchase,
           CASE m.tier WHEN 'top1' THEN 1 WHEN 'top10' THEN 2 WHEN 'top20' THEN 3 END AS tier_level,
           u.customer_id IS NOT NULL AS usage_cycle, coalesce(g.groups, []) AS groups,
           s.churn_risk, s.p_alive, s.clv_365
    FROM customer_metrics m
    LEFT JOIN (SELECT DISTINCT customer_id FROM fu_run_outs WHERE last_bought IS NOT NULL) u
      USING (customer_id)
    LEFT JOIN (SELECT customer_id, list(grp) AS groups FROM customer_groups
               WHERE as_of = getvariable('hako_fu_as_of') GROUP BY customer_id) g
      USING (customer_id)
    LEFT JOIN clv_scores s ON s.as_of = m.as_of AND s.customer_id = m.customer_id
    WHERE m.as_of = getvariable('hako_fu_as_of')
)
SELECT t.plan_id, m.customer_id, m.first_purchase, m.last_purchase
FROM m
JOIN fu_plan_targets t
  ON (t.clusters IS NULL OR list_contains(t.clusters, m.cluster))
 AND (t.stages IS NULL OR list_contains(t.stages, m.stage))
 AND (t.tier_level IS NULL OR m.tier_level <= t.tier_level)
 AND (t.f_min IS NULL OR m.frequency >= t.f_min)
 AND (t.f_max IS NULL OR m.frequency <= t.f_max)
 AND (t.r_min IS NULL OR m.recency_days >= t.r_min)
 AND (t.r_max IS NULL OR m.recency_days <= t.r_max)
 AND (t.usage_cycle IS NULL OR m.usage_cycle = t.usage_cycle)
 AND (t.groups IS NULL OR list_has_all(m.groups, t.groups))
 AND (t.risks IS NULL OR list_contains(t.risks, m.churn_risk))
 AND (t.alive_min IS NULL OR m.p_alive * 100 >= t.alive_min)
 AND (t.alive_max IS NULL OR m.p_alive * 100 <= t.alive_max)
 AND (t.clv_min IS NULL OR m.clv_365 >= t.clv_min)
 AND (t.clv_max IS NULL OR m.clv_365 <= t.clv_max);
