INSERT INTO followup_plans (plan_id, name, target, enabled, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
