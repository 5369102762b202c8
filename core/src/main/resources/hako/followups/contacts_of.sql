-- One customer's contacts, newest first (parameter: customer id).
SELECT contacted_on, channel, outcome, staff, note, task_id, recorded_by, recorded_at
FROM contacts
WHERE customer_id = ?
ORDER BY contacted_on DESC, recorded_at DESC
