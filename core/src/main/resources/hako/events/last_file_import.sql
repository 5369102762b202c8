-- The last import other than purchases posted to the events API (parameter: the files those imports record).
SELECT coalesce(max(import_id), 0) FROM imports WHERE NOT (kind = 'events' AND files = ?)
