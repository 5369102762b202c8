INSERT INTO followup_steps (plan_id, step_no, trigger_kind, trigger_days, channel, message) VALUES (?, ?, ?, ?, ?, ?)
