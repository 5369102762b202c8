-- Per scenario: messages decided, pending (not due yet), due (not cancelled), cancelled by reason. Parameter: now (UTC).
SELECT scenario, coalesce(cancel_reason, CASE WHEN due_at > ? THEN 'pending' ELSE 'due' END) AS state, count(*) AS n
FROM automation_triggers
GROUP BY ALL
