) AS v(outbox_id, status, reason, next_at, sent_at, address, adjust)) s
WHERE outbox.outbox_id = s.outbox_id AND outbox.status = 'sending'
