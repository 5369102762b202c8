-- Ticks that cannot be applied: an unknown task, a dropped task, or the same task twice.
SELECT i.task_id,
       CASE
           WHEN t.task_id IS NULL THEN 'unknown'
           WHEN t.dropped_reason IS NOT NULL THEN 'dropped:' || t.dropped_reason
           ELSE 'twice'
       END AS problem
FROM ticks_in i
LEFT JOIN followup_tasks t USING (task_id)
WHERE t.task_id IS NULL
   OR t.dropped_reason IS NOT NULL
   OR i.task_id IN (SELECT task_id FROM ticks_in GROUP BY task_id HAVING count(*) > 1)
ORDER BY i.task_id;
