-- Purchases posted to the events API are recorded as imports at once, but the shop's numbers (the data
-- version every stored snapshot, group and CLV fit is checked against) take them in only when the web
-- app refreshes (events.refresh_minutes): the last import taken in so. Every other import counts at once.
CREATE TABLE live_taken (import_id INTEGER NOT NULL);
INSERT INTO live_taken SELECT coalesce(max(import_id), 0) FROM imports;
