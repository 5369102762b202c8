INSERT OR REPLACE INTO customer_staff (customer_id, staff, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
