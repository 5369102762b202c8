-- Who imported what, for the admin's audit log.
INSERT INTO audit_log (logged_at, username, action, detail, rows)
VALUES (current_timestamp::TIMESTAMP, ?, 'import', ?, ?)
