-- The tasks a sheet names as the database has them, with the contact of a ticked task.
SELECT t.task_id, t.customer_id, t.due_date, t.channel, t.step_no, t.dropped_reason, t.outcome, t.staff,
       t.note, k.contacted_on
FROM (SELECT DISTINCT task_id FROM sheet_tasks) s
JOIN followup_tasks t ON t.task_id = s.task_id
LEFT JOIN contacts k ON k.task_id = t.task_id
