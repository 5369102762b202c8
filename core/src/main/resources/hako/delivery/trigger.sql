SELECT trigger_id, scenario, customer_id, step, link, due_at, cancelled_at FROM automation_triggers WHERE trigger_id = ?
