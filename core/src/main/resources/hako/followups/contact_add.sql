INSERT INTO contacts (customer_id, contacted_on, channel, outcome, staff, note, task_id, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)
