INSERT INTO message_clicks (outbox_id, clicked_at, target) VALUES (?, ?, ?)
