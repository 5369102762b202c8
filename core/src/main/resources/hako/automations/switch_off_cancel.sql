-- A scenario switched off: its messages not yet due will not go out.
UPDATE automation_triggers
SET cancelled_at = ?, cancel_reason = 'scenario_off'
WHERE scenario = ? AND cancelled_at IS NULL AND due_at > ?
