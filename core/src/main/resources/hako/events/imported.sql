-- New orders (or a CSV's events) change the shop's data: recorded as an import, the data version.
-- Parameters: import id, files, events received, events stored.
INSERT INTO imports VALUES (?, 'events', ?, ?, ?, current_timestamp::TIMESTAMP)
