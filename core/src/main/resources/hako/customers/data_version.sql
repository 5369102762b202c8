-- The data version: the last import the shop's numbers take in. Purchases posted to the events API
-- (imports of kind 'events' whose files are the parameter) count once the web app took them in
-- (live_taken); every other import at once.
SELECT coalesce(max(import_id), 0) FROM imports
WHERE NOT (kind = 'events' AND files = ?) OR import_id <= (SELECT coalesce(max(import_id), 0) FROM live_taken)
