-- The latest audit entries, newest first.
SELECT logged_at, username, action, detail, rows
FROM audit_log
ORDER BY logged_at DESC
LIMIT ?
