-- Scenarios switched off: their messages not yet due are cancelled. Variables: au_now, au_off (scenario keys).
INSERT INTO au_cancel
SELECT trigger_id, scenario, 'scenario_off'
FROM automation_triggers
WHERE scenario IN (SELECT unnest(getvariable('au_off'))) AND cancelled_at IS NULL AND due_at > getvariable('au_now');
