-- Messages a sender claimed but whose outcome it never recorded (it crashed or was killed): back to
-- pending, to be sent again with the same Message-ID / X-Line-Retry-Key. Only one sender runs per
-- database (DuckDB lets one process hold the file; the web app runs one delivery thread).
UPDATE outbox SET status = 'pending', next_attempt_at = least(next_attempt_at, ?)
WHERE status = 'sending'
RETURNING outbox_id
