-- Drops from the intake the events already stored (a resent batch), looking back to the given time
-- only: events are appended in time order, so older row groups are skipped unread. The batch of each
-- dropped event is returned, to tell each sender how many of its events were already there.
DELETE FROM hako_event_intake
WHERE event_id IN (
    SELECT e.event_id
    FROM events e
    SEMI JOIN hako_event_intake i ON i.event_id = e.event_id
    WHERE e.received_at >= ?)
RETURNING batch
