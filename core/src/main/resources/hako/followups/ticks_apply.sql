-- A ticked task's outcome, and its one contact (replacing the contact of an earlier tick of it).
-- Parameters: the user applying the ticks, twice; the time, twice.
UPDATE followup_tasks t
SET outcome = i.outcome, staff = i.staff, note = i.note, ticked_by = ?, ticked_at = ?
FROM ticks_in i
WHERE t.task_id = i.task_id;

DELETE FROM contacts WHERE task_id IN (SELECT task_id FROM ticks_in);

INSERT INTO contacts (customer_id, contacted_on, channel, outcome, staff, note, task_id, recorded_by, recorded_at)
SELECT t.customer_id, i.contacted_on, t.channel, i.outcome, i.staff, i.note, t.task_id, ?, ?
FROM ticks_in i
JOIN followup_tasks t USING (task_id);

DROP TABLE ticks_in;
