-- What the board's automations line reads, told by row counts (each read from the table's metadata or one
-- narrow column): decisions, sent messages, clicks and orders (live purchases land in orders at once).
SELECT concat_ws('|',
    (SELECT count(*) FROM automation_triggers),
    (SELECT count(*) FROM outbox WHERE status = 'sent'),
    (SELECT count(*) FROM message_clicks),
    (SELECT count(*) FROM orders))
