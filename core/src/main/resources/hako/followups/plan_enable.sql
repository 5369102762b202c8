UPDATE followup_plans SET enabled = ?, updated_by = ?, updated_at = ? WHERE plan_id = ?
