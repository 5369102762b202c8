-- The first decisions of this evaluation, by due time, for display.
SELECT scenario, customer_id, trigger_key, step, due_at, items, link, summary
FROM au_new
WHERE scenario = ?
ORDER BY due_at, customer_id, step
LIMIT ?
