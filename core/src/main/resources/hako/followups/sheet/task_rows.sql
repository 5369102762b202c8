-- The tasks due in a range with their plan, step, customer and contact (one contact per ticked
-- task). Parameters: whether contact data is included (five times), from, to, whether every task
-- is wanted, else whether the tasks to do (true) or the dropped ones (false).
SELECT t.task_id, t.due_date, t.customer_id, c.name,
       coalesce(p.name, t.plan_id) AS plan_name, t.step_no, s.message, t.channel,
       t.dropped_reason, t.outcome, t.staff, t.note, k.contacted_on,
       CASE WHEN ? THEN c.email END AS email,
       CASE WHEN ? THEN c.phone END AS phone,
       CASE WHEN ? THEN c.postal_code END AS postal_code,
       CASE WHEN ? THEN c.address END AS address,
       CASE WHEN ? THEN c.line_user_id END AS line_user_id
FROM followup_tasks t
LEFT JOIN followup_plans p ON p.plan_id = t.plan_id
LEFT JOIN followup_steps s ON s.plan_id = t.plan_id AND s.step_no = t.step_no
LEFT JOIN customers c ON c.customer_id = t.customer_id
LEFT JOIN contacts k ON k.task_id = t.task_id
WHERE t.due_date BETWEEN ? AND ?
  AND (? OR (t.dropped_reason IS NULL) = ?)
ORDER BY t.due_date, t.task_id
