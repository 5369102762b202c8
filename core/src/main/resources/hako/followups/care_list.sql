-- The TOP1% at the as-of date (parameter: as-of) with their last contact, their earliest open task
-- (overdue first) and the staff member in charge; by rank.
WITH top AS (
    SELECT customer_id, rank, frequency, monetary, first_purchase, last_purchase, recency_days
    FROM customer_metrics
    WHERE as_of = ? AND cluster = 'top1'
),
last_contact AS (
    SELECT customer_id, max(contacted_on) AS contacted_on, arg_max(channel, (contacted_on, recorded_at)) AS channel
    FROM contacts
    WHERE customer_id IN (SELECT customer_id FROM top)
    GROUP BY ALL
),
next_task AS (
    SELECT customer_id,
           arg_min(task_id, (due_date, task_id)) AS task_id,
           arg_min(plan_id, (due_date, task_id)) AS plan_id,
           arg_min(step_no, (due_date, task_id)) AS step_no,
           arg_min(channel, (due_date, task_id)) AS channel,
           min(due_date) AS due_date
    FROM followup_tasks
    WHERE dropped_reason IS NULL AND outcome IS NULL AND customer_id IN (SELECT customer_id FROM top)
    GROUP BY ALL
)
SELECT t.customer_id, cu.name, t.rank, t.frequency, t.monetary, t.first_purchase, t.last_purchase, t.recency_days,
       lc.contacted_on, lc.channel AS contact_channel,
       nt.task_id, nt.plan_id, nt.step_no, nt.channel AS task_channel, nt.due_date,
       s.staff
FROM top t
LEFT JOIN customers cu USING (customer_id)
LEFT JOIN last_contact lc USING (customer_id)
LEFT JOIN next_task nt USING (customer_id)
LEFT JOIN customer_staff s USING (customer_id)
ORDER BY t.rank
