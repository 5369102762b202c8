-- The latest imports, newest first, for the upload page.
SELECT import_id, kind, files, rows_read, records, imported_at
FROM imports
ORDER BY import_id DESC
LIMIT ?
