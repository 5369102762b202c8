-- The tasks due in the generated range per plan, step and channel (parameters: from, to, the
-- generation's time). A task ticked off is no longer open.
SELECT plan_id, step_no, channel,
       count(*) AS tasks,
       count(*) FILTER (WHERE generated_at = ?) AS added,
       count(*) FILTER (WHERE dropped_reason IS NULL AND outcome IS NULL) AS open,
       count(outcome) AS ticked,
       count(*) FILTER (WHERE dropped_reason = 'purchased_since') AS purchased_since,
       count(*) FILTER (WHERE dropped_reason = 'no_consent') AS no_consent,
       count(*) FILTER (WHERE dropped_reason = 'no_contact') AS no_contact
FROM followup_tasks
WHERE due_date BETWEEN ? AND ?
GROUP BY ALL
ORDER BY plan_id, step_no, channel
