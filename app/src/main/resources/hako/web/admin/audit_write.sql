-- One audit entry: when, who, what (action key), on what, how many rows.
INSERT INTO audit_log (logged_at, username, action, detail, rows) VALUES (?, ?, ?, ?, ?)
