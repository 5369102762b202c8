-- One audit entry. Parameters: logged_at, username, action, detail, rows.
INSERT INTO audit_log (logged_at, username, action, detail, rows) VALUES (?, ?, ?, ?, ?)
