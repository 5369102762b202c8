SELECT event FROM delivery_log WHERE outbox_id = ? ORDER BY logged_at, rowid
