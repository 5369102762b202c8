-- The newest audit entries. Parameters: action twice (NULL for every action), limit.
-- rowid breaks ties between entries logged in the same microsecond: the later insert first.
SELECT logged_at, username, action, detail, rows
FROM audit_log
WHERE CAST(? AS VARCHAR) IS NULL OR action = ?
ORDER BY logged_at DESC, rowid DESC
LIMIT ?
