-- The open tasks (neither dropped nor ticked) of one channel due in a range, with the customer's
-- contact data. Parameters: channel, from, to.
SELECT t.task_id, t.due_date, t.customer_id, c.name, c.postal_code, c.address, c.phone, c.email,
       c.line_user_id AS line_id, CAST(NULL AS VARCHAR) AS order_id, CAST(NULL AS DATE) AS order_date,
       CAST(NULL AS VARCHAR) AS order_status, s.message
FROM followup_tasks t
LEFT JOIN followup_steps s ON s.plan_id = t.plan_id AND s.step_no = t.step_no
LEFT JOIN customers c ON c.customer_id = t.customer_id
WHERE t.channel = ? AND t.due_date BETWEEN ? AND ?
  AND t.dropped_reason IS NULL AND t.outcome IS NULL
ORDER BY t.due_date, t.task_id
