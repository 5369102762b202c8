-- A recovered message the sent journal saw accepted. Parameters: sent_at, address, outbox_id.
UPDATE outbox SET status = 'sent', reason = NULL, sent_at = ?, address = ? WHERE outbox_id = ?
