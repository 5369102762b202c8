-- The tasks already generated for TOP1% customers (parameter: as-of): a planned step is next only
-- when no task exists for it at its anchor.
SELECT t.customer_id, t.plan_id, t.step_no, t.anchor_date
FROM followup_tasks t
JOIN customer_metrics m ON m.customer_id = t.customer_id AND m.as_of = ? AND m.cluster = 'top1'
