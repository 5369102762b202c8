INSERT INTO delivery_log (outbox_id, at, event, detail) VALUES (?, ?, ?, ?)
