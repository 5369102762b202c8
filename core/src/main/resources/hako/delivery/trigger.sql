-- One trigger, or every trigger with a claimed message when trigger_id is NULL. Parameters: trigger_id or NULL (twice).
SELECT trigger_id, scenario, customer_id, step, link FROM automation_triggers
WHERE (?::VARCHAR IS NULL AND trigger_id IN (SELECT trigger_id FROM outbox WHERE status = 'sending'))
   OR trigger_id = ?
