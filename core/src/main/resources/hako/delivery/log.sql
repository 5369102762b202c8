INSERT INTO delivery_log (outbox_id, logged_at, event, detail) VALUES (?, ?, ?, ?)
