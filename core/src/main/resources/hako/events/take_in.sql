-- The shop's numbers take in every import so far, purchases from the events API included.
UPDATE live_taken SET import_id = (SELECT coalesce(max(import_id), 0) FROM imports)
